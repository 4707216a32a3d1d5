import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { unitsPerYear, type FrequencyUnit } from '../../../../common/burden/vocabulary.js';
import { useFormat } from '../../../ui/format';

export interface TraceInputs {
  minutes: number;
  frequencyUnit: FrequencyUnit;
  frequencyCount: number;
  occurrencesPerYear: number;
  performers: number;
  /** Whether the number of performers was counted from the organisation or entered by hand. */
  performersEntered: boolean;
  annualHours: number;
  fte: number;
  money: number | null;
  hoursPerFte: number;
  hourlyCost: number | null;
}

/** "How we got this": every figure written out as the sum that produced it, so a reader can check
 *  it with a pocket calculator (minutes x times a year x performers / 60). */
export function CostTrace({ inputs }: { inputs: TraceInputs }) {
  const { t } = useTranslation('burden');
  const { formatNumber } = useFormat();
  const n = (value: number, digits = 1) => formatNumber(value, { maximumFractionDigits: digits });
  const perUnit = unitsPerYear[inputs.frequencyUnit];
  return (
    <div className="stacked">
      <Paragraph className="burden-trace">
        {inputs.frequencyUnit === 'perYear'
          ? t('trace.occurrencesEntered', { times: inputs.frequencyCount, total: n(inputs.occurrencesPerYear) })
          : t('trace.occurrences', {
              times: inputs.frequencyCount,
              unit: t(`frequencyUnitsShort.${inputs.frequencyUnit}`),
              perUnit: n(perUnit),
              total: n(inputs.occurrencesPerYear),
            })}
      </Paragraph>
      <Paragraph className="burden-trace">
        {inputs.performersEntered
          ? t('trace.performersEntered', { count: inputs.performers })
          : t('trace.performersCounted', { count: inputs.performers })}
      </Paragraph>
      <Paragraph className="burden-trace">
        {t('trace.hours', {
          minutes: n(inputs.minutes),
          occurrences: n(inputs.occurrencesPerYear),
          performers: n(inputs.performers, 0),
          hours: n(inputs.annualHours),
        })}
      </Paragraph>
      <Paragraph className="burden-trace">
        {t('trace.fte', { hours: n(inputs.annualHours), hoursPerFte: n(inputs.hoursPerFte, 0), fte: n(inputs.fte, 2) })}
      </Paragraph>
      <Paragraph className="burden-trace">
        {inputs.money === null || inputs.hourlyCost === null
          ? t('trace.noMoney')
          : t('trace.money', {
              hours: n(inputs.annualHours),
              hourlyCost: n(inputs.hourlyCost, 0),
              money: n(inputs.money, 0),
            })}
      </Paragraph>
    </div>
  );
}
