// Waves: list, create, open, close, and raising a wave's thresholds.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CreateWaveBody, WaveAnonymityBody, WaveDetail, WaveList } from '../../../common/barometer/api.js';
import { isExternalKind } from '../../../common/org/roles.js';
import { writeAudit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import type { Notifier } from '../../platform/notifications/notify.js';
import { requireSignedIn, type AuthedContext, type ServiceContext } from '../../platform/principal.js';
import type { OrgScope } from '../org/policy.js';
import { loadOrgScope } from '../org/scope.js';
import { closeWave, storeVisibility, vacuumAfterClose } from './closing.js';
import { openWave } from './opening.js';
import { barometerPolicy } from './policy.js';
import {
  ensureBuiltInInstruments,
  findInstrumentRow,
  findParticipation,
  findWave,
  insertWave,
  listWaveRows,
  readSettings,
  unitNames,
  updateWave,
  wavesToAnswer,
  waveUnits,
  type Db,
  type WaveRow,
} from './repo.js';
import { parseIds, presentWaveSummary } from './wave-presenters.js';
import { batches } from '../../db/batches.js';

export interface WaveDeps {
  notifier: Notifier;
}

/** Closed waves (ids) in which this person may see some unit's results. */
async function wavesWithResultsFor(db: Db, scope: OrgScope, closedIds: readonly string[]): Promise<Set<string>> {
  if (barometerPolicy.seesAll(scope)) return new Set(closedIds);
  const mine = [...new Set([...scope.managed, ...scope.memberOf])];
  const out = new Set<string>();
  if (closedIds.length === 0 || mine.length === 0) return out;
  for (const ids of batches(mine, 500)) {
    const rows = await db
      .selectFrom('barometer_wave_units')
      .select('wave_id')
      .distinct()
      .where('wave_id', 'in', closedIds)
      .where('unit_id', 'in', ids)
      .execute();
    for (const r of rows) out.add(r.wave_id);
  }
  return out;
}

async function scopeNames(db: Db, waves: readonly WaveRow[]) {
  return unitNames(db, [...new Set(waves.flatMap((w) => (w.scope_unit_id ? [w.scope_unit_id] : [])))]);
}

export async function listWaves(ctx: ServiceContext): Promise<WaveList> {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  const rows = await listWaveRows(ctx.db);
  const toAnswer = await wavesToAnswer(ctx.db, authed.principal.personId);
  const closed = rows.filter((w) => w.status === 'closed');
  const withResults = await wavesWithResultsFor(
    ctx.db,
    scope,
    closed.map((w) => w.id),
  );
  const names = await scopeNames(ctx.db, rows);
  const present = (w: WaveRow) => presentWaveSummary(ctx.db, w, ctx.locale, names, toAnswer.has(w.id));
  return {
    toAnswer: await Promise.all(rows.filter((w) => toAnswer.has(w.id)).map(present)),
    results: await Promise.all(
      closed
        .filter((w) => withResults.has(w.id))
        .sort((a, b) => (b.closed_at ?? '').localeCompare(a.closed_at ?? ''))
        .map(present),
    ),
    managed: await Promise.all(
      rows
        .filter((w) => w.status !== 'closed' && barometerPolicy.canManageWave(scope, { scopeUnitId: w.scope_unit_id }))
        .map(present),
    ),
  };
}

/** The wave if the caller may know of it (manager of it, invited, or a reader of its results); else 404. */
async function visibleWave(ctx: AuthedContext, scope: OrgScope, id: string) {
  const wave = await findWave(ctx.db, id);
  if (!wave) throw notFound();
  const manage = barometerPolicy.canManageWave(scope, { scopeUnitId: wave.scope_unit_id });
  const units = await waveUnits(ctx.db, wave.id);
  const resultUnits = barometerPolicy.resultUnits(
    scope,
    units.map((u) => u.unit_id),
  );
  // Only the top as comparison is not enough to open a wave: the caller must have a unit in it.
  const invited = wave.status === 'open' ? await findParticipation(ctx.db, wave.id, ctx.principal.personId) : undefined;
  if (!manage && !invited && !(wave.status === 'closed' && resultUnits.size > 0)) throw notFound();
  return { wave, manage, units, resultUnits, invited };
}

export async function getWave(ctx: ServiceContext, id: string): Promise<WaveDetail> {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  const { wave, manage, units, resultUnits, invited } = await visibleWave(authed, scope, id);
  const dependent = parseIds(wave.dependent_unit_ids_json);
  const names = await unitNames(ctx.db, [...dependent, ...(wave.scope_unit_id ? [wave.scope_unit_id] : [])]);
  const summary = await presentWaveSummary(ctx.db, wave, ctx.locale, names, invited?.answered === 0);
  const closed = wave.status === 'closed';
  return {
    ...summary,
    reminderDaysBeforeClose: wave.reminder_days_before_close,
    dependentUnits: dependent.map((unitId) => ({ id: unitId, name: names.get(unitId) ?? '' })),
    units: units
      .filter((u) => resultUnits.has(u.unit_id))
      .map((u) => ({ id: u.unit_id, name: u.name, parentId: u.parent_id, depth: u.depth })),
    can: {
      answer: invited?.answered === 0,
      open: manage && wave.status === 'draft',
      close: manage && wave.status === 'open',
      raiseAnonymity: manage,
      seeResults: closed && resultUnits.size > 0,
    },
  };
}

async function resolveInstruments(db: Db, refs: CreateWaveBody['instruments']) {
  await ensureBuiltInInstruments(db);
  const out: { key: string; version: number }[] = [];
  for (const [index, ref] of refs.entries()) {
    const row = await findInstrumentRow(db, ref.key, ref.version);
    if (!row) throw invalid('barometerUnknownInstrument', `instruments.${index}.key`);
    if (out.some((o) => o.key === row.key)) throw invalid('barometerDuplicateInstrument', `instruments.${index}.key`);
    out.push({ key: row.key, version: row.version });
  }
  return out;
}

async function checkUnits(db: Db, body: CreateWaveBody) {
  const ids = [...new Set([...(body.scopeUnitId ? [body.scopeUnitId] : []), ...body.dependentUnitIds])];
  const rows = ids.length
    ? await db.selectFrom('units').select(['id', 'kind', 'active']).where('id', 'in', ids).execute()
    : [];
  const ok = new Set(rows.filter((r) => r.active === 1 && !isExternalKind(r.kind)).map((r) => r.id));
  if (body.scopeUnitId && !ok.has(body.scopeUnitId)) throw invalid('barometerUnit', 'scopeUnitId');
  body.dependentUnitIds.forEach((unitId, index) => {
    if (!ok.has(unitId)) throw invalid('barometerUnit', `dependentUnitIds.${index}`);
  });
}

export async function createWave(
  ctx: ServiceContext,
  deps: WaveDeps,
  body: CreateWaveBody,
  now = new Date(),
): Promise<WaveDetail> {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  if (!barometerPolicy.canCreateWave(scope, body.scopeUnitId)) throw forbidden();
  await checkUnits(ctx.db, body);
  const instruments = await resolveInstruments(ctx.db, body.instruments);
  if (Date.parse(body.closesAt) <= Date.parse(body.opensAt)) throw invalid('barometerClosesBeforeOpens', 'closesAt');
  if (Date.parse(body.closesAt) <= now.getTime()) throw invalid('barometerClosesInPast', 'closesAt');
  const settings = await readSettings(ctx.db);
  const id = randomUUID();
  const at = now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await insertWave(trx, {
      id,
      title: body.title,
      instruments_json: JSON.stringify(instruments),
      scope_unit_id: body.scopeUnitId,
      opens_at: new Date(body.opensAt).toISOString(),
      closes_at: new Date(body.closesAt).toISOString(),
      closed_at: null,
      status: 'draft',
      min_group: settings.minGroup,
      min_comments: settings.minComments,
      repeat: body.repeat,
      series_id: randomUUID(),
      reminder_days_before_close: body.reminderDaysBeforeClose,
      reminded: 0,
      dependent_unit_ids_json: JSON.stringify([...new Set(body.dependentUnitIds)]),
      created_by: authed.principal.personId,
      created_at: at,
      updated_at: at,
    });
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'barometer.wave.created',
      entityType: 'barometer_wave',
      entityId: id,
      after: {
        title: body.title,
        scopeUnitId: body.scopeUnitId,
        instruments,
        opensAt: body.opensAt,
        closesAt: body.closesAt,
      },
      requestId: ctx.requestId,
    });
    const wave = await findWave(trx, id);
    if (wave && Date.parse(wave.opens_at) <= now.getTime()) await openWave(trx, deps.notifier, wave, at);
  });
  return getWave(ctx, id);
}

