// Signing out on a shared phone must really end the session: the sign-in page follows, the back
// button and typed addresses lead back to it, and the old session cookie is worthless.
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { sv } from './support/i18n.js';
import { checkPage, expectHeading, phone } from './support/pages.js';
import { useServer } from './support/server.js';
import { signIn } from './support/session.js';

const teamLeader = demoUser('team_leader');
const cookieName = 'tillit_session';

async function sessionCookie(context: BrowserContext): Promise<string | undefined> {
  return (await context.cookies()).find((cookie) => cookie.name === cookieName)?.value;
}

describe('signing out', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: phone, hasTouch: true, isMobile: true });

  async function meWith(token: string): Promise<number> {
    const response = await fetch(`${server().baseUrl}/api/v1/me`, { headers: { cookie: `${cookieName}=${token}` } });
    return response.status;
  }

  it('ends the session for good, from the phone menu', async () => {
    const page = session.page();
    await signIn(page, teamLeader);
    await page.goto('/org');
    await expectHeading(page, sv.org.tree.title);
    const token = await sessionCookie(session.context());
    if (token === undefined) throw new Error(`No ${cookieName} cookie after signing in`);
    expect(await meWith(token)).toBe(200);

    // On a phone the account tools are behind the menu button.
    const menu = page.getByRole('button', { name: sv.platform.layout.menu });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const signOut = page.getByRole('button', { name: sv.platform.layout.signOut, exact: true });
    await signOut.waitFor({ state: 'visible' });
    await checkPage(page, 'steering chain with the phone menu open');

    await signOut.click();
    await page.waitForURL('**/sign-in');
    await expectHeading(page, sv.platform.signIn.title);
    expect(await sessionCookie(session.context())).toBeUndefined();
    await checkPage(page, 'sign-in page after signing out');

    // The old session is gone on the server, not only forgotten by the browser.
    expect(await meWith(token)).toBe(401);

    // Back to the page before: the sign-in page again, remembering where the user was going.
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === '/org');
    await expectHeading(page, sv.platform.signIn.title);
    expect(await page.getByRole('heading', { name: sv.org.tree.title }).count()).toBe(0);

    // A typed address too; signing in then goes on to it.
    await page.goto('/org/people');
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === '/org/people');
    await checkPage(page, 'sign-in page with a next address');
    await signIn(page, teamLeader);
    await expectHeading(page, sv.org.people.title);
    const newToken = await sessionCookie(session.context());
    expect(newToken).toBeDefined();
    expect(newToken).not.toBe(token);
    expect(await meWith(token)).toBe(401);

    // The browser's own request context with the old cookie planted back is refused as well.
    const stale = await session.newPage();
    await stale.context().addCookies([{ name: cookieName, value: token, url: server().baseUrl }]);
    expect((await stale.request.get('/api/v1/me')).status()).toBe(401);
    expect(session.pageErrors()).toEqual([]);
  });
});
