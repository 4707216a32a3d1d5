import { useTranslation } from 'react-i18next';
import type { ScoreCell } from '../../../../common/barometer/api.js';
import { useFormat } from '../../../ui/format';
import { bandOf, scale100 } from '../lib/band';

export interface CellScale {
  /** Show the 0-100 score (when the cell has one) rather than the mean. */
  score100: boolean;
  scaleMin: number;
  scaleMax: number;
}

/** Where the contract carries no scale (trust map, coordination): the 1-5 of the built-ins. */
export const defaultScale: CellScale = { score100: true, scaleMin: 1, scaleMax: 5 };

/** A result cell: the number, its band in words and in colour, or "Hidden – too few answers"
 *  written out (never a blank or a colour alone). */
export function ScoreValue({ cell, scale }: { cell: ScoreCell; scale: CellScale }) {
  const { t } = useTranslation('barometer');
  const { formatNumber } = useFormat();
  if (cell.suppressed)
    return <span className="barometer-cell barometer-cell--suppressed">{t('heatmap.suppressed')}</span>;
  const use100 = scale.score100 && cell.score100 !== null;
  const value = use100 && cell.score100 !== null ? cell.score100 : cell.mean;
  const band = bandOf(value, use100 ? scale100 : { min: scale.scaleMin, max: scale.scaleMax });
  return (
    <span className={`barometer-cell barometer-cell--${band}`}>
      <span className="barometer-cell__value">
        {formatNumber(value, { maximumFractionDigits: use100 ? 0 : 1, minimumFractionDigits: use100 ? 0 : 1 })}
      </span>
      <span className="barometer-cell__band">{t(`heatmap.band.${band}`)}</span>
    </span>
  );
}
