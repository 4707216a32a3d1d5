import { useTranslation } from 'react-i18next';
import type { ParticipationCell } from '../../../../common/barometer/api.js';
import { useFormat } from '../../../ui/format';

/** "12 av 15 (80 %)", or the same hidden mark as a score: a count is a figure too. */
export function ParticipationValue({ cell }: { cell: ParticipationCell }) {
  const { t } = useTranslation('barometer');
  const { formatNumber } = useFormat();
  if (cell.suppressed)
    return <span className="barometer-cell barometer-cell--suppressed">{t('heatmap.suppressed')}</span>;
  return (
    <>
      {t('heatmap.answeredOf', {
        answered: formatNumber(cell.answered),
        invited: formatNumber(cell.invited),
        // The server sends the rate as a percentage (0-100).
        rate: formatNumber(cell.rate / 100, { style: 'percent', maximumFractionDigits: 0 }),
      })}
    </>
  );
}
