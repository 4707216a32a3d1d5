import { describe, expect, it } from 'vitest';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { enrolmentSchema } from '../../../common/platform/mfa.js';
import { buildTestApp, seedScenario, sessionHeaders, signIn, testPassword } from '../../test-support/api-app.js';
import { totpCode, totpStep } from './totp.js';

describeOnDatabases('sign-in and sessions', (target) => {
  const database = useTestDatabase(target);

  it('signs in with e-mail and password, sets an HttpOnly SameSite cookie, and stores only a hash of the token', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database());
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'STAFFA1@testby.se', password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      stage: 'full',
      me: { id: people.staffA1.id, email: people.staffA1.email },
    });
    const cookie = response.cookies.find((c) => c.name === 'tillit_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const rows = await database().db.selectFrom('sessions').select('id').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).not.toBe(cookie?.value);
    await app.close();
  });

  it('answers a wrong password and an unknown e-mail identically, in the requested language', async () => {
    await seedScenario(database());
    const app = await buildTestApp(database());
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'da-DK,da;q=0.9' },
      payload: { email: 'staffa1@testby.se', password: 'not the password' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'da-DK,da;q=0.9' },
      payload: { email: 'nobody@testby.se', password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    const { requestId: _a, ...wrongBody } = wrong.json<Record<string, unknown>>();
    const { requestId: _b, ...unknownBody } = unknown.json<Record<string, unknown>>();
    expect(wrongBody).toEqual(unknownBody);
    expect(wrongBody.detail).toBe('E-mailadressen eller adgangskoden passer ikke.');
    await app.close();
  });

  it('refuses a deactivated person and ends their sessions', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database());
    const staffCookie = await signIn(app, people.staffA1.email);
    const adminCookie = await signIn(app, people.admin.email);
    const off = await app.inject({
      method: 'POST',
      url: `/api/v1/people/${people.staffA1.id}/deactivate`,
      headers: adminCookie,
    });
    expect(off.statusCode).toBe(200);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: staffCookie });
    expect(me.statusCode).toBe(401);
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: people.staffA1.email, password: testPassword },
    });
    expect(again.statusCode).toBe(401);
    await app.close();
  });

  it('ends the session on the server at sign-out, so the old cookie no longer works', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database());
    const cookie = await signIn(app, people.staffA1.email);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: cookie })).statusCode).toBe(200);
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: cookie });
    expect(out.statusCode).toBe(200);
    expect(await database().db.selectFrom('sessions').select('id').execute()).toHaveLength(0);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: cookie })).statusCode).toBe(401);
    await app.close();
  });

  it('expires an idle session', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database(), { SESSION_IDLE_MINUTES: '5' });
    const cookie = await signIn(app, people.staffA1.email);
    const old = new Date(Date.now() - 6 * 60_000).toISOString();
    await database().db.updateTable('sessions').set({ last_seen_at: old }).execute();
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: cookie })).statusCode).toBe(401);
    await app.close();
  });

  it('ends a session at the absolute timeout however active it is', async () => {
    const { people } = await seedScenario(database());
    const { db } = database();
    const app = await buildTestApp(database(), { SESSION_ABSOLUTE_HOURS: '1', SESSION_IDLE_MINUTES: '30' });
    const signedInAt = Date.now();
    const cookie = await signIn(app, people.staffA1.email);
    const expiry = async () =>
      Date.parse((await db.selectFrom('sessions').select('expires_at').executeTakeFirstOrThrow()).expires_at);
    const expiresAt = await expiry();
    expect(Math.abs(expiresAt - (signedInAt + 3600_000))).toBeLessThan(10_000);
    // Activity moves the idle clock, never the absolute end.
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
    await db
      .updateTable('sessions')
      .set({ last_seen_at: minutesAgo(2) })
      .execute();
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: cookie })).statusCode).toBe(200);
    expect(
      Date.parse((await db.selectFrom('sessions').select('last_seen_at').executeTakeFirstOrThrow()).last_seen_at),
    ).toBeGreaterThan(Date.now() - 60_000);
    expect(await expiry()).toBe(expiresAt);
    // An hour later, still active a minute ago: the session is over, and gone from the database.
    await db
      .updateTable('sessions')
      .set({ created_at: minutesAgo(61), expires_at: minutesAgo(1), last_seen_at: minutesAgo(1) })
      .execute();
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: cookie })).statusCode).toBe(401);
    expect(await db.selectFrom('sessions').select('id').execute()).toEqual([]);
    await app.close();
  });

  it('in production, sets __Host- cookies that are Secure, path-wide and bound to this host', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database(), { NODE_ENV: 'production', SECRET_KEY: 's'.repeat(40) });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: people.staffA1.email, password: testPassword },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.cookies.map((c) => c.name).sort()).toEqual(['__Host-tillit_csrf', '__Host-tillit_session']);
    const session = response.cookies.find((c) => c.name === '__Host-tillit_session');
    expect(session).toMatchObject({ secure: true, httpOnly: true, path: '/', sameSite: 'Lax' });
    expect(session?.domain).toBeUndefined();
    const csrf = response.cookies.find((c) => c.name === '__Host-tillit_csrf');
    expect(csrf).toMatchObject({ secure: true, path: '/', sameSite: 'Strict' });
    expect(csrf?.httpOnly).toBeFalsy();
    expect(csrf?.domain).toBeUndefined();
    // The raw header too: the browser refuses a __Host- cookie with a Domain attribute.
    const raw = [response.headers['set-cookie']].flat().join('\n');
    expect(raw).not.toMatch(/domain=/i);
    // The cookie works under its prefixed name.
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `__Host-tillit_session=${session?.value ?? ''}` },
    });
    expect(me.statusCode).toBe(200);
    await app.close();
  });

  it('stores passwords as argon2id hashes and keeps them out of the audit log', async () => {
    const { db } = database();
    const app = await buildTestApp(database());
    const setup = await app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: {
        organisationName: 'Nyby',
        defaultLocale: 'nb',
        adminName: 'Kari Nordmann',
        adminEmail: 'kari@nyby.no',
        adminPassword: 'a long enough password',
      },
    });
    expect(setup.statusCode).toBe(200);
    const person = await db.selectFrom('people').select('password_hash').executeTakeFirstOrThrow();
    expect(person.password_hash?.startsWith('$argon2id$')).toBe(true);
    const audit = await db.selectFrom('audit_log').select(['after_json']).execute();
    expect(JSON.stringify(audit)).not.toContain('a long enough password');
    expect(JSON.stringify(audit)).not.toContain('argon2');
    await app.close();
  });
});

