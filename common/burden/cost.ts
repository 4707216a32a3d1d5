// The Standard Cost Model arithmetic of the burden inventory: time per occurrence x occurrences a
// year x people who do it. Pure functions, so the server and the page compute the same figures.
import { unitsPerYear, type FrequencyUnit } from './vocabulary.js';

export interface CostInputs {
  minutes: number;
  frequencyUnit: FrequencyUnit;
  frequencyCount: number;
  performers: number;
}

export interface CostSettings {
  hoursPerFte: number;
  /** Whole currency units per hour; null when the organisation has not set one. */
  hourlyCost: number | null;
}

export interface Cost {
  occurrencesPerYear: number;
  annualHours: number;
  fte: number;
  money: number | null;
}

/** How many times a year one performer does it: 2 per week is 104; 30 per year (ad hoc) is 30. */
export function occurrencesPerYear(unit: FrequencyUnit, count: number): number {
  return unitsPerYear[unit] * count;
}

/** Hours a year, rounded to one decimal only for display by the caller. */
export function annualHours(minutes: number, occurrences: number, performers: number): number {
  return (minutes * occurrences * performers) / 60;
}

export function fullTimeEquivalents(hours: number, hoursPerFte: number): number {
  return hoursPerFte > 0 ? hours / hoursPerFte : 0;
}

export function moneyOf(hours: number, hourlyCost: number | null): number | null {
  return hourlyCost === null ? null : hours * hourlyCost;
}

export function costOf(inputs: CostInputs, settings: CostSettings): Cost {
  const occurrences = occurrencesPerYear(inputs.frequencyUnit, inputs.frequencyCount);
  const hours = annualHours(inputs.minutes, occurrences, inputs.performers);
  return {
    occurrencesPerYear: occurrences,
    annualHours: hours,
    fte: fullTimeEquivalents(hours, settings.hoursPerFte),
    money: moneyOf(hours, settings.hourlyCost),
  };
}

/** The median of a list (mean of the middle two for an even count); null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Rounds a figure for the API: one decimal for hours, two for FTE; the inputs travel beside it. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The hours in the top third of a list: the cut chart's threshold (the value at the 2/3 quantile). */
export function topThirdThreshold(hours: readonly number[]): number | null {
  if (hours.length === 0) return null;
  const sorted = [...hours].sort((a, b) => a - b);
  const index = Math.floor((sorted.length * 2) / 3);
  return sorted[Math.min(index, sorted.length - 1)] ?? null;
}
