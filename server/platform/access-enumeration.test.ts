// Ids guessed by enumeration: every operation with an id in its path, called by signed-in people
// without special rights with random ids, answers 404 (or, for an operation refused to them
// whatever the id, 403), never 5xx; and an object of another unit they may not see answers
// exactly as an id that does not exist, so neither reveals that something is there.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { isOneOf } from '../../common/platform/one-of.js';
import { problemSchema } from '../../common/platform/problem.js';
import { roleCases } from '../test-support/access-case-index.js';
import { roles, type Role, type RoleCase } from '../test-support/access-matrix.js';
import { buildTestApp, seedScenario, type Scenario } from '../test-support/api-app.js';
import { describeOnDatabases, useTestDatabase, type TestDatabase } from '../test-support/databases.js';
import {
  documentedOperations,
  sampleValue,
  type DocumentedOperation,
  type JsonSchema,
} from '../test-support/openapi-walk.js';
import { rowCounts } from '../test-support/row-counts.js';
import { sessionHeadersFor } from '../test-support/session-headers.js';

const methods = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const;
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Strings for a body made from the schema: ids that exist nowhere, and text long enough for any
 *  minimum (a password needs 12 characters). */
function probeLeaf(_name: string, schema: JsonSchema): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.format === 'uuid') return randomUUID();
  if (schema.format === 'email') return 'probe@example.com';
  if (schema.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
  return 'an enumeration probe of some length';
}

/** The callers without organisation-wide rights. */
const probers: readonly Role[] = roles.filter((role) => role !== 'admin');

async function call(
  app: FastifyInstance,
  database: TestDatabase,
  s: Scenario,
  role: Role,
  request: {
    method: DocumentedOperation['method'];
    url: string;
    known: RoleCase | undefined;
    sample?: object | undefined;
  },
): Promise<LightMyRequestResponse> {
  const session = await sessionHeadersFor(database.db, s.people[role].id);
  const payload: object | string | undefined = request.known?.body?.(s) ?? request.sample;
  return app.inject({
    method: request.method,
    url: request.url,
    headers: { ...session, ...request.known?.headers },
    ...(payload === undefined ? {} : { payload }),
  });
}

/** What the reader sees of an answer: the status and the problem, without the request id. */
function visible(res: LightMyRequestResponse) {
  const parsed = problemSchema.safeParse(res.json());
  if (!parsed.success) return { status: res.statusCode, body: res.body };
  const { requestId: _requestId, ...problem } = parsed.data;
  return { status: res.statusCode, problem };
}

describeOnDatabases('access matrix: ids guessed by enumeration', (target) => {
  const database = useTestDatabase(target, { scope: 'file' });
  let app: FastifyInstance;
  let s: Scenario;
  let operations: DocumentedOperation[];
  beforeAll(async () => {
    s = await seedScenario(database());
    app = await buildTestApp(database());
    operations = (await documentedOperations(app)).filter((op) => op.path.includes('{'));
    return async () => {
      await app.close();
    };
  });

  it('answers random ids with 404 (403 where the operation is refused whatever the id), never 5xx', async () => {
    const wrong: string[] = [];
    for (const op of operations)
      for (const role of probers) {
        const cases = roleCases.filter((c) => c.op === op.key);
        // With a valid body (the matrix's, or one made from the schema), so the id is what is
        // judged, not the body.
        const url = op.path.replace(/\{[^}]+\}/g, () => randomUUID());
        const made: unknown = op.body ? sampleValue(op.body, '', probeLeaf) : undefined;
        const sample = typeof made === 'object' && made !== null ? made : op.method === 'GET' ? undefined : {};
        const res = await call(app, database(), s, role, { method: op.method, url, known: cases[0], sample });
        const refusedWholesale = cases.length > 0 && cases.every((c) => c.expect[role] === 403);
        const allowed = refusedWholesale || cases.length === 0 ? [403, 404] : [404];
        if (!allowed.includes(res.statusCode))
          wrong.push(
            `${role} ${op.key}: ${res.statusCode} ${res.body.slice(0, 100)}, expected ${allowed.join(' or ')}`,
          );
      }
    expect(wrong).toEqual([]);
    expect(operations.length).toBeGreaterThan(10);
  });
});

/** The matrix's cases where a real object of another unit is hidden (404) from a role. */
const hidden = roleCases.flatMap((c) =>
  probers.filter((role) => c.expect[role] === 404).map((role) => ({ c, role, key: `${role}: ${c.what}` })),
);

/** Asks for the hidden object, then for the same address with made-up ids, and compares. */
async function compareWithMissing(
  app: FastifyInstance,
  database: TestDatabase,
  s: Scenario,
  { c, role }: (typeof hidden)[number],
): Promise<string[]> {
  const [method = ''] = c.op.split(' ');
  if (!isOneOf(methods, method)) return [`unknown method in ${c.op}`];
  const url = await c.url(s, database.db);
  const real = await call(app, database, s, role, { method, url, known: c });
  const guessed = await call(app, database, s, role, { method, url: url.replace(uuid, () => randomUUID()), known: c });
  const same = JSON.stringify(visible(guessed)) === JSON.stringify(visible(real));
  return real.statusCode === 404 && same ? [] : [`${role}: ${c.what}: ${real.statusCode} vs ${guessed.statusCode}`];
}

describeOnDatabases('access matrix: hidden objects look like missing ones', (target) => {
  const database = useTestDatabase(target, { scope: 'file' });

  it('has hidden objects to compare', () => {
    expect(hidden.length).toBeGreaterThan(3);
  });

  // A hidden object is never changed, so the cases that need no preparation share one scenario.
  it('answers a hidden object exactly as a missing one, and changes nothing', async () => {
    const s = await seedScenario(database());
    const app = await buildTestApp(database());
    try {
      const before = await rowCounts(database(), ['audit_log', 'sessions']);
      const wrong: string[] = [];
      for (const item of hidden.filter(({ c }) => !c.prepare))
        wrong.push(...(await compareWithMissing(app, database(), s, item)));
      expect(wrong).toEqual([]);
      expect(await rowCounts(database(), ['audit_log', 'sessions'])).toEqual(before);
    } finally {
      await app.close();
    }
  });
});

describeOnDatabases('access matrix: hidden objects that need preparing', (target) => {
  const database = useTestDatabase(target);
  const prepared = hidden.filter(({ c }) => c.prepare);

  it.each(prepared)('$key ($c.op)', async (item) => {
    const s = await seedScenario(database());
    const app = await buildTestApp(database());
    try {
      await item.c.prepare?.(s, database().db);
      expect(await compareWithMissing(app, database(), s, item)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
