// Timing helpers shared by the benchmarks: p50/p95 over repeated runs after a short warm-up.
import { performance } from 'node:perf_hooks';

export interface Timing {
  name: string;
  p50: number;
  p95: number;
  goalP95: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length));
  return sorted[index] ?? Number.NaN;
}

export async function time(name: string, runs: number, goalP95: number, fn: () => Promise<void>): Promise<Timing> {
  for (let i = 0; i < Math.min(5, runs); i += 1) await fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { name, p50: percentile(samples, 50), p95: percentile(samples, 95), goalP95 };
}
