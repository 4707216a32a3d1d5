// All SQL about units. Callers have already decided access in the service.
import type { Kysely, Transaction } from 'kysely';
import type { Database, NewUnit, UnitRow, UnitUpdate } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface UnitLink {
  id: string;
  parentId: string | null;
  active: boolean;
}

export async function loadUnitLinks(db: Db): Promise<UnitLink[]> {
  const rows = await db.selectFrom('units').select(['id', 'parent_id', 'active']).execute();
  return rows.map((r) => ({ id: r.id, parentId: r.parent_id, active: r.active === 1 }));
}

export async function listUnitRows(db: Db, includeInactive: boolean): Promise<UnitRow[]> {
  let q = db.selectFrom('units').selectAll().orderBy('name');
  if (!includeInactive) q = q.where('active', '=', 1);
  return q.execute();
}

export async function findUnit(db: Db, id: string): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUnitByCode(db: Db, code: string): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertUnit(db: Db, unit: NewUnit): Promise<void> {
  await db.insertInto('units').values(unit).execute();
}

export async function updateUnitRow(db: Db, id: string, changes: UnitUpdate): Promise<void> {
  await db.updateTable('units').set(changes).where('id', '=', id).execute();
}

/** Active member counts and active managers' names for every unit, in two queries. */
export async function unitStats(db: Db): Promise<{
  counts: Map<string, number>;
  managers: Map<string, string[]>;
}> {
  const countRows = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select(['memberships.unit_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('memberships.ended_at', 'is', null)
    .where('people.active', '=', 1)
    .groupBy('memberships.unit_id')
    .execute();
  const managerRows = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select(['memberships.unit_id', 'people.name'])
    .where('memberships.ended_at', 'is', null)
    .where('memberships.role', '=', 'manager')
    .where('people.active', '=', 1)
    .orderBy('people.name')
    .execute();
  const counts = new Map(countRows.map((r) => [r.unit_id, Number(r.n)]));
  const managers = new Map<string, string[]>();
  for (const r of managerRows) managers.set(r.unit_id, [...(managers.get(r.unit_id) ?? []), r.name]);
  return { counts, managers };
}

export async function unitMemberRows(db: Db, unitId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select([
      'memberships.id as membershipId',
      'memberships.role',
      'memberships.started_at',
      'memberships.ended_at',
      'people.id as personId',
      'people.name',
      'people.title',
      'people.active',
    ])
    .where('memberships.unit_id', '=', unitId)
    .orderBy('people.name')
    .execute();
}

export async function unitManagerRows(db: Db, unitId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select(['people.id as personId', 'people.name', 'memberships.role'])
    .where('memberships.unit_id', '=', unitId)
    .where('memberships.ended_at', 'is', null)
    .where('memberships.role', 'in', ['manager', 'deputy'])
    .where('people.active', '=', 1)
    .orderBy('memberships.role', 'desc')
    .orderBy('people.name')
    .execute();
}
