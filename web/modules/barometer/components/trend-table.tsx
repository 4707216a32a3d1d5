import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ScoreCell, Trend } from '../../../../common/barometer/api.js';
import { useFormat } from '../../../ui/format';
import { TableScroll } from '../../../ui/table-scroll';
import { ScoreValue } from './score-value';

/** One row per dimension, one column per closed wave (oldest first), and a small line of the
 *  same figures at the end of each row. The line is a picture of the row, so it is hidden from
 *  screen readers, which read the cells. */
export function TrendTable({ trend }: { trend: Trend }) {
  const { t } = useTranslation('barometer');
  const { formatDate } = useFormat();
  if (trend.points.length < 2) return <Paragraph>{t('trend.empty')}</Paragraph>;
  return (
    <TableScroll label={t('trend.heading')}>
      <Table className="barometer-table" data-size="sm">
        <caption className="ds-sr-only">{t('trend.caption', { unit: trend.unit.name })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('trend.dimension')}</Table.HeaderCell>
            {trend.points.map((point) => (
              <Table.HeaderCell scope="col" key={point.wave.id}>
                {point.wave.title}
                <span className="barometer-column-scale">{formatDate(point.wave.closedAt)}</span>
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell scope="col">{t('trend.line')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {trend.columns.map((column, index) => {
            const cells = trend.points.map((point) => point.cells[index] ?? { suppressed: true as const });
            return (
              <Table.Row key={column.key}>
                <Table.HeaderCell scope="row">{column.name}</Table.HeaderCell>
                {cells.map((cell, at) => (
                  <Table.Cell key={trend.points[at]?.wave.id ?? at}>
                    <ScoreValue cell={cell} scale={column} />
                  </Table.Cell>
                ))}
                <Table.Cell>
                  <Sparkline
                    cells={cells}
                    min={column.score100 ? 0 : column.scaleMin}
                    max={column.score100 ? 100 : column.scaleMax}
                    use100={column.score100}
                  />
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

const width = 120;
const height = 32;

/** A line through the visible points; a hidden wave leaves a gap, never an interpolated value. */
function Sparkline(props: { cells: ScoreCell[]; min: number; max: number; use100: boolean }) {
  const span = props.max - props.min || 1;
  const step = props.cells.length > 1 ? width / (props.cells.length - 1) : 0;
  const segments: string[][] = [[]];
  props.cells.forEach((cell, index) => {
    const current = segments[segments.length - 1] ?? [];
    if (cell.suppressed) {
      if (current.length > 0) segments.push([]);
      return;
    }
    const value = props.use100 && cell.score100 !== null ? cell.score100 : cell.mean;
    const y = height - ((value - props.min) / span) * (height - 4) - 2;
    current.push(`${(index * step).toFixed(1)},${y.toFixed(1)}`);
  });
  return (
    <svg
      className="barometer-sparkline"
      viewBox={`-3 0 ${width + 6} ${height}`}
      width={width}
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      <line x1={0} x2={width} y1={height / 2} y2={height / 2} className="barometer-sparkline__mid" />
      {segments
        .filter((points) => points.length > 0)
        .map((points) => (
          <g key={points.join(' ')}>
            <polyline points={points.join(' ')} className="barometer-sparkline__line" />
            {points.map((point) => {
              const [x, y] = point.split(',');
              return <circle key={point} cx={x} cy={y} r={2.5} className="barometer-sparkline__dot" />;
            })}
          </g>
        ))}
    </svg>
  );
}
