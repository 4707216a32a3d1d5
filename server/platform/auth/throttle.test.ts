import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect, it } from 'vitest';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { buildTestApp, seedScenario, sessionHeaders, testPassword } from '../../test-support/api-app.js';
import { platformJobs } from '../background.js';
import { loadConfig } from '../../config.js';
import { accountKey, addressKey } from './throttle.js';

// The per-minute limit of @fastify/rate-limit is raised so that only the throttle answers here.
const env = { LOGIN_RATE_LIMIT: '1000', SIGNIN_MAX_FAILURES: '5', SIGNIN_BLOCK_MINUTES: '15' };

const login = (app: FastifyInstance, email: string, password: string, address: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: address,
    payload: { email, password },
  });

/** Status and body without the request id, which differs on every answer. */
function answer(res: LightMyRequestResponse): { status: number; body: Record<string, unknown> } {
  const { requestId: _requestId, ...body } = res.json<Record<string, unknown>>();
  return { status: res.statusCode, body };
}

describeOnDatabases('sign-in throttling', (target) => {
  const database = useTestDatabase(target);

  it('blocks an account after five failures from any addresses, and says for how long', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database(), env);
    const statuses: number[] = [];
    for (let i = 1; i <= 5; i += 1)
      statuses.push((await login(app, people.staffA1.email, 'wrong password', `10.0.0.${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    // Even the right password is refused now, from an address that never failed.
    const right = await login(app, people.staffA1.email, testPassword, '10.0.9.9');
    expect(right.statusCode).toBe(429);
    expect(right.json()).toMatchObject({
      code: 'security.tooManyAttempts',
      detail:
        'För många misslyckade försök. Av säkerhetsskäl är inloggningen spärrad en stund. Försök igen om 15 minuter.',
    });
    expect(right.cookies.find((c) => c.name === 'tillit_session')).toBeUndefined();
    // Another account from the same addresses is unaffected (each address failed only once).
    expect((await login(app, people.staffB1.email, testPassword, '10.0.0.1')).statusCode).toBe(200);
    // The keys in the table are hashes, not e-mail or IP addresses.
    const rows = await database().db.selectFrom('auth_throttle').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain('testby.se');
    expect(JSON.stringify(rows)).not.toContain('10.0.0.');
    expect(rows.map((r) => r.key)).toContain(accountKey(people.staffA1.email));
    // When the block is over, the right password works again.
    await database()
      .db.updateTable('auth_throttle')
      .set({ blocked_until: new Date(Date.now() - 1000).toISOString() })
      .where('key', '=', accountKey(people.staffA1.email))
      .execute();
    expect((await login(app, people.staffA1.email, testPassword, '10.0.9.9')).statusCode).toBe(200);
    await app.close();
  });

  it('answers an unknown account exactly as a known one, attempt by attempt', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database(), env);
    const known: Array<ReturnType<typeof answer>> = [];
    const unknown: Array<ReturnType<typeof answer>> = [];
    for (let i = 1; i <= 7; i += 1) {
      known.push(answer(await login(app, people.staffA1.email, 'wrong password', `10.1.0.${i}`)));
      unknown.push(answer(await login(app, 'nobody@testby.se', 'wrong password', `10.2.0.${i}`)));
    }
    expect(unknown).toEqual(known);
    expect(known.map((a) => a.status)).toEqual([401, 401, 401, 401, 429, 429, 429]);
    await app.close();
  });

  it('blocks an address after five failures on any accounts, known or not', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database(), env);
    const guesses = [people.staffA1.email, 'nobody@testby.se', people.managerA.email, 'ghost@testby.se'];
    for (const email of guesses) expect((await login(app, email, 'Sommar2024!', '192.0.2.7')).statusCode).toBe(401);
    const fifth = await login(app, people.managerB.email, 'Sommar2024!', '192.0.2.7');
    expect(fifth.statusCode).toBe(429);
    // From that address nobody gets in for now, not even with the right password...
    const blocked = await login(app, people.staffB1.email, testPassword, '192.0.2.7');
    expect(blocked.statusCode).toBe(429);
    // ...but from elsewhere they do.
    expect((await login(app, people.staffB1.email, testPassword, '192.0.2.8')).statusCode).toBe(200);
    const row = await database()
      .db.selectFrom('auth_throttle')
      .select('blocked_until')
      .where('key', '=', addressKey('192.0.2.7'))
      .executeTakeFirstOrThrow();
    expect(Date.parse(row.blocked_until ?? '') - Date.now()).toBeGreaterThan(14 * 60_000);
    await app.close();
  });

  it('forgets an account’s failures after a completed sign-in', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database(), env);
    const fail = async (i: number) =>
      (await login(app, people.staffA1.email, 'wrong password', `10.3.${i}.1`)).statusCode;
    for (let i = 0; i < 4; i += 1) expect(await fail(i)).toBe(401);
    expect((await login(app, people.staffA1.email, testPassword, '10.3.9.1')).statusCode).toBe(200);
    for (let i = 10; i < 14; i += 1) expect(await fail(i)).toBe(401);
    await app.close();
  });

  it('counts wrong second-factor codes toward the account, which a right password does not reset', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database(), env);
    const address = '10.4.0.1';
    const half = await login(app, people.admin.email, testPassword, address);
    expect(half.json()).toEqual({ stage: 'mfa' });
    const headers = sessionHeaders(half);
    const verify = (code: string, remoteAddress = address) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/mfa/verify', headers, remoteAddress, payload: { code } });
    for (let i = 0; i < 3; i += 1) expect((await verify('000000')).statusCode).toBe(422);
    // A new half-way session with the right password does not start the count again.
    expect((await login(app, people.admin.email, testPassword, '10.4.0.2')).statusCode).toBe(200);
    expect((await verify('000000', '10.4.0.3')).statusCode).toBe(422);
    const fifth = await verify('111111', '10.4.0.4');
    expect(fifth.statusCode).toBe(429);
    expect((await login(app, people.admin.email, testPassword, '10.4.0.5')).statusCode).toBe(429);
    await app.close();
  });

  it('shares the count between two processes on one database', async () => {
    const { people } = await seedScenario(database());
    const first = await buildTestApp(database(), env);
    const second = await buildTestApp(database(), env);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const app = i % 2 === 0 ? first : second;
      statuses.push((await login(app, people.staffA1.email, 'wrong password', `10.5.0.${i}`)).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect((await login(first, people.staffA1.email, testPassword, '10.5.1.1')).statusCode).toBe(429);
    await first.close();
    await second.close();
  });

  it('throttles first-run setup per address once it is done', async () => {
    await seedScenario(database());
    const app = await buildTestApp(database(), env);
    const setup = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        remoteAddress: '10.6.0.1',
        payload: {
          organisationName: 'Kapad kommun',
          defaultLocale: 'sv',
          adminName: 'Inkräktare',
          adminEmail: 'evil@example.com',
          adminPassword: 'a long enough password',
        },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await setup()).statusCode);
    expect(statuses).toEqual([409, 409, 409, 409, 429, 429]);
    await app.close();
  });

  // Behind the reverse proxy every connection comes from the proxy's address; only a proxy named in
  // TRUST_PROXY may say who the client is.
  const proxy = '10.8.0.2';
  const viaProxy = (app: FastifyInstance, email: string, password: string, client: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: proxy,
      headers: { 'x-forwarded-for': client },
      payload: { email, password },
    });

  it('behind a trusted proxy, counts failures per client address and still per account', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database(), { ...env, TRUST_PROXY: `${proxy}/32` });
    const guesses = [people.staffA1.email, 'nobody@testby.se', people.managerA.email, 'ghost@testby.se'];
    for (const email of guesses)
      expect((await viaProxy(app, email, 'Sommar2024!', '198.51.100.7')).statusCode).toBe(401);
    expect((await viaProxy(app, people.managerB.email, 'Sommar2024!', '198.51.100.7')).statusCode).toBe(429);
    // The guessing address is blocked; a colleague behind the same proxy signs in.
    expect((await viaProxy(app, people.staffB1.email, testPassword, '198.51.100.7')).statusCode).toBe(429);
    expect((await viaProxy(app, people.staffB1.email, testPassword, '198.51.100.8')).statusCode).toBe(200);
    // Changing the forwarded address does not reset an account's count.
    const statuses: number[] = [];
    for (let i = 1; i <= 5; i += 1)
      statuses.push((await viaProxy(app, people.staffA1b.email, 'wrong password', `198.51.100.${20 + i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect((await viaProxy(app, people.staffA1b.email, testPassword, '198.51.100.40')).statusCode).toBe(429);
    await app.close();
  });

  it('without TRUST_PROXY, ignores X-Forwarded-For, so a forged address does not dodge the limit', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database(), env);
    const guesses = [people.staffA1.email, 'nobody@testby.se', people.managerA.email, 'ghost@testby.se'];
    for (const [i, email] of guesses.entries())
      expect((await viaProxy(app, email, 'Sommar2024!', `198.51.100.${i + 1}`)).statusCode).toBe(401);
    expect((await viaProxy(app, people.managerB.email, 'Sommar2024!', '198.51.100.9')).statusCode).toBe(429);
    expect((await viaProxy(app, people.staffB1.email, testPassword, '198.51.100.10')).statusCode).toBe(429);
    const keys = (await database().db.selectFrom('auth_throttle').select('key').execute()).map((r) => r.key);
    expect(keys).toContain(addressKey(proxy));
    expect(keys).not.toContain(addressKey('198.51.100.1'));
    await app.close();
  });

  it('applies the per-minute sign-in limit per client address behind a trusted proxy, and per connection without', async () => {
    const { people } = await seedScenario(database());
    const limited = { ...env, LOGIN_RATE_LIMIT: '2' };
    const trusting = await buildTestApp(database(), { ...limited, TRUST_PROXY: `loopback,${proxy}` });
    const tries = async (app: FastifyInstance, clients: string[]) => {
      const statuses: number[] = [];
      for (const client of clients)
        statuses.push((await viaProxy(app, people.staffB1.email, testPassword, client)).statusCode);
      return statuses;
    };
    const a = '203.0.113.1';
    const b = '203.0.113.2';
    expect(await tries(trusting, [a, a, a, b, b])).toEqual([200, 200, 429, 200, 200]);
    await trusting.close();
    const plain = await buildTestApp(database(), limited);
    expect(await tries(plain, [a, b, '203.0.113.3'])).toEqual([200, 200, 429]);
    await plain.close();
  });

  it('lets the hourly cleanup delete rows whose window and block are over, and keeps the rest', async () => {
    const { db } = database();
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
    const rows = [
      { key: 'old-window', failures: 3, window_started_at: minutesAgo(20), blocked_until: null },
      { key: 'block-over', failures: 0, window_started_at: minutesAgo(40), blocked_until: minutesAgo(25) },
      { key: 'fresh-window', failures: 2, window_started_at: minutesAgo(5), blocked_until: null },
      { key: 'still-blocked', failures: 0, window_started_at: minutesAgo(16), blocked_until: minutesAgo(-1) },
    ];
    await db.insertInto('auth_throttle').values(rows).execute();
    const cleanup = platformJobs(loadConfig({ SIGNIN_BLOCK_MINUTES: '15' })).find((j) => j.name === 'sessions.cleanup');
    if (!cleanup) throw new Error('no sessions.cleanup job');
    await db.transaction().execute((trx) => cleanup.run(trx, new Date()));
    const left = await db.selectFrom('auth_throttle').select('key').orderBy('key').execute();
    expect(left.map((r) => r.key)).toEqual(['fresh-window', 'still-blocked']);
  });
});
