// Connecting a provider account from Settings, disconnecting it, and an administrator removing it,
// over real HTTP against a real OpenID provider running in the test.
import { expect, it } from 'vitest';
import { identityListSchema } from '../../../../common/platform/identity.js';
import { describeOnDatabases, useTestDatabase } from '../../../test-support/databases.js';
import { TestBrowser } from '../../../test-support/oidc-browser.js';
import { useOidcScene, type OidcScene } from '../../../test-support/oidc-scene.js';
import { createSession } from '../sessions.js';

async function identities(scene: OidcScene, browser: TestBrowser, path = '/api/v1/me/identity') {
  const response = await browser.request(`${scene.base}${path}`);
  expect(response.status).toBe(200);
  return identityListSchema.parse(await response.json()).identities;
}

async function remove(scene: OidcScene, browser: TestBrowser, path: string): Promise<Response> {
  return browser.request(`${scene.base}${path}`, { method: 'DELETE', headers: browser.csrfHeaders(scene.base) });
}

describeOnDatabases('connecting a provider account', (target) => {
  const database = useTestDatabase(target);
  const start = useOidcScene(database);

  it('connects from Settings, then signs in with it, then disconnects it', async () => {
    const scene = await start({ accounts: [{ sub: 'a1-at-idp', email: 'a1@idp.example' }] });
    const settings = await scene.passwordBrowser('staffA1');
    expect(await identities(scene, settings)).toEqual([]);

    const link = await settings.journey(scene.startUrl({ link: '1' }), { account: 'a1-at-idp' });
    expect(link.landing).toBe('/settings?identity=linked');
    // The provider is asked to authenticate again, so the person sees whose account they connect.
    expect(link.authorization.searchParams.get('prompt')).toBe('login');
    const [connected] = await identities(scene, settings);
    expect(connected?.issuer).toBe(scene.provider.issuer);
    expect(connected?.lastUsedAt).toBeNull();
    // The password session that connected the account goes on.
    expect((await settings.request(`${scene.base}/api/v1/me`)).status).toBe(200);

    const other = new TestBrowser();
    const signIn = await other.journey(scene.startUrl(), { account: 'a1-at-idp' });
    expect(signIn.landing).toBe('/');
    const me: unknown = await (await other.request(`${scene.base}/api/v1/me`)).json();
    expect(me).toMatchObject({ id: scene.s.people.staffA1.id });

    const disconnected = await remove(scene, settings, '/api/v1/me/identity');
    expect(disconnected.status).toBe(200);
    expect(await identities(scene, settings)).toEqual([]);
    // The session the provider opened ended with the connection; the one that disconnected did not.
    expect((await other.request(`${scene.base}/api/v1/me`)).status).toBe(401);
    expect((await settings.request(`${scene.base}/api/v1/me`)).status).toBe(200);
    const again = await new TestBrowser().journey(scene.startUrl(), { account: 'a1-at-idp' });
    expect(again.landing).toBe('/sign-in?error=notConnected');

    expect((await scene.audit('auth.oidc.link')).map((a) => a.entity_id)).toEqual([scene.s.people.staffA1.id]);
    expect((await scene.audit('auth.oidc.unlink')).map((a) => a.entity_id)).toEqual([scene.s.people.staffA1.id]);
  });

  it('replaces the person’s earlier account at the same provider', async () => {
    const scene = await start({ accounts: [{ sub: 'new-account', email: 'a1@idp.example' }] });
    await scene.connect('staffA1', 'old-account');
    const settings = await scene.passwordBrowser('staffA1');
    const link = await settings.journey(scene.startUrl({ link: '1' }), { account: 'new-account' });
    expect(link.landing).toBe('/settings?identity=linked');
    const rows = await scene.db.selectFrom('person_identities').select(['subject', 'person_id']).execute();
    expect(rows).toEqual([{ subject: 'new-account', person_id: scene.s.people.staffA1.id }]);
  });

  it('does not move an account that is connected to someone else', async () => {
    const scene = await start({ accounts: [{ sub: 'b1-at-idp', email: 'b1@idp.example' }] });
    await scene.connect('staffB1', 'b1-at-idp');
    const settings = await scene.passwordBrowser('staffA1');
    const link = await settings.journey(scene.startUrl({ link: '1' }), { account: 'b1-at-idp' });
    expect(link.landing).toBe('/settings?identity=taken');
    const rows = await scene.db.selectFrom('person_identities').select('person_id').execute();
    expect(rows).toEqual([{ person_id: scene.s.people.staffB1.id }]);
    expect((await scene.audit('auth.oidc.failed')).map((a) => a.after_json)).toEqual(['{"reason":"identity_taken"}']);
  });

  it('connects only for a full session, asked for from Tillit itself', async () => {
    const scene = await start({ accounts: [{ sub: 'a1-at-idp', email: 'a1@idp.example' }] });
    // Nobody signed in.
    const anonymous = await new TestBrowser().request(scene.startUrl({ link: '1' }));
    expect(anonymous.headers.get('location')).toBe('/sign-in?error=expired&next=%2Fsettings');
    // Half-way through sign-in, before the second factor.
    const partial = await createSession(
      scene.db,
      scene.s.people.staffA1.id,
      'password',
      { idleMinutes: 60, absoluteHours: 1 },
      'mfa',
    );
    const halfway = new TestBrowser();
    halfway.setCookie(scene.base, 'tillit_session', partial.token);
    expect((await halfway.request(scene.startUrl({ link: '1' }))).headers.get('location')).toBe(
      '/sign-in?error=expired&next=%2Fsettings',
    );
    // A link on another site that rides on the person's session.
    const settings = await scene.passwordBrowser('staffA1');
    const crossSite = await settings.request(scene.startUrl({ link: '1' }), {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.headers.get('location')).toBe('/settings?identity=failed');
    // The session that started the connection must be the one that finishes it.
    const switched = await settings.journey(scene.startUrl({ link: '1' }), {
      account: 'a1-at-idp',
      beforeCallback: (b) => b.setCookie(scene.base, 'tillit_session', 'another-session'),
    });
    expect(switched.landing).toBe('/settings?identity=expired');
    expect(await scene.db.selectFrom('person_identities').select('person_id').execute()).toEqual([]);
  });

  it('keeps the last way in: no disconnecting without a password', async () => {
    const scene = await start({ accounts: [{ sub: 'a1-at-idp', email: 'a1@idp.example' }] });
    await scene.connect('staffA1', 'a1-at-idp');
    const browser = new TestBrowser();
    await browser.journey(scene.startUrl(), { account: 'a1-at-idp' });
    await scene.db
      .updateTable('people')
      .set({ password_hash: null })
      .where('id', '=', scene.s.people.staffA1.id)
      .execute();
    const refused = await remove(scene, browser, '/api/v1/me/identity');
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 'identityOnlySignIn' });
    expect(await identities(scene, browser)).toHaveLength(1);
  });
});

