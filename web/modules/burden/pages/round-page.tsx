import { Button, Card, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { RoundDemand, RoundReport } from '../../../../common/burden/api.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { TableScroll } from '../../../ui/table-scroll';
import { BusyButton } from '../../org/components/busy-button';
import { retryFor } from '../../org/lib/retry';
import { useStatusMessage } from '../../org/lib/use-status-message';
import { useCloseRound, useRound } from '../api/use-rounds';
import { AssessmentSummary } from '../components/assessment-summary';
import { DecideForm } from '../components/decide-form';
import { ProposalView } from '../components/proposal-view';
import { ProposeForm } from '../components/propose-form';
import '../../org/org.css';
import '../burden.css';

/** /burden/rounds/:id: the round's report (hours a year before and after, per unit and in total,
 *  the decisions and their reasons, what was raised externally) and, per demand, the frontline's
 *  assessments, the owner's proposal and the mandated leader's decision. */
export function RoundPage() {
  const { t } = useTranslation('burden');
  const { id = '' } = useParams();
  const round = useRound(id);
  const [status, setStatus] = useStatusMessage();
  const data = round.data;
  return (
    <div className="page page--text">
      <Paragraph>
        <AppLink to="/burden/rounds">{t('round.back')}</AppLink>
      </Paragraph>
      <PageHeading title={data ? data.title : t('round.title')} />
      <StatusMessage message={status} />
      {round.isPending ? <Loading /> : null}
      {round.isError ? <QueryError error={round.error} onRetry={retryFor(round)} /> : null}
      {data ? <RoundBody round={data} onStatus={setStatus} /> : null}
    </div>
  );
}

function RoundBody({ round, onStatus }: { round: RoundReport; onStatus: (message: string) => void }) {
  const { t } = useTranslation('burden');
  const { formatDate, formatNumber } = useFormat();
  const n = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });
  const close = useCloseRound(round.id);
  return (
    <>
      <div className="button-row">
        <Tag data-color={round.status === 'open' ? 'success' : 'neutral'} data-size="sm">
          {t(`roundStatuses.${round.status}`)}
        </Tag>
      </div>
      <dl className="org-facts">
        <div>
          <dt>{t('round.scope')}</dt>
          <dd>{round.scopeUnit ? t('round.scopeUnit', { unit: round.scopeUnit.name }) : t('rounds.chosenSet')}</dd>
        </div>
        <div>
          <dt>{t('round.period')}</dt>
          <dd>{t('rounds.period', { from: formatDate(round.opensOn), to: formatDate(round.closesOn) })}</dd>
        </div>
        <div>
          <dt>{t('round.openedBy')}</dt>
          <dd>{round.createdBy.name}</dd>
        </div>
      </dl>
      <section className="page-section" aria-labelledby="burden-round-totals">
        <Heading level={2} data-size="sm" id="burden-round-totals">
          {t('round.totalsHeading')}
        </Heading>
        <dl className="burden-figures">
          <div className="burden-figure">
            <dt>{t('round.hoursBefore')}</dt>
            <dd>{n(round.totals.hoursBefore)}</dd>
          </div>
          <div className="burden-figure">
            <dt>{t('round.hoursAfter')}</dt>
            <dd>{n(round.totals.hoursAfter)}</dd>
          </div>
          <div className="burden-figure">
            <dt>{t('round.hoursReleased')}</dt>
            <dd data-testid="burden-hours-released">{n(round.totals.hoursReleased)}</dd>
          </div>
        </dl>
        <Paragraph data-size="sm" className="burden-hint">
          {t('round.totalsHint', { count: round.demands.length })}
        </Paragraph>
        {round.units.length > 0 ? (
          <TableScroll label={t('round.unitsCaption')}>
            <Table data-size="sm">
              <caption>{t('round.unitsCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('overview.colUnit')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('round.hoursBefore')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('round.hoursAfter')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('round.hoursReleased')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {round.units.map((row) => (
                  <Table.Row key={row.unit.id}>
                    <Table.HeaderCell scope="row">{row.unit.name}</Table.HeaderCell>
                    <Table.Cell>{n(row.hoursBefore)}</Table.Cell>
                    <Table.Cell>{n(row.hoursAfter)}</Table.Cell>
                    <Table.Cell>{n(row.hoursBefore - row.hoursAfter)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        ) : null}
      </section>
      <section className="page-section" aria-labelledby="burden-round-decisions">
        <Heading level={2} data-size="sm" id="burden-round-decisions">
          {t('round.decisionsHeading')}
        </Heading>
        {round.decisions.length === 0 ? <Paragraph>{t('round.noDecisions')}</Paragraph> : null}
        <ul className="plain-list">
          {round.decisions.map((proposal) => (
            <li key={proposal.id}>
              <ProposalView proposal={proposal} showDemand />
            </li>
          ))}
        </ul>
      </section>
      <section className="page-section" aria-labelledby="burden-round-external">
        <Heading level={2} data-size="sm" id="burden-round-external">
          {t('round.externalHeading')}
        </Heading>
        {round.raisedExternally.length === 0 ? <Paragraph>{t('round.noExternal')}</Paragraph> : null}
        <ul className="plain-list">
          {round.raisedExternally.map((proposal) => (
            <li key={proposal.id}>
              <ProposalView proposal={proposal} showDemand />
            </li>
          ))}
        </ul>
      </section>
      <section className="page-section" aria-labelledby="burden-round-demands">
        <Heading level={2} data-size="sm" id="burden-round-demands">
          {t('round.demandsHeading', { count: round.demands.length })}
        </Heading>
        <ul className="plain-list">
          {round.demands.map((item) => (
            <li key={item.demand.id}>
              <RoundDemandCard
                round={round}
                item={item}
                others={round.demands.filter((other) => other.demand.id !== item.demand.id)}
                onStatus={onStatus}
              />
            </li>
          ))}
        </ul>
      </section>
      {round.can.close ? (
        <div className="button-row">
          <BusyButton
            variant="secondary"
            pending={close.isPending}
            onClick={() => close.mutate(undefined, { onSuccess: () => onStatus(t('round.closed')) })}
          >
            {t('round.close')}
          </BusyButton>
        </div>
      ) : null}
    </>
  );
}

function RoundDemandCard(props: {
  round: RoundReport;
  item: RoundDemand;
  others: RoundDemand[];
  onStatus: (message: string) => void;
}) {
  const { t } = useTranslation('burden');
  const { formatNumber } = useFormat();
  const n = (value: number, digits = 1) => formatNumber(value, { maximumFractionDigits: digits });
  const { item } = props;
  const [proposing, setProposing] = useState(false);
  const proposal = item.proposal;
  const headingId = `burden-round-demand-${item.demand.id}`;
  return (
    <Card className="burden-assess-card">
      <Heading level={3} data-size="xs" id={headingId} className="burden-wrap">
        <AppLink to={`/burden/demands/${item.demand.id}`}>{item.demand.title}</AppLink>
      </Heading>
      <Paragraph data-size="sm" className="meta">
        {item.ownerUnit.name} · {t(`origins.${item.origin}`)}
      </Paragraph>
      <Paragraph>{t('round.demandHours', { before: n(item.hoursBefore), after: n(item.hoursAfter) })}</Paragraph>
      <Paragraph data-size="sm" className="burden-trace">
        {t('round.demandTrace', {
          minutes: n(item.minutesBefore),
          occurrences: n(item.occurrencesBefore),
          performers: item.performersBefore,
          hours: n(item.hoursBefore),
        })}
      </Paragraph>
      <AssessmentSummary aggregate={item.aggregate} headingId={`${headingId}-aggregate`} headingLevel={3} />
      {proposal ? <ProposalView proposal={proposal} /> : <Paragraph>{t('round.noProposal')}</Paragraph>}
      {proposal && proposal.status === 'proposed' && proposal.can.decide ? (
        <DecideForm proposal={proposal} onDone={props.onStatus} />
      ) : null}
      {item.can.propose && props.round.status === 'open' && (!proposal || proposal.status === 'proposed') ? (
        proposing ? (
          <ProposeForm
            roundId={props.round.id}
            item={item}
            others={props.others}
            onDone={(message) => {
              setProposing(false);
              props.onStatus(message);
            }}
            onCancel={() => setProposing(false)}
          />
        ) : (
          <div className="button-row">
            <Button variant="secondary" onClick={() => setProposing(true)}>
              {proposal ? t('round.proposeAgain') : t('round.propose')}
            </Button>
          </div>
        )
      ) : null}
    </Card>
  );
}
