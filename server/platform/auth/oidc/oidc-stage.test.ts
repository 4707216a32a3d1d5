// Sign-in with an identity provider, continued: the stage the new session starts in (the
// provider's own MFA counts as the second factor), and a provider that is missing or unreachable.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { buildTestApp } from '../../../test-support/api-app.js';
import { describeOnDatabases, useTestDatabase } from '../../../test-support/databases.js';
import { TestBrowser } from '../../../test-support/oidc-browser.js';
import { freePort } from '../../../test-support/oidc-provider.js';
import { useOidcScene, type OidcScene } from '../../../test-support/oidc-scene.js';

async function confirmTotp(scene: OidcScene, personId: string): Promise<void> {
  const now = new Date().toISOString();
  await scene.db
    .insertInto('mfa_totp')
    .values({ person_id: personId, secret_enc: 'not-used-here', confirmed_at: now, last_step: 0, created_at: now })
    .execute();
}

describeOnDatabases('OpenID Connect sign-in and the second factor', (target) => {
  const database = useTestDatabase(target);
  const start = useOidcScene(database);

  it('counts the provider’s own MFA (amr "mfa") as the second factor', async () => {
    const scene = await start({ accounts: [{ sub: 'staff-a1', email: 'a1@idp.example', amr: ['pwd', 'mfa'] }] });
    await scene.connect('staffA1', 'staff-a1');
    await confirmTotp(scene, scene.s.people.staffA1.id);
    const browser = new TestBrowser();
    const journey = await browser.journey(scene.startUrl(), { account: 'staff-a1' });
    expect(journey.landing).toBe('/');
    expect(await scene.meOf(browser)).toEqual({ status: 200, id: scene.s.people.staffA1.id });
  });

  it('sends a person with TOTP and no provider MFA to Tillit’s code step, half signed in', async () => {
    const scene = await start({ accounts: [{ sub: 'staff-a1', email: 'a1@idp.example', amr: ['pwd'] }] });
    await scene.connect('staffA1', 'staff-a1');
    await confirmTotp(scene, scene.s.people.staffA1.id);
    const browser = new TestBrowser();
    const journey = await browser.journey(scene.startUrl({ returnTo: '/org' }), { account: 'staff-a1' });
    expect(journey.landing).toBe('/sign-in?step=mfa&next=%2Forg');
    expect((await scene.meOf(browser)).status).toBe(401);
    expect(await scene.sessions()).toEqual([
      { person_id: scene.s.people.staffA1.id, auth_method: 'oidc', stage: 'mfa' },
    ]);
  });

  it('sends an administrator without any second factor to enrolment, unless the provider did MFA', async () => {
    const scene = await start({
      accounts: [
        { sub: 'admin-plain', email: 'admin@idp.example' },
        { sub: 'admin-mfa', email: 'admin@idp.example', amr: ['mfa'] },
      ],
    });
    await scene.connect('admin', 'admin-plain');
    // The scenario's administrator has an authenticator; this one has not set one up yet.
    await scene.db.deleteFrom('mfa_recovery_codes').where('person_id', '=', scene.s.people.admin.id).execute();
    await scene.db.deleteFrom('mfa_totp').where('person_id', '=', scene.s.people.admin.id).execute();
    const plain = await new TestBrowser().journey(scene.startUrl(), { account: 'admin-plain' });
    expect(plain.landing).toBe('/sign-in/enrol');
    await scene.db.deleteFrom('person_identities').execute();
    await scene.connect('admin', 'admin-mfa');
    const browser = new TestBrowser();
    const strong = await browser.journey(scene.startUrl(), { account: 'admin-mfa' });
    expect(strong.landing).toBe('/');
    expect(await scene.meOf(browser)).toEqual({ status: 200, id: scene.s.people.admin.id });
  });
});

describeOnDatabases('OpenID Connect when the provider is missing', (target) => {
  const database = useTestDatabase(target);

  it('sends the browser back to the sign-in page with a clear error when the provider is unreachable', async () => {
    const closed = await freePort();
    const app = await buildTestApp(database(), {
      OIDC_ISSUER: `http://127.0.0.1:${closed}`,
      OIDC_CLIENT_ID: 'tillit',
      OIDC_CLIENT_SECRET: randomUUID(),
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/sign-in?error=unavailable');
      expect(res.cookies).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('offers no provider when none is configured', async () => {
    const app = await buildTestApp(database());
    try {
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/providers' })).json()).toEqual({ oidc: null });
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' })).statusCode).toBe(404);
      const callback = await app.inject({ method: 'GET', url: '/api/v1/auth/oidc/callback?code=x&state=y' });
      expect(callback.headers.location).toBe('/sign-in?error=notConfigured');
    } finally {
      await app.close();
    }
  });
});
