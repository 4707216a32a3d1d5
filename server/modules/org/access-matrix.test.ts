// Who may call what. The first half reads the OpenAPI document and checks EVERY operation for an
// anonymous caller against an explicit table, so a new route without a decided policy fails here.
// The second half checks (operation, role) pairs of the organisation routes against the policy.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { csvColumns, type CsvColumn } from '../../../common/org/csv-format.js';
import { problemSchema } from '../../../common/platform/problem.js';
import type { Database } from '../../db/schema.js';
import { createSession } from '../../platform/auth/sessions.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { buildTestApp, seedScenario, testPassword, type Scenario } from '../../test-support/api-app.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const methods: readonly Method[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];
const isMethod = (value: string): value is Method => methods.some((m) => m === value);

/** What an anonymous caller gets, with the body (if any) that makes the case meaningful. */
interface AnonymousCase {
  status: number;
  body?: (s: Scenario) => object;
}

const signedInOnly: AnonymousCase = { status: 401 };

/** Every operation of the API, keyed "METHOD /path" as in the OpenAPI document. */
const anonymousOutcomes: Record<string, AnonymousCase> = {
  'GET /healthz': { status: 200 },
  'GET /api/v1/setup': { status: 200 },
  // Setup is open only until it has been done once.
  'POST /api/v1/setup': {
    status: 409,
    body: () => ({
      organisationName: 'Kapad kommun',
      defaultLocale: 'sv',
      adminName: 'Inkräktare',
      adminEmail: 'evil@example.com',
      adminPassword: 'a long enough password',
    }),
  },
  'POST /api/v1/auth/login': { status: 200, body: (s) => ({ email: s.people.staffA1.email, password: testPassword }) },
  'POST /api/v1/auth/logout': { status: 200 },
  'GET /api/v1/me': signedInOnly,
  'PATCH /api/v1/me/preferences': signedInOnly,
  'GET /api/v1/notifications': signedInOnly,
  'POST /api/v1/notifications/{id}/read': signedInOnly,
  'POST /api/v1/notifications/read-all': signedInOnly,
  'GET /api/v1/home/needs-me': signedInOnly,
  'GET /api/v1/audit': signedInOnly,
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

const openApiPaths = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });

async function documentedOperations(
  app: FastifyInstance,
): Promise<Array<{ key: string; method: Method; path: string }>> {
  const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  expect(res.statusCode).toBe(200);
  const ops: Array<{ key: string; method: Method; path: string }> = [];
  for (const [path, item] of Object.entries(openApiPaths.parse(res.json()).paths)) {
    for (const name of Object.keys(item)) {
      const method = name.toUpperCase();
      if (isMethod(method)) ops.push({ key: `${method} ${path}`, method, path });
    }
  }
  return ops.sort((a, b) => a.key.localeCompare(b.key));
}

const sampleId = '3f1c7a52-6a0b-4c1e-9a57-1f2b3c4d5e6f';