describeOnDatabases('first-run setup', (target) => {
  const database = useTestDatabase(target);

  it('offers setup only while the database is empty, and takes the first administrator to enrolment', async () => {
    const app = await buildTestApp(database());
    expect((await app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needsSetup: true });
    const payload = {
      organisationName: 'Nyby',
      defaultLocale: 'sv',
      adminName: 'Åsa Admin',
      adminEmail: 'asa@nyby.se',
      adminPassword: 'twelve chars',
    };
    const first = await app.inject({ method: 'POST', url: '/api/v1/setup', payload });
    expect(first.statusCode).toBe(200);
    // The administrator role requires a second factor: the new session can only set one up.
    expect(first.json()).toEqual({ stage: 'enrol' });
    const cookie = first.cookies.find((c) => c.name === 'tillit_session');
    expect(cookie).toBeDefined();
    const headers = sessionHeaders(first);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(401);
    const enrol = await app.inject({ method: 'POST', url: '/api/v1/me/mfa/enrol', headers });
    expect(enrol.statusCode).toBe(200);
    const { secret } = enrolmentSchema.parse(enrol.json());
    const confirmed = await app.inject({
      method: 'POST',
      url: '/api/v1/me/mfa/enrol/confirm',
      headers,
      payload: { code: totpCode(secret, totpStep(Date.now())) },
    });
    expect(confirmed.statusCode).toBe(200);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: sessionHeaders(confirmed) });
    expect(me.json()).toMatchObject({
      name: 'Åsa Admin',
      roles: ['admin'],
      organisation: { name: 'Nyby' },
      mfa: { enrolled: true, required: true },
    });
    expect((await app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needsSetup: false });
    const second = await app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { ...payload, adminEmail: 'other@nyby.se' },
    });
    expect(second.statusCode).toBe(409);
    expect(await database().db.selectFrom('people').select('id').execute()).toHaveLength(1);
    await app.close();
  });

  it('rejects a short password with a per-field message in Swedish', async () => {
    const app = await buildTestApp(database());
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: {
        organisationName: 'Nyby',
        defaultLocale: 'sv',
        adminName: 'A',
        adminEmail: 'a@nyby.se',
        adminPassword: 'short',
      },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'security.passwordTooShort',
      errors: [
        {
          field: 'adminPassword',
          message: 'Lösenordet måste ha minst 12 tecken. Några ord som inte hör ihop fungerar bra.',
        },
      ],
    });
    expect(await database().db.selectFrom('organisation').select('id').execute()).toHaveLength(0);
    await app.close();
  });
});

describe('health', () => {
  const database = useTestDatabase({ name: 'sqlite', url: 'sqlite::memory:' });
  it('GET /healthz checks the database', async () => {
    const app = await buildTestApp(database());
    const ok = await app.inject({ method: 'GET', url: '/healthz' });
    expect(ok.json()).toEqual({ status: 'ok' });
    await database().close();
    const down = await app.inject({ method: 'GET', url: '/healthz' });
    expect(down.statusCode).toBeGreaterThanOrEqual(500);
    await app.close();
  });
});