describeOnDatabases('an administrator and a person’s connected account', (target) => {
  const database = useTestDatabase(target);
  const start = useOidcScene(database);

  it('sees it and removes it, which ends the sessions it opened', async () => {
    const scene = await start({ accounts: [{ sub: 'a1-at-idp', email: 'a1@idp.example' }] });
    await scene.connect('staffA1', 'a1-at-idp');
    const person = new TestBrowser();
    expect((await person.journey(scene.startUrl(), { account: 'a1-at-idp' })).landing).toBe('/');
    const admin = await scene.sessionBrowser('admin');
    const path = `/api/v1/people/${scene.s.people.staffA1.id}/identity`;
    const [seen] = await identities(scene, admin, path);
    expect(seen?.issuer).toBe(scene.provider.issuer);
    expect(seen?.lastUsedAt).not.toBeNull();
    expect((await remove(scene, admin, path)).status).toBe(200);
    expect(await identities(scene, admin, path)).toEqual([]);
    expect((await person.request(`${scene.base}/api/v1/me`)).status).toBe(401);
    const [entry] = await scene.audit('auth.oidc.unlink');
    expect(entry?.entity_id).toBe(scene.s.people.staffA1.id);
    // Someone else's staff cannot even look.
    const manager = await scene.sessionBrowser('managerA');
    expect((await manager.request(`${scene.base}${path}`)).status).toBe(403);
  });
});
