// Every page of the app, at 320 px and at 1280 px: no WCAG 2.1 A/AA violations, one h1, a title
// ending in "Tillit", and no sideways scrolling at 320 px. Plus the first-run page on an empty
// database, which no other journey can reach.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { personListSchema } from '../common/org/people.js';
import { meSchema } from '../common/platform/auth.js';
import { createSignalResponse } from '../common/signals/signals.js';
import { expectNoAxeViolations } from './support/axe.js';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { desktop, expectHeading, expectReflowAt320, narrow, settled } from './support/pages.js';
import { useServer } from './support/server.js';
import { apiGet, signIn, unitIdByCode } from './support/session.js';
import { apiWrite, signInAs } from './support/signals.js';
import { totpCode, totpStep } from '../server/platform/auth/totp.js';

const platform = sv.platform;
const org = sv.org;

interface Route {
  path: string;
  heading: string;
}

/** Opens the route at 1280 px and at 320 px and applies every check at both widths. */
async function checkRoute(page: Page, route: Route, who: string): Promise<void> {
  const label = `${route.path} (${who})`;
  await page.setViewportSize(desktop);
  const response = await page.goto(route.path);
  expect(response?.status(), `${label}: HTTP status`).toBe(200);
  await expectHeading(page, route.heading);
  expect(await page.locator('h1').count(), `${label}: one h1`).toBe(1);
  expect(await page.title(), `${label}: document title`).toMatch(/ – Tillit$/);
  await expectNoAxeViolations(page, `${label} at 1280 px`);
  await page.setViewportSize(narrow);
  await settled(page);
  await expectReflowAt320(page, label, { axe: true });
}