describeOnDatabases('access matrix: anonymous callers', (target) => {
  const database = useTestDatabase(target, { scope: 'file' });
  let app: FastifyInstance;
  let s: Scenario;
  beforeAll(async () => {
    s = await seedScenario(database());
    app = await buildTestApp(database());
    return async () => {
      await app.close();
    };
  });

  it('has a decided anonymous outcome for every operation in the OpenAPI document, and no stale ones', async () => {
    const documented = (await documentedOperations(app)).map((op) => op.key);
    const missing = documented.filter((key) => !(key in anonymousOutcomes));
    const stale = Object.keys(anonymousOutcomes).filter((key) => !documented.includes(key));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it('answers every operation for an anonymous caller as the table says, whatever the body', async () => {
    const wrong: string[] = [];
    for (const op of await documentedOperations(app)) {
      const expected = anonymousOutcomes[op.key];
      if (!expected) continue; // reported by the test above
      const url = op.path.replace(/\{[^}]+\}/g, sampleId);
      const payload = expected.body?.(s) ?? (op.method === 'GET' ? undefined : {});
      const res = await app.inject({ method: op.method, url, ...(payload === undefined ? {} : { payload }) });
      if (res.statusCode !== expected.status)
        wrong.push(`${op.key}: expected ${expected.status}, got ${res.statusCode} (${res.body.slice(0, 80)})`);
      if (expected.status === 401) {
        const parsed = problemSchema.safeParse(res.json());
        if (!parsed.success || parsed.data.code !== 'unauthenticated')
          wrong.push(`${op.key}: expected the unauthenticated problem`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers anonymous callers 401 even when the id in the path is malformed', async () => {
    const wrong: string[] = [];
    for (const op of await documentedOperations(app)) {
      if (!op.path.includes('{') || anonymousOutcomes[op.key]?.status !== 401) continue;
      const url = op.path.replace(/\{[^}]+\}/g, 'not-a-uuid');
      const res = await app.inject({ method: op.method, url, ...(op.method === 'GET' ? {} : { payload: {} }) });
      if (res.statusCode !== 401) wrong.push(`${op.key}: got ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('does not set up a second organisation or administrator for an anonymous caller', async () => {
    const { db } = database();
    expect(await db.selectFrom('organisation').select('name').execute()).toEqual([{ name: 'Testby kommun' }]);
    expect(await db.selectFrom('people').select('id').where('email', '=', 'evil@example.com').execute()).toEqual([]);
    expect(await db.selectFrom('units').select('id').execute()).toHaveLength(Object.keys(s.units).length);
  });
});

// ---------------------------------------------------------------------------------------------

type Role = 'admin' | 'analyst' | 'managerA' | 'staffA1' | 'managerB';
const roles: readonly Role[] = ['admin', 'analyst', 'managerA', 'staffA1', 'managerB'];

interface RoleCase {
  /** The operation as in the OpenAPI document. */
  op: string;
  /** What is done, in words, for the test name. */
  what: string;
  url: (s: Scenario, db: Kysely<Database>) => Promise<string> | string;
  body?: (s: Scenario) => object | string;
  headers?: Record<string, string>;
  /** Brings the database into the state the case needs, before signing in. */
  prepare?: (s: Scenario, db: Kysely<Database>) => Promise<void>;
  expect: Record<Role, number>;
}

const everyone = (status: number): Record<Role, number> => ({
  admin: status,
  analyst: status,
  managerA: status,
  staffA1: status,
  managerB: status,
});
const adminOnly: Record<Role, number> = { admin: 200, analyst: 403, managerA: 403, staffA1: 403, managerB: 403 };
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

const roleCases: RoleCase[] = [
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
    expect: adminAndManagerA,
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
    expect: { admin: 200, analyst: 403, managerA: 403, staffA1: 403, managerB: 404 },
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
  { op: 'GET /api/v1/audit', what: 'read the audit log', url: () => '/api/v1/audit', expect: adminOnly },
  { op: 'GET /api/v1/me', what: 'read one’s profile', url: () => '/api/v1/me', expect: everyone(200) },
  {
    op: 'GET /api/v1/notifications',
    what: 'read one’s notifications',
    url: () => '/api/v1/notifications',
    expect: everyone(200),
  },
  {
    op: 'POST /api/v1/notifications/read-all',
    what: 'mark all one’s notifications read',
    url: () => '/api/v1/notifications/read-all',
    expect: everyone(200),
  },
  {
    op: 'GET /api/v1/home/needs-me',
    what: 'see what needs one now',
    url: () => '/api/v1/home/needs-me',
    expect: everyone(200),
  },
];

describe('access matrix: the role table names real operations', () => {
  it('uses only operations that are in the anonymous table (and so in the OpenAPI document)', () => {
    expect(roleCases.map((c) => c.op).filter((op) => !(op in anonymousOutcomes))).toEqual([]);
  });
});

const pairs = roleCases.flatMap((c) => roles.map((role) => ({ c, role, status: c.expect[role] })));

describeOnDatabases('access matrix: roles on the organisation routes', (target) => {
  // One migrated database and one app for the file; every case starts from a freshly seeded
  // scenario, and callers get real sessions without paying for a password check each time.
  const database = useTestDatabase(target, { scope: 'file' });
  let app: FastifyInstance;
  let s: Scenario;
  beforeAll(async () => {
    app = await buildTestApp(database());
    return async () => {
      await app.close();
    };
  });
  beforeEach(async () => {
    const { db } = database();
    for (const table of [
      'audit_log',
      'notifications',
      'outbox',
      'sessions',
      'mandates',
      'memberships',
      'person_roles',
      'people',
      'jobs',
      'organisation',
    ] as const)
      await db.deleteFrom(table).execute();
    // Children before parents, so the self-reference of units never blocks the delete.
    for (
      let left = await db.selectFrom('units').select('id').execute();
      left.length > 0;
      left = await db.selectFrom('units').select('id').execute()
    )
      await db
        .deleteFrom('units')
        .where('id', 'not in', db.selectFrom('units').select('parent_id').where('parent_id', 'is not', null))
        .execute();
    s = await seedScenario(database());
  });

  it.each(pairs)('$role: $c.what ($c.op) -> $status', async ({ c, role, status }) => {
    const { db } = database();
    await c.prepare?.(s, db);
    const session = await createSession(db, s.people[role].id, 'password', { idleMinutes: 60, absoluteHours: 1 });
    const [method = '', ...rest] = c.op.split(' ');
    expect(rest).toHaveLength(1);
    if (!isMethod(method)) throw new Error(`unknown method in ${c.op}`);
    const payload = c.body?.(s);
    const res: LightMyRequestResponse = await app.inject({
      method,
      url: await c.url(s, db),
      headers: { cookie: `tillit_session=${session.token}`, 'x-csrf-token': session.csrfToken, ...c.headers },
      ...(payload === undefined ? {} : { payload }),
    });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(status);
    if (status === 403) expect(problemSchema.parse(res.json()).code).toBe('forbidden');
    if (status === 404) expect(problemSchema.parse(res.json()).code).toBe('notFound');
  });
});
