// API tokens over EVERY operation of the OpenAPI document: a token reaches exactly the operations
// that declare one of its scopes, and gets 403 everywhere else, so a new route is closed to tokens
// until it names a scope. The document's declarations are checked against the org routes too.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { z } from 'zod';
import { problemSchema } from '../../common/platform/problem.js';
import { apiTokenScopes } from '../../common/platform/tokens.js';
import type { Database } from '../db/schema.js';
import { orgAnonymous } from '../modules/org/access-cases.js';
import { digest } from './auth/sessions.js';
import { apiTokenScheme } from './tokens/openapi-scopes.js';
import { roleCases } from '../test-support/access-case-index.js';
import { buildTestApp, seedScenario, type Scenario } from '../test-support/api-app.js';
import { describeOnDatabases, useTestDatabase } from '../test-support/databases.js';
import { documentedOperations, type DocumentedOperation } from '../test-support/openapi-walk.js';
import { deniedAction, isReadAudit, lastAuditId, auditActionsSince, rowCounts } from '../test-support/row-counts.js';

const securityOf = z.looseObject({ security: z.array(z.record(z.string(), z.array(z.string()))).optional() });
const documentPaths = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });

/** The token scope each operation declares in the document, or null when tokens are refused. */
async function declaredScopes(app: FastifyInstance): Promise<Map<string, string | null>> {
  const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  const scopes = new Map<string, string | null>();
  for (const [path, item] of Object.entries(documentPaths.parse(res.json()).paths))
    for (const [method, operation] of Object.entries(item)) {
      const security = securityOf.parse(operation).security ?? [];
      const scope = security.flatMap((requirement) => requirement[apiTokenScheme] ?? [])[0] ?? null;
      scopes.set(`${method.toUpperCase()} ${path}`, scope);
    }
  return scopes;
}

const sampleId = '0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

async function insertToken(db: Kysely<Database>, s: Scenario, scopes: string[]): Promise<string> {
  const token = `tillit_${randomUUID().replaceAll('-', '')}${randomUUID().replaceAll('-', '')}`;
  await db
    .insertInto('api_tokens')
    .values({
      id: randomUUID(),
      name: `Walk ${scopes.join(' ')}`,
      token_hash: digest(token),
      scopes_json: JSON.stringify(scopes),
      created_by: s.people.admin.id,
      created_at: new Date().toISOString(),
      expires_at: null,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return token;
}

describeOnDatabases('access matrix: API tokens over every operation', (target) => {
  const database = useTestDatabase(target);
  let app: FastifyInstance;
  let s: Scenario;
  let operations: DocumentedOperation[];
  let scopes: Map<string, string | null>;
  beforeEach(async () => {
    s = await seedScenario(database());
    app = await buildTestApp(database());
    operations = await documentedOperations(app);
    scopes = await declaredScopes(app);
    return async () => {
      await app.close();
    };
  });

  it('declares org:read on the organisation’s reads and org:write on its changes, and only there', () => {
    const wrong: string[] = [];
    for (const op of operations) {
      const scope = scopes.get(op.key) ?? null;
      if (scope !== null && !apiTokenScopes.some((known) => known === scope)) wrong.push(`${op.key}: unknown ${scope}`);
      if (scope === 'org:read' && op.method !== 'GET') wrong.push(`${op.key}: a change that only needs org:read`);
      if (scope === 'org:write' && op.method === 'GET') wrong.push(`${op.key}: a read that needs org:write`);
    }
    for (const key of Object.keys(orgAnonymous)) {
      const expected = key.startsWith('GET ') ? 'org:read' : 'org:write';
      if (scopes.get(key) !== expected) wrong.push(`${key}: declares ${scopes.get(key) ?? 'no scope'}`);
    }
    expect(wrong).toEqual([]);
  });

  /** Sends every documented operation with the token, with a real body (and, for reads, real ids)
   *  where the access matrix has a case for the operation. */
  async function walk(token: string, granted: readonly string[]): Promise<string[]> {
    const wrong: string[] = [];
    // /healthz is outside the API: open to anyone, a token changes nothing there.
    for (const op of operations.filter((o) => o.path.startsWith('/api/v1/'))) {
      const declared = scopes.get(op.key) ?? null;
      const allowed = declared !== null && granted.includes(declared);
      const known = roleCases.find((c) => c.op === op.key);
      const url =
        allowed && op.method === 'GET' && known
          ? await known.url(s, database().db)
          : op.path.replace(/\{[^}]+\}/g, sampleId);
      const payload = known?.body?.(s) ?? (op.method === 'GET' ? undefined : {});
      const res = await app.inject({
        method: op.method,
        url,
        headers: { authorization: `Bearer ${token}`, ...known?.headers },
        ...(payload === undefined ? {} : { payload }),
      });
      const got = `${op.key}: ${res.statusCode} ${res.body.slice(0, 100)}`;
      if (res.headers['set-cookie'] !== undefined) wrong.push(`${op.key}: set a cookie`);
      if (res.statusCode >= 500) wrong.push(got);
      else if (!allowed) {
        if (res.statusCode !== 403 || problemSchema.parse(res.json()).code !== 'forbidden') wrong.push(got);
      } else if (res.statusCode === 401 || res.statusCode === 403) wrong.push(got);
      else if (op.method === 'GET' && !op.path.includes('{') && (res.statusCode < 200 || res.statusCode > 299))
        wrong.push(got);
    }
    return wrong;
  }

  it('lets an org:read token answer 2xx only on GET operations that declare org:read, and change nothing', async () => {
    const token = await insertToken(database().db, s, ['org:read']);
    const before = await rowCounts(database(), ['audit_log']);
    const auditFrom = await lastAuditId(database());
    expect(await walk(token, ['org:read'])).toEqual([]);
    expect(await rowCounts(database(), ['audit_log'])).toEqual(before);
    const added = await auditActionsSince(database(), auditFrom);
    expect(added.filter((action) => action !== deniedAction && !isReadAudit(action))).toEqual([]);
    // The walk did reach the reads: last use is recorded.
    const row = await database().db.selectFrom('api_tokens').select('last_used_at').executeTakeFirstOrThrow();
    expect(row.last_used_at).not.toBeNull();
  });

  it('lets an org:write token reach the changes that declare org:write, and nothing else', async () => {
    const token = await insertToken(database().db, s, ['org:write']);
    expect(await walk(token, ['org:write'])).toEqual([]);
  });
});
