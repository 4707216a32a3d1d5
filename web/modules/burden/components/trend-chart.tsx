import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../common/burden/api.js';
import { useFormat } from '../../../ui/format';
import { niceMax } from '../lib/chart-scale';
import { useNarrow } from '../lib/use-narrow';

const pad = { left: 64, right: 12, top: 12, bottom: 28 };

/** The total hours a year after each decision, as a line over time. One image with a summary in
 *  words; the table beside it holds every point. */
export function TrendChart({ trend }: { trend: Overview['trend'] }) {
  const { t } = useTranslation('burden');
  const { formatNumber, formatDate } = useFormat();
  const narrow = useNarrow();
  const first = trend[0];
  const last = trend[trend.length - 1];
  if (!first || !last || trend.length < 2) return null;
  const width = narrow ? 340 : 640;
  const height = 200;
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const times = trend.map((p) => new Date(p.takenAt).getTime());
  const start = Math.min(...times);
  const span = Math.max(1, Math.max(...times) - start);
  const maxHours = niceMax(Math.max(1, ...trend.map((p) => p.totalHours)));
  const x = (time: number) => pad.left + ((time - start) / span) * plotW;
  const y = (hours: number) => pad.top + plotH - (hours / maxHours) * plotH;
  const points = trend.map((p, i) => `${x(times[i] ?? start)},${y(p.totalHours)}`).join(' ');
  const n = (value: number) => formatNumber(value, { maximumFractionDigits: 0 });
  const summary = t('overview.trendSummary', {
    from: n(first.totalHours),
    fromDate: formatDate(first.takenAt),
    to: n(last.totalHours),
    toDate: formatDate(last.takenAt),
  });
  return (
    <svg className="burden-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
      <line
        className="burden-chart__axis"
        x1={pad.left}
        y1={pad.top + plotH}
        x2={pad.left + plotW}
        y2={pad.top + plotH}
      />
      <line className="burden-chart__axis" x1={pad.left} y1={pad.top} x2={pad.left} y2={pad.top + plotH} />
      {[0, 0.5, 1].map((f) => (
        <text key={f} className="burden-chart__tick" x={pad.left - 6} y={y(f * maxHours) + 4} textAnchor="end">
          {n(f * maxHours)}
        </text>
      ))}
      <text className="burden-chart__tick" x={pad.left} y={height - 8}>
        {formatDate(first.takenAt)}
      </text>
      <text className="burden-chart__tick" x={pad.left + plotW} y={height - 8} textAnchor="end">
        {formatDate(last.takenAt)}
      </text>
      <polyline className="burden-chart__line" points={points} />
      {trend.map((p, i) => (
        <circle
          key={`${p.takenAt}-${i}`}
          className="burden-chart__point"
          cx={x(times[i] ?? start)}
          cy={y(p.totalHours)}
          r={3}
        />
      ))}
    </svg>
  );
}
