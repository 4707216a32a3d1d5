// A closed wave's results in memory: the frozen tree, direct aggregates and stored visibility.
// Every figure that leaves the server is built here, through one path: the subtree sum is
// computed whether or not it may be shown, and the presenter then either gives it or gives
// `{ suppressed: true }` with nothing else.
import type { DistributionCell, ParticipationCell, ScoreCell } from '../../../common/barometer/api.js';
import { respondentsMetric } from '../../../common/barometer/metrics.js';
import { round1, to100 } from '../../../common/barometer/scoring.js';
import { notFound } from '../../platform/errors.js';
import type { OrgScope } from '../org/policy.js';
import { barometerPolicy } from './policy.js';
import { findWave, waveUnits, type Db, type WaveRow, type WaveUnitRow } from './repo.js';

interface Agg {
  n: number;
  sum: number;
  counts: Map<number, number>;
}

export interface WaveResults {
  wave: WaveRow;
  units: WaveUnitRow[];
  rootId: string;
  /** The snapshot units the viewer may see results for. */
  viewerUnits: Set<string>;
  children: Map<string, string[]>;
  metricNames: Set<string>;
  /** Subtree sum of one metric for one node. */
  subtree: (metric: string, unitId: string) => Agg;
  visible: (metric: string, unitId: string) => boolean;
  /** The node and every node below it, in tree order. */
  below: (unitId: string) => WaveUnitRow[];
  unitOf: (unitId: string) => WaveUnitRow | undefined;
  /** Invited and answered in the node's subtree. */
  participation: (unitId: string) => { invited: number; answered: number };
}

function parseCounts(json: string): Map<number, number> {
  const value: unknown = JSON.parse(json);
  const out = new Map<number, number>();
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (typeof v === 'number') out.set(Number(k), v);
  return out;
}

/**
 * A closed wave's results for one viewer, or 404 (not closed, or nothing the viewer may see).
 * @param metrics prefixes of the metric names to load (a view reads only what it shows)
 */
export async function loadResults(db: Db, scope: OrgScope, waveId: string, metrics: readonly string[]) {
  const wave = await findWave(db, waveId);
  if (!wave || wave.status !== 'closed') throw notFound();
  const units = await closedWaveUnits(db, wave, metrics);
  const viewerUnits = barometerPolicy.resultUnits(
    scope,
    units.map((u) => u.unit_id),
  );
  if (viewerUnits.size === 0) throw notFound();
  return buildResults(db, wave, viewerUnits, metrics);
}

/** What one wave's stored figures give, for one set of metric prefixes, shared by every viewer. */
interface WaveFigures {
  units: WaveUnitRow[];
  children: Map<string, string[]>;
  index: Map<string, number>;
  rootId: string;
  direct: Map<string, Map<string, Agg>>;
  visibility: Map<string, Set<string>>;
  sums: Map<string, Map<string, Agg>>;
  participation: Map<string, { invited: number; answered: number }>;
}

/**
 * A closed wave's figures never change, except its visibility when the thresholds are raised, which
 * also moves the wave's updated_at. So they are kept in memory keyed by that, and every viewer's
 * request reads the fresh wave row first: another process raising the thresholds is seen at once.
 * Bounded, least recently used first out.
 */
const figuresCache = new Map<string, WaveFigures>();
const figuresCacheSize = 48;

async function waveFigures(db: Db, wave: WaveRow, metrics: readonly string[]): Promise<WaveFigures> {
  const key = `${wave.id}|${wave.updated_at}|${wave.closed_at ?? ''}|${metrics.join(',')}`;
  const known = figuresCache.get(key);
  if (known) {
    figuresCache.delete(key);
    figuresCache.set(key, known);
    return known;
  }
  const units = await waveUnits(db, wave.id);
  // Metric names hold letters, digits and . : @ - only, so a prefix needs no LIKE escaping.
  const rows = await db
    .selectFrom('barometer_aggregates')
    .select(['unit_id', 'metric', 'n', 'sum', 'counts_json'])
    .where('wave_id', '=', wave.id)
    .where((eb) => eb.or(metrics.map((m) => eb('metric', 'like', `${m}%`))))
    .execute();
  const visRows = await db
    .selectFrom('barometer_visibility')
    .select(['metric', 'unit_ids_json'])
    .where('wave_id', '=', wave.id)
    .where((eb) => eb.or(metrics.map((m) => eb('metric', 'like', `${m}%`))))
    .execute();
  const direct = new Map<string, Map<string, Agg>>();
  for (const r of rows) {
    const perUnit = direct.get(r.metric) ?? new Map<string, Agg>();
    perUnit.set(r.unit_id, { n: r.n, sum: r.sum, counts: parseCounts(r.counts_json) });
    direct.set(r.metric, perUnit);
  }
  const visibility = new Map<string, Set<string>>();
  for (const v of visRows) {
    const ids: unknown = JSON.parse(v.unit_ids_json);
    visibility.set(v.metric, new Set(Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : []));
  }
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parent_id === null) continue;
    const list = children.get(u.parent_id) ?? [];
    list.push(u.unit_id);
    children.set(u.parent_id, list);
  }
  // Subtree participation, bottom-up like the sums (units are in tree pre-order).
  const participation = new Map<string, { invited: number; answered: number }>();
  for (let i = units.length - 1; i >= 0; i -= 1) {
    const u = units[i];
    if (!u) continue;
    const own = { invited: u.invited ?? 0, answered: u.answered ?? 0 };
    for (const child of children.get(u.unit_id) ?? []) {
      const c = participation.get(child);
      own.invited += c?.invited ?? 0;
      own.answered += c?.answered ?? 0;
    }
    participation.set(u.unit_id, own);
  }
  const figures: WaveFigures = {
    units,
    participation,
    children,
    index: new Map(units.map((u, i) => [u.unit_id, i])),
    rootId: units.find((u) => u.parent_id === null)?.unit_id ?? '',
    direct,
    visibility,
    sums: new Map(),
  };
  figuresCache.set(key, figures);
  for (const oldest of figuresCache.keys()) {
    if (figuresCache.size <= figuresCacheSize) break;
    figuresCache.delete(oldest);
  }
  return figures;
}

