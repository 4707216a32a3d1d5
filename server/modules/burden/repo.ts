// All SQL of the burden module. Access has been decided in the services before these run.
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type {
  BurdenAssessmentTable,
  BurdenDemandTable,
  BurdenProposalTable,
  BurdenRoundTable,
} from '../../db/schema-burden.js';
import type { Database } from '../../db/schema.js';
import type { PerformerEntry } from './world.js';

type Db = Kysely<Database> | Transaction<Database>;
export type DemandRow = Selectable<BurdenDemandTable>;
export type AssessmentRow = Selectable<BurdenAssessmentTable>;
export type RoundRow = Selectable<BurdenRoundTable>;
export type ProposalRow = Selectable<BurdenProposalTable>;

/** A demand with its performer entries. */
export interface DemandWithPerformers extends DemandRow {
  performers: PerformerEntry[];
}

const inList = (ids: readonly string[]) => (ids.length > 0 ? [...ids] : ['']);

export async function attachPerformers(db: Db, rows: readonly DemandRow[]): Promise<DemandWithPerformers[]> {
  const performers = rows.length
    ? await db
        .selectFrom('burden_demand_performers')
        .selectAll()
        .where(
          'demand_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  const byDemand = new Map<string, PerformerEntry[]>();
  for (const p of performers) {
    const list = byDemand.get(p.demand_id) ?? [];
    list.push({ unitId: p.unit_id, includeDescendants: p.include_descendants === 1, role: p.role });
    byDemand.set(p.demand_id, list);
  }
  return rows.map((r) => ({ ...r, performers: byDemand.get(r.id) ?? [] }));
}

export async function listDemandRows(
  db: Db,
  filter: { status?: string; ids?: readonly string[]; ownerUnitIds?: readonly string[] } = {},
): Promise<DemandWithPerformers[]> {
  let q = db.selectFrom('burden_demands').selectAll();
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.ids) q = q.where('id', 'in', inList(filter.ids));
  if (filter.ownerUnitIds) q = q.where('owner_unit_id', 'in', inList(filter.ownerUnitIds));
  return attachPerformers(db, await q.orderBy('title').execute());
}

export async function findDemand(db: Db, id: string): Promise<DemandWithPerformers | undefined> {
  const row = await db.selectFrom('burden_demands').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [withPerformers] = await attachPerformers(db, [row]);
  return withPerformers;
}

