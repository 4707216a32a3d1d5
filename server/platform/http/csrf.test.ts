// Cross-site request forgery and what a browser keeps: every state-changing request made with the
// session cookie must echo the session's CSRF token and come from our own origin, a refused one
// changes nothing, sign-in cannot be driven from another site, API answers are never cached, and
// signing out clears the browser's copy of everything.
import type { LightMyRequestResponse } from 'fastify';
import { expect, it } from 'vitest';
import { problemSchema } from '../../../common/platform/problem.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { sessionHeaders, testPassword, useScenarioApp } from '../../test-support/api-app.js';
import { rowCounts } from '../../test-support/row-counts.js';
import { sessionHeadersFor } from '../../test-support/session-headers.js';

const ownOrigin = 'http://localhost:3000';

describeOnDatabases('CSRF and caching', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  const code = (res: LightMyRequestResponse) => problemSchema.parse(res.json()).code;

  it('refuses a cookie change without the CSRF token, with a wrong one or from another site, and changes nothing', async () => {
    const { app, s, db } = await start();
    const { cookie, 'x-csrf-token': csrf } = await sessionHeadersFor(db, s.people.admin.id);
    const other = await sessionHeadersFor(db, s.people.managerA.id);
    const rename = (headers: Record<string, string>) =>
      app.inject({
        method: 'PATCH',
        url: `/api/v1/units/${s.units.unitA1}`,
        headers: { cookie, ...headers },
        payload: { name: 'Kapad enhet' },
      });
    const before = await rowCounts(database(), ['sessions']);
    const attempts: Array<[string, Record<string, string>]> = [
      ['no token', {}],
      ['an empty token', { 'x-csrf-token': '' }],
      ['a wrong token', { 'x-csrf-token': `${csrf.slice(0, -2)}xx` }],
      ['another session’s token', { 'x-csrf-token': other['x-csrf-token'] }],
      ['another origin', { 'x-csrf-token': csrf, origin: 'https://evil.example' }],
      ['an opaque origin', { 'x-csrf-token': csrf, origin: 'null' }],
      ['a look-alike origin', { 'x-csrf-token': csrf, origin: 'http://localhost:3000.evil.example' }],
      ['a cross-site fetch', { 'x-csrf-token': csrf, 'sec-fetch-site': 'cross-site' }],
    ];
    for (const [what, headers] of attempts) {
      const res = await rename(headers);
      expect(res.statusCode, what).toBe(403);
      expect(code(res), what).toBe('csrf');
    }
    const unit = await db.selectFrom('units').select('name').where('id', '=', s.units.unitA1).executeTakeFirstOrThrow();
    expect(unit.name).toBe('Enhet A1');
    // Not even a "denied" entry: the request never became anyone's.
    expect(await rowCounts(database(), ['sessions'])).toEqual(before);

    // The same request, done right, goes through, from our own origin or a same-origin fetch.
    const ok = await rename({ 'x-csrf-token': csrf, origin: ownOrigin, 'sec-fetch-site': 'same-origin' });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('refuses sign-in from another site and sets no cookie', async () => {
    const { app, s, db } = await start();
    const login = (headers: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers,
        payload: { email: s.people.staffA1.email, password: testPassword },
      });
    const foreign: Array<Record<string, string>> = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of foreign) {
      const res = await login(headers);
      expect(res.statusCode).toBe(403);
      expect(code(res)).toBe('csrf');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(await db.selectFrom('sessions').select('id').execute()).toEqual([]);
    expect((await login({ origin: ownOrigin })).statusCode).toBe(200);
  });

  it('marks every API answer, signed in or not, failed or not, as not to be stored', async () => {
    const { app, s, db } = await start();
    const headers = await sessionHeadersFor(db, s.people.staffA1.id);
    for (const [url, withSession] of [
      ['/api/v1/me', true],
      ['/api/v1/units', true],
      [`/api/v1/people/${s.people.staffB1.id}`, true],
      ['/api/v1/audit', true],
      ['/api/v1/me', false],
      ['/api/v1/no-such-route', true],
    ] as const) {
      const res = await app.inject({ method: 'GET', url, ...(withSession ? { headers } : {}) });
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('on sign-out clears the browser’s cache (Clear-Site-Data) and the session cookies, and the session stops working', async () => {
    const { app, s } = await start();
    const signedIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: s.people.staffA1.email, password: testPassword },
    });
    const headers = sessionHeaders(signedIn);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(200);
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers });
    expect(out.statusCode).toBe(200);
    expect(out.headers['clear-site-data']).toBe('"cache"');
    const cleared = out.cookies.filter((c) => c.name === 'tillit_session' || c.name === 'tillit_csrf');
    expect(cleared.map((c) => [c.name, c.value])).toEqual([
      ['tillit_session', ''],
      ['tillit_csrf', ''],
    ]);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(401);
  });
});
