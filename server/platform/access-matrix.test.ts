// Who may call what. The first half reads the OpenAPI document and checks EVERY operation for an
// anonymous caller against an explicit table, so a new route without a decided policy fails here.
// The second half checks (operation, role) pairs against each area's policy. The cases live beside
// the routes they describe (access-cases.ts) and are listed in test-support/access-case-index.ts.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemSchema } from '../../common/platform/problem.js';
import { createSession } from './auth/sessions.js';
import { genesisHash } from '../db/migrations/003-security.js';
import { describeOnDatabases, useTestDatabase } from '../test-support/databases.js';
import { buildTestApp, seedEveryRole, seedScenario, type Scenario } from '../test-support/api-app.js';
import { anonymousOutcomes, roleCases } from '../test-support/access-case-index.js';
import { extraRoles, roles, type ExtraRole, type Role, type RoleCase } from '../test-support/access-matrix.js';
import type { Database } from '../db/schema.js';
import { burdenTables } from '../modules/burden/access-cases.js';
import { barometerTables } from '../modules/barometer/access-cases.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const methods: readonly Method[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];
const isMethod = (value: string): value is Method => methods.some((m) => m === value);

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

describe('access matrix: the role table names real operations', () => {
  it('uses only operations that are in the anonymous table (and so in the OpenAPI document)', () => {
    expect(roleCases.map((c) => c.op).filter((op) => !(op in anonymousOutcomes))).toEqual([]);
  });

  it('decides for the roles at least once for every operation a signed-in person can call', () => {
    // An operation closed to anonymous callers is for signed-in people, so some role case must say
    // who among them may call it; a new route without one fails here.
    const decided = new Set(roleCases.map((c) => c.op));
    const undecided = Object.entries(anonymousOutcomes)
      .filter(([op, outcome]) => outcome.status === 401 && !decided.has(op))
      .map(([op]) => op);
    expect(undecided).toEqual([]);
  });
});

const isCoreRole = (role: string): role is Role => roles.some((r) => r === role);

const pairs: Array<{ c: RoleCase; role: Role | ExtraRole; status: number }> = roleCases.flatMap((c) => [
  ...roles.map((role) => ({ c, role, status: c.expect[role] })),
  ...extraRoles.flatMap((role) => {
    const status = c.expect[role];
    return status === undefined ? [] : [{ c, role, status }];
  }),
]);

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
    // The previous case's audit seal may still be running: take the chain row first, as the sealer
    // does, so the two wait for each other instead of deadlocking on PostgreSQL.
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('audit_chain')
        .set({ head_seq: 0, head_hash: genesisHash, pruned_to_seq: 0, pruned_hash: genesisHash })
        .execute();
      await trx.deleteFrom('audit_log').execute();
    });
    for (const table of [
      ...burdenTables,
      ...barometerTables,
      'signal_confirmations',
      'signal_events',
      'signals',
      'notifications',
      'outbox',
      'sessions',
      'mfa_recovery_codes',
      'mfa_totp',
      'person_identities',
      'api_tokens',
      'auth_throttle',
      'confidential_records',
      'retention_policies',
      'mandates',
      'memberships',
      'person_roles',
      'people',
      'jobs',
      'organisation',
    ] satisfies (keyof Database)[])
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

  /** The caller's id. The other roles' people are seeded only for the cases that run as one of
   *  them (most cases do not), which keeps the suite's time close to what it was. */
  async function personOf(role: Role | ExtraRole): Promise<string> {
    if (role === 'staffB1' || isCoreRole(role)) return s.people[role].id;
    return (await seedEveryRole(database(), s))[role].id;
  }

  it.each(pairs)('$role: $c.what ($c.op) -> $status', async ({ c, role, status }) => {
    const { db } = database();
    await c.prepare?.(s, db);
    const session = await createSession(db, await personOf(role), 'password', { idleMinutes: 60, absoluteHours: 1 });
    const [method = '', ...rest] = c.op.split(' ');
    expect(rest).toHaveLength(1);
    if (!isMethod(method)) throw new Error(`unknown method in ${c.op}`);
    const payload = c.body?.(s);
    const before = await c.unchanged?.(s, db);
    const res: LightMyRequestResponse = await app.inject({
      method,
      url: await c.url(s, db),
      headers: { cookie: `tillit_session=${session.token}`, 'x-csrf-token': session.csrfToken, ...c.headers },
      ...(payload === undefined ? {} : { payload }),
    });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(status);
    if (status === 403) expect(problemSchema.parse(res.json()).code).toBe('forbidden');
    if (status === 404) expect(problemSchema.parse(res.json()).code).toBe('notFound');
    if (c.unchanged && status >= 400) expect(await c.unchanged(s, db)).toEqual(before);
  });
});
