import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../common/burden/api.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { TableScroll } from '../../../ui/table-scroll';
import { TrendChart } from './trend-chart';

/** Hours and hours per employee for each unit whose people do the work. */
export function UnitsTable({ units }: { units: Overview['units'] }) {
  const { t } = useTranslation('burden');
  const { formatNumber } = useFormat();
  const n = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });
  return (
    <section className="page-section" aria-labelledby="burden-units">
      <Heading level={2} data-size="sm" id="burden-units">
        {t('overview.unitsHeading')}
      </Heading>
      <Paragraph data-size="sm" className="burden-hint">
        {t('overview.unitsHint')}
      </Paragraph>
      {units.length === 0 ? (
        <Paragraph>{t('overview.noUnits')}</Paragraph>
      ) : (
        <TableScroll label={t('overview.unitsHeading')}>
          <Table data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('overview.colUnit')}</Table.HeaderCell>
                <Table.HeaderCell>{t('overview.colHours')}</Table.HeaderCell>
                <Table.HeaderCell>{t('overview.colEmployees')}</Table.HeaderCell>
                <Table.HeaderCell>{t('overview.colPerEmployee')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {units.map((row) => (
                <Table.Row key={row.unit.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={`/burden?unit=${row.unit.id}`}>{row.unit.name}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{n(row.annualHours)}</Table.Cell>
                  <Table.Cell>{row.employees}</Table.Cell>
                  <Table.Cell>{row.hoursPerEmployee === null ? '–' : n(row.hoursPerEmployee)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

export function TopDemandsTable({ top }: { top: Overview['topDemands'] }) {
  const { t } = useTranslation('burden');
  const { formatNumber } = useFormat();
  return (
    <section className="page-section" aria-labelledby="burden-top">
      <Heading level={2} data-size="sm" id="burden-top">
        {t('overview.topHeading')}
      </Heading>
      {top.length === 0 ? (
        <Paragraph>{t('overview.noDemands')}</Paragraph>
      ) : (
        <TableScroll label={t('overview.topHeading')}>
          <Table data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('overview.colDemand')}</Table.HeaderCell>
                <Table.HeaderCell>{t('overview.colKind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('overview.colOwner')}</Table.HeaderCell>
                <Table.HeaderCell>{t('overview.colHours')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {top.map((row) => (
                <Table.Row key={row.demand.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={`/burden/demands/${row.demand.id}`}>{row.demand.title}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{t(`kinds.${row.kind}`)}</Table.Cell>
                  <Table.Cell>{row.ownerUnit.name}</Table.Cell>
                  <Table.Cell>{formatNumber(row.annualHours, { maximumFractionDigits: 1 })}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

/** The real series of totals: one row per decision (or import) that changed them. */
export function TrendTable({ trend }: { trend: Overview['trend'] }) {
  const { t } = useTranslation('burden');
  const { formatNumber, formatDateTime } = useFormat();
  return (
    <section className="page-section" aria-labelledby="burden-trend">
      <Heading level={2} data-size="sm" id="burden-trend">
        {t('overview.trendHeading')}
      </Heading>
      {trend.length === 0 ? <Paragraph>{t('overview.noTrend')}</Paragraph> : <TrendChart trend={trend} />}
      {trend.length === 0 ? null : (
        <TableScroll label={t('overview.trendHeading')}>
          <Table data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('overview.colWhen')}</Table.HeaderCell>
                <Table.HeaderCell>{t('overview.colCause')}</Table.HeaderCell>
                <Table.HeaderCell>{t('overview.colHours')}</Table.HeaderCell>
                <Table.HeaderCell>{t('overview.colDemands')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {[...trend].reverse().map((row, index) => (
                <Table.Row key={`${row.takenAt}-${index}`}>
                  <Table.Cell>
                    <time dateTime={row.takenAt}>{formatDateTime(row.takenAt)}</time>
                  </Table.Cell>
                  <Table.Cell>{t(`causes.${row.cause}`)}</Table.Cell>
                  <Table.Cell>{formatNumber(row.totalHours, { maximumFractionDigits: 1 })}</Table.Cell>
                  <Table.Cell>{row.activeDemands}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
