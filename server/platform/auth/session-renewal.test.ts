// Sessions end or are renewed when what they may do changes: roles (by hand or by CSV import),
// deactivation and password changes (the last in password.test.ts).
import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { csvBytes, personLine, unitLine } from '../../modules/org/csv/test-fixtures.js';
import { importOrgCsv } from '../../modules/org/csv/index.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { buildTestApp, seedScenario, sessionHeaders, signIn, testPassword } from '../../test-support/api-app.js';

type Headers = { cookie: string; 'x-csrf-token': string };
const me = (app: FastifyInstance, headers: Headers) => app.inject({ method: 'GET', url: '/api/v1/me', headers });

describeOnDatabases('sessions on privilege change', (target) => {
  const database = useTestDatabase(target);

  it('ends a person’s sessions when their roles change, and only then', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database());
    const admin = await signIn(app, people.admin.email);
    const staff = await signIn(app, people.staffA1.email);
    const setRoles = (roles: string[]) =>
      app.inject({
        method: 'PUT',
        url: `/api/v1/people/${people.staffA1.id}/roles`,
        headers: admin,
        payload: { roles },
      });
    // Saving the same roles again changes nothing, so nobody is signed out.
    expect((await setRoles([])).statusCode).toBe(200);
    expect((await me(app, staff)).statusCode).toBe(200);
    expect((await setRoles(['auditor'])).statusCode).toBe(200);
    expect((await me(app, staff)).statusCode).toBe(401);
    expect((await me(app, admin)).statusCode).toBe(200);
    // The new role requires a second factor: the next sign-in can only set one up.
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: people.staffA1.email, password: testPassword },
    });
    expect(login.json()).toEqual({ stage: 'enrol' });
    expect((await me(app, sessionHeaders(login))).statusCode).toBe(401);
    // Taking a role away ends sessions too.
    const again = await signIn(app, people.staffA1.email);
    expect((await setRoles([])).statusCode).toBe(200);
    expect((await me(app, again)).statusCode).toBe(401);
    await app.close();
  });

  it('ends the sessions of a person whose roles a CSV import changes', async () => {
    const { db } = database();
    const options = { mode: 'apply', actorId: 'importer', requestId: 'req', locale: 'en' } as const;
    await importOrgCsv(
      db,
      csvBytes([unitLine('KS', 'KS', 'board'), personLine('p@exempelby.se', 'P', 'KS:staff')]),
      options,
    );
    const person = await db.selectFrom('people').select('id').executeTakeFirstOrThrow();
    const session = async () => {
      const now = new Date();
      await db
        .insertInto('sessions')
        .values({
          id: `hash-${now.getTime()}-${Math.random()}`,
          person_id: person.id,
          auth_method: 'password',
          created_at: now.toISOString(),
          last_seen_at: now.toISOString(),
          expires_at: new Date(now.getTime() + 3600_000).toISOString(),
          stage: 'full',
          csrf_token: 'csrf',
        })
        .execute();
    };
    const sessions = async () => (await db.selectFrom('sessions').select('id').execute()).length;
    await session();
    // The same file again: nothing changes for the person, the session stays.
    await importOrgCsv(db, csvBytes([personLine('p@exempelby.se', 'P', 'KS:staff')]), options);
    expect(await sessions()).toBe(1);
    await importOrgCsv(db, csvBytes([personLine('p@exempelby.se', 'P', 'KS:staff', { roles: 'analyst' })]), options);
    expect(await sessions()).toBe(0);
  });

  it('ends a half-way session too when the person is deactivated', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database());
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: people.analyst.email, password: testPassword },
    });
    expect(login.json()).toEqual({ stage: 'mfa' });
    const half = sessionHeaders(login);
    const admin = await signIn(app, people.admin.email);
    const off = await app.inject({
      method: 'POST',
      url: `/api/v1/people/${people.analyst.id}/deactivate`,
      headers: admin,
    });
    expect(off.statusCode).toBe(200);
    expect(
      await database().db.selectFrom('sessions').select('id').where('person_id', '=', people.analyst.id).execute(),
    ).toEqual([]);
    const verify = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/verify',
      headers: half,
      payload: { code: '123456' },
    });
    expect(verify.statusCode).toBe(401);
    await app.close();
  });
});
