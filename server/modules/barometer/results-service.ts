// Results of closed waves, always through the wave's stored visibility (results-model.ts).
import type { ChainMap, Coordination, Heatmap, HeatmapRow, ItemsResult, Trend } from '../../../common/barometer/api.js';
import type { InstrumentDefinition } from '../../../common/barometer/instrument.js';
import {
  chainMetric,
  commentsMetric,
  dimensionItems,
  dimensionMetric,
  facetMetric,
  itemMetric,
  qualifiedKey,
  rcAllMetric,
  rcItemMetric,
  respondentsMetric,
  totalItems,
  totalMetric,
} from '../../../common/barometer/metrics.js';
import { chainLevels, trustFacets } from '../../../common/barometer/vocabulary.js';
import type { Locale } from '../../../common/i18n/locales.js';
import { notFound } from '../../platform/errors.js';
import { requireSignedIn, type ServiceContext } from '../../platform/principal.js';
import type { OrgScope } from '../org/policy.js';
import { loadOrgScope } from '../org/scope.js';
import { inLocale, loadWaveInstruments } from './instruments.js';
import { barometerPolicy } from './policy.js';
import { unitNames } from './repo.js';
import {
  buildResults,
  closedWaveUnits,
  distributionCell,
  loadResults,
  participationCell,
  scoreCell,
  type WaveResults,
} from './results-model.js';
import { parseIds } from './wave-presenters.js';

interface Column {
  key: string;
  instrumentKey: string;
  name: string;
  score100: boolean;
  scaleMin: number;
  scaleMax: number;
  metric: string;
}

export function heatmapColumns(instruments: readonly InstrumentDefinition[], locale: Locale): Column[] {
  const out: Column[] = [];
  for (const instrument of instruments) {
    for (const dimension of instrument.dimensions) {
      const first = dimensionItems(instrument, dimension.items)[0];
      out.push({
        key: qualifiedKey(instrument.key, dimension.key),
        instrumentKey: instrument.key,
        name: inLocale(dimension.names, locale),
        score100: dimension.score100,
        scaleMin: first?.scaleMin ?? 1,
        scaleMax: first?.scaleMax ?? 5,
        metric: dimensionMetric(instrument.key, dimension.key),
      });
    }
    if (instrument.totalIndex) {
      const first = totalItems(instrument)[0];
      out.push({
        key: qualifiedKey(instrument.key, instrument.totalIndex.key),
        instrumentKey: instrument.key,
        name: inLocale(instrument.totalIndex.names, locale),
        score100: true,
        scaleMin: first?.scaleMin ?? 1,
        scaleMax: first?.scaleMax ?? 5,
        metric: totalMetric(instrument.key),
      });
    }
  }
  return out;
}

const presentColumn = ({ metric: _metric, ...column }: Column) => column;

/** The node a view starts from: the asked unit (if the viewer may see it), else the top of what they see. */
function startUnit(results: WaveResults, unitId: string | undefined): string {
  if (unitId !== undefined) {
    if (!results.viewerUnits.has(unitId)) throw notFound();
    return unitId;
  }
  const first = results.units.find((u) => results.viewerUnits.has(u.unit_id));
  return first?.unit_id ?? results.rootId;
}

function row(results: WaveResults, unitId: string, columns: readonly Column[]): HeatmapRow {
  const unit = results.unitOf(unitId);
  return {
    unit: { id: unitId, name: unit?.name ?? '' },
    parentId: unit?.parent_id ?? null,
    depth: unit?.depth ?? 0,
    participation: participationCell(results, unitId),
    cells: columns.map((c) =>
      scoreCell(results, c.metric, unitId, { min: c.scaleMin, max: c.scaleMax, score100: c.score100 }),
    ),
  };
}

async function viewerScope(ctx: ServiceContext): Promise<OrgScope> {
  return (await loadOrgScope(requireSignedIn(ctx))).scope;
}

/** Units the viewer sees in the subtree of `start`, in tree order (the whole subtree for those who see all). */
function rowsBelow(results: WaveResults, start: string) {
  return results.below(start).filter((u) => results.viewerUnits.has(u.unit_id));
}