describe('every page, at 320 and 1280 px', () => {
  const demo = useServer();
  const session = useBrowser(() => demo().baseUrl, { viewport: desktop });

  it('passes for an administrator on every route', async () => {
    const page = session.page();
    const admin = demoUser('admin');
    await signIn(page, admin);
    const unitId = await unitIdByCode(page, 'AO-HT1');
    const people = await apiGet(page, '/people?q=Hodan', personListSchema);
    const person = people.items[0];
    if (!person) throw new Error('The demo has no Hodan');
    // One unread notification, so the badge in the header, the home page's list and a card with
    // its buttons on the notifications page are scanned too, not only their empty states.
    const me = await apiGet(page, '/me', meSchema);
    const csrf = (await page.context().cookies()).find((c) => c.name.endsWith('tillit_csrf'))?.value ?? '';
    const added = await page.request.post(`/api/v1/people/${me.id}/memberships`, {
      data: { unitId, role: 'staff' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(added.status()).toBeLessThan(300);

    const routes: Route[] = [
      { path: '/', heading: text(platform.home.greeting, { name: admin.name }) },
      { path: '/notifications', heading: platform.notifications.title },
      { path: '/settings', heading: platform.settings.title },
      { path: '/settings/security', heading: sv.security.title },
      { path: '/accessibility', heading: platform.accessibility.title },
      { path: '/audit', heading: platform.audit.title },
      { path: '/privacy/retention', heading: sv.privacy.retention.title },
      { path: '/tokens', heading: sv.tokens.title },
      { path: '/audit/integrity', heading: sv.audit.integrity.pageTitle },
      { path: '/org', heading: org.tree.title },
      { path: `/org/units/${unitId}`, heading: 'Hemtjänst Norra' },
      { path: `/org/units/${unitId}/edit`, heading: text(org.unitForm.editTitle, { name: 'Hemtjänst Norra' }) },
      {
        path: `/org/units/new?parent=${unitId}`,
        heading: text(org.unitForm.createUnderTitle, { parent: 'Hemtjänst Norra' }),
      },
      { path: '/org/people', heading: org.people.title },
      { path: `/org/people/${person.id}`, heading: person.name },
      { path: `/org/people/${person.id}/edit`, heading: text(org.personForm.editTitle, { name: person.name }) },
      { path: '/org/people/new', heading: org.personForm.createTitle },
      { path: '/org/mandates', heading: org.mandates.title },
      { path: '/signals/settings', heading: sv.signals.settings.title },
      { path: '/org/import', heading: org.import.title },
      { path: '/det-har-finns-inte', heading: platform.notFound.title },
      { path: `/org/units/00000000-0000-4000-8000-000000000000`, heading: org.unit.title },
    ];
    for (const route of routes) await checkRoute(page, route, 'administrator');
    // The notification was there to be scanned (it is still unread: nothing above opened it).
    await page.goto('/notifications');
    await page.getByRole('button', { name: new RegExp(`^${platform.notifications.markRead}`) }).waitFor();
    expect(session.pageErrors()).toEqual([]);
    // About 17 routes, two widths and two scans each: well past the default per-test limit.
  }, 180_000);

  it('passes on the signals pages, for a unit manager', async () => {
    const page = session.page();
    const signals = sv.signals;
    await signInAs(page, demoUser('unit_manager'));
    const unitId = await unitIdByCode(page, 'AO-HT1');
    // One signal to open, and one good example so the wall has a card.
    const { signal: raised } = await apiWrite(
      page,
      'POST',
      '/signals',
      { unitId, text: 'Tvättmaskinen på lagret är trasig sedan i måndags.' },
      createSignalResponse,
    );
    const example = { unitId, kind: 'good_example', text: 'Vi planerar veckan tillsammans.' };
    await apiWrite(page, 'POST', '/signals', example, createSignalResponse);
    const kind = signals.kinds.obstacle;
    const routes: Route[] = [
      { path: '/signals', heading: signals.title },
      { path: '/signals/new', heading: signals.raise.title },
      { path: '/signals/good-examples', heading: signals.goodExamples.title },
      { path: '/signals/figures', heading: signals.figures.title },
      { path: `/signals/${raised.id}`, heading: text(signals.signal.heading, { kind, unit: 'Hemtjänst Norra' }) },
      { path: '/signals/follow', heading: signals.follow.title },
    ];
    for (const route of routes) await checkRoute(page, route, 'unit manager');
    expect(session.pageErrors()).toEqual([]);
  }, 180_000);

  it('passes for pages seen without signing in, or without the right to see them', async () => {
    const page = session.page();
    await checkRoute(page, { path: '/sign-in', heading: platform.signIn.title }, 'signed out');
    await checkRoute(page, { path: '/accessibility', heading: platform.accessibility.title }, 'signed out');
    // The statement must not need an account: it names no organisation, only "your organisation".
    expect(await page.locator('main').innerText()).toContain(platform.accessibility.yourOrganisation);

    await signIn(page, demoUser('frontline'));
    await checkRoute(page, { path: '/audit', heading: platform.forbidden.title }, 'frontline staff');
    await checkRoute(page, { path: '/org/import', heading: platform.forbidden.title }, 'frontline staff');
    expect(session.pageErrors()).toEqual([]);
  });

  describe('on an empty database', () => {
    const empty = useServer({ demo: false });

    it('shows the first-run form with labels, and setting up signs the administrator in', async () => {
      const page = await session.newPage({ baseURL: empty().baseUrl, viewport: desktop });
      await page.goto('/');
      await page.waitForURL('**/setup');
      await checkRoute(page, { path: '/setup', heading: platform.setup.title }, 'first run');
      await page.setViewportSize(desktop);

      const setup = platform.setup;
      const fields = {
        organisation: page.getByLabel(setup.organisationName, { exact: true }),
        locale: page.getByLabel(setup.defaultLocale, { exact: true }),
        name: page.getByLabel(setup.adminName, { exact: true }),
        email: page.getByLabel(setup.adminEmail, { exact: true }),
        password: page.getByLabel(setup.adminPassword, { exact: true }),
      };
      for (const field of Object.values(fields)) await field.waitFor();
      expect(await fields.locale.inputValue()).toBe('sv');

      // An empty form is explained field by field, in Swedish, with focus on the summary.
      const submit = page.getByRole('button', { name: setup.submit });
      await submit.click();
      const summary = page.locator('ds-error-summary');
      await summary.waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName.toLowerCase() === 'ds-error-summary');
      expect(await summary.innerText()).toContain(`${setup.organisationName}: ${sv.errors.field.required}`);
      await expectNoAxeViolations(page, 'first-run form with errors');
      await expectReflowAt320(page, 'first-run form with errors');

      await fields.organisation.fill('Provby kommun');
      await fields.name.fill('Alva Administratör');
      await fields.email.fill('alva@provby.se');
      await fields.password.fill('tre ord som inte hör ihop');
      await submit.click();
      // The administrator's role requires a second factor: setting it up completes the sign-in.
      await page.waitForURL((url) => url.pathname === '/sign-in/enrol');
      await checkRoute(page, { path: '/sign-in/enrol', heading: sv.security.enrol.title }, 'first-run enrolment');
      await page.setViewportSize(desktop);
      const secret = (await page.locator('.enrolment__secret').innerText()).replace(/\s/g, '');
      const code = page.getByLabel(sv.security.code.label, { exact: true });
      await code.fill(totpCode(secret, totpStep(Date.now())));
      await code.press('Enter');
      await page.getByRole('heading', { name: sv.security.recovery.heading }).waitFor();
      await expectNoAxeViolations(page, 'recovery codes');
      await expectReflowAt320(page, 'recovery codes', { axe: true });
      await page.setViewportSize(desktop);
      await page.getByRole('button', { name: sv.security.recovery.saved }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await expectHeading(page, text(platform.home.greeting, { name: 'Alva Administratör' }));
      const me = await apiGet(page, '/me', meSchema);
      expect(me.roles).toContain('admin');
      expect(me.organisation.name).toBe('Provby kommun');
      await checkRoute(
        page,
        { path: '/', heading: text(platform.home.greeting, { name: 'Alva Administratör' }) },
        'first administrator',
      );
      await page.getByText(platform.home.myUnitsEmpty).waitFor();

      // The first-run page has done its work.
      await page.goto('/setup');
      await page.waitForURL((url) => url.pathname === '/');
      expect(session.pageErrors()).toEqual([]);
    });
  });
});