/** The wave's frozen tree (from the cache when the figures of a view were read already). */
export async function closedWaveUnits(db: Db, wave: WaveRow, metrics: readonly string[]): Promise<WaveUnitRow[]> {
  return (await waveFigures(db, wave, metrics)).units;
}

export async function buildResults(
  db: Db,
  wave: WaveRow,
  viewerUnits: Set<string>,
  metrics: readonly string[],
): Promise<WaveResults> {
  const figures = await waveFigures(db, wave, metrics);
  const { units, children, index, rootId, direct, visibility, sums } = figures;
  // Units are in tree (pre-)order: a subtree sum is the node plus its children's sums, computed
  // bottom-up once per metric and kept with the wave's figures.
  const sumsOf = (metric: string) => {
    const known = sums.get(metric);
    if (known) return known;
    const perUnit = direct.get(metric) ?? new Map<string, Agg>();
    const out = new Map<string, Agg>();
    for (let i = units.length - 1; i >= 0; i -= 1) {
      const id = units[i]?.unit_id ?? '';
      const own = perUnit.get(id);
      const agg: Agg = { n: own?.n ?? 0, sum: own?.sum ?? 0, counts: new Map(own?.counts ?? []) };
      for (const child of children.get(id) ?? []) {
        const c = out.get(child);
        if (!c) continue;
        agg.n += c.n;
        agg.sum += c.sum;
        for (const [value, count] of c.counts) agg.counts.set(value, (agg.counts.get(value) ?? 0) + count);
      }
      out.set(id, agg);
    }
    sums.set(metric, out);
    return out;
  };
  return {
    wave,
    units,
    rootId,
    viewerUnits,
    children,
    metricNames: new Set(direct.keys()),
    subtree: (metric, unitId) => sumsOf(metric).get(unitId) ?? { n: 0, sum: 0, counts: new Map() },
    visible: (metric, unitId) => visibility.get(metric)?.has(unitId) ?? false,
    unitOf: (unitId) => {
      const at = index.get(unitId);
      return at === undefined ? undefined : units[at];
    },
    participation: (unitId) => figures.participation.get(unitId) ?? { invited: 0, answered: 0 },
    below: (unitId) => {
      const start = index.get(unitId);
      if (start === undefined) return [];
      const depth = units[start]?.depth ?? 0;
      const out: WaveUnitRow[] = [];
      for (let i = start; i < units.length; i += 1) {
        const u = units[i];
        if (!u || (i > start && u.depth <= depth)) break;
        out.push(u);
      }
      return out;
    },
  };
}

const suppressed = { suppressed: true } as const;

export function scoreCell(
  results: WaveResults,
  metric: string,
  unitId: string,
  scale: { min: number; max: number; score100: boolean },
): ScoreCell {
  const agg = results.subtree(metric, unitId);
  const mean = agg.n > 0 ? agg.sum / agg.n : 0;
  const figure = {
    suppressed: false as const,
    n: agg.n,
    mean: round1(mean),
    score100: scale.score100 ? round1(to100(mean, scale.min, scale.max)) : null,
  };
  return results.visible(metric, unitId) && agg.n > 0 ? figure : suppressed;
}

export function distributionCell(
  results: WaveResults,
  metric: string,
  unitId: string,
  range: { min: number; max: number; mean: boolean },
): DistributionCell {
  const agg = results.subtree(metric, unitId);
  const counts: { value: number; count: number }[] = [];
  for (let value = range.min; value <= range.max; value += 1) counts.push({ value, count: agg.counts.get(value) ?? 0 });
  const figure = {
    suppressed: false as const,
    n: agg.n,
    mean: range.mean && agg.n > 0 ? round1(agg.sum / agg.n) : null,
    counts,
  };
  return results.visible(metric, unitId) && agg.n > 0 ? figure : suppressed;
}

/** Invited and answered of a subtree: figures too, so shown only where the respondents are. */
export function participationCell(results: WaveResults, unitId: string): ParticipationCell {
  const { invited, answered } = results.participation(unitId);
  const figure = {
    suppressed: false as const,
    answered,
    invited,
    rate: invited > 0 ? round1((answered / invited) * 100) : 0,
  };
  return results.visible(respondentsMetric, unitId) ? figure : suppressed;
}
