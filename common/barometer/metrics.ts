// The figures a closed wave keeps, named as metrics, and how one response adds to them. Pure.
//
// Metric names (instrument key `i`, item key `x`, dimension `d`, target unit `t`):
//   respondents           everyone's responses (one per person who answered)
//   comments              free-text comments (their own threshold)
//   dim:i.d               a scale score per respondent (at least half the items answered)
//   total:i               the instrument's total index over all its dimension items
//   item:i.x              one scale or choice item: its distribution
//   rc:i.x@t / rcall:i@t  relational coordination about work group t, per item and overall
//   chain:i.level.dir     trust up or down on a link of the chain
//   facet:i.level.facet   trust up on a link, per can/will/dare
import type { InstrumentDefinition, InstrumentItem } from './instrument.js';
import { itemScore, respondentScore } from './scoring.js';
import { chainDirections, chainLevels, trustFacets } from './vocabulary.js';

export const respondentsMetric = 'respondents';
export const commentsMetric = 'comments';

export const qualifiedKey = (instrumentKey: string, itemKey: string) => `${instrumentKey}.${itemKey}`;
export const dimensionMetric = (instrumentKey: string, dimensionKey: string) => `dim:${instrumentKey}.${dimensionKey}`;
export const totalMetric = (instrumentKey: string) => `total:${instrumentKey}`;
export const itemMetric = (instrumentKey: string, itemKey: string) => `item:${instrumentKey}.${itemKey}`;
export const rcItemMetric = (instrumentKey: string, itemKey: string, targetId: string) =>
  `rc:${instrumentKey}.${itemKey}@${targetId}`;
export const rcAllMetric = (instrumentKey: string, targetId: string) => `rcall:${instrumentKey}@${targetId}`;
export const chainMetric = (instrumentKey: string, level: string, direction: string) =>
  `chain:${instrumentKey}.${level}.${direction}`;
export const facetMetric = (instrumentKey: string, level: string, facet: string) =>
  `facet:${instrumentKey}.${level}.${facet}`;

export interface StoredAnswer {
  /** 'instrumentKey.itemKey' */
  itemKey: string;
  targetUnitId: string | null;
  value: number;
}

/** One contribution of a response to a metric: a score (for n and mean) and, for items, a value. */
export interface Contribution {
  metric: string;
  score: number;
  /** Items only: the raw value, counted in the distribution. */
  value?: number;
}

const scaleItems = (instrument: InstrumentDefinition) => instrument.items.filter((i) => i.kind === 'scale');

/** Items of a dimension, in dimension order. */
export function dimensionItems(instrument: InstrumentDefinition, itemKeys: readonly string[]): InstrumentItem[] {
  return itemKeys.flatMap((key) => instrument.items.filter((item) => item.key === key));
}

/** Every item key a total index is computed over: the items of all dimensions, once each. */
export function totalItems(instrument: InstrumentDefinition): InstrumentItem[] {
  const keys = new Set(instrument.dimensions.flatMap((d) => d.items));
  return instrument.items.filter((i) => keys.has(i.key));
}

/** What one stored response adds to the wave's metrics. `audience` 'all' counts as a respondent. */
export function contributions(
  instruments: readonly InstrumentDefinition[],
  audience: string,
  answers: readonly StoredAnswer[],
): Contribution[] {
  const out: Contribution[] = audience === 'all' ? [{ metric: respondentsMetric, score: 1 }] : [];
  for (const instrument of instruments) {
    const prefix = `${instrument.key}.`;
    const plain = new Map<string, number>();
    const targeted = new Map<string, Map<string, number>>();
    for (const answer of answers) {
      if (!answer.itemKey.startsWith(prefix)) continue;
      const key = answer.itemKey.slice(prefix.length);
      if (answer.targetUnitId === null) plain.set(key, answer.value);
      else {
        const map = targeted.get(answer.targetUnitId) ?? new Map<string, number>();
        map.set(key, answer.value);
        targeted.set(answer.targetUnitId, map);
      }
    }
    for (const item of instrument.items) {
      const value = plain.get(item.key);
      if (value === undefined || item.target !== 'none') continue;
      if (item.kind === 'scale' || item.kind === 'choice')
        out.push({ metric: itemMetric(instrument.key, item.key), score: value, value });
    }
    for (const dimension of instrument.dimensions) {
      const score = respondentScore(dimensionItems(instrument, dimension.items), plain);
      if (score !== null) out.push({ metric: dimensionMetric(instrument.key, dimension.key), score });
    }
    if (instrument.totalIndex) {
      const score = respondentScore(totalItems(instrument), plain);
      if (score !== null) out.push({ metric: totalMetric(instrument.key), score });
    }
    for (const level of chainLevels) {
      for (const direction of chainDirections) {
        const items = scaleItems(instrument).filter((i) => i.chainLevel === level && i.direction === direction);
        const score = items.length > 0 ? respondentScore(items, plain) : null;
        if (score !== null) out.push({ metric: chainMetric(instrument.key, level, direction), score });
      }
      for (const facet of trustFacets) {
        const items = scaleItems(instrument).filter(
          (i) => i.chainLevel === level && i.direction === 'up' && i.facet === facet,
        );
        const score = items.length > 0 ? respondentScore(items, plain) : null;
        if (score !== null) out.push({ metric: facetMetric(instrument.key, level, facet), score });
      }
    }
    const rcItems = scaleItems(instrument).filter((i) => i.target === 'dependentGroups');
    for (const [targetId, values] of targeted) {
      for (const item of rcItems) {
        const value = values.get(item.key);
        if (value !== undefined)
          out.push({ metric: rcItemMetric(instrument.key, item.key, targetId), score: itemScore(item, value), value });
      }
      const score = respondentScore(rcItems, values);
      if (score !== null) out.push({ metric: rcAllMetric(instrument.key, targetId), score });
    }
  }
  return out;
}
