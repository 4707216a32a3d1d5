// All SQL of the signals module. Access has been decided in the services before these run.
import { PostgresAdapter, type Kysely, type Transaction } from 'kysely';
import type { Database, SignalTable } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface SignalFilter {
  ids?: readonly string[];
  unitIds?: readonly string[];
  status?: string;
  kind?: string;
  handlingUnitIds?: readonly string[];
  authorId?: string;
  /** Lower-case needle searched in the text and the suggestion. */
  needle?: string;
}

/** A signal with the names and counts its presentation needs. */
export async function listSignalViews(db: Db, filter: SignalFilter) {
  let q = db
    .selectFrom('signals')
    .innerJoin('units as u', 'u.id', 'signals.unit_id')
    .innerJoin('units as h', 'h.id', 'signals.handling_unit_id')
    .leftJoin('people as a', 'a.id', 'signals.author_id')
    .leftJoin('confidential_records as c', (join) =>
      join.onRef('c.entity_id', '=', 'signals.id').on('c.entity_type', '=', 'signal'),
    )
    .selectAll('signals')
    .select(['u.name as unit_name', 'h.name as handling_unit_name', 'a.name as author_name', 'c.entity_id as conf_id'])
    .select((eb) => [
      eb
        .selectFrom('signal_confirmations as sc')
        .select((e) => e.fn.countAll().as('n'))
        .whereRef('sc.signal_id', '=', 'signals.id')
        .as('me_too_count'),
      eb
        .selectFrom('signal_confirmations as sc')
        .select((e) => e.fn.sum('sc.minutes_per_week').as('m'))
        .whereRef('sc.signal_id', '=', 'signals.id')
        .as('me_too_minutes'),
      // Who set the restriction in force: the latest 'restricted' step's role (author or leader).
      eb
        .selectFrom('signal_events as re')
        .select('re.actor_role')
        .whereRef('re.signal_id', '=', 'signals.id')
        .where('re.kind', '=', 'restricted')
        .orderBy('re.seq', 'desc')
        .limit(1)
        .as('restricted_by_role'),
    ]);
  if (filter.ids) q = q.where('signals.id', 'in', filter.ids.length > 0 ? [...filter.ids] : ['']);
  if (filter.unitIds) q = q.where('signals.unit_id', 'in', filter.unitIds.length > 0 ? [...filter.unitIds] : ['']);
  if (filter.handlingUnitIds)
    q = q.where(
      'signals.handling_unit_id',
      'in',
      filter.handlingUnitIds.length > 0 ? [...filter.handlingUnitIds] : [''],
    );
  if (filter.status) q = q.where('signals.status', '=', filter.status);
  if (filter.kind) q = q.where('signals.kind', '=', filter.kind);
  if (filter.authorId) q = q.where('signals.author_id', '=', filter.authorId);
  const needle = filter.needle;
  if (needle)
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('strpos', [eb.fn('lower', ['signals.text']), eb.val(needle)]), '>', 0),
        eb(eb.fn('strpos', [eb.fn('lower', ['signals.suggestion']), eb.val(needle)]), '>', 0),
      ]),
    );
  const rows = await q.execute();
  // PostgreSQL returns counts and sums as strings (bigint); SQLite as numbers.
  return rows.map((r) => ({
    ...r,
    me_too_count: Number(r.me_too_count ?? 0),
    me_too_minutes: Number(r.me_too_minutes ?? 0),
  }));
}
export type SignalView = Awaited<ReturnType<typeof listSignalViews>>[number];

export async function findSignalView(db: Db, id: string): Promise<SignalView | undefined> {
  const [row] = await listSignalViews(db, { ids: [id] });
  return row;
}

export async function findSignalRow(db: Db, id: string) {
  return db.selectFrom('signals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findSignalByFollowHash(db: Db, hash: string) {
  return db.selectFrom('signals').select('id').where('follow_token_hash', '=', hash).executeTakeFirst();
}

export async function findSignalByIdempotencyKey(db: Db, key: string) {
  return db.selectFrom('signals').select(['id', 'author_id']).where('idempotency_key', '=', key).executeTakeFirst();
}

export async function insertSignal(db: Db, row: SignalTable): Promise<void> {
  await db.insertInto('signals').values(row).execute();
}

export async function updateSignal(db: Db, id: string, changes: Partial<Omit<SignalTable, 'id'>>): Promise<void> {
  await db.updateTable('signals').set(changes).where('id', '=', id).execute();
}

/** Holds the signal's row for the rest of the transaction, so steps on one signal happen one at a
 *  time: on PostgreSQL a row lock (a second writer waits, then reads what the first committed);
 *  SQLite has one writer at a time already. Returns false when there is no such signal. */
export async function lockSignalRow(db: Db, id: string): Promise<boolean> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return true;
  const row = await db.selectFrom('signals').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  return row !== undefined;
}

