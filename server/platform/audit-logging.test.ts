// What the audit log records about access: sign-ins and failed sign-ins, refused access (as a
// route pattern, never a URL), reads of sensitive records (one entry per list), and checks of the
// chain itself, which administrators and auditors may run.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { auditListSchema, auditVerifySchema } from '../../common/platform/audit.js';
import { createdApiTokenSchema } from '../../common/platform/tokens.js';
import type { Database } from '../db/schema.js';
import { buildTestApp, seedScenario, signIn, testPassword, type PersonKey } from '../test-support/api-app.js';
import { describeOnDatabases, useTestDatabase } from '../test-support/databases.js';
import { auditRead } from './audit.js';
import { sealAuditLog } from './audit-chain.js';

async function entries(db: Kysely<Database>, action: string) {
  const rows = await db
    .selectFrom('audit_log')
    .select(['actor_id', 'entity_type', 'entity_id', 'before_json', 'after_json', 'request_id'])
    .where('action', '=', action)
    .orderBy('id')
    .execute();
  return rows.map((r) => {
    const after: unknown = r.after_json === null ? null : JSON.parse(r.after_json);
    return { ...r, after };
  });
}

describeOnDatabases('what the audit log records', (target) => {
  const database = useTestDatabase(target);
  const apps: FastifyInstance[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  async function start() {
    const s = await seedScenario(database());
    // No second factor: these tests are about the log, not about signing in.
    const app = await buildTestApp(database(), { MFA_REQUIRED_ROLES: 'none' });
    apps.push(app);
    const as = async (who: PersonKey) => {
      const headers = await signIn(app, s.people[who].email);
      return (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
        app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
    };
    return { s, app, as, db: database().db };
  }

  it('records sign-ins and failed sign-ins, without the password or the e-mail that was tried', async () => {
    const { s, app, db } = await start();
    await signIn(app, s.people.staffA1.email);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: s.people.staffA1b.email, password: 'not the password at all' },
    });
    expect(wrong.statusCode).toBe(401);
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@testby.se', password: testPassword },
    });
    expect(unknown.statusCode).toBe(401);

    expect(await entries(db, 'auth.login')).toMatchObject([{ actor_id: s.people.staffA1.id }]);
    const failed = await entries(db, 'auth.login.failed');
    expect(failed.map((e) => e.entity_id)).toEqual([s.people.staffA1b.id, 'unknown']);
    const text = JSON.stringify(await db.selectFrom('audit_log').selectAll().execute());
    for (const secret of ['not the password at all', testPassword, 'nobody@testby.se'])
      expect(text).not.toContain(secret);
  });

  it('records a role change with the roles before and after', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const res = await admin('PUT', `/api/v1/people/${s.people.staffA1.id}/roles`, { roles: ['auditor'] });
    expect(res.statusCode).toBe(200);
    expect(await entries(db, 'person.roles')).toMatchObject([
      {
        actor_id: s.people.admin.id,
        entity_id: s.people.staffA1.id,
        before_json: JSON.stringify({ roles: [] }),
        after: { roles: ['auditor'] },
      },
    ]);
  });

  it('records refused access by a signed-in person as the route pattern, never the URL with its query', async () => {
    const { s, app, as, db } = await start();
    const staff = await as('staffA1');
    const refused = await staff('GET', '/api/v1/audit?entityType=person&entityId=Hodan%20Warsame');
    expect(refused.statusCode).toBe(403);
    expect((await staff('PUT', `/api/v1/people/${s.people.staffA1.id}/roles`, { roles: ['admin'] })).statusCode).toBe(
      403,
    );
    // Anonymous callers are answered 401 and are not "denied access" entries.
    expect((await app.inject({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(401);

    const denied = await entries(db, 'access.denied');
    expect(denied.map((e) => ({ actor: e.actor_id, type: e.entity_type, id: e.entity_id, after: e.after }))).toEqual([
      {
        actor: s.people.staffA1.id,
        type: 'route',
        id: 'GET /api/v1/audit',
        after: { method: 'GET', route: '/api/v1/audit', code: 'forbidden' },
      },
      {
        actor: s.people.staffA1.id,
        type: 'route',
        id: 'PUT /api/v1/people/:id/roles',
        after: { method: 'PUT', route: '/api/v1/people/:id/roles', code: 'forbidden' },
      },
    ]);
    expect(denied[0]?.request_id).toBe(refused.json<{ requestId: string }>().requestId);
    expect(JSON.stringify(denied)).not.toContain('Hodan');
    // The refused change left nothing else behind.
    expect(await entries(db, 'person.roles')).toEqual([]);
  });

  it('records an API token refused for lack of scope, naming the token and its administrator', async () => {
    const { s, app, as, db } = await start();
    const admin = await as('admin');
    const created = createdApiTokenSchema.parse(
      (await admin('POST', '/api/v1/api-tokens', { name: 'Lönesystemet', scopes: ['org:read'] })).json(),
    );
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/audit?limit=5',
      headers: { authorization: `Bearer ${created.token}` },
    });
    expect(res.statusCode).toBe(403);
    expect(await entries(db, 'access.denied')).toMatchObject([
      {
        actor_id: s.people.admin.id,
        entity_id: 'GET /api/v1/audit',
        after: { method: 'GET', route: '/api/v1/audit', code: 'forbidden', tokenId: created.apiToken.id },
      },
    ]);
    expect(JSON.stringify(await entries(db, 'access.denied'))).not.toContain(created.token);
  });

  it('records each read of the audit log as one entry with its filter, not one per row', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    await admin('PATCH', `/api/v1/units/${s.units.unitA1}`, { name: 'Hemtjänst Norra' });
    await admin('PATCH', `/api/v1/units/${s.units.unitB1}`, { name: 'Hemtjänst Södra' });
    const res = await admin('GET', '/api/v1/audit?entityType=unit');
    expect(res.statusCode).toBe(200);
    const items = auditListSchema.parse(res.json()).items;
    expect(items.map((i) => i.action)).toEqual(['unit.update', 'unit.update']);
    expect(await entries(db, 'audit_log.read')).toMatchObject([
      { actor_id: s.people.admin.id, entity_id: '*', after: { entityType: 'unit', entityId: null, rows: 2 } },
    ]);
    // The list shows where each entry sits in the chain once sealed.
    await sealAuditLog(db);
    const sealed = auditListSchema.parse((await admin('GET', '/api/v1/audit?limit=500')).json()).items;
    expect(sealed.every((i) => i.seq !== null)).toBe(true);
  });

  it('records the organisation export as one entry for the whole file', async () => {
    const { s, as, db } = await start();
    const analyst = await as('analyst');
    const res = await analyst('GET', '/api/v1/org/export');
    expect(res.statusCode).toBe(200);
    const exported = await entries(db, 'organisation.export');
    expect(exported).toMatchObject([
      { actor_id: s.people.analyst.id, entity_type: 'organisation', after: { format: 'csv' } },
    ]);
    expect(exported[0]?.entity_id).toBe(
      (await db.selectFrom('organisation').select('id').executeTakeFirstOrThrow()).id,
    );
  });

  it('gives other modules auditRead: who read which record, refused to anonymous callers', async () => {
    const { s, db } = await start();
    const principal = {
      personId: s.people.admin.id,
      sessionId: 'session',
      name: 'Person admin',
      email: s.people.admin.email,
      roles: new Set(['admin'] as const),
      memberships: [],
      token: null,
    };
    const ctx = { db, principal, locale: 'sv' as const, requestId: 'req-1' };
    await auditRead(ctx, 'person', s.people.staffA1.id, { verb: 'export' });
    await auditRead(ctx, 'person', s.people.staffB1.id);
    expect(await entries(db, 'person.export')).toMatchObject([
      { actor_id: s.people.admin.id, entity_id: s.people.staffA1.id, after: null, request_id: 'req-1' },
    ]);
    expect(await entries(db, 'person.read')).toMatchObject([{ entity_id: s.people.staffB1.id }]);
    await expect(auditRead({ ...ctx, principal: null }, 'person', s.people.staffA1.id)).rejects.toMatchObject({
      status: 401,
    });
  });

  it('lets administrators and auditors check the chain, records each check, and reports a break', async () => {
    const { s, as, db } = await start();
    await db
      .insertInto('person_roles')
      .values({ person_id: s.people.staffA1b.id, role: 'auditor', granted_at: '2026-01-01T00:00:00.000Z' })
      .execute();
    const admin = await as('admin');
    const auditor = await as('staffA1b');
    await admin('PATCH', `/api/v1/units/${s.units.unitA1}`, { name: 'Hemtjänst Norra' });

    const first = auditVerifySchema.parse((await admin('GET', '/api/v1/audit/verify')).json());
    expect(first).toMatchObject({ ok: true, unsealed: 0, firstBroken: null });
    expect(first.entries).toBe(first.headSeq);
    const byAuditor = await auditor('GET', '/api/v1/audit/verify');
    expect(byAuditor.statusCode).toBe(200);
    // The auditor may check the chain but not read the log.
    expect((await auditor('GET', '/api/v1/audit')).statusCode).toBe(403);
    expect(await entries(db, 'audit_log.verify')).toMatchObject([
      { actor_id: s.people.admin.id, after: { ok: true, entries: first.entries, headHash: first.headHash } },
      { actor_id: s.people.staffA1b.id, after: { ok: true } },
    ]);

    // A head written down at the first check still matches; a wrong one or a future one does not.
    const compare = async (seq: number, hash: string) =>
      auditVerifySchema.parse((await auditor('GET', `/api/v1/audit/verify?seq=${String(seq)}&hash=${hash}`)).json())
        .noted;
    expect(await compare(first.headSeq, first.headHash)).toEqual({ seq: first.headSeq, matches: true });
    expect(await compare(first.headSeq, 'a'.repeat(64))).toEqual({ seq: first.headSeq, matches: false });
    expect(await compare(first.headSeq + 1000, first.headHash)).toEqual({ seq: first.headSeq + 1000, matches: null });
    expect((await auditor('GET', `/api/v1/audit/verify?seq=1`)).statusCode).toBe(422);
    expect((await auditor('GET', `/api/v1/audit/verify?seq=1&hash=abc`)).statusCode).toBe(422);

    const target = await db
      .selectFrom('audit_log')
      .select(['id', 'seq'])
      .where('action', '=', 'unit.update')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('audit_log')
      .set({ after_json: '{"name":"Något annat"}' })
      .where('id', '=', target.id)
      .execute();
    const broken = auditVerifySchema.parse((await auditor('GET', '/api/v1/audit/verify')).json());
    expect(broken).toMatchObject({ ok: false, firstBroken: { seq: target.seq, id: Number(target.id), kind: 'hash' } });
  });
});
