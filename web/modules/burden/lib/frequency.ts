import type { TFunction } from 'i18next';
import type { FrequencyUnit } from '../../../../common/burden/vocabulary.js';

/** "2 times a week", "30 times a year": the catalog holds one plural form per unit. */
export function frequencyText(t: TFunction<'burden'>, unit: FrequencyUnit, count: number): string {
  return t(`frequency.${unit}`, { count });
}
