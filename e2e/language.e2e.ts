// Four languages, one choice that follows the user: picked on the sign-in page, changed in the
// header, kept over a reload, over signing out and in, and on another device; dates follow it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { personDetailSchema } from '../common/org/people.js';
import { meSchema } from '../common/platform/auth.js';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { da, en, nb, sv, text } from './support/i18n.js';
import { checkPage, desktop, expectHeading, settled } from './support/pages.js';
import { useServer } from './support/server.js';
import { apiGet, signIn } from './support/session.js';

const analyst = demoUser('analyst');

async function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}

async function expectLang(page: Page, lang: string): Promise<void> {
  await page.waitForFunction((want) => document.documentElement.lang === want, lang);
  expect(await htmlLang(page)).toBe(lang);
}

/** The value shown beside a term in a description list on the page. */
async function definition(page: Page, term: string): Promise<string> {
  const row = page.locator('main dl > div').filter({ has: page.locator('dt', { hasText: term }) });
  return (await row.locator('dd').innerText()).trim();
}

describe('choosing the language', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: desktop });

  it('follows the user from the sign-in page through reloads, signing out and another device', async () => {
    const page = session.page();
    await page.goto('/sign-in');
    await expectHeading(page, sv.platform.signIn.title);
    await expectLang(page, 'sv');

    // On the sign-in page, before anyone is known.
    await page.getByLabel(sv.platform.language.label, { exact: true }).selectOption('en');
    await expectHeading(page, en.platform.signIn.title);
    await expectLang(page, 'en');
    await checkPage(page, 'sign-in page in English');

    // The server answers in the language on screen, before it knows who is asking.
    await page.getByLabel(en.platform.signIn.email, { exact: true }).fill(analyst.email);
    await page.getByLabel(en.platform.signIn.password, { exact: true }).fill('wrong password');
    await page.getByLabel(en.platform.signIn.password, { exact: true }).press('Enter');
    await page.locator('ds-error-summary').filter({ hasText: en.errors.invalidCredentials }).waitFor();
    await checkPage(page, 'sign-in page in English with an error');

    // Signing in keeps the choice and saves it to the profile.
    await signIn(page, analyst, en.platform);
    await expectHeading(page, text(en.platform.home.greeting, { name: analyst.name }));
    await expectLang(page, 'en');
    await page.getByRole('heading', { level: 2, name: en.platform.home.needsMeHeading }).waitFor();
    await page
      .getByRole('navigation', { name: en.platform.layout.mainNav })
      .getByRole('link', { name: en.org.nav.tree, exact: true })
      .waitFor();
    expect((await apiGet(page, '/me', meSchema)).locale).toBe('en');
    await checkPage(page, 'home page in English');

    // Danish from the header: the page changes at once and the profile follows.
    await page.getByLabel(en.platform.language.label, { exact: true }).selectOption('da');
    await expectLang(page, 'da');
    await page.getByRole('heading', { level: 2, name: da.platform.home.needsMeHeading }).waitFor();
    await page
      .getByRole('navigation', { name: da.platform.layout.mainNav })
      .getByRole('link', { name: da.platform.nav.settings, exact: true })
      .click();
    await expectHeading(page, da.platform.settings.title);
    expect(await page.getByRole('radio', { name: 'Dansk' }).isChecked()).toBe(true);
    await expect.poll(async () => (await apiGet(page, '/me', meSchema)).locale).toBe('da');
    await checkPage(page, 'settings page in Danish');

    // The settings page changes it too, and confirms in the language just chosen.
    await page.getByRole('radio', { name: 'Norsk bokmål' }).check();
    await page.getByRole('button', { name: da.platform.settings.save }).click();
    await page.getByRole('status').filter({ hasText: nb.platform.settings.saved }).waitFor();
    await expectHeading(page, nb.platform.settings.title);
    await expectLang(page, 'nb');
    await page.getByRole('radio', { name: 'Dansk' }).check();
    await page.getByRole('button', { name: nb.platform.settings.save }).click();
    await page.getByRole('status').filter({ hasText: da.platform.settings.saved }).waitFor();
    await expectHeading(page, da.platform.settings.title);
    await expectLang(page, 'da');
    expect((await apiGet(page, '/me', meSchema)).locale).toBe('da');

    // A reload keeps Danish.
    await page.reload();
    await expectHeading(page, da.platform.settings.title);
    await expectLang(page, 'da');

    // Dates follow the language: the person page shows when the person was added, as Intl writes
    // it for da-DK (which differs from the Swedish form).
    const me = await apiGet(page, '/me', meSchema);
    await page.goto(`/org/people/${me.id}`);
    await expectHeading(page, analyst.name);
    const { createdAt } = await apiGet(page, `/people/${me.id}`, personDetailSchema);
    const formats = await page.evaluate((value) => {
      const format = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(new Date(value));
      return { da: format('da-DK'), sv: format('sv-SE') };
    }, createdAt);
    expect(formats.da).not.toBe(formats.sv);
    expect(await definition(page, da.org.person.createdAt)).toBe(formats.da);
    await checkPage(page, 'person page in Danish');

    // Signing out and in again: still Danish, on the sign-in page too.
    await page.getByRole('button', { name: da.platform.layout.signOut, exact: true }).click();
    await page.waitForURL('**/sign-in');
    await expectHeading(page, da.platform.signIn.title);
    await expectLang(page, 'da');
    await checkPage(page, 'sign-in page in Danish');
    await signIn(page, analyst, da.platform);
    await expectHeading(page, text(da.platform.home.greeting, { name: analyst.name }));
    await expectLang(page, 'da');

    // Another device (a browser that has never seen Tillit, set to Swedish): the saved choice
    // wins as soon as the user is known.
    const otherDevice = await session.newPage({ viewport: desktop });
    await otherDevice.goto('/sign-in');
    await expectHeading(otherDevice, sv.platform.signIn.title);
    await signIn(otherDevice, analyst, sv.platform);
    await expectLang(otherDevice, 'da');
    await otherDevice.getByRole('heading', { level: 2, name: da.platform.home.needsMeHeading }).waitFor();
    await settled(otherDevice);
    expect(session.pageErrors()).toEqual([]);
  });
});
