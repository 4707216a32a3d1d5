// An administrator loads units and people from a spreadsheet: a file with a mistake is checked
// and explained line by line (and cannot be imported), the corrected file is checked and imported,
// the new unit is in the steering chain, and the export downloads in the same format.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { csvColumns } from '../common/org/csv-format.js';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { checkPage, desktop, describeFocus, focusIsIn, expectHeading, settled } from './support/pages.js';
import { useServer } from './support/server.js';
import { signIn } from './support/session.js';

const imp = sv.org.import;
const header = csvColumns.join(';');
const newUnit = 'Eketorps hemtjänst';
const newTeam = 'Eketorps nattlag';

const badFile = [
  header,
  `unit;E2E-ENH;${newUnit};unit;AO;Hemtjänst i Eketorp, startar i vår.;;;;;yes`,
  `unit;E2E-LAG;${newTeam};team;FINNS-INTE;;;;;;yes`,
].join('\r\n');

const goodFile = [
  header,
  `unit;E2E-ENH;${newUnit};unit;AO;Hemtjänst i Eketorp, startar i vår.;;;;;yes`,
  `unit;E2E-LAG;${newTeam};team;E2E-ENH;;;;;;yes`,
  'person;;Elin Eketorp;;;;elin.eketorp@exempelby.se;Undersköterska;E2E-LAG:staff;;yes',
].join('\r\n');

/** The counts of the result section, label to number. */
async function summaryCounts(page: Page): Promise<Record<string, string>> {
  return page
    .locator('section[aria-labelledby="org-import-summary"] dl > div')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.querySelector('dt')?.textContent?.trim() ?? '',
          row.querySelector('dd')?.textContent?.trim() ?? '',
        ]),
      ),
    );
}

describe('importing the organisation from CSV', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: desktop, acceptDownloads: true });
  const folder = mkdtempSync(join(tmpdir(), 'tillit-e2e-csv-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('explains a bad file per line, imports a good one, and exports the same format', async () => {
    const page = session.page();
    const badPath = join(folder, 'organisation-med-fel.csv');
    const goodPath = join(folder, 'organisation.csv');
    writeFileSync(badPath, badFile, 'utf8');
    writeFileSync(goodPath, goodFile, 'utf8');

    await signIn(page, demoUser('admin'));
    await page
      .getByRole('navigation', { name: sv.platform.layout.mainNav })
      .getByRole('link', { name: sv.org.nav.import })
      .click();
    await page.waitForURL('**/org/import');
    await expectHeading(page, imp.title);
    await checkPage(page, 'import page');

    const fileInput = page.getByLabel(imp.fileLabel);
    const check = page.getByRole('button', { name: imp.check, exact: true });
    const apply = page.getByRole('button', { name: imp.apply, exact: true });
    expect(await apply.getAttribute('aria-disabled')).toBe('true');

    // A file with an unknown parent on line 3.
    await fileInput.setInputFiles(badPath);
    await check.click();
    await page
      .getByRole('status')
      .filter({ hasText: text(imp.checkedIssues_one, { count: 1 }) })
      .waitFor();
    const issues = page.getByRole('table', { name: text(imp.issuesHeading_one, { count: 1 }) });
    await issues.waitFor();
    const issueRows = issues.locator('tbody tr');
    expect(await issueRows.count()).toBe(1);
    const cells = await issueRows.first().locator('td').allInnerTexts();
    expect(cells.map((cell) => cell.trim())).toEqual([
      '3',
      'parent_code',
      text(sv.errors.csv.unknownParent, { value: 'FINNS-INTE' }),
    ]);
    expect(await focusIsIn(page, '#org-import-summary'), `focus is on ${await describeFocus(page)}`).toBe(true);
    // Importing is not offered for a file with problems, and pressing the button does nothing.
    expect(await apply.getAttribute('aria-disabled')).toBe('true');
    expect(await page.locator('main').innerText()).toContain(imp.applyHint);
    // It stays focusable (aria-disabled, not disabled), so a keyboard user can still press it.
    await apply.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await page.locator('#org-import-summary').innerText()).toBe(imp.checkedHeading);
    await checkPage(page, 'import page with problems', { axeAt320: true });

    // The corrected file passes the check and is imported.
    await fileInput.setInputFiles(goodPath);
    await page.getByRole('table', { name: text(imp.issuesHeading_one, { count: 1 }) }).waitFor({ state: 'detached' });
    await check.click();
    await page
      .getByRole('status')
      .filter({ hasText: text(imp.checkedOk_other, { count: 3 }) })
      .waitFor();
    expect(await apply.getAttribute('aria-disabled')).toBeNull();
    expect(await page.locator('main').innerText()).toContain(imp.applyReady);
    await checkPage(page, 'import page after a clean check');

    await apply.click();
    await page.getByRole('status').filter({ hasText: imp.appliedOk }).waitFor();
    expect(await page.locator('#org-import-summary').innerText()).toBe(imp.appliedHeading);
    expect(await summaryCounts(page)).toEqual({
      [imp.summary.lines]: '3',
      [imp.summary.unitsCreated]: '2',
      [imp.summary.unitsUpdated]: '0',
      [imp.summary.unitsDeactivated]: '0',
      [imp.summary.peopleCreated]: '1',
      [imp.summary.peopleUpdated]: '0',
      [imp.summary.peopleDeactivated]: '0',
      [imp.summary.membershipsAdded]: '1',
      [imp.summary.membershipsEnded]: '0',
    });
    await checkPage(page, 'import page after importing');

    // The export is the same format: a BOM for spreadsheet programs, then the header line.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: imp.exportLink }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const exported = readFileSync(await download.path(), 'utf8');
    expect(exported.startsWith(`\ufeff${header}\r\n`)).toBe(true);
    expect(exported).toContain(`unit;E2E-LAG;${newTeam};team;E2E-ENH;`);
    expect(exported).toContain('elin.eketorp@exempelby.se');

    // The new units are in the steering chain.
    await page
      .getByRole('navigation', { name: sv.platform.layout.mainNav })
      .getByRole('link', { name: sv.org.nav.tree, exact: true })
      .click();
    await page.waitForURL('**/org');
    await settled(page);
    await page.getByRole('searchbox', { name: sv.org.tree.searchLabel }).fill('Eketorp');
    const results = page.getByRole('region', { name: sv.org.tree.resultsHeading });
    await results.getByRole('link', { name: newUnit, exact: true }).waitFor();
    expect(await results.innerText()).toContain(text(sv.org.tree.pathUnder, { path: '' }).trim());
    await results.getByRole('link', { name: newTeam, exact: true }).click();
    await expectHeading(page, newTeam);
    await page.getByRole('link', { name: 'Elin Eketorp', exact: true }).first().waitFor();
    await checkPage(page, 'imported team');
    expect(session.pageErrors()).toEqual([]);
  });
});
