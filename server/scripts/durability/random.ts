// A seeded random source (mulberry32), so a run prints its seed and the same choices of writes
// and kill moments can be asked for again with --seed. The server's timing still varies.
export interface Random {
  /** A number in [0, 1). */
  next: () => number;
  /** An integer in [min, max]. */
  between: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick() from an empty list');
      return item;
    },
  };
}
