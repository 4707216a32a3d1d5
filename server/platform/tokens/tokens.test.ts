// API tokens as an administrator and an integration meet them: created once and shown once,
// stored as a hash, limited to their scopes, refused when revoked, expired or orphaned, never
// able to manage tokens or to obtain a session, on both databases.
import { createHash } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect, it } from 'vitest';
import { unitListSchema } from '../../../common/org/units.js';
import { problemSchema } from '../../../common/platform/problem.js';
import { apiTokenListSchema, apiTokenSchema, createdApiTokenSchema } from '../../../common/platform/tokens.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp, type PersonKey, type Scenario } from '../../test-support/api-app.js';
import { sessionHeadersFor } from '../../test-support/session-headers.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

describeOnDatabases('API tokens', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  async function sessionOf(app: FastifyInstance, s: Scenario, who: PersonKey) {
    const headers = await sessionHeadersFor(database().db, s.people[who].id);
    return (method: Method, url: string, payload?: object) =>
      app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
  }

  function bearer(app: FastifyInstance, token: string) {
    return (method: Method, url: string, payload?: object, headers: Record<string, string> = {}) =>
      app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}`, ...headers },
        ...(payload === undefined ? {} : { payload }),
      });
  }

  async function setUp() {
    const started = await start();
    const admin = await sessionOf(started.app, started.s, 'admin');
    const create = async (body: object) => {
      const res = await admin('POST', '/api/v1/api-tokens', body);
      expect(res.statusCode, res.body).toBe(200);
      return createdApiTokenSchema.parse(res.json());
    };
    return { ...started, admin, create };
  }

  const problemCode = (res: LightMyRequestResponse) => problemSchema.parse(res.json()).code;
  const noCookie = (res: LightMyRequestResponse) => expect(res.headers['set-cookie']).toBeUndefined();

  it('shows the token once, stores only its SHA-256, lists it without the secret and audits the creation', async () => {
    const { db, admin, create, s } = await setUp();
    const created = await create({ name: 'Lönesystemet', scopes: ['org:write', 'org:read'] });
    expect(created.token).toMatch(/^tillit_[A-Za-z0-9_-]{43}$/);
    expect(created.apiToken).toMatchObject({
      name: 'Lönesystemet',
      scopes: ['org:read', 'org:write'],
      status: 'active',
      createdBy: { id: s.people.admin.id, name: 'Person admin' },
      lastUsedAt: null,
      expiresAt: null,
      revokedAt: null,
    });

    const rows = await db.selectFrom('api_tokens').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(createHash('sha256').update(created.token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(created.token.slice('tillit_'.length));

    const list = await admin('GET', '/api/v1/api-tokens');
    expect(apiTokenListSchema.parse(list.json()).items).toEqual([created.apiToken]);
    expect(list.body).not.toContain(created.token.slice('tillit_'.length));
    expect(list.body).not.toContain(rows[0]?.token_hash);

    const audit = await db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'api_token').execute();
    expect(audit.map((a) => [a.action, a.entity_id, a.actor_id])).toEqual([
      ['apiToken.create', created.apiToken.id, s.people.admin.id],
    ]);
    expect(JSON.stringify(audit)).not.toContain(created.token.slice('tillit_'.length));
  });

  it('lets a read token read but not change, not reach routes without a scope, and never get a cookie', async () => {
    const { app, db, create, s } = await setUp();
    const { token } = await create({ name: 'Rapportverktyg', scopes: ['org:read'] });
    const call = bearer(app, token);

    const units = await call('GET', '/api/v1/units');
    expect(units.statusCode).toBe(200);
    expect(unitListSchema.parse(units.json()).items.length).toBeGreaterThan(0);
    expect(units.headers['cache-control']).toBe('no-store');
    noCookie(units);
    expect((await call('GET', `/api/v1/people/${s.people.staffB1.id}`)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/org/export')).statusCode).toBe(200);

    const before = await db.selectFrom('units').select('id').execute();
    const write = await call('POST', '/api/v1/units', {
      parentId: s.units.deptA,
      code: 'T1',
      name: 'Ny',
      kind: 'unit',
    });
    expect(write.statusCode).toBe(403);
    expect(problemCode(write)).toBe('forbidden');
    noCookie(write);
    expect(await db.selectFrom('units').select('id').execute()).toHaveLength(before.length);

    // No scope, no token: the profile, tokens themselves, sign-in and sign-out.
    for (const [method, url, payload] of [
      ['GET', '/api/v1/me'],
      ['GET', '/api/v1/api-tokens'],
      ['POST', '/api/v1/api-tokens', { name: 'Efterträdare', scopes: ['org:read'] }],
      ['POST', '/api/v1/auth/login', { email: s.people.admin.email, password: 'whatever it is' }],
      ['POST', '/api/v1/auth/logout'],
    ] as const) {
      const res = await call(method, url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      noCookie(res);
    }
    expect(await db.selectFrom('api_tokens').select('id').execute()).toHaveLength(1);
  });

  it('lets a write token change without a CSRF token or cookie, but not read', async () => {
    const { app, db, create, s } = await setUp();
    const { token } = await create({ name: 'HR-systemet', scopes: ['org:write'] });
    const call = bearer(app, token);
    const res = await call('POST', '/api/v1/units', { parentId: s.units.deptA, code: 'T1', name: 'Ny', kind: 'unit' });
    expect(res.statusCode, res.body).toBe(200);
    noCookie(res);
    const audit = await db.selectFrom('audit_log').select(['actor_id']).where('action', '=', 'unit.create').execute();
    expect(audit).toEqual([{ actor_id: s.people.admin.id }]);
    expect((await call('GET', '/api/v1/units')).statusCode).toBe(403);
  });

  it('records the last use', async () => {
    const { app, admin, create } = await setUp();
    const { token, apiToken } = await create({ name: 'Statistik', scopes: ['org:read'] });
    const started = Date.now();
    expect((await bearer(app, token)('GET', '/api/v1/units')).statusCode).toBe(200);
    const listed = apiTokenListSchema.parse((await admin('GET', '/api/v1/api-tokens')).json()).items;
    const lastUsed = listed.find((t) => t.id === apiToken.id)?.lastUsedAt;
    expect(Date.parse(lastUsed ?? '')).toBeGreaterThanOrEqual(started - 1000);
  });

  it('refuses a revoked token at once, audits the revocation once, and refuses unknown tokens', async () => {
    const { app, db, admin, create, s } = await setUp();
    const { token, apiToken } = await create({ name: 'Gammal koppling', scopes: ['org:read'] });
    const call = bearer(app, token);
    expect((await call('GET', '/api/v1/units')).statusCode).toBe(200);

    const revoked = await admin('POST', `/api/v1/api-tokens/${apiToken.id}/revoke`);
    expect(revoked.statusCode).toBe(200);
    const revokedToken = apiTokenSchema.parse(revoked.json());
    expect(revokedToken.status).toBe('revoked');
    expect(Date.parse(revokedToken.revokedAt ?? '')).toBeGreaterThan(0);
    const refused = await call('GET', '/api/v1/units');
    expect(refused.statusCode).toBe(401);
    expect(problemCode(refused)).toBe('unauthenticated');

    expect((await admin('POST', `/api/v1/api-tokens/${apiToken.id}/revoke`)).statusCode).toBe(200);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('entity_id', '=', apiToken.id)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'apiToken.create', actor_id: s.people.admin.id },
      { action: 'apiToken.revoke', actor_id: s.people.admin.id },
    ]);

    expect((await admin('POST', '/api/v1/api-tokens/00000000-0000-4000-8000-000000000000/revoke')).statusCode).toBe(
      404,
    );
    expect((await bearer(app, `${token}x`)('GET', '/api/v1/units')).statusCode).toBe(401);
    expect((await bearer(app, 'not-a-tillit-token')('GET', '/api/v1/units')).statusCode).toBe(401);
  });

  it('takes an end date up to a year ahead, and refuses the token once it has passed', async () => {
    const { app, db, admin, create } = await setUp();
    const day = 86_400_000;
    const inDays = (days: number) => new Date(Date.now() + days * day).toISOString();
    for (const [expiresAt, code] of [
      [inDays(-1), 'apiToken.expiryPast'],
      [inDays(400), 'apiToken.expiryTooFar'],
    ] as const) {
      const res = await admin('POST', '/api/v1/api-tokens', { name: 'X', scopes: ['org:read'], expiresAt });
      expect(res.statusCode).toBe(422);
      expect(problemSchema.parse(res.json()).errors?.map((e) => e.field)).toEqual(['expiresAt']);
      expect(problemCode(res)).toBe(code);
    }
    const bad = await admin('POST', '/api/v1/api-tokens', { name: 'X', scopes: [], expiresAt: 'tomorrow' });
    expect(
      problemSchema
        .parse(bad.json())
        .errors?.map((e) => e.field)
        .sort(),
    ).toEqual(['expiresAt', 'scopes']);

    // An offset is accepted and stored as UTC.
    const end = new Date(Date.now() + 90 * day);
    const withOffset = `${new Date(end.getTime() + 3600_000).toISOString().slice(0, 19)}+01:00`;
    const { token, apiToken } = await create({ name: 'Kvartal', scopes: ['org:read'], expiresAt: withOffset });
    expect(apiToken.expiresAt).toBe(`${end.toISOString().slice(0, 19)}.000Z`);
    const call = bearer(app, token);
    expect((await call('GET', '/api/v1/units')).statusCode).toBe(200);

    await db
      .updateTable('api_tokens')
      .set({ expires_at: inDays(-0.001) })
      .where('id', '=', apiToken.id)
      .execute();
    expect((await call('GET', '/api/v1/units')).statusCode).toBe(401);
    const listed = apiTokenListSchema.parse((await admin('GET', '/api/v1/api-tokens')).json()).items;
    expect(listed.find((t) => t.id === apiToken.id)?.status).toBe('expired');
  });

  it('refuses the token of an administrator who is deactivated or no longer an administrator', async () => {
    const { app, db, create, s } = await setUp();
    const { token, apiToken } = await create({ name: 'Katalog', scopes: ['org:read'] });
    const call = bearer(app, token);
    expect((await call('GET', '/api/v1/units')).statusCode).toBe(200);

    await db.deleteFrom('person_roles').where('person_id', '=', s.people.admin.id).execute();
    expect((await call('GET', '/api/v1/units')).statusCode).toBe(401);
    await db
      .insertInto('person_roles')
      .values({ person_id: s.people.admin.id, role: 'admin', granted_at: new Date().toISOString() })
      .execute();
    expect((await call('GET', '/api/v1/units')).statusCode).toBe(200);

    await db.updateTable('people').set({ active: 0 }).where('id', '=', s.people.admin.id).execute();
    expect((await call('GET', '/api/v1/units')).statusCode).toBe(401);
    // Another administrator sees why the integration stopped.
    await db
      .insertInto('person_roles')
      .values({ person_id: s.people.analyst.id, role: 'admin', granted_at: new Date().toISOString() })
      .execute();
    const other = await sessionOf(app, s, 'analyst');
    const listed = apiTokenListSchema.parse((await other('GET', '/api/v1/api-tokens')).json()).items;
    expect(listed.map((t) => [t.id, t.status])).toEqual([[apiToken.id, 'suspended']]);
  });
});