export async function heatmap(ctx: ServiceContext, waveId: string, unitId?: string): Promise<Heatmap> {
  const scope = await viewerScope(ctx);
  const results = await loadResults(ctx.db, scope, waveId, [respondentsMetric, 'dim:', 'total:']);
  const instruments = await loadWaveInstruments(ctx.db, results.wave.instruments_json);
  const columns = heatmapColumns(instruments, ctx.locale);
  const start = startUnit(results, unitId);
  return {
    wave: { id: results.wave.id, title: results.wave.title, closedAt: results.wave.closed_at ?? '' },
    columns: columns.map(presentColumn),
    rows: rowsBelow(results, start).map((u) => row(results, u.unit_id, columns)),
    organisation: row(results, results.rootId, columns),
  };
}

export async function itemsResult(ctx: ServiceContext, waveId: string, unitId?: string): Promise<ItemsResult> {
  const scope = await viewerScope(ctx);
  const results = await loadResults(ctx.db, scope, waveId, [respondentsMetric, 'item:', commentsMetric]);
  const instruments = await loadWaveInstruments(ctx.db, results.wave.instruments_json);
  const start = startUnit(results, unitId);
  const items = instruments.flatMap((instrument) =>
    instrument.items
      .filter((item) => item.kind !== 'text' && item.target === 'none')
      .map((item) => {
        const metric = itemMetric(instrument.key, item.key);
        const choice = item.kind === 'choice';
        const range = {
          min: choice ? 1 : item.scaleMin,
          max: choice ? item.choices.length : item.scaleMax,
          mean: !choice,
        };
        return {
          key: qualifiedKey(instrument.key, item.key),
          instrumentKey: instrument.key,
          kind: item.kind,
          text: inLocale(item.text, ctx.locale),
          scaleMin: range.min,
          scaleMax: range.max,
          minLabel: item.minLabel ? inLocale(item.minLabel, ctx.locale) : null,
          maxLabel: item.maxLabel ? inLocale(item.maxLabel, ctx.locale) : null,
          choices: item.choices.map((c) => inLocale(c, ctx.locale)),
          unit: distributionCell(results, metric, start, range),
          organisation: distributionCell(results, metric, results.rootId, range),
        };
      }),
  );
  const textItems = new Map(
    instruments.flatMap((instrument) =>
      instrument.items
        .filter((item) => item.kind === 'text')
        .map((item) => [qualifiedKey(instrument.key, item.key), inLocale(item.text, ctx.locale)] as const),
    ),
  );
  // Comments are read for the subtree either way; they leave only when the subtree's count is shown.
  const subtreeIds = results.below(start).map((u) => u.unit_id);
  const comments = subtreeIds.length
    ? await ctx.db
        .selectFrom('barometer_comments')
        .select(['item_key', 'text'])
        .where('wave_id', '=', results.wave.id)
        .where('unit_id', 'in', subtreeIds)
        .orderBy('id')
        .execute()
    : [];
  // Shown only where both the writers and the respondents of the subtree may be shown.
  const shown =
    results.visible(commentsMetric, start) && results.visible(respondentsMetric, start) && comments.length > 0;
  const unit = results.unitOf(start);
  return {
    unit: { id: start, name: unit?.name ?? '' },
    items,
    comments: shown
      ? {
          suppressed: false,
          items: comments.map((c) => ({
            itemKey: c.item_key,
            itemText: textItems.get(c.item_key) ?? '',
            text: c.text,
          })),
        }
      : { suppressed: true },
  };
}