export async function findDemandByIdempotencyKey(db: Db, key: string) {
  return db
    .selectFrom('burden_demands')
    .select(['id', 'created_by'])
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function insertDemand(db: Db, row: Insertable<BurdenDemandTable>, performers: readonly PerformerEntry[]) {
  await db.insertInto('burden_demands').values(row).execute();
  await replacePerformers(db, row.id, performers);
}

export async function replacePerformers(db: Db, demandId: string, performers: readonly PerformerEntry[]) {
  await db.deleteFrom('burden_demand_performers').where('demand_id', '=', demandId).execute();
  const seen = new Set<string>();
  for (const p of performers) {
    // The same unit and role twice would break the primary key; the second adds nobody anyway.
    const key = `${p.unitId}:${p.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    await db
      .insertInto('burden_demand_performers')
      .values({
        demand_id: demandId,
        unit_id: p.unitId,
        include_descendants: p.includeDescendants ? 1 : 0,
        role: p.role,
      })
      .execute();
  }
}

/** Updates only when the version still is the one the editor read; returns false otherwise. */
export async function updateDemandRow(
  db: Db,
  id: string,
  version: number,
  changes: Partial<Insertable<BurdenDemandTable>>,
): Promise<boolean> {
  const result = await db
    .updateTable('burden_demands')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function peopleNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('people')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findActivePerson(db: Db, id: string) {
  return db.selectFrom('people').select(['id', 'name']).where('id', '=', id).where('active', '=', 1).executeTakeFirst();
}

// Assessments

export async function assessmentsOf(db: Db, demandIds: readonly string[], roundId?: string): Promise<AssessmentRow[]> {
  let q = db.selectFrom('burden_assessments').selectAll().where('demand_id', 'in', inList(demandIds));
  if (roundId !== undefined) q = q.where('round_key', '=', roundId);
  return q.orderBy('updated_at', 'desc').execute();
}

export async function myAssessments(db: Db, personId: string, demandIds: readonly string[]): Promise<AssessmentRow[]> {
  return db
    .selectFrom('burden_assessments')
    .selectAll()
    .where('person_id', '=', personId)
    .where('demand_id', 'in', inList(demandIds))
    .orderBy('updated_at', 'desc')
    .execute();
}

/** One per (demand, person, round): assessing again, or a double submit, updates the same row. */
export async function upsertAssessment(db: Db, row: Insertable<BurdenAssessmentTable>): Promise<void> {
  await db
    .insertInto('burden_assessments')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['demand_id', 'person_id', 'round_key']).doUpdateSet({
        usefulness: row.usefulness,
        noticed: row.noticed,
        minutes: row.minutes,
        comment: row.comment,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

// Rounds

export async function listRoundRows(db: Db, status?: string): Promise<RoundRow[]> {
  let q = db.selectFrom('burden_rounds').selectAll();
  if (status) q = q.where('status', '=', status);
  return q.orderBy('created_at', 'desc').execute();
}

export async function findRound(db: Db, id: string): Promise<RoundRow | undefined> {
  return db.selectFrom('burden_rounds').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findRoundByIdempotencyKey(db: Db, key: string) {
  return db
    .selectFrom('burden_rounds')
    .select(['id', 'created_by'])
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function roundDemandRows(db: Db, roundIds: readonly string[]) {
  return db.selectFrom('burden_round_demands').selectAll().where('round_id', 'in', inList(roundIds)).execute();
}

/** Open rounds each of the given demands is in. */
export async function openRoundsOf(db: Db, demandIds: readonly string[]) {
  return db
    .selectFrom('burden_round_demands as rd')
    .innerJoin('burden_rounds as r', 'r.id', 'rd.round_id')
    .select(['rd.demand_id', 'r.id', 'r.title', 'r.closes_on', 'r.created_at'])
    .where('r.status', '=', 'open')
    .where('rd.demand_id', 'in', inList(demandIds))
    .orderBy('r.created_at', 'desc')
    .execute();
}

// Proposals

export async function proposalsOf(
  db: Db,
  filter: { ids?: readonly string[]; roundIds?: readonly string[]; demandIds?: readonly string[] },
) {
  let q = db
    .selectFrom('burden_proposals as p')
    .innerJoin('burden_rounds as r', 'r.id', 'p.round_id')
    .innerJoin('burden_demands as d', 'd.id', 'p.demand_id')
    .leftJoin('burden_demands as m', 'm.id', 'p.merge_into_id')
    .selectAll('p')
    .select(['r.title as round_title', 'd.title as demand_title', 'm.title as merge_into_title']);
  if (filter.ids) q = q.where('p.id', 'in', inList(filter.ids));
  if (filter.roundIds) q = q.where('p.round_id', 'in', inList(filter.roundIds));
  if (filter.demandIds) q = q.where('p.demand_id', 'in', inList(filter.demandIds));
  return q.orderBy('p.created_at', 'desc').execute();
}
export type ProposalView = Awaited<ReturnType<typeof proposalsOf>>[number];

export async function findProposal(db: Db, id: string): Promise<ProposalRow | undefined> {
  return db.selectFrom('burden_proposals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function undecidedProposal(db: Db, roundId: string, demandId: string) {
  return db
    .selectFrom('burden_proposals')
    .selectAll()
    .where('round_id', '=', roundId)
    .where('demand_id', '=', demandId)
    .where('status', '=', 'proposed')
    .executeTakeFirst();
}

/** Undecided proposals, for the "needs me" list and notifications. */
export async function pendingProposals(db: Db) {
  return db
    .selectFrom('burden_proposals as p')
    .innerJoin('burden_demands as d', 'd.id', 'p.demand_id')
    .innerJoin('burden_rounds as r', 'r.id', 'p.round_id')
    .select(['p.id', 'p.round_id', 'p.demand_id', 'p.proposed_by', 'd.title', 'd.owner_unit_id', 'r.closes_on'])
    .where('p.status', '=', 'proposed')
    .execute();
}

// Mandates: active mandates with a unit, for "who decides".
export async function activeUnitMandates(db: Db) {
  return db
    .selectFrom('mandates')
    .select(['unit_id', 'holder_role'])
    .where('active', '=', 1)
    .where('unit_id', 'is not', null)
    .execute();
}

// Snapshots

export async function listSnapshots(db: Db) {
  // The newest 500, oldest first.
  const rows = await db.selectFrom('burden_snapshots').selectAll().orderBy('taken_at', 'desc').limit(500).execute();
  return rows.reverse();
}

// Signals that point at a demand (rule obstacles).
export async function linkedSignalIds(db: Db, demandId: string): Promise<string[]> {
  const rows = await db.selectFrom('signals').select('id').where('burden_item_id', '=', demandId).execute();
  return rows.map((r) => r.id);
}
