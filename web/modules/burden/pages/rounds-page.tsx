import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { RoundSummary } from '../../../../common/burden/api.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { retryFor } from '../../org/lib/retry';
import { useStatusMessage } from '../../org/lib/use-status-message';
import { useRounds } from '../api/use-rounds';
import '../../org/org.css';
import '../burden.css';

/** /burden/rounds: every clean-up round, open ones first, with the hours it has given back so far. */
export function RoundsPage() {
  const { t } = useTranslation('burden');
  const rounds = useRounds();
  const [status] = useStatusMessage();
  const items = rounds.data?.items ?? [];
  const open = items.filter((r) => r.status === 'open');
  const closed = items.filter((r) => r.status === 'closed');
  return (
    <div className="page page--text">
      <PageHeading title={t('rounds.title')} />
      <Paragraph>{t('rounds.intro')}</Paragraph>
      <StatusMessage message={status} />
      <div className="button-row">
        {rounds.data?.canCreate ? (
          <Button asChild>
            <RouterLink to="/burden/rounds/new">{t('rounds.new')}</RouterLink>
          </Button>
        ) : null}
        <AppLink to="/burden">{t('list.toOverview')}</AppLink>
      </div>
      {rounds.isPending ? <Loading /> : null}
      {rounds.isError ? <QueryError error={rounds.error} onRetry={retryFor(rounds)} /> : null}
      {rounds.data ? (
        <>
          <RoundGroup
            id="burden-open-rounds"
            heading={t('rounds.openHeading')}
            rounds={open}
            empty={t('rounds.noneOpen')}
          />
          <RoundGroup
            id="burden-closed-rounds"
            heading={t('rounds.closedHeading')}
            rounds={closed}
            empty={t('rounds.noneClosed')}
          />
        </>
      ) : null}
    </div>
  );
}

function RoundGroup(props: { id: string; heading: string; rounds: RoundSummary[]; empty: string }) {
  const { t } = useTranslation('burden');
  const { formatDate, formatNumber } = useFormat();
  const n = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });
  return (
    <section className="page-section" aria-labelledby={props.id}>
      <Heading level={2} data-size="sm" id={props.id}>
        {props.heading}
      </Heading>
      {props.rounds.length === 0 ? <Paragraph>{props.empty}</Paragraph> : null}
      <ul className="plain-list">
        {props.rounds.map((round) => (
          <li key={round.id}>
            <Card data-color="neutral">
              <Heading level={3} data-size="xs" className="burden-wrap">
                <RouterLink to={`/burden/rounds/${round.id}`}>{round.title}</RouterLink>
              </Heading>
              <Paragraph data-size="sm" className="meta">
                {round.scopeUnit ? round.scopeUnit.name : t('rounds.chosenSet')} ·{' '}
                {t('rounds.period', { from: formatDate(round.opensOn), to: formatDate(round.closesOn) })}
              </Paragraph>
              <Tag data-color={round.status === 'open' ? 'success' : 'neutral'} data-size="sm">
                {t(`roundStatuses.${round.status}`)}
              </Tag>
              <Paragraph>
                {t('rounds.counts', {
                  count: round.demandCount,
                  proposals: round.proposalCount,
                  decided: round.decidedCount,
                })}
              </Paragraph>
              <Paragraph>
                {t('rounds.hours', {
                  before: n(round.hoursBefore),
                  after: n(round.hoursAfter),
                  released: n(round.hoursBefore - round.hoursAfter),
                })}
              </Paragraph>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
