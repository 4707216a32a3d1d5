// The items one participant is asked, built from the wave's instruments: manager-only items for
// managers, relational-coordination items once per work group the wave names.
import type { FormItem } from '../../../common/barometer/api.js';
import type { InstrumentDefinition, InstrumentItem } from '../../../common/barometer/instrument.js';
import { qualifiedKey } from '../../../common/barometer/metrics.js';
import type { Locale } from '../../../common/i18n/locales.js';
import { inLocale } from './instruments.js';

export interface AskedItem {
  instrument: InstrumentDefinition;
  item: InstrumentItem;
  key: string;
  targetUnitId: string | null;
}

export function askedItems(
  instruments: readonly InstrumentDefinition[],
  participant: { isManager: boolean; unitId: string },
  dependentUnitIds: readonly string[],
): AskedItem[] {
  const out: AskedItem[] = [];
  for (const instrument of instruments)
    for (const item of instrument.items) {
      if (item.audience === 'managers' && !participant.isManager) continue;
      const key = qualifiedKey(instrument.key, item.key);
      if (item.target === 'dependentGroups') {
        for (const target of dependentUnitIds)
          if (target !== participant.unitId) out.push({ instrument, item, key, targetUnitId: target });
      } else out.push({ instrument, item, key, targetUnitId: null });
    }
  return out;
}

export function presentFormItem(asked: AskedItem, locale: Locale, unitNames: Map<string, string>): FormItem {
  const { item } = asked;
  const choice = item.kind === 'choice';
  return {
    key: asked.key,
    kind: item.kind,
    text: inLocale(item.text, locale),
    scaleMin: choice ? 1 : item.scaleMin,
    scaleMax: choice ? item.choices.length : item.scaleMax,
    minLabel: item.minLabel ? inLocale(item.minLabel, locale) : null,
    maxLabel: item.maxLabel ? inLocale(item.maxLabel, locale) : null,
    choices: item.choices.map((c) => inLocale(c, locale)),
    targetUnit: asked.targetUnitId ? { id: asked.targetUnitId, name: unitNames.get(asked.targetUnitId) ?? '' } : null,
  };
}

/** The allowed range of an item's value. */
export function valueRange(item: InstrumentItem): { min: number; max: number } {
  return item.kind === 'choice' ? { min: 1, max: item.choices.length } : { min: item.scaleMin, max: item.scaleMax };
}
