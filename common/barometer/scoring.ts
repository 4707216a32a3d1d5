// Scale scores, pure: a respondent's score on a dimension and how groups of scores are summarised.
import type { InstrumentItem } from './instrument.js';

/** A reversed item counts the other way up (e.g. 5 = "most of my time is lost" becomes 1). */
export function itemScore(item: Pick<InstrumentItem, 'scaleMin' | 'scaleMax' | 'reversed'>, value: number): number {
  return item.reversed ? item.scaleMin + item.scaleMax - value : value;
}

/**
 * A respondent's score on a scale: the mean of the items answered, only when at least half of the
 * scale's items are answered; otherwise null (the respondent is not counted for this scale).
 */
export function respondentScore(
  items: readonly Pick<InstrumentItem, 'key' | 'scaleMin' | 'scaleMax' | 'reversed'>[],
  answers: ReadonlyMap<string, number>,
): number | null {
  if (items.length === 0) return null;
  let sum = 0;
  let answered = 0;
  for (const item of items) {
    const value = answers.get(item.key);
    if (value === undefined) continue;
    sum += itemScore(item, value);
    answered += 1;
  }
  if (answered * 2 < items.length) return null;
  return sum / answered;
}

/** 0..100 presentation: the scale's lowest point is 0 and its highest 100. */
export function to100(mean: number, scaleMin: number, scaleMax: number): number {
  return ((mean - scaleMin) / (scaleMax - scaleMin)) * 100;
}

/** One decimal, the precision every figure is shown with. */
export const round1 = (value: number) => Math.round(value * 10) / 10;

/** Running sums of a group's scores: enough for n and mean, and to add groups together. */
export interface ScoreSums {
  n: number;
  sum: number;
  sumSq: number;
}

export const emptySums = (): ScoreSums => ({ n: 0, sum: 0, sumSq: 0 });

export function addScore(sums: ScoreSums, score: number): void {
  sums.n += 1;
  sums.sum += score;
  sums.sumSq += score * score;
}

export function mergeSums(into: ScoreSums, other: ScoreSums): void {
  into.n += other.n;
  into.sum += other.sum;
  into.sumSq += other.sumSq;
}