async function manageableWave(ctx: AuthedContext, id: string) {
  const { scope } = await loadOrgScope(ctx);
  const wave = await findWave(ctx.db, id);
  if (!wave) throw notFound();
  if (!barometerPolicy.canManageWave(scope, { scopeUnitId: wave.scope_unit_id })) {
    // Someone who may know the wave gets 403; anyone else cannot tell it exists.
    await visibleWave(ctx, scope, id);
    throw forbidden();
  }
  return wave;
}

export async function openWaveNow(ctx: ServiceContext, deps: WaveDeps, id: string): Promise<WaveDetail> {
  const authed = requireSignedIn(ctx);
  const wave = await manageableWave(authed, id);
  if (wave.status !== 'draft') throw invalid('barometerWaveNotDraft');
  const at = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    if (Date.parse(wave.closes_at) <= Date.parse(at)) throw invalid('barometerClosesInPast', 'closesAt');
    await updateWave(trx, wave.id, { opens_at: at });
    await openWave(trx, deps.notifier, { ...wave, opens_at: at }, at);
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'barometer.wave.opened',
      entityType: 'barometer_wave',
      entityId: wave.id,
      requestId: ctx.requestId,
    });
  });
  return getWave(ctx, id);
}

export async function closeWaveNow(ctx: ServiceContext, deps: WaveDeps, id: string): Promise<WaveDetail> {
  const authed = requireSignedIn(ctx);
  const wave = await manageableWave(authed, id);
  if (wave.status !== 'open') throw invalid('barometerWaveNotOpen');
  await closeAndFollowUp(ctx.db, deps, wave, nowIso(), async (trx) => {
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'barometer.wave.closed',
      entityType: 'barometer_wave',
      entityId: wave.id,
      requestId: ctx.requestId,
    });
  });
  return getWave(ctx, id);
}

