// Signing in with the organisation's identity provider, in Chromium: a real OpenID provider
// (oidc-provider, server/test-support/oidc-provider.ts) runs in this process, and the built server
// is configured for it. A frontline worker connects her account under Settings, then signs in
// with the provider alone; an account nobody connected is turned away with an explanation.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestProvider } from '../server/test-support/oidc-provider.js';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { checkPage, desktop, settled } from './support/pages.js';
import { startServer, type TestServer } from './support/server.js';

const providerName = 'Exempelby kommun (IdP)';
const identity = sv.identity;
const frontline = demoUser('frontline');

/** At the provider's (test) login form: types the account and presses Enter. */
async function signInAtProvider(page: Page, account: string): Promise<void> {
  const field = page.locator('input[name="account"]');
  await field.fill(account);
  await field.press('Enter');
}

describe('sign-in with the organisation’s identity provider', () => {
  let provider: TestProvider | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    provider = await startOidcProvider({
      accounts: [
        { sub: 'hodan-at-idp', email: frontline.email },
        { sub: 'stranger', email: 'stranger@idp.example' },
      ],
    });
    server = await startServer({
      env: {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
        OIDC_NAME: providerName,
      },
    });
    provider.register(`${server.baseUrl}/api/v1/auth/oidc/callback`);
  });
  afterAll(async () => {
    await server?.stop();
    await provider?.close();
  });
  const session = useBrowser(() => server?.baseUrl ?? '', { viewport: desktop });

  it('connects the account under Settings, then signs in with it alone', async () => {
    const page = session.page();
    // Signed in with her password (through the API: this journey is about what follows).
    const login = await page.request.post('/api/v1/auth/login', {
      data: { email: frontline.email, password: frontline.password },
    });
    expect(login.status()).toBe(200);
    await page.goto('/settings');
    await page.getByRole('heading', { level: 2, name: identity.connection.heading }).waitFor();
    await checkPage(page, 'settings with a provider to connect');
    await page.getByRole('link', { name: text(identity.connection.connect, { name: providerName }) }).click();
    await signInAtProvider(page, 'hodan-at-idp');
    await page.waitForURL((url) => url.pathname === '/settings' && url.searchParams.get('identity') === 'linked');
    await page.getByText(text(identity.connection.outcomes.linked, { name: providerName })).waitFor();
    await page.getByRole('button', { name: identity.connection.disconnect }).waitFor();
    await checkPage(page, 'settings with a connected account');

    // A new visit, signed out everywhere: the provider's button alone signs her in.
    await page.context().clearCookies();
    await page.goto('/sign-in');
    const button = page.getByRole('link', { name: text(identity.signIn.button, { name: providerName }) });
    await button.waitFor();
    await checkPage(page, 'sign-in page with the provider’s button');
    await button.click();
    await signInAtProvider(page, 'hodan-at-idp');
    await page.waitForURL((url) => url.pathname === '/');
    await page
      .getByRole('heading', { level: 1, name: text(sv.platform.home.greeting, { name: frontline.name }) })
      .waitFor();
    await settled(page);
    expect(session.pageErrors()).toEqual([]);
    // Two round trips through the provider and three pages scanned at two widths.
  }, 120_000);

  it('turns away an account that is not connected, and says what to do', async () => {
    const page = session.page();
    await page.goto('/sign-in?next=%2Fsettings');
    await page.getByRole('link', { name: text(identity.signIn.button, { name: providerName }) }).click();
    await signInAtProvider(page, 'stranger');
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('error') === 'notConnected');
    await page.getByRole('alert').filter({ hasText: identity.signIn.errors.notConnected }).waitFor();
    // Where she was heading is kept for the password sign-in that follows.
    expect(new URL(page.url()).searchParams.get('next')).toBe('/settings');
    await checkPage(page, 'sign-in page after an unconnected account');
    expect(session.pageErrors()).toEqual([]);
  });
});
