import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../../common/burden/api.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { frequencyText } from '../lib/frequency';

/** One proposal and, once taken, its decision: what was proposed, why, by whom, and what it does
 *  to the hours a year. Everyone can read the reasons. */
export function ProposalView({ proposal, showDemand }: { proposal: Proposal; showDemand?: boolean }) {
  const { t } = useTranslation('burden');
  const { formatDate, formatNumber } = useFormat();
  const n = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });
  const p = proposal;
  return (
    <div className="burden-proposal stacked">
      <div className="button-row">
        <Tag data-color="info" data-size="sm">
          {t(`actions.${p.action}`)}
        </Tag>
        <Tag
          data-color={p.decision === 'approved' ? 'success' : p.decision === 'rejected' ? 'danger' : 'warning'}
          data-size="sm"
        >
          {p.decision ? t(`decisions.${p.decision}`) : t('proposal.waiting')}
        </Tag>
      </div>
      {showDemand ? (
        <Paragraph>
          <AppLink to={`/burden/demands/${p.demand.id}`}>{p.demand.title}</AppLink>
        </Paragraph>
      ) : null}
      {p.action === 'simplify' ? (
        <Paragraph>
          {[
            p.newFrequencyUnit && p.newFrequencyCount !== null
              ? t('proposal.newFrequency', { frequency: frequencyText(t, p.newFrequencyUnit, p.newFrequencyCount) })
              : null,
            p.newMinutes !== null ? t('proposal.newMinutes', { minutes: p.newMinutes }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Paragraph>
      ) : null}
      {p.mergeInto ? (
        <Paragraph>
          {t('proposal.mergeInto')} <AppLink to={`/burden/demands/${p.mergeInto.id}`}>{p.mergeInto.title}</AppLink>
        </Paragraph>
      ) : null}
      {p.action === 'raiseExternal' ? (
        <dl className="org-facts">
          <div>
            <dt>{t('proposal.externalRecipient')}</dt>
            <dd className="burden-wrap">{p.externalRecipient}</dd>
          </div>
          <div>
            <dt>{t('proposal.externalRequest')}</dt>
            <dd className="burden-prewrap">{p.externalRequest}</dd>
          </div>
          <div>
            <dt>{t('proposal.externalSentOn')}</dt>
            <dd>{p.externalSentOn ? formatDate(p.externalSentOn) : t('proposal.notSent')}</dd>
          </div>
          <div>
            <dt>{t('proposal.externalAnswer')}</dt>
            <dd className="burden-prewrap">{p.externalAnswer ?? t('proposal.noAnswer')}</dd>
          </div>
        </dl>
      ) : null}
      <Paragraph className="burden-prewrap">
        <span className="burden-strong">{t('proposal.rationale')}: </span>
        {p.rationale}
      </Paragraph>
      <Paragraph data-size="sm" className="meta">
        {t('proposal.by', { name: p.proposedBy.name, date: formatDate(p.createdAt) })} ·{' '}
        {t('proposal.round', { title: p.round.title })}
      </Paragraph>
      <Paragraph>
        {t('proposal.hours', {
          before: n(p.hoursBefore),
          after: n(p.hoursAfter),
          released: n(p.hoursBefore - p.hoursAfter),
        })}
      </Paragraph>
      {p.decision && p.decidedBy ? (
        <Paragraph className="burden-prewrap">
          <span className="burden-strong">
            {t('proposal.decidedBy', { name: p.decidedBy.name, date: p.decidedAt ? formatDate(p.decidedAt) : '' })}
            :{' '}
          </span>
          {p.decisionRationale}
        </Paragraph>
      ) : null}
    </div>
  );
}
