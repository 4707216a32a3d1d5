// SQL of the barometer's settings, instruments, waves and snapshots. Answer storage is in
// answer-repo.ts, closing in closing.ts, results in results-repo.ts.
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import { builtInInstruments } from '../../../common/barometer/instruments/index.js';
import { anonymityLimits } from '../../../common/barometer/vocabulary.js';
import type { Database } from '../../db/schema.js';
import type { BarometerWaveTable, BarometerWaveUnitTable } from '../../db/schema-barometer.js';
import { nowIso } from '../../platform/clock.js';

export type Db = Kysely<Database> | Transaction<Database>;
export type WaveRow = Selectable<BarometerWaveTable>;
export type WaveUnitRow = Selectable<BarometerWaveUnitTable>;

// ---------------------------------------------------------------- settings

export async function readSettings(db: Db): Promise<{ minGroup: number; minComments: number }> {
  const row = await db.selectFrom('barometer_settings').select(['min_group', 'min_comments']).executeTakeFirst();
  return {
    minGroup: Math.max(anonymityLimits.floor, row?.min_group ?? anonymityLimits.defaultMinGroup),
    minComments: Math.max(anonymityLimits.floor, row?.min_comments ?? anonymityLimits.defaultMinComments),
  };
}

export async function writeSettings(db: Db, minGroup: number, minComments: number): Promise<void> {
  const org = await db.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
  const at = nowIso();
  await db
    .insertInto('barometer_settings')
    .values({ organisation_id: org.id, min_group: minGroup, min_comments: minComments, updated_at: at })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({ min_group: minGroup, min_comments: minComments, updated_at: at }),
    )
    .execute();
}

// ---------------------------------------------------------------- instruments

export async function listInstrumentRows(db: Db) {
  return db
    .selectFrom('barometer_instruments')
    .select(['key', 'version', 'definition_json', 'built_in', 'created_at'])
    .orderBy('key')
    .orderBy('version', 'desc')
    .execute();
}

export async function findInstrumentRow(db: Db, key: string, version?: number) {
  let query = db
    .selectFrom('barometer_instruments')
    .select(['key', 'version', 'definition_json', 'built_in', 'created_at'])
    .where('key', '=', key);
  if (version !== undefined) query = query.where('version', '=', version);
  return query.orderBy('version', 'desc').executeTakeFirst();
}

export async function insertInstrument(
  db: Db,
  row: { key: string; version: number; definitionJson: string; builtIn: boolean; createdBy: string | null },
): Promise<void> {
  await db
    .insertInto('barometer_instruments')
    .values({
      id: randomUUID(),
      key: row.key,
      version: row.version,
      definition_json: row.definitionJson,
      built_in: row.builtIn ? 1 : 0,
      created_by: row.createdBy,
      created_at: nowIso(),
    })
    .execute();
}

/** Inserts the built-in instruments that are missing (by key and version); never changes one. */
export async function ensureBuiltInInstruments(db: Db): Promise<void> {
  const present = await db.selectFrom('barometer_instruments').select(['key', 'version']).execute();
  const have = new Set(present.map((p) => `${p.key}@${p.version}`));
  for (const definition of builtInInstruments) {
    if (have.has(`${definition.key}@${definition.version}`)) continue;
    await db
      .insertInto('barometer_instruments')
      .values({
        id: randomUUID(),
        key: definition.key,
        version: definition.version,
        definition_json: JSON.stringify(definition),
        built_in: 1,
        created_by: null,
        created_at: nowIso(),
      })
      .onConflict((oc) => oc.columns(['key', 'version']).doNothing())
      .execute();
  }
}

// ---------------------------------------------------------------- waves

export async function insertWave(db: Db, row: Insertable<BarometerWaveTable>): Promise<void> {
  await db.insertInto('barometer_waves').values(row).execute();
}

export async function findWave(db: Db, id: string): Promise<WaveRow | undefined> {
  return db.selectFrom('barometer_waves').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listWaveRows(db: Db): Promise<WaveRow[]> {
  return db.selectFrom('barometer_waves').selectAll().orderBy('opens_at', 'desc').orderBy('id').limit(500).execute();
}

export async function updateWave(db: Db, id: string, changes: Partial<Insertable<BarometerWaveTable>>): Promise<void> {
  await db.updateTable('barometer_waves').set(changes).where('id', '=', id).execute();
}

/** Claims a status change only if the wave still has the status we read (two processes, one wins). */
export async function moveWaveStatus(db: Db, id: string, from: string, to: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('barometer_waves')
    .set({ status: to, updated_at: at, ...(to === 'closed' ? { closed_at: at } : {}) })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function wavesDue(db: Db, status: 'draft' | 'open', column: 'opens_at' | 'closes_at', now: string) {
  return db
    .selectFrom('barometer_waves')
    .select('id')
    .where('status', '=', status)
    .where(column, '<=', now)
    .orderBy(column)
    .limit(20)
    .execute();
}

export async function waveUnits(db: Db, waveId: string): Promise<WaveUnitRow[]> {
  return db.selectFrom('barometer_wave_units').selectAll().where('wave_id', '=', waveId).orderBy('sort').execute();
}

export async function waveUnitsOfMany(db: Db, waveIds: readonly string[]): Promise<WaveUnitRow[]> {
  if (waveIds.length === 0) return [];
  return db.selectFrom('barometer_wave_units').selectAll().where('wave_id', 'in', waveIds).orderBy('sort').execute();
}

// ---------------------------------------------------------------- participation (open waves only)

/** Open waves where this person is invited and has not answered: only ever about oneself. */
export async function wavesToAnswer(db: Db, personId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('barometer_participation as p')
    .innerJoin('barometer_waves as w', 'w.id', 'p.wave_id')
    .select('p.wave_id')
    .where('p.person_id', '=', personId)
    .where('p.answered', '=', 0)
    .where('w.status', '=', 'open')
    .execute();
  return new Set(rows.map((r) => r.wave_id));
}

export async function findParticipation(db: Db, waveId: string, personId: string) {
  return db
    .selectFrom('barometer_participation')
    .select(['unit_id', 'is_manager', 'answered'])
    .where('wave_id', '=', waveId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function unitNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function personNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('people').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
