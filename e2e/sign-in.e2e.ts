// Signing in on a phone, as the frontline staff member of the demo does between two home visits:
// how few interactions it takes, where focus goes, what a wrong password looks like, and that
// a keyboard user starts at the skip link.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { checkPage, describeFocus, focusIsIn, phone, settled } from './support/pages.js';
import { useServer } from './support/server.js';

const frontline = demoUser('frontline');
const signInTexts = sv.platform.signIn;

describe('sign-in on a phone', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: phone, hasTouch: true, isMobile: true });

  it('takes three interactions and lands on the home page with its heading focused', async () => {
    const page = session.page();
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await checkPage(page, 'sign-in page');

    let interactions = 0;
    const email = page.getByLabel(signInTexts.email, { exact: true });
    const password = page.getByLabel(signInTexts.password, { exact: true });
    // The whole form is in view without scrolling, and password managers and the phone's
    // keyboard know what each field is for.
    const submitBox = await page.getByRole('button', { name: signInTexts.submit, exact: true }).boundingBox();
    expect(submitBox).not.toBeNull();
    expect((submitBox?.y ?? Infinity) + (submitBox?.height ?? 0)).toBeLessThanOrEqual(phone.height);
    expect(await email.getAttribute('autocomplete')).toBe('username');
    expect(await email.getAttribute('type')).toBe('email');
    expect(await password.getAttribute('autocomplete')).toBe('current-password');
    await email.fill(frontline.email);
    interactions++;
    await password.fill(frontline.password);
    interactions++;
    const started = Date.now();
    await password.press('Enter');
    interactions++;

    const heading = page.getByRole('heading', {
      level: 1,
      name: text(sv.platform.home.greeting, { name: frontline.name }),
    });
    await heading.waitFor({ state: 'visible' });
    const millisecondsToHome = Date.now() - started;
    expect(new URL(page.url()).pathname).toBe('/');
    expect(interactions).toBe(3);
    expect(await focusIsIn(page, 'main h1'), `focus is on ${await describeFocus(page)}`).toBe(true);
    // The frontline view shows the person's own team straight away.
    await page.getByRole('link', { name: 'Hemtjänst Norra, grupp Björken' }).waitFor();
    await checkPage(page, 'home page (frontline, phone)', { axeAt320: true });
    expect(session.pageErrors()).toEqual([]);
    console.info(
      `sign-in on a phone: ${interactions} interactions, ${millisecondsToHome} ms from Enter to the home heading`,
    );
  });

  it('shows a wrong password in an error summary that takes focus, in Swedish', async () => {
    const page = session.page();
    await page.goto('/sign-in');
    await settled(page);
    const password = page.getByLabel(signInTexts.password, { exact: true });
    await page.getByLabel(signInTexts.email, { exact: true }).fill(frontline.email);
    await password.fill('not-the-password');
    await password.press('Enter');

    const summary = page.locator('ds-error-summary');
    await summary.waitFor({ state: 'visible' });
    expect(await summary.innerText()).toContain(sv.platform.form.errorHeading);
    expect(await summary.innerText()).toContain(sv.errors.invalidCredentials);
    await page.waitForFunction(() => document.activeElement?.tagName.toLowerCase() === 'ds-error-summary');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await checkPage(page, 'sign-in page with a wrong password');

    // A second failed attempt announces itself again: the summary is rendered anew and refocused.
    await password.focus();
    await password.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName.toLowerCase() === 'ds-error-summary');
    expect(await page.locator('ds-error-summary').count()).toBe(1);

    // A mistyped address is named at its field, and the summary's link leads straight to it.
    const email = page.getByLabel(signInTexts.email, { exact: true });
    await email.fill('hodan.warsame');
    await password.press('Enter');
    const fieldMessage = `${signInTexts.email}: ${sv.errors.field.email}`;
    const link = page.locator('ds-error-summary').getByRole('link', { name: fieldMessage });
    await link.waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'sign-in page with a field error');
    await link.click();
    expect(await focusIsIn(page, '#sign-in-email'), `focus is on ${await describeFocus(page)}`).toBe(true);
    expect(session.pageErrors()).toEqual([]);
  });

  it('starts a keyboard user at the skip link, which moves focus to the main content', async () => {
    const page = session.page();
    await page.goto('/sign-in');
    await settled(page);

    let keys = 0;
    const press = async (key: string): Promise<void> => {
      await page.keyboard.press(key);
      keys++;
    };
    await press('Tab');
    const skipLink = page.getByRole('link', { name: sv.platform.layout.skipToContent });
    expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skipLink.getAttribute('href')).toBe('#main');
    await press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');

    // From the main content the form follows directly: e-mail, password, Enter.
    await press('Tab');
    expect(await focusIsIn(page, `#sign-in-email`), `focus is on ${await describeFocus(page)}`).toBe(true);
    await page.keyboard.type(frontline.email);
    await press('Tab');
    expect(await focusIsIn(page, `#sign-in-password`), `focus is on ${await describeFocus(page)}`).toBe(true);
    await page.keyboard.type(frontline.password);
    await press('Enter');
    await page
      .getByRole('heading', { level: 1, name: text(sv.platform.home.greeting, { name: frontline.name }) })
      .waitFor();
    expect(await focusIsIn(page, 'main h1'), `focus is on ${await describeFocus(page)}`).toBe(true);
    console.info(`keyboard-only sign-in: ${keys} key presses besides typing the e-mail address and password`);

    // A signed-in page loaded afresh also starts at the skip link.
    await page.reload();
    await settled(page);
    await page.keyboard.press('Tab');
    expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    expect(session.pageErrors()).toEqual([]);
  });
});
