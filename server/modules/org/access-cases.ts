// Who may call the organisation routes: the anonymous outcome of each operation and the
// (operation, role) pairs, run by server/platform/access-matrix.test.ts.
import type { Kysely } from 'kysely';
import { csvColumns, type CsvColumn } from '../../../common/org/csv-format.js';
import type { Database } from '../../db/schema.js';
import {
  adminOnly,
  everyone,
  noOrgRole,
  signedInOnly,
  type AnonymousCase,
  type Role,
  type RoleCase,
} from '../../test-support/access-matrix.js';

export const orgAnonymous: Record<string, AnonymousCase> = {
  'GET /api/v1/units': signedInOnly,
  'POST /api/v1/units': signedInOnly,
  'GET /api/v1/units/{id}': signedInOnly,
  'PATCH /api/v1/units/{id}': signedInOnly,
  'POST /api/v1/units/{id}/move': signedInOnly,
  'POST /api/v1/units/{id}/deactivate': signedInOnly,
  'POST /api/v1/units/{id}/reactivate': signedInOnly,
  'GET /api/v1/people': signedInOnly,
  'POST /api/v1/people': signedInOnly,
  'GET /api/v1/people/{id}': signedInOnly,
  'PATCH /api/v1/people/{id}': signedInOnly,
  'PUT /api/v1/people/{id}/roles': signedInOnly,
  'POST /api/v1/people/{id}/deactivate': signedInOnly,
  'POST /api/v1/people/{id}/reactivate': signedInOnly,
  'POST /api/v1/people/{id}/memberships': signedInOnly,
  'POST /api/v1/people/{id}/memberships/{membershipId}/end': signedInOnly,
  'GET /api/v1/mandates': signedInOnly,
  'POST /api/v1/mandates': signedInOnly,
  'PATCH /api/v1/mandates/{id}': signedInOnly,
  'POST /api/v1/mandates/{id}/deactivate': signedInOnly,
  'POST /api/v1/org/import': signedInOnly,
  'GET /api/v1/org/export': signedInOnly,
};

const adminAndManagerA: Record<Role, number> = { admin: 200, analyst: 403, managerA: 200, staffA1: 403, managerB: 403 };

const csvUnit: Partial<Record<CsvColumn, string>> = {
  type: 'unit',
  code: 'CSV1',
  name: 'Från fil',
  kind: 'unit',
  parent_code: 'A',
};
const csvFile = `${csvColumns.join(';')}\n${csvColumns.map((c) => csvUnit[c] ?? '').join(';')}\n`;