export async function trend(ctx: ServiceContext, unitId: string, asked: string | undefined): Promise<Trend> {
  const scope = await viewerScope(ctx);
  const waves = await ctx.db
    .selectFrom('barometer_waves as w')
    .innerJoin('barometer_wave_units as u', 'u.wave_id', 'w.id')
    .selectAll('w')
    .where('w.status', '=', 'closed')
    .where('u.unit_id', '=', unitId)
    .orderBy('w.closed_at', 'desc')
    .limit(120)
    .execute();
  // The newest 120, shown oldest first.
  waves.reverse();
  let instrumentKey = asked ?? '';
  if (asked === undefined) {
    const newest = waves.at(-1);
    const instruments = newest ? await loadWaveInstruments(ctx.db, newest.instruments_json) : [];
    instrumentKey = instruments.find((i) => i.dimensions.length > 0)?.key ?? '';
  }
  const points: Trend['points'] = [];
  let columns: Column[] = [];
  let instrumentName = '';
  for (const wave of waves) {
    const instruments = (await loadWaveInstruments(ctx.db, wave.instruments_json)).filter(
      (i) => i.key === instrumentKey,
    );
    if (instruments.length === 0) continue;
    const metrics = [respondentsMetric, `dim:${instrumentKey}.`, `total:${instrumentKey}`];
    const units = await closedWaveUnits(ctx.db, wave, metrics);
    const viewerUnits = barometerPolicy.resultUnits(
      scope,
      units.map((u) => u.unit_id),
    );
    if (!viewerUnits.has(unitId)) continue;
    // The newest version's columns name the series.
    columns = heatmapColumns(instruments, ctx.locale);
    instrumentName = inLocale(instruments[0]?.names, ctx.locale);
    const results = await buildResults(ctx.db, wave, viewerUnits, metrics);
    points.push({
      wave: { id: wave.id, title: wave.title, closedAt: wave.closed_at ?? '' },
      participation: participationCell(results, unitId),
      cells: columns.map((c) =>
        scoreCell(results, c.metric, unitId, { min: c.scaleMin, max: c.scaleMax, score100: c.score100 }),
      ),
    });
  }
  if (points.length === 0) throw notFound();
  // Points of older versions are laid out by the newest columns (same dimension keys).
  const names = await unitNames(ctx.db, [unitId]);
  return {
    unit: { id: unitId, name: names.get(unitId) ?? '' },
    instrument: { key: instrumentKey, name: instrumentName },
    columns: columns.map(presentColumn),
    points,
  };
}

export async function coordination(ctx: ServiceContext, waveId: string, unitId?: string): Promise<Coordination> {
  const scope = await viewerScope(ctx);
  const results = await loadResults(ctx.db, scope, waveId, [respondentsMetric, 'rc:', 'rcall:']);
  const instruments = await loadWaveInstruments(ctx.db, results.wave.instruments_json);
  const rc = instruments.find((i) => i.items.some((item) => item.target === 'dependentGroups'));
  const targetIds = parseIds(results.wave.dependent_unit_ids_json);
  const names = await unitNames(ctx.db, targetIds);
  const rcItems = rc ? rc.items.filter((i) => i.target === 'dependentGroups' && i.kind === 'scale') : [];
  const start = startUnit(results, unitId);
  return {
    dimensions: rcItems.map((i) => ({ key: i.key, name: inLocale(i.text, ctx.locale) })),
    targets: rc ? targetIds.map((id) => ({ id, name: names.get(id) ?? '' })) : [],
    rows: rc
      ? rowsBelow(results, start).map((u) => ({
          unit: { id: u.unit_id, name: u.name },
          depth: u.depth,
          cells: targetIds.map((target) => {
            const overall = scoreCell(results, rcAllMetric(rc.key, target), u.unit_id, {
              min: 1,
              max: 5,
              score100: false,
            });
            return {
              overall,
              dimensions: overall.suppressed
                ? []
                : rcItems.map((item) =>
                    scoreCell(results, rcItemMetric(rc.key, item.key, target), u.unit_id, {
                      min: item.scaleMin,
                      max: item.scaleMax,
                      score100: false,
                    }),
                  ),
            };
          }),
        }))
      : [],
  };
}

export async function chainMap(ctx: ServiceContext, waveId: string, unitId?: string): Promise<ChainMap> {
  const scope = await viewerScope(ctx);
  const results = await loadResults(ctx.db, scope, waveId, [respondentsMetric, 'chain:', 'facet:']);
  const instruments = await loadWaveInstruments(ctx.db, results.wave.instruments_json);
  const chain = instruments.find((i) => i.items.some((item) => item.chainLevel !== undefined));
  const start = startUnit(results, unitId);
  const scale = { min: 1, max: 5, score100: true };
  const links = (node: string) =>
    chain
      ? chainLevels.map((level) => ({
          level,
          up: scoreCell(results, chainMetric(chain.key, level, 'up'), node, scale),
          down: scoreCell(results, chainMetric(chain.key, level, 'down'), node, scale),
          facets: trustFacets.map((facet) => ({
            facet,
            cell: scoreCell(results, facetMetric(chain.key, level, facet), node, scale),
          })),
        }))
      : [];
  const unit = results.unitOf(start);
  return { unit: { id: start, name: unit?.name ?? '' }, links: links(start), organisation: links(results.rootId) };
}
