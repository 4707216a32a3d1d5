import { Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { DemandDetail } from '../../../../common/burden/api.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { ConfirmDialog } from '../../org/components/confirm-dialog';
import { retryFor } from '../../org/lib/retry';
import { useStatusMessage } from '../../org/lib/use-status-message';
import { useDemand } from '../api/use-demand';
import { useRemoveDemand } from '../api/use-demand-mutations';
import { AssessmentSummary } from '../components/assessment-summary';
import { DemandCost } from '../components/demand-cost';
import { DemandFacts } from '../components/demand-facts';
import { ProposalView } from '../components/proposal-view';
import '../../org/org.css';
import '../burden.css';

/** /burden/demands/:id: what the demand asks, what it costs and how we got the figure, what the
 *  people who do it think, what was decided about it, and the rule obstacles that point at it. */
export function DemandPage() {
  const { t } = useTranslation('burden');
  const { id = '' } = useParams();
  const demand = useDemand(id);
  const [status, setStatus] = useStatusMessage();
  const data = demand.data;
  return (
    <div className="page page--text">
      <Paragraph>
        <AppLink to="/burden/demands">{t('detail.back')}</AppLink>
      </Paragraph>
      <PageHeading title={data ? data.title : t('detail.title')} />
      <StatusMessage message={status} />
      {demand.isPending ? <Loading /> : null}
      {demand.isError ? <QueryError error={demand.error} onRetry={retryFor(demand)} /> : null}
      {data ? <DemandBody demand={data} onStatus={setStatus} /> : null}
    </div>
  );
}

function DemandBody({ demand, onStatus }: { demand: DemandDetail; onStatus: (message: string) => void }) {
  const { t } = useTranslation('burden');
  const { formatDate } = useFormat();
  return (
    <>
      <div className="button-row">
        <Tag data-color="neutral" data-size="sm">
          {t(`kinds.${demand.kind}`)}
        </Tag>
        <Tag data-color="neutral" data-size="sm">
          {t(`origins.${demand.origin}`)}
        </Tag>
        {demand.status !== 'active' ? (
          <Tag data-color="warning" data-size="sm">
            {t(`statuses.${demand.status}`)}
          </Tag>
        ) : null}
      </div>
      {demand.mergedInto ? (
        <Paragraph>
          {t('detail.mergedInto')}{' '}
          <AppLink to={`/burden/demands/${demand.mergedInto.id}`}>{demand.mergedInto.title}</AppLink>
        </Paragraph>
      ) : null}
      {demand.description ? <Paragraph className="burden-prewrap">{demand.description}</Paragraph> : null}
      {demand.can.assess || demand.can.edit ? (
        <div className="button-row">
          {demand.can.assess ? (
            <Button asChild>
              <RouterLink to="/burden/assess">
                {demand.myAssessment ? t('detail.assessAgain') : t('detail.assess')}
              </RouterLink>
            </Button>
          ) : null}
          {demand.can.edit ? (
            <Button asChild variant="secondary">
              <RouterLink to={`/burden/demands/${demand.id}/edit`}>{t('detail.edit')}</RouterLink>
            </Button>
          ) : null}
          {demand.can.remove ? <RemoveDemand demand={demand} onRemoved={onStatus} /> : null}
        </div>
      ) : null}
      {demand.openRounds.length > 0 ? (
        <Paragraph>
          {demand.openRounds.map((round) => (
            <span key={round.id} className="stacked">
              <span>
                {t('detail.inRound')} <AppLink to={`/burden/rounds/${round.id}`}>{round.title}</AppLink> (
                {formatDate(round.closesOn)})
              </span>
            </span>
          ))}
        </Paragraph>
      ) : null}
      <DemandCost cost={demand.cost} headingId="burden-cost" />
      <section className="page-section" aria-labelledby="burden-facts">
        <Heading level={2} data-size="sm" id="burden-facts">
          {t('detail.factsHeading')}
        </Heading>
        <DemandFacts demand={demand} />
      </section>
      <AssessmentSummary
        aggregate={demand.aggregate}
        calibration={demand.calibration}
        currentHours={demand.cost.annualHours}
        headingId="burden-aggregate"
      />
      <section className="page-section" aria-labelledby="burden-history">
        <Heading level={2} data-size="sm" id="burden-history">
          {t('detail.historyHeading')}
        </Heading>
        {demand.history.length === 0 ? (
          <Paragraph>{t('detail.noHistory')}</Paragraph>
        ) : (
          <ul className="plain-list">
            {demand.history.map((proposal) => (
              <li key={proposal.id}>
                <ProposalView proposal={proposal} />
              </li>
            ))}
          </ul>
        )}
        <Paragraph data-size="sm" className="meta">
          {t('detail.created', { date: formatDate(demand.createdAt) })} ·{' '}
          {t('detail.updated', { date: formatDate(demand.updatedAt) })}
        </Paragraph>
      </section>
      <section className="page-section" aria-labelledby="burden-signals">
        <Heading level={2} data-size="sm" id="burden-signals">
          {t('detail.signalsHeading')}
        </Heading>
        <Paragraph>{t('detail.signalsIntro')}</Paragraph>
        {demand.linkedSignals.length === 0 ? (
          <Paragraph>{t('detail.noSignals')}</Paragraph>
        ) : (
          <ul className="plain-list">
            {demand.linkedSignals.map((signal) => (
              <li key={signal.id} className="stacked">
                <AppLink to={`/signals/${signal.id}`}>{signal.excerpt}</AppLink>
                <span className="meta">
                  {t(`statuses.${signal.status}`, { ns: 'signals', defaultValue: signal.status })} · {signal.unit.name}{' '}
                  · {formatDate(signal.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** Taking a demand out of the inventory outside a round, with a reason that stays in its history. */
function RemoveDemand({ demand, onRemoved }: { demand: DemandDetail; onRemoved: (message: string) => void }) {
  const { t } = useTranslation('burden');
  const remove = useRemoveDemand(demand.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button variant="tertiary" data-color="danger" onClick={() => setOpen(true)}>
        {t('detail.remove')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('detail.removeTitle', { title: demand.title })}
        confirmLabel={t('detail.remove')}
        pending={remove.isPending}
        error={remove.error}
        destructive
        onClose={() => {
          setOpen(false);
          remove.reset();
        }}
        onConfirm={() =>
          remove.mutate(
            { version: demand.version, ...(reason.trim() ? { reason: reason.trim() } : {}) },
            {
              onSuccess: () => {
                setOpen(false);
                onRemoved(t('detail.removed'));
              },
            },
          )
        }
      >
        <Paragraph>{t('detail.removeText')}</Paragraph>
        <Textfield
          label={t('detail.removeReason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </ConfirmDialog>
    </>
  );
}
