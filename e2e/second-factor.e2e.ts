// The second factor in the browser: the code step on the sign-in page (the phone's number pad,
// focus, a wrong code, a recovery code instead), and the security page reached from settings,
// where a person turns it on, saves the recovery codes and changes the password.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.js';
import { demoTotpSecret, demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { checkPage, desktop, focusIsIn, describeFocus } from './support/pages.js';
import { useServer } from './support/server.js';
import { signIn } from './support/session.js';
import { totpCode, totpStep } from '../server/platform/auth/totp.js';

const security = sv.security;
const signInTexts = sv.platform.signIn;

describe('second factor', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: desktop });

  it('asks an analyst for a code on the sign-in page, explains a wrong one and accepts the right one', async () => {
    const page = session.page();
    const analyst = demoUser('analyst');
    await page.goto('/sign-in');
    await page.getByLabel(signInTexts.email, { exact: true }).fill(analyst.email);
    await page.getByLabel(signInTexts.password, { exact: true }).fill(analyst.password);
    await page.getByLabel(signInTexts.password, { exact: true }).press('Enter');

    const code = page.getByLabel(security.code.label, { exact: true });
    await code.waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    expect(await focusIsIn(page, '#sign-in-code'), `focus is on ${await describeFocus(page)}`).toBe(true);
    await checkPage(page, 'sign-in, code step', { axeAt320: true });

    await code.fill('000000');
    await code.press('Enter');
    const summary = page.locator('ds-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain(sv.errors.security.invalidCode);
    await checkPage(page, 'sign-in, wrong code');

    // A recovery code instead: the same field, for letters, with its own label.
    await page.getByRole('button', { name: security.code.useRecovery }).click();
    const recovery = page.getByLabel(security.code.recoveryLabel, { exact: true });
    await recovery.waitFor();
    expect(await recovery.getAttribute('inputmode')).toBe('text');
    await page.getByRole('button', { name: security.code.useApp }).click();

    await code.fill(totpCode(demoTotpSecret, totpStep(Date.now())));
    await code.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await page
      .getByRole('heading', { level: 1, name: text(sv.platform.home.greeting, { name: analyst.name }) })
      .waitFor();
    expect(session.pageErrors()).toEqual([]);
  });

  it('turns it on from settings for a team leader, shows the recovery codes once, and changes the password', async () => {
    const page = session.page();
    const leader = demoUser('team_leader');
    await signIn(page, leader);
    await page.goto('/settings');
    await page.getByRole('link', { name: security.settingsLink }).click();
    await page.waitForURL((url) => url.pathname === '/settings/security');
    await checkPage(page, 'security page, second factor off');
    expect(await page.locator('main').innerText()).toContain(security.secondFactor.explanation);

    await page.getByRole('button', { name: security.secondFactor.start }).click();
    const qr = page.locator('img.enrolment__qr');
    await qr.waitFor();
    expect(await qr.getAttribute('alt')).toBe(security.enrol.qrAlt);
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    await checkPage(page, 'security page, enrolment', { axeAt320: true });
    const secret = (await page.locator('.enrolment__secret').innerText()).replace(/\s/g, '');
    const code = page.getByLabel(security.code.label, { exact: true });
    await code.fill(totpCode(secret, totpStep(Date.now())));
    await code.press('Enter');

    const heading = page.getByRole('heading', { name: security.recovery.heading });
    await heading.waitFor();
    expect(await focusIsIn(page, '#recovery-codes-heading')).toBe(true);
    const codes = await page.locator('.recovery-codes__list li').allInnerTexts();
    expect(codes).toHaveLength(10);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    const download = page.getByRole('link', { name: security.recovery.download });
    expect(await download.getAttribute('download')).toBe(security.recovery.fileName);
    await checkPage(page, 'recovery codes', { axeAt320: true });
    await page.getByRole('button', { name: security.recovery.saved }).click();
    await page.getByText(security.secondFactor.turnedOn).waitFor();
    expect(await page.locator('main').innerText()).not.toContain(codes[0] ?? 'none');
    await checkPage(page, 'security page, second factor on');

    // A wrong current password is named at its field; the right one changes it.
    await page.getByLabel(security.password.current, { exact: true }).fill('inte lösenordet');
    await page.getByLabel(security.password.new, { exact: true }).fill('granen står grön om vintern');
    await page.getByRole('button', { name: security.password.submit }).click();
    await page.locator('ds-error-summary').waitFor();
    expect(await page.locator('ds-error-summary').innerText()).toContain(
      `${security.password.current}: ${sv.errors.security.wrongPassword}`,
    );
    await page.getByLabel(security.password.current, { exact: true }).fill(leader.password);
    await page.getByRole('button', { name: security.password.submit }).click();
    await page.getByText(security.password.changed).waitFor();
    // The renewed session still works.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: security.title }).waitFor();
    expect(session.pageErrors()).toEqual([]);
  });
});