/** Moves an overdue signal up only if it is still as the job saw it: open, overdue, with the same
 *  handling unit and level. A leader who answered (or handed it up) a moment ago wins. */
export async function escalateIfStillOverdue(
  db: Db,
  seen: { id: string; handlingUnitId: string; escalationLevel: number; now: string },
  changes: Partial<Omit<SignalTable, 'id'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('signals')
    .set(changes)
    .where('id', '=', seen.id)
    .where('status', '=', 'open')
    .where('due_at', '<', seen.now)
    .where('handling_unit_id', '=', seen.handlingUnitId)
    .where('escalation_level', '=', seen.escalationLevel)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface NewEvent {
  id: string;
  signalId: string;
  kind: string;
  actorId: string | null;
  actorRole: 'author' | 'leader' | 'system';
  text: string;
  fromUnitId?: string | null;
  toUnitId?: string | null;
  plannedBy?: string | null;
  /** The mandate a hand-up cited (hand-up-targets.ts citedMandate). */
  mandateId?: string | null;
  at: string;
}

/** Appends a step to the signal's timeline. Its position is the next seq, so the signal's row is
 *  held first: two steps at once (a reply racing an answer) would otherwise both take the same
 *  position and the second would fail on the unique (signal_id, seq). */
export async function insertEvent(db: Db, event: NewEvent): Promise<void> {
  await lockSignalRow(db, event.signalId);
  const last = await db
    .selectFrom('signal_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('signal_id', '=', event.signalId)
    .executeTakeFirst();
  await db
    .insertInto('signal_events')
    .values({
      id: event.id,
      signal_id: event.signalId,
      seq: Number(last?.seq ?? 0) + 1,
      kind: event.kind,
      actor_id: event.actorId,
      actor_role: event.actorRole,
      text: event.text,
      from_unit_id: event.fromUnitId ?? null,
      to_unit_id: event.toUnitId ?? null,
      planned_by: event.plannedBy ?? null,
      mandate_id: event.mandateId ?? null,
      created_at: event.at,
    })
    .execute();
}

export async function listEventViews(db: Db, signalId: string) {
  return db
    .selectFrom('signal_events as e')
    .leftJoin('people as p', 'p.id', 'e.actor_id')
    .leftJoin('units as f', 'f.id', 'e.from_unit_id')
    .leftJoin('units as t', 't.id', 'e.to_unit_id')
    .selectAll('e')
    .select(['p.name as actor_name', 'f.name as from_name', 't.name as to_name'])
    .where('e.signal_id', '=', signalId)
    .orderBy('e.seq')
    .execute();
}
export type EventView = Awaited<ReturnType<typeof listEventViews>>[number];

export async function myConfirmations(db: Db, personId: string, signalIds: readonly string[]): Promise<Set<string>> {
  if (signalIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('signal_confirmations')
    .select('signal_id')
    .where('person_id', '=', personId)
    .where('signal_id', 'in', [...signalIds])
    .execute();
  return new Set(rows.map((r) => r.signal_id));
}

export async function confirmerIds(db: Db, signalId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('signal_confirmations')
    .select('person_id')
    .where('signal_id', '=', signalId)
    .execute();
  return rows.map((r) => r.person_id);
}

/** Active managers and deputies of a unit. */
export async function managersOf(db: Db, unitId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select('people.id')
    .where('memberships.unit_id', '=', unitId)
    .where('memberships.ended_at', 'is', null)
    .where('memberships.role', 'in', ['manager', 'deputy'])
    .where('people.active', '=', 1)
    .execute();
  return [...new Set(rows.map((r) => r.id))];
}

/** The units each of these people manages (as manager or deputy, in an active unit), without the
 *  units below them. */
export async function managedUnitsOf(db: Db, personIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (personIds.length === 0) return out;
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('units', 'units.id', 'memberships.unit_id')
    .select(['memberships.person_id', 'memberships.unit_id'])
    .where('memberships.person_id', 'in', [...personIds])
    .where('memberships.ended_at', 'is', null)
    .where('memberships.role', 'in', ['manager', 'deputy'])
    .where('units.active', '=', 1)
    .execute();
  for (const r of rows) out.set(r.person_id, [...(out.get(r.person_id) ?? []), r.unit_id]);
  return out;
}

/** Units that have at least one active manager or deputy. */
export async function unitsWithManagers(db: Db): Promise<Set<string>> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select('memberships.unit_id')
    .where('memberships.ended_at', 'is', null)
    .where('memberships.role', 'in', ['manager', 'deputy'])
    .where('people.active', '=', 1)
    .distinct()
    .execute();
  return new Set(rows.map((r) => r.unit_id));
}

export async function answerDays(db: Db): Promise<number> {
  const org = await db.selectFrom('organisation').select('signal_answer_days').executeTakeFirst();
  return org?.signal_answer_days ?? 10;
}
