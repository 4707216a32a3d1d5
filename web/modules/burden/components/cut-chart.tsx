import { Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useFormat } from '../../../ui/format';
import { TableScroll } from '../../../ui/table-scroll';
import { niceMax } from '../lib/chart-scale';
import { useNarrow } from '../lib/use-narrow';

export interface CutPoint {
  demandId: string;
  title: string;
  hours: number;
  /** Mean usefulness 1..5 from the assessments. */
  usefulness: number;
  candidate: boolean;
}

const pad = { left: 64, right: 12, top: 16, bottom: 48 };

/** Hours per year against mean usefulness. The high-cost, low-use corner (top left) is shaded and
 *  its points drawn as squares, so the candidates do not depend on colour alone. The SVG is one
 *  image with a text summary; the table below says the same to anyone who cannot see it. */
export function CutChart(props: { points: CutPoint[]; candidateHours: number | null; usefulnessMax: number }) {
  const { t } = useTranslation('burden');
  const { formatNumber } = useFormat();
  const narrow = useNarrow();
  const width = narrow ? 340 : 640;
  const height = narrow ? 320 : 360;
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const titleId = useId();
  const descId = useId();
  const assessed = props.points;
  const maxHours = niceMax(Math.max(1, ...assessed.map((p) => p.hours)));
  const x = (usefulness: number) => pad.left + ((usefulness - 1) / 4) * plotW;
  const y = (hours: number) => pad.top + plotH - (hours / maxHours) * plotH;
  const candidates = props.points.filter((p) => p.candidate).length;
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * maxHours);
  const cornerTop = y(maxHours);
  const cornerBottom = y(Math.min(props.candidateHours ?? maxHours, maxHours));

  return (
    <section className="page-section" aria-labelledby={titleId}>
      <Heading level={2} data-size="sm" id={titleId}>
        {t('chart.title')}
      </Heading>
      <Paragraph id={descId}>
        {props.candidateHours === null
          ? t('chart.legendNoData')
          : t('chart.legend', {
              hours: formatNumber(Math.round(props.candidateHours)),
              usefulness: formatNumber(props.usefulnessMax),
            })}{' '}
        {t('chart.summary', { count: candidates, total: props.points.length })}
      </Paragraph>
      {assessed.length === 0 ? (
        <Paragraph>{t('chart.noAssessed')}</Paragraph>
      ) : (
        <svg
          className="burden-chart"
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
        >
          {props.candidateHours === null ? null : (
            <rect
              className="burden-chart__corner"
              x={x(1)}
              y={cornerTop}
              width={x(props.usefulnessMax) - x(1)}
              height={Math.max(0, cornerBottom - cornerTop)}
            />
          )}
          {props.candidateHours === null ? null : (
            <text className="burden-chart__corner-label" x={x(1) + 6} y={cornerTop + 16}>
              {t('chart.cornerLabel')}
            </text>
          )}
          <line
            className="burden-chart__axis"
            x1={pad.left}
            y1={pad.top + plotH}
            x2={pad.left + plotW}
            y2={pad.top + plotH}
          />
          <line className="burden-chart__axis" x1={pad.left} y1={pad.top} x2={pad.left} y2={pad.top + plotH} />
          {[1, 2, 3, 4, 5].map((u) => (
            <text key={u} className="burden-chart__tick" x={x(u)} y={pad.top + plotH + 18} textAnchor="middle">
              {u}
            </text>
          ))}
          {yTicks.map((h) => (
            <text key={h} className="burden-chart__tick" x={pad.left - 6} y={y(h) + 4} textAnchor="end">
              {formatNumber(Math.round(h))}
            </text>
          ))}
          <text className="burden-chart__label" x={pad.left + plotW / 2} y={height - 8} textAnchor="middle">
            {t('chart.xAxis')}
          </text>
          <text
            className="burden-chart__label"
            x={14}
            y={pad.top + plotH / 2}
            textAnchor="middle"
            transform={`rotate(-90 14 ${pad.top + plotH / 2})`}
          >
            {t('chart.yAxis')}
          </text>
          {assessed.map((p) =>
            p.candidate ? (
              <rect
                key={p.demandId}
                className="burden-chart__point burden-chart__point--candidate"
                x={x(p.usefulness) - 6}
                y={y(p.hours) - 6}
                width={12}
                height={12}
              />
            ) : (
              <circle key={p.demandId} className="burden-chart__point" cx={x(p.usefulness)} cy={y(p.hours)} r={5} />
            ),
          )}
        </svg>
      )}
      <Details>
        <Details.Summary>{t('chart.tableToggle')}</Details.Summary>
        <Details.Content>
          <TableScroll label={t('chart.tableCaption')}>
            <Table data-size="sm">
              <caption>{t('chart.tableCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('chart.colDemand')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('chart.colHours')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('chart.colUsefulness')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('chart.colCandidate')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {props.points.map((p) => (
                  <Table.Row key={p.demandId}>
                    <Table.Cell>
                      <RouterLink to={`/burden/demands/${p.demandId}`}>{p.title}</RouterLink>
                    </Table.Cell>
                    <Table.Cell>{formatNumber(p.hours, { maximumFractionDigits: 0 })}</Table.Cell>
                    <Table.Cell>{formatNumber(p.usefulness, { maximumFractionDigits: 1 })}</Table.Cell>
                    <Table.Cell>{p.candidate ? t('chart.yes') : t('chart.no')}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </Details.Content>
      </Details>
    </section>
  );
}
