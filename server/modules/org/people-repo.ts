// All SQL about people, their organisation-wide roles and their memberships.
import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { Database, PersonTable } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface PeopleFilter {
  /** 'all', or the units whose people the viewer may see. */
  visibleUnits: 'all' | ReadonlySet<string>;
  q?: string | undefined;
  unitId?: string | undefined;
  includeInactive: boolean;
  offset: number;
  limit: number;
}

export async function listPeopleRows(db: Db, filter: PeopleFilter) {
  let q = db.selectFrom('people');
  if (!filter.includeInactive) q = q.where('people.active', '=', 1);
  if (filter.q) {
    const needle = filter.q.toLowerCase();
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('strpos', [eb.fn('lower', ['people.name']), eb.val(needle)]), '>', 0),
        eb(eb.fn('strpos', ['people.email', eb.val(needle)]), '>', 0),
        eb(eb.fn('strpos', [eb.fn('lower', ['people.title']), eb.val(needle)]), '>', 0),
      ]),
    );
  }
  const unitFilter = filter.unitId ? [filter.unitId] : null;
  const visible = filter.visibleUnits === 'all' ? null : [...filter.visibleUnits];
  if (visible !== null && visible.length === 0) return { rows: [], total: 0 };
  if (unitFilter || visible) {
    q = q.where('people.id', 'in', (eb) => {
      let sub = eb.selectFrom('memberships').select('memberships.person_id').where('memberships.ended_at', 'is', null);
      if (unitFilter) sub = sub.where('memberships.unit_id', 'in', unitFilter);
      if (visible) sub = sub.where('memberships.unit_id', 'in', visible);
      return sub;
    });
  }
  const total = await q.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  const rows = await q
    .select(['people.id', 'people.name', 'people.title', 'people.email', 'people.active'])
    .orderBy('people.name')
    .orderBy('people.id')
    .offset(filter.offset)
    .limit(filter.limit)
    .execute();
  return { rows, total: Number(total?.n ?? 0) };
}

export async function activeMembershipsOf(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('memberships')
    .innerJoin('units', 'units.id', 'memberships.unit_id')
    .select(['memberships.person_id', 'units.id as unitId', 'units.name as unitName', 'memberships.role'])
    .where('memberships.person_id', 'in', [...personIds])
    .where('memberships.ended_at', 'is', null)
    .orderBy('units.name')
    .execute();
}

export async function findPerson(db: Db, id: string) {
  return db
    .selectFrom('people')
    .select(['id', 'name', 'title', 'email', 'locale', 'active', 'created_at', 'deactivated_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findPersonIdByEmail(db: Db, email: string): Promise<string | undefined> {
  const row = await db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirst();
  return row?.id;
}

export async function allMembershipsOf(db: Db, personId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('units', 'units.id', 'memberships.unit_id')
    .select([
      'memberships.id',
      'memberships.unit_id',
      'units.name as unit_name',
      'memberships.role',
      'memberships.started_at',
      'memberships.ended_at',
    ])
    .where('memberships.person_id', '=', personId)
    .orderBy('memberships.started_at', 'desc')
    .execute();
}

export async function rolesOf(db: Db, personId: string): Promise<string[]> {
  const rows = await db.selectFrom('person_roles').select('role').where('person_id', '=', personId).execute();
  return rows.map((r) => r.role).sort();
}

export async function insertPerson(db: Db, row: Insertable<PersonTable>): Promise<void> {
  await db.insertInto('people').values(row).execute();
}

export async function updatePersonRow(db: Db, id: string, changes: Updateable<PersonTable>): Promise<void> {
  await db.updateTable('people').set(changes).where('id', '=', id).execute();
}

export async function replaceRoles(db: Db, personId: string, roles: readonly string[], now: string): Promise<void> {
  await db.deleteFrom('person_roles').where('person_id', '=', personId).execute();
  if (roles.length > 0)
    await db
      .insertInto('person_roles')
      .values(roles.map((role) => ({ person_id: personId, role, granted_at: now })))
      .execute();
}

export async function countActiveAdmins(db: Db, exceptPersonId?: string): Promise<number> {
  let q = db
    .selectFrom('person_roles')
    .innerJoin('people', 'people.id', 'person_roles.person_id')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('person_roles.role', '=', 'admin')
    .where('people.active', '=', 1);
  if (exceptPersonId) q = q.where('people.id', '!=', exceptPersonId);
  const row = await q.executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertMembership(
  db: Db,
  row: { id: string; person_id: string; unit_id: string; role: string; started_at: string },
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ ...row, ended_at: null })
    .execute();
}

export async function findActiveMembership(db: Db, personId: string, unitId: string, role: string) {
  return db
    .selectFrom('memberships')
    .select('id')
    .where('person_id', '=', personId)
    .where('unit_id', '=', unitId)
    .where('role', '=', role)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
}

export async function findMembershipOf(db: Db, personId: string, membershipId: string) {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('id', '=', membershipId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function endMembershipRow(db: Db, membershipId: string, now: string): Promise<void> {
  await db
    .updateTable('memberships')
    .set({ ended_at: now })
    .where('id', '=', membershipId)
    .where('ended_at', 'is', null)
    .execute();
}
