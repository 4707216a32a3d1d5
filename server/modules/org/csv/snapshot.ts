// What validation and export need to know about the organisation as it is now: every unit, every
// person with their org roles and active memberships. Read in four plain queries (no per-row
// queries), so a snapshot of a large organisation is a few milliseconds.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';

export interface ExistingUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  description: string;
  active: boolean;
}

export interface ExistingMembership {
  id: string;
  unitId: string;
  role: string;
}

export interface ExistingPerson {
  id: string;
  /** Lower-cased: the file is matched on e-mail without regard to case. */
  email: string;
  name: string;
  title: string;
  active: boolean;
  roles: string[];
  /** Active memberships only (ended_at is null). */
  memberships: ExistingMembership[];
}

export interface OrgSnapshot {
  units: ExistingUnit[];
  people: ExistingPerson[];
}

export async function readSnapshot(db: Kysely<Database> | Transaction<Database>): Promise<OrgSnapshot> {
  const unitRows = await db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'parent_id', 'description', 'active'])
    .orderBy('code')
    .execute();
  const personRows = await db
    .selectFrom('people')
    .select(['id', 'email', 'name', 'title', 'active'])
    .orderBy('email')
    .execute();
  const roleRows = await db.selectFrom('person_roles').select(['person_id', 'role']).orderBy('role').execute();
  const membershipRows = await db
    .selectFrom('memberships')
    .select(['id', 'person_id', 'unit_id', 'role'])
    .where('ended_at', 'is', null)
    .orderBy('started_at')
    .orderBy('id')
    .execute();

  const rolesOf = new Map<string, string[]>();
  for (const row of roleRows) {
    const list = rolesOf.get(row.person_id) ?? [];
    list.push(row.role);
    rolesOf.set(row.person_id, list);
  }
  const membershipsOf = new Map<string, ExistingMembership[]>();
  for (const row of membershipRows) {
    const list = membershipsOf.get(row.person_id) ?? [];
    list.push({ id: row.id, unitId: row.unit_id, role: row.role });
    membershipsOf.set(row.person_id, list);
  }

  return {
    units: unitRows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      kind: row.kind,
      parentId: row.parent_id,
      description: row.description,
      active: Number(row.active) === 1,
    })),
    people: personRows.map((row) => ({
      id: row.id,
      email: row.email.toLowerCase(),
      name: row.name,
      title: row.title,
      active: Number(row.active) === 1,
      roles: rolesOf.get(row.id) ?? [],
      memberships: membershipsOf.get(row.id) ?? [],
    })),
  };
}
