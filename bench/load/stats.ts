// Per-endpoint figures of a load run: requests, throughput, latency percentiles, errors by status.
export interface EndpointSummary {
  endpoint: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Answers that were not 2xx, by status; 'timeout' when none came in time, 'network' when the
   *  connection failed. */
  errors: Record<string, number>;
}

export interface Recorder {
  record: (endpoint: string, ms: number, outcome: number | 'network' | 'timeout') => void;
  summarise: (seconds: number) => EndpointSummary[];
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function summarise(endpoint: string, latencies: number[], errors: Record<string, number>, seconds: number) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    endpoint,
    requests: sorted.length,
    perSecond: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    errors,
  };
}

export function createRecorder(): Recorder {
  const latencies = new Map<string, number[]>();
  const errors = new Map<string, Record<string, number>>();
  return {
    record(endpoint, ms, outcome) {
      const list = latencies.get(endpoint) ?? [];
      list.push(ms);
      latencies.set(endpoint, list);
      if (typeof outcome === 'number' && outcome >= 200 && outcome < 300) return;
      const counts = errors.get(endpoint) ?? {};
      counts[String(outcome)] = (counts[String(outcome)] ?? 0) + 1;
      errors.set(endpoint, counts);
    },
    summarise(seconds) {
      const rows = [...latencies.keys()]
        .sort()
        .map((endpoint) => summarise(endpoint, latencies.get(endpoint) ?? [], errors.get(endpoint) ?? {}, seconds));
      const allErrors: Record<string, number> = {};
      for (const row of rows)
        for (const [status, n] of Object.entries(row.errors)) allErrors[status] = (allErrors[status] ?? 0) + n;
      rows.push(summarise('total', [...latencies.values()].flat(), allErrors, seconds));
      return rows;
    },
  };
}

export function formatTable(rows: readonly EndpointSummary[]): string {
  const ms = (n: number) => (Number.isNaN(n) ? '-' : n.toFixed(1));
  const header = `${'endpoint'.padEnd(40)} ${'requests'.padStart(9)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}  errors`;
  const lines = rows.map((r) => {
    const errors = Object.entries(r.errors)
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ');
    return (
      `${r.endpoint.padEnd(40)} ${String(r.requests).padStart(9)} ${r.perSecond.toFixed(1).padStart(8)} ` +
      `${ms(r.p50).padStart(8)} ${ms(r.p95).padStart(8)} ${ms(r.p99).padStart(8)} ${ms(r.max).padStart(8)}  ${errors || 'none'}`
    );
  });
  return [header, ...lines].join('\n');
}
