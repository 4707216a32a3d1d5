// Every barometer page, at 320 px and at 1280 px: no WCAG 2.1 A/AA violations, one h1, a title
// ending in "Tillit", and no sideways scrolling at 320 px (wide result tables scroll inside their
// own focusable box, as WCAG 1.4.10 allows for tables). Seen by an administrator, a unit manager
// (results with the dialogue form) and an employee (the answer form).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waveDetailSchema } from '../common/barometer/api.js';
import { waveList } from './support/barometer.js';
import { expectNoAxeViolations } from './support/axe.js';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { sv } from './support/i18n.js';
import { desktop, expectHeading, expectReflowAt320, narrow, settled } from './support/pages.js';
import { useServer } from './support/server.js';
import { signIn, unitIdByCode } from './support/session.js';
import { apiWrite, signInAs } from './support/signals.js';

const barometer = sv.barometer;

interface Route {
  path: string;
  heading: string;
}

async function checkRoute(page: Page, route: Route, who: string): Promise<void> {
  const label = `${route.path} (${who})`;
  await page.setViewportSize(desktop);
  const response = await page.goto(route.path);
  expect(response?.status(), `${label}: HTTP status`).toBe(200);
  await expectHeading(page, route.heading);
  await settled(page);
  expect(await page.locator('h1').count(), `${label}: one h1`).toBe(1);
  expect(await page.title(), `${label}: document title`).toMatch(/ – Tillit$/);
  await expectNoAxeViolations(page, `${label} at 1280 px`);
  await page.setViewportSize(narrow);
  await settled(page);
  await expectReflowAt320(page, label, { axe: true });
}

async function closedWave(page: Page, unitId: string, instrument?: string, dependentUnitIds: string[] = []) {
  const now = Date.now();
  const wave = await apiWrite(
    page,
    'POST',
    '/barometer/waves',
    {
      title: instrument ? `${instrument}, vintern` : 'Tillit i styrkedjan, våren',
      instruments: instrument ? [{ key: instrument }] : [{ key: 'trustChain' }, { key: 'hme' }],
      scopeUnitId: unitId,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 24 * 3600_000).toISOString(),
      dependentUnitIds,
    },
    waveDetailSchema,
  );
  return apiWrite(page, 'POST', `/barometer/waves/${wave.id}/close`, {}, waveDetailSchema);
}

describe('every barometer page, at 320 and 1280 px', () => {
  const demo = useServer();
  const session = useBrowser(() => demo().baseUrl, { viewport: desktop });

  it('passes for an administrator, a unit manager and an employee', async () => {
    const page = session.page();
    await signIn(page, demoUser('admin'));
    const unitId = await unitIdByCode(page, 'AO-HT1');
    // An open wave of a built-in instrument for Hemtjänst Norra, so the employee has a form.
    const now = Date.now();
    const open = await apiWrite(
      page,
      'POST',
      '/barometer/waves',
      {
        title: 'Social kapital, hösten',
        instruments: [{ key: 'socialCapital' }, { key: 'roomForAction' }],
        scopeUnitId: unitId,
        opensAt: new Date(now - 60_000).toISOString(),
        closesAt: new Date(now + 7 * 24 * 3600_000).toISOString(),
      },
      waveDetailSchema,
    );
    // The demo's closed wave with results (figures, bands and bars to scan); without one, a wave
    // closed here, whose every figure is hidden.
    const closed = (await waveList(page)).results[0] ?? (await closedWave(page, unitId));

    // A second closed wave of the same instrument on Hemtjänst Norra gives its trend two points.
    const again = await closedWave(page, unitId, 'socialCapital');
    expect(again.status).toBe('closed');
    // A relational-coordination wave, so the matrix is scanned too (every cell hidden: no answers).
    const partner = await unitIdByCode(page, 'AO-SB1');
    const coordination = await closedWave(page, unitId, 'relationalCoordination', [partner]);

    const adminRoutes: Route[] = [
      { path: '/barometer', heading: barometer.title },
      { path: '/barometer/waves/new', heading: barometer.newWave.title },
      { path: '/barometer/instruments', heading: barometer.instruments.title },
      { path: '/barometer/settings', heading: barometer.settings.title },
      { path: `/barometer/waves/${open.id}`, heading: open.title },
      { path: `/barometer/waves/${closed.id}`, heading: closed.title },
      { path: `/barometer/waves/${coordination.id}`, heading: coordination.title },
      { path: `/barometer/waves/${closed.id}?unitId=${unitId}`, heading: closed.title },
    ];
    for (const route of adminRoutes) await checkRoute(page, route, 'administrator');
    // The last route shows Hemtjänst Norra's trend over both waves, as a table.
    await page.getByRole('region', { name: barometer.trend.heading }).getByRole('table').waitFor();

    const manager = await session.newPage({ viewport: desktop });
    await signInAs(manager, demoUser('unit_manager'));
    const managerClosed = (await waveList(manager)).results[0];
    const managerRoutes: Route[] = [
      { path: '/barometer', heading: barometer.title },
      { path: '/barometer/waves/new', heading: barometer.newWave.title },
      ...(managerClosed ? [{ path: `/barometer/waves/${managerClosed.id}`, heading: managerClosed.title }] : []),
    ];
    for (const route of managerRoutes) await checkRoute(manager, route, 'unit manager');

    const employee = await session.newPage({ viewport: desktop });
    await signInAs(employee, demoUser('frontline'));
    const employeeRoutes: Route[] = [
      { path: '/barometer', heading: barometer.title },
      { path: `/barometer/waves/${open.id}/answer`, heading: open.title },
    ];
    for (const route of employeeRoutes) await checkRoute(employee, route, 'employee');
    // By keyboard: Tab reaches the first scale, the arrow keys move along it as in any radio group.
    await employee.setViewportSize(desktop);
    const firstScale = employee.locator('fieldset.barometer-item').first();
    await firstScale.locator('input[type="radio"]').first().focus();
    await employee.keyboard.press('Space');
    await employee.keyboard.press('ArrowRight');
    await employee.keyboard.press('ArrowRight');
    expect(await firstScale.getByRole('radio', { checked: true }).getAttribute('value')).toBe('3');
    // Not an administrator: the settings page says so, in an accessible way too.
    await checkRoute(employee, { path: '/barometer/settings', heading: sv.platform.forbidden.title }, 'employee');
    expect(session.pageErrors()).toEqual([]);
  }, 240_000);
});