const monthsLater = (iso: string, months: number) => {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString();
};

/** Closes a wave inside the caller's transaction and creates the next draft of a repeating series. */
export async function closeWithFollowUp(
  trx: Transaction<Database>,
  deps: WaveDeps,
  wave: WaveRow,
  at: string,
): Promise<boolean> {
  if (!(await closeWave(trx, deps.notifier, wave, at))) return false;
  if (wave.repeat !== 'none') {
    const months = wave.repeat === 'monthly' ? 1 : 3;
    await insertWave(trx, {
      ...wave,
      id: randomUUID(),
      opens_at: monthsLater(wave.opens_at, months),
      closes_at: monthsLater(wave.closes_at, months),
      closed_at: null,
      status: 'draft',
      reminded: 0,
      created_at: at,
      updated_at: at,
    });
  }
  return true;
}

/** "Close now": closes in its own transaction, then vacuums the rewritten tables. */
export async function closeAndFollowUp(
  db: Kysely<Database>,
  deps: WaveDeps,
  wave: WaveRow,
  at: string,
  extra?: (trx: Transaction<Database>) => Promise<void>,
): Promise<boolean> {
  const closed = await db.transaction().execute(async (trx) => {
    if (!(await closeWithFollowUp(trx, deps, wave, at))) return false;
    if (extra) await extra(trx);
    return true;
  });
  if (closed) {
    try {
      await vacuumAfterClose(db);
    } catch {
      // Best effort: dead row versions then stay until the database's own autovacuum.
    }
  }
  return closed;
}

export async function raiseWaveAnonymity(
  ctx: ServiceContext,
  id: string,
  body: WaveAnonymityBody,
): Promise<WaveDetail> {
  const authed = requireSignedIn(ctx);
  const wave = await manageableWave(authed, id);
  if (body.minGroup < wave.min_group) throw invalid('barometerThresholdLower', 'minGroup', { current: wave.min_group });
  if (body.minComments < wave.min_comments)
    throw invalid('barometerThresholdLower', 'minComments', { current: wave.min_comments });
  await ctx.db.transaction().execute(async (trx) => {
    // Conditional, so two raises at once cannot end lower than either asked: the thresholds only rise.
    const raised = await trx
      .updateTable('barometer_waves')
      .set({ min_group: body.minGroup, min_comments: body.minComments, updated_at: nowIso() })
      .where('id', '=', wave.id)
      .where('min_group', '<=', body.minGroup)
      .where('min_comments', '<=', body.minComments)
      .executeTakeFirst();
    if (Number(raised.numUpdatedRows) !== 1) throw conflict('barometerThresholdChanged');
    if (wave.status === 'closed') {
      const units = await waveUnits(trx, wave.id);
      const rows = await trx
        .selectFrom('barometer_aggregates')
        .select(['metric', 'unit_id', 'n'])
        .where('wave_id', '=', wave.id)
        .execute();
      const sums = new Map<string, Map<string, { n: number }>>();
      for (const r of rows) {
        const perUnit = sums.get(r.metric) ?? new Map<string, { n: number }>();
        perUnit.set(r.unit_id, { n: r.n });
        sums.set(r.metric, perUnit);
      }
      await storeVisibility(trx, wave.id, units, sums, body.minGroup, body.minComments);
    }
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'barometer.wave.anonymity',
      entityType: 'barometer_wave',
      entityId: wave.id,
      before: { minGroup: wave.min_group, minComments: wave.min_comments },
      after: body,
      requestId: ctx.requestId,
    });
  });
  return getWave(ctx, id);
}
