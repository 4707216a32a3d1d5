// Sign-in with an identity provider, end to end over real HTTP: Tillit listening on a port, a real
// OpenID provider (oidc-provider) in the test, and a cookie-jar browser that follows every redirect
// by hand, so each step can be checked and tampered with.
import { calculatePKCECodeChallenge, randomPKCECodeVerifier } from 'openid-client';
import { expect, it } from 'vitest';
import { describeOnDatabases, useTestDatabase } from '../../../test-support/databases.js';
import { TestBrowser } from '../../../test-support/oidc-browser.js';
import { useOidcScene } from '../../../test-support/oidc-scene.js';
import { createSession } from '../sessions.js';

describeOnDatabases('OpenID Connect sign-in', (target) => {
  const database = useTestDatabase(target);
  const start = useOidcScene(database);

  it('names the provider for the sign-in page', async () => {
    const scene = await start();
    const response = await new TestBrowser().request(`${scene.base}/api/v1/auth/providers`);
    expect(await response.json()).toEqual({ oidc: { name: 'Testby kommun (IdP)' } });
  });

  it('starts with PKCE (S256), state and nonce, kept in a sealed, HttpOnly, SameSite=Lax cookie', async () => {
    const scene = await start();
    const response = await new TestBrowser().request(scene.startUrl());
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe(scene.provider.issuer);
    const params = location.searchParams;
    expect(params.get('response_type')).toBe('code');
    expect(params.get('scope')).toBe('openid');
    expect(params.get('client_id')).toBe(scene.provider.clientId);
    expect(params.get('redirect_uri')).toBe(`${scene.base}/api/v1/auth/oidc/callback`);
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(params.get('state')).toMatch(/^[\w-]{43}$/);
    expect(params.get('nonce')).toMatch(/^[\w-]{43}$/);
    const [cookie = ''] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^tillit_oidc=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=600/);
    expect(cookie).toMatch(/Path=\//);
    // Sealed: neither the state nor the nonce can be read from it.
    expect(cookie).not.toContain(params.get('state'));
    expect(cookie).not.toContain(params.get('nonce'));
  });

  it('signs a connected account in, renews the session and opens the page it came for', async () => {
    const scene = await start({ accounts: [{ sub: 'staff-a1', email: 'a1@idp.example' }] });
    await scene.connect('staffA1', 'staff-a1');
    const browser = new TestBrowser();
    // A session this browser already had (someone else's) must not survive the sign-in.
    const old = await createSession(scene.db, scene.s.people.staffA1b.id, 'password', {
      idleMinutes: 60,
      absoluteHours: 1,
    });
    browser.setCookie(scene.base, 'tillit_session', old.token);
    const journey = await browser.journey(scene.startUrl({ returnTo: '/org/people?q=a' }), { account: 'staff-a1' });
    expect(journey.landing).toBe('/org/people?q=a');
    expect(browser.cookie(scene.base, 'tillit_oidc')).toBeUndefined();
    expect(await scene.meOf(browser)).toEqual({ status: 200, id: scene.s.people.staffA1.id });
    expect(await scene.sessions()).toEqual([
      { person_id: scene.s.people.staffA1.id, auth_method: 'oidc', stage: 'full' },
    ]);
    const identity = await scene.db.selectFrom('person_identities').select('last_used_at').executeTakeFirstOrThrow();
    expect(identity.last_used_at).not.toBeNull();
    const logins = await scene.audit('auth.login');
    expect(logins.map((a) => [a.entity_id, a.after_json])).toEqual([
      [scene.s.people.staffA1.id, '{"method":"oidc","providerMfa":false}'],
    ]);
  });

  it('lands on the start page when returnTo leads outside Tillit', async () => {
    const scene = await start({ accounts: [{ sub: 'staff-a1', email: 'a1@idp.example' }] });
    await scene.connect('staffA1', 'staff-a1');
    for (const returnTo of ['//evil.example/x', 'https://evil.example', '/\\evil.example', '/api/v1/me']) {
      const journey = await new TestBrowser().journey(scene.startUrl({ returnTo }), { account: 'staff-a1' });
      expect(journey.landing, returnTo).toBe('/');
    }
  });

  it('refuses a subject that is not connected, and says how to connect it, without a session', async () => {
    const scene = await start({ accounts: [{ sub: 'stranger', email: 'stranger@idp.example' }] });
    const browser = new TestBrowser();
    const journey = await browser.journey(scene.startUrl(), { account: 'stranger' });
    expect(journey.landing).toBe('/sign-in?error=notConnected');
    expect(browser.cookie(scene.base, 'tillit_session')).toBeUndefined();
    expect(await scene.sessions()).toEqual([]);
    const failures = await scene.audit('auth.oidc.failed');
    expect(failures).toEqual([{ entity_type: 'auth', entity_id: 'oidc', after_json: '{"reason":"unknown_subject"}' }]);
  });

  it('never matches by e-mail: the same address under another subject does not sign in', async () => {
    const scene = await start({
      accounts: [
        { sub: 'staff-a1', email: 'a1@idp.example' },
        { sub: 'look-alike', email: 'a1@idp.example' },
      ],
    });
    await scene.connect('staffA1', 'staff-a1');
    // Even the e-mail address Tillit itself has for the person counts for nothing.
    scene.provider.addAccount({ sub: 'same-as-tillit', email: scene.s.people.staffA1.email });
    for (const account of ['look-alike', 'same-as-tillit']) {
      const journey = await new TestBrowser().journey(scene.startUrl(), { account });
      expect(journey.landing, account).toBe('/sign-in?error=notConnected');
    }
    expect(await scene.sessions()).toEqual([]);
  });

  it('never matches across providers: the same subject and e-mail at another issuer does not sign in', async () => {
    // The person connected "shared" at another provider; this one has an account of that name too.
    const scene = await start({ accounts: [{ sub: 'shared', email: 'a1@idp.example' }] });
    await scene.connect('staffA1', 'shared', 'https://other-idp.example');
    const journey = await new TestBrowser().journey(scene.startUrl(), { account: 'shared' });
    expect(journey.landing).toBe('/sign-in?error=notConnected');
    expect(await scene.sessions()).toEqual([]);
  });

  it('refuses a tampered state', async () => {
    const scene = await start({ accounts: [{ sub: 'staff-a1', email: 'a1@idp.example' }] });
    await scene.connect('staffA1', 'staff-a1');
    const journey = await new TestBrowser().journey(scene.startUrl(), {
      account: 'staff-a1',
      alterCallback: (url) => url.searchParams.set('state', 'forged-state'),
    });
    expect(journey.landing).toBe('/sign-in?error=failed');
    expect(await scene.sessions()).toEqual([]);
    expect((await scene.audit('auth.oidc.failed')).map((a) => a.after_json)).toEqual(['{"reason":"state_mismatch"}']);
  });

  it('refuses a replayed callback, with or without the flow cookie', async () => {
    const scene = await start({ accounts: [{ sub: 'staff-a1', email: 'a1@idp.example' }] });
    await scene.connect('staffA1', 'staff-a1');
    const browser = new TestBrowser();
    let stolen = '';
    const journey = await browser.journey(scene.startUrl(), {
      account: 'staff-a1',
      beforeCallback: (b) => {
        stolen = b.cookie(scene.base, 'tillit_oidc') ?? '';
      },
    });
    expect(journey.landing).toBe('/');
    // The same browser again: its flow cookie was used up by the first callback.
    const again = await browser.request(journey.callback);
    expect(again.headers.get('location')).toBe('/sign-in?error=expired');
    // Someone who copied both the callback URL and the cookie: the provider spent the code.
    const thief = new TestBrowser();
    thief.setCookie(scene.base, 'tillit_oidc', stolen);
    const replay = await thief.request(journey.callback);
    expect(replay.headers.get('location')).toBe('/sign-in?error=failed');
    expect(thief.cookie(scene.base, 'tillit_session')).toBeUndefined();
    expect(await scene.sessions()).toHaveLength(1);
    expect((await scene.audit('auth.oidc.failed')).map((a) => a.after_json)).toEqual([
      '{"reason":"no_flow"}',
      '{"reason":"code_rejected"}',
    ]);
  });

  it('refuses an ID token whose nonce is not the one this browser was given', async () => {
    const scene = await start({ accounts: [{ sub: 'staff-a1', email: 'a1@idp.example' }] });
    await scene.connect('staffA1', 'staff-a1');
    const journey = await new TestBrowser().journey(scene.startUrl(), {
      account: 'staff-a1',
      alterAuthorization: (url) => url.searchParams.set('nonce', 'nonce-of-another-flow'),
    });
    expect(journey.landing).toBe('/sign-in?error=failed');
    expect(await scene.sessions()).toEqual([]);
    expect((await scene.audit('auth.oidc.failed')).map((a) => a.after_json)).toEqual(['{"reason":"response_invalid"}']);
  });

  it('refuses a code issued for another PKCE challenge', async () => {
    const scene = await start({ accounts: [{ sub: 'staff-a1', email: 'a1@idp.example' }] });
    await scene.connect('staffA1', 'staff-a1');
    const attackers = await calculatePKCECodeChallenge(randomPKCECodeVerifier());
    const journey = await new TestBrowser().journey(scene.startUrl(), {
      account: 'staff-a1',
      alterAuthorization: (url) => url.searchParams.set('code_challenge', attackers),
    });
    expect(journey.landing).toBe('/sign-in?error=failed');
    expect((await scene.audit('auth.oidc.failed')).map((a) => a.after_json)).toEqual(['{"reason":"code_rejected"}']);
  });

  it('explains a cancelled sign-in and an expired one', async () => {
    const scene = await start({ accounts: [{ sub: 'staff-a1', email: 'a1@idp.example' }] });
    const cancelled = await new TestBrowser().journey(scene.startUrl({ returnTo: '/settings' }));
    expect(cancelled.landing).toBe('/sign-in?error=denied&next=%2Fsettings');
    const expired = await new TestBrowser().journey(scene.startUrl(), {
      account: 'staff-a1',
      beforeCallback: (b) => b.deleteCookie(scene.base, 'tillit_oidc'),
    });
    expect(expired.landing).toBe('/sign-in?error=expired');
    expect((await scene.audit('auth.oidc.failed')).map((a) => a.after_json)).toEqual([
      '{"reason":"access_denied"}',
      '{"reason":"no_flow"}',
    ]);
  });

  it('refuses a deactivated person', async () => {
    const scene = await start({ accounts: [{ sub: 'staff-a1', email: 'a1@idp.example' }] });
    await scene.connect('staffA1', 'staff-a1');
    await scene.db.updateTable('people').set({ active: 0 }).where('id', '=', scene.s.people.staffA1.id).execute();
    const journey = await new TestBrowser().journey(scene.startUrl(), { account: 'staff-a1' });
    expect(journey.landing).toBe('/sign-in?error=inactive');
    expect(await scene.sessions()).toEqual([]);
    expect(await scene.audit('auth.oidc.failed')).toEqual([
      { entity_type: 'person', entity_id: scene.s.people.staffA1.id, after_json: '{"reason":"inactive"}' },
    ]);
  });
});