async function membershipIdOf(db: Kysely<Database>, personId: string, unitId: string): Promise<string> {
  const row = await db
    .selectFrom('memberships')
    .select('id')
    .where('person_id', '=', personId)
    .where('unit_id', '=', unitId)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertMandate(db: Kysely<Database>, id: string, unitId: string): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('mandates')
    .values({
      id,
      unit_id: unitId,
      holder_role: 'manager',
      title: 'Anställa',
      description: '',
      delegated_by: '',
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

const mandateId = '7d9a0c1e-2b3f-4a5d-8e6f-0a1b2c3d4e5f';

export const orgRoleCases: RoleCase[] = [
  { op: 'GET /api/v1/units', what: 'browse units', url: () => '/api/v1/units', expect: everyone(200) },
  {
    op: 'GET /api/v1/units/{id}',
    what: 'open unitA1',
    url: (s) => `/api/v1/units/${s.units.unitA1}`,
    expect: everyone(200),
  },
  {
    op: 'POST /api/v1/units',
    what: 'create a unit under deptA',
    url: () => '/api/v1/units',
    body: (s) => ({ parentId: s.units.deptA, code: 'NEW', name: 'Ny enhet', kind: 'unit' }),
    expect: adminAndManagerA,
  },
  {
    op: 'POST /api/v1/units',
    what: 'create a board at the top',
    url: () => '/api/v1/units',
    body: () => ({ parentId: null, code: 'TOP', name: 'Ny nämnd', kind: 'board' }),
    expect: adminOnly,
  },
  {
    op: 'PATCH /api/v1/units/{id}',
    what: 'edit unitA1',
    url: (s) => `/api/v1/units/${s.units.unitA1}`,
    body: () => ({ name: 'Nytt namn' }),
    // A deputy of deptA leads it as its manager does; unitB1's staff and the organisation roles do not.
    expect: { ...adminAndManagerA, deputyA: 200, staffB1: 403, ...noOrgRole(403) },
  },
  {
    op: 'PATCH /api/v1/units/{id}',
    what: 'edit teamA1a',
    url: (s) => `/api/v1/units/${s.units.teamA1a}`,
    body: () => ({ name: 'Nytt namn' }),
    expect: adminAndManagerA,
  },
  {
    op: 'PATCH /api/v1/units/{id}',
    what: 'edit unitB1',
    url: (s) => `/api/v1/units/${s.units.unitB1}`,
    body: () => ({ name: 'Nytt namn' }),
    expect: { admin: 200, analyst: 403, managerA: 403, staffA1: 403, managerB: 200 },
  },
  {
    op: 'POST /api/v1/units/{id}/move',
    what: 'move teamA1a under deptA',
    url: (s) => `/api/v1/units/${s.units.teamA1a}/move`,
    body: (s) => ({ parentId: s.units.deptA }),
    expect: adminAndManagerA,
  },
  {
    op: 'POST /api/v1/units/{id}/move',
    what: 'move teamA1a under deptB',
    url: (s) => `/api/v1/units/${s.units.teamA1a}/move`,
    body: (s) => ({ parentId: s.units.deptB }),
    expect: adminOnly,
  },
  {
    op: 'POST /api/v1/units/{id}/deactivate',
    what: 'deactivate teamA1a',
    url: (s) => `/api/v1/units/${s.units.teamA1a}/deactivate`,
    expect: adminAndManagerA,
  },
  {
    op: 'POST /api/v1/units/{id}/reactivate',
    what: 'reactivate teamA1a',
    prepare: async (s, db) => {
      await db
        .updateTable('units')
        .set({ active: 0, deactivated_at: new Date().toISOString() })
        .where('id', '=', s.units.teamA1a)
        .execute();
    },
    url: (s) => `/api/v1/units/${s.units.teamA1a}/reactivate`,
    expect: adminAndManagerA,
  },
  { op: 'GET /api/v1/people', what: 'list people', url: () => '/api/v1/people', expect: everyone(200) },
  {
    op: 'GET /api/v1/people/{id}',
    what: 'open staffA1',
    url: (s) => `/api/v1/people/${s.people.staffA1.id}`,
    expect: { admin: 200, analyst: 200, managerA: 200, staffA1: 200, managerB: 404 },
  },
  {
    op: 'POST /api/v1/people',
    what: 'create a person in unitA1',
    url: () => '/api/v1/people',
    body: (s) => ({ name: 'Ny Person', email: 'ny@testby.se', unitId: s.units.unitA1 }),
    expect: adminAndManagerA,
  },
  {
    op: 'PATCH /api/v1/people/{id}',
    what: 'edit staffA1',
    url: (s) => `/api/v1/people/${s.people.staffA1.id}`,
    body: () => ({ title: 'Handläggare' }),
    expect: { admin: 200, analyst: 403, managerA: 200, staffA1: 403, managerB: 404 },
  },
  {
    op: 'PUT /api/v1/people/{id}/roles',
    what: 'make staffA1 an administrator',
    url: (s) => `/api/v1/people/${s.people.staffA1.id}/roles`,
    body: () => ({ roles: ['admin'] }),
    expect: { admin: 200, analyst: 403, managerA: 403, staffA1: 403, managerB: 404, deputyA: 403, auditor: 404 },
  },
  {
    op: 'POST /api/v1/people/{id}/deactivate',
    what: 'deactivate staffA1b',
    url: (s) => `/api/v1/people/${s.people.staffA1b.id}/deactivate`,
    expect: { admin: 200, analyst: 403, managerA: 403, staffA1: 403, managerB: 404 },
  },
  {
    op: 'POST /api/v1/people/{id}/reactivate',
    what: 'reactivate staffA1b',
    prepare: async (s, db) => {
      await db
        .updateTable('people')
        .set({ active: 0, deactivated_at: new Date().toISOString() })
        .where('id', '=', s.people.staffA1b.id)
        .execute();
    },
    url: (s) => `/api/v1/people/${s.people.staffA1b.id}/reactivate`,
    expect: { admin: 200, analyst: 403, managerA: 403, staffA1: 403, managerB: 404 },
  },
  {
    op: 'POST /api/v1/people/{id}/memberships',
    what: 'add staffB1 to unitA1',
    url: (s) => `/api/v1/people/${s.people.staffB1.id}/memberships`,
    body: (s) => ({ unitId: s.units.unitA1, role: 'staff' }),
    expect: { admin: 200, analyst: 403, managerA: 200, staffA1: 404, managerB: 403 },
  },
  {
    op: 'POST /api/v1/people/{id}/memberships/{membershipId}/end',
    what: 'end staffA1’s membership of unitA1',
    url: async (s, db) =>
      `/api/v1/people/${s.people.staffA1.id}/memberships/${await membershipIdOf(db, s.people.staffA1.id, s.units.unitA1)}/end`,
    // managerB cannot see staffA1 at all, so the answer is the same as for an id that does not exist.
    expect: { admin: 200, analyst: 403, managerA: 200, staffA1: 403, managerB: 404 },
  },
  {
    op: 'GET /api/v1/mandates',
    what: 'read the mandates register',
    url: () => '/api/v1/mandates',
    expect: everyone(200),
  },
  {
    op: 'POST /api/v1/mandates',
    what: 'create a mandate',
    url: () => '/api/v1/mandates',
    body: (s) => ({ unitId: s.units.deptA, holderRole: 'manager', title: 'Attestera' }),
    expect: adminOnly,
  },
  {
    op: 'PATCH /api/v1/mandates/{id}',
    what: 'edit a mandate',
    prepare: (s, db) => insertMandate(db, mandateId, s.units.deptA),
    url: () => `/api/v1/mandates/${mandateId}`,
    body: () => ({ title: 'Ändrat' }),
    expect: adminOnly,
  },
  {
    op: 'POST /api/v1/mandates/{id}/deactivate',
    what: 'deactivate a mandate',
    prepare: (s, db) => insertMandate(db, mandateId, s.units.deptA),
    url: () => `/api/v1/mandates/${mandateId}/deactivate`,
    expect: adminOnly,
  },
  {
    op: 'GET /api/v1/org/export',
    what: 'export the organisation as CSV',
    url: () => '/api/v1/org/export',
    expect: { admin: 200, analyst: 200, managerA: 403, staffA1: 403, managerB: 403 },
  },
  {
    op: 'POST /api/v1/org/import',
    what: 'import a CSV (dry run)',
    url: () => '/api/v1/org/import?mode=dry-run',
    body: () => csvFile,
    headers: { 'content-type': 'text/csv' },
    expect: adminOnly,
  },
  {
    op: 'POST /api/v1/org/import',
    what: 'import a CSV (apply)',
    url: () => '/api/v1/org/import?mode=apply',
    body: () => csvFile,
    headers: { 'content-type': 'text/csv' },
    expect: adminOnly,
  },
];
