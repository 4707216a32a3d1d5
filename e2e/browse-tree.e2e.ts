// An administrator finds their way through the steering chain: unfolds a department with the
// keyboard, searches for a unit by name, opens it, and goes on to one of its members.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { checkPage, describeFocus, desktop, focusIsIn, expectHeading, settled } from './support/pages.js';
import { useServer } from './support/server.js';
import { signIn, unitIdByCode } from './support/session.js';
import { csrfHeader } from './support/csrf.js';

const org = sv.org;
const department = 'Vård och omsorg';
const unitName = 'Hemtjänst Norra';
const teams = ['Hemtjänst Norra, grupp Björken', 'Hemtjänst Norra, grupp Rönnen'];
const unitManager = demoUser('unit_manager');

describe('browsing the steering chain', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: desktop });

  it('unfolds a department, finds a unit, and opens the unit and one of its members', async () => {
    const page = session.page();
    await signIn(page, demoUser('admin'));

    await page
      .getByRole('navigation', { name: sv.platform.layout.mainNav })
      .getByRole('link', { name: org.nav.tree, exact: true })
      .click();
    await page.waitForURL('**/org');
    await expectHeading(page, org.tree.title);
    await checkPage(page, 'steering chain');

    // The department starts folded; its button says whose sub-units it shows and whether they show.
    const toggle = page.getByRole('button', { name: text(org.tree.subUnitsOf, { name: department }), exact: true });
    const unitLink = page.getByRole('link', { name: unitName, exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await unitLink.count()).toBe(0);

    await toggle.focus();
    await page.keyboard.press('Enter');
    await unitLink.waitFor({ state: 'visible' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await focusIsIn(page, '.org-tree-toggle'), `focus is on ${await describeFocus(page)}`).toBe(true);

    await page.keyboard.press('Space');
    await unitLink.waitFor({ state: 'detached' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await unitLink.waitFor({ state: 'visible' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await checkPage(page, 'steering chain with a department unfolded');

    // Searching shows matches as a flat list with their place in the chain, and says how many.
    await page.getByRole('searchbox', { name: org.tree.searchLabel }).fill(unitName);
    const results = page.getByRole('region', { name: org.tree.resultsHeading });
    await results.waitFor();
    const found = await results.getByRole('listitem').count();
    expect(found).toBeGreaterThanOrEqual(1 + teams.length);
    const status = page.locator('main [role="status"]').filter({ hasText: /\S/ });
    expect((await status.innerText()).trim()).toBe(text(org.tree.results_other, { count: found }));
    expect(await results.innerText()).toContain(text(org.tree.pathUnder, { path: '' }).trim());
    await checkPage(page, 'steering chain search results');

    await results.getByRole('link', { name: unitName, exact: true }).click();
    await page.waitForURL('**/org/units/*');
    await expectHeading(page, unitName);
    expect(await focusIsIn(page, 'main h1'), `focus is on ${await describeFocus(page)}`).toBe(true);

    // Managers, sub-units and members.
    const facts = page.locator('main dl.org-facts');
    expect(await facts.innerText()).toContain(org.unit.managers);
    await facts.getByRole('link', { name: unitManager.name, exact: true }).waitFor();
    const subUnits = page.getByRole('region', { name: org.unit.subUnits });
    for (const team of teams) await subUnits.getByRole('link', { name: team, exact: true }).waitFor();
    const members = page.getByRole('table', { name: text(org.members.caption, { unit: unitName }) });
    await members.waitFor();
    expect(await members.getByRole('row').count()).toBeGreaterThan(1);
    await checkPage(page, 'unit page');

    // On to a member, from the members table.
    const member = members.getByRole('link', { name: unitManager.name, exact: true });
    await member.click();
    await page.waitForURL('**/org/people/*');
    await expectHeading(page, unitManager.name);
    await page.getByRole('link', { name: unitManager.email }).waitFor();
    await page.getByRole('link', { name: unitName, exact: true }).first().waitFor();
    await checkPage(page, 'person page');

    // Back returns to the unit.
    await page.goBack();
    await settled(page);
    await expectHeading(page, unitName);
    expect(session.pageErrors()).toEqual([]);
  });

  it('wraps long compound names in the unfolded tree instead of scrolling sideways at 320 px', async () => {
    const page = session.page();
    await signIn(page, demoUser('admin'));
    // Swedish (and Danish, Norwegian) unit names hold long compounds; this one is 26 letters,
    // at the fifth level of the chain, where the indentation leaves the least room.
    const nightPatrol = await unitIdByCode(page, 'AO-HT3-NP');
    const renamed = await page.request.patch(`/api/v1/units/${nightPatrol}`, {
      headers: await csrfHeader(page),
      data: { name: 'Nattpatrullen och trygghetslarmsverksamheten' },
    });
    expect(renamed.status()).toBe(200);

    await page.goto('/org');
    await settled(page);
    await page.getByRole('button', { name: org.tree.expandAll, exact: true }).click();
    await page.getByRole('link', { name: 'Nattpatrullen och trygghetslarmsverksamheten', exact: true }).waitFor();
    await checkPage(page, 'steering chain, all unfolded, with a long name', { axeAt320: true });
  });
});
