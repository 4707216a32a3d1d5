// Deterministic randomness for the demo organisation. The same seed gives the same people every
// time, so screenshots, documentation and browser tests can rely on them.
import { createHash } from 'node:crypto';

/** A function returning numbers in [0, 1), like Math.random but repeatable. */
export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for picking names; not for anything secret. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('Cannot pick from an empty list');
  return item;
}

export function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

/** An integer in [min, max], both included. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Picks by weight; weights need not sum to anything in particular. */
export function pickWeighted<T>(rng: Rng, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = entries[entries.length - 1];
  if (last === undefined) throw new Error('Cannot pick from an empty list');
  return last[0];
}

/**
 * A valid UUID v4 derived from a stable key (e.g. "unit", "AO-HT1"). Ids come from the key rather
 * than from a running sequence so that a unit keeps its id, and demo links keep working, when
 * people are added elsewhere in the lists.
 */
export function demoUuid(...keyParts: string[]): string {
  const bytes = createHash('sha256')
    .update(`exempelby\u0000${keyParts.join('\u0000')}`)
    .digest();
  const hex = bytes.subarray(0, 16).toString('hex').split('');
  hex[12] = '4'; // version 4
  hex[16] = '89ab'.charAt(parseInt(hex[16] ?? '0', 16) & 3); // RFC 4122 variant
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
