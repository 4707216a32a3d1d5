// A unit manager keeps their own unit up to date: edits its name and description, meets the
// length limit, saves a name that looks like markup (shown as text, never run), and moves a team
// within the unit. An administrator then tries to put a unit under its own descendant.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { problemSchema } from '../common/platform/problem.js';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { checkPage, describeFocus, desktop, focusIsIn, expectHeading, settled } from './support/pages.js';
import { useServer } from './support/server.js';
import { signIn, unitIdByCode } from './support/session.js';
import { csrfHeader } from './support/csrf.js';

const org = sv.org;
const unitManager = demoUser('unit_manager');
const nameLabel = `${org.fields.name} (${org.form.required})`;
// A script tag alone would not run even if injected as HTML; the image's onerror would.
const markupName = '<script>alert(1)</script><img src=x onerror=alert(2)>';

async function openEditForm(page: Page, unitName: string): Promise<void> {
  await page.getByRole('link', { name: org.unit.edit, exact: true }).click();
  await page.waitForURL('**/edit');
  await expectHeading(page, text(org.unitForm.editTitle, { name: unitName }));
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: org.common.save, exact: true }).click();
}

async function waitForFocusOnErrorSummary(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.tagName.toLowerCase() === 'ds-error-summary');
}

describe('editing a unit', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: desktop });

  it('lets the unit manager rename, describe and reorganise their unit, safely and with clear errors', async () => {
    const page = session.page();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page, unitManager);

    // From "My units" on the home page to the unit and its edit form.
    await page
      .getByRole('region', { name: sv.platform.home.myUnitsHeading })
      .getByRole('link', { name: 'Hemtjänst Norra', exact: true })
      .click();
    await page.waitForURL('**/org/units/*');
    const unitUrl = page.url();
    await expectHeading(page, 'Hemtjänst Norra');
    await checkPage(page, 'own unit');
    await openEditForm(page, 'Hemtjänst Norra');
    await checkPage(page, 'unit edit form');

    // 1. A new name and a two-line description are saved, and survive a reload.
    const newName = 'Hemtjänst Norra och Åsen';
    const description = 'Hemtjänst i Norrby och Åsen.\nNattpatrullen ingår från och med i höst.';
    await page.getByRole('textbox', { name: nameLabel }).fill(newName);
    await page.getByRole('textbox', { name: org.fields.description }).fill(description);
    await save(page);
    await page.waitForURL(unitUrl);
    await page
      .getByRole('status')
      .filter({ hasText: text(org.unitForm.saved, { name: newName }) })
      .waitFor();
    await expectHeading(page, newName);
    expect(await focusIsIn(page, 'main h1'), `focus is on ${await describeFocus(page)}`).toBe(true);
    await page.reload();
    await expectHeading(page, newName);
    const shownDescription = page.locator('main dl.org-facts .org-prewrap');
    expect(await shownDescription.innerText()).toBe(description);
    await checkPage(page, 'unit after saving');

    // 2. 201 characters is one too many: the field and the summary say so in Swedish, and focus
    //    goes to the summary, whose link leads back to the field.
    await openEditForm(page, newName);
    const nameField = page.getByRole('textbox', { name: nameLabel });
    await nameField.fill('Å'.repeat(201));
    await save(page);
    await waitForFocusOnErrorSummary(page);
    const tooLong = text(sv.errors.field.tooLong, { maximum: 200 });
    const summary = page.locator('ds-error-summary');
    expect(await summary.innerText()).toContain(`${org.fields.name}: ${tooLong}`);
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('main form').innerText()).toContain(tooLong);
    expect(page.url()).toBe(`${unitUrl}/edit`);
    await checkPage(page, 'unit edit form with a field error', { axeAt320: true });
    await summary.getByRole('link', { name: `${org.fields.name}: ${tooLong}` }).click();
    expect(
      await focusIsIn(page, 'main form input[aria-invalid="true"]'),
      `focus is on ${await describeFocus(page)}`,
    ).toBe(true);

    // 3. A name that looks like a script is a name like any other: shown as text, never run.
    await nameField.fill(markupName);
    await save(page);
    await page.waitForURL(unitUrl);
    await expectHeading(page, markupName);
    await page.reload();
    await expectHeading(page, markupName);
    expect(await page.title()).toBe(`${markupName} – Tillit`);
    expect(await page.locator('main script, main img[onerror], header script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await checkPage(page, 'unit with a markup-like name');

    // 4. A team moves within the unit: only units the manager manages are offered.
    await page
      .getByRole('region', { name: org.unit.subUnits })
      .getByRole('link', { name: 'Hemtjänst Norra, grupp Rönnen', exact: true })
      .click();
    await expectHeading(page, 'Hemtjänst Norra, grupp Rönnen');
    const moveButton = page.getByRole('button', { name: org.unit.move, exact: true });
    await moveButton.click();
    const dialog = page.getByRole('dialog', { name: text(org.move.title, { name: 'Hemtjänst Norra, grupp Rönnen' }) });
    await dialog.waitFor();
    const radios = dialog.getByRole('radio');
    await radios.first().waitFor();
    const offered = await radios.evaluateAll((inputs) =>
      inputs.map((input) => (input instanceof HTMLInputElement ? (input.labels?.[0]?.textContent ?? '').trim() : '')),
    );
    expect(offered.sort()).toEqual([markupName, 'Hemtjänst Norra, grupp Björken'].sort());
    expect(await dialog.getByRole('radio', { name: markupName }).isChecked()).toBe(true);
    await checkPage(page, 'move dialog (unit manager)');
    await dialog.getByRole('radio', { name: 'Hemtjänst Norra, grupp Björken' }).check();
    await dialog.getByRole('button', { name: org.move.submit }).click();
    await dialog.waitFor({ state: 'hidden' });
    const moved = text(org.move.done, {
      name: 'Hemtjänst Norra, grupp Rönnen',
      parent: 'Hemtjänst Norra, grupp Björken',
    });
    await page.getByRole('status').filter({ hasText: moved }).waitFor();
    await page
      .getByRole('navigation', { name: org.unit.breadcrumbs })
      .getByRole('link', { name: 'Hemtjänst Norra, grupp Björken', exact: true })
      .first()
      .waitFor();
    expect(await focusIsIn(page, 'main'), `focus is on ${await describeFocus(page)}`).toBe(true);
    await checkPage(page, 'team after moving');
    expect(dialogs).toEqual([]);
    expect(session.pageErrors()).toEqual([]);
  });

  it('says "saved" once: not again when the page is reloaded', async () => {
    const page = session.page();
    await signIn(page, demoUser('admin'));
    const unitId = await unitIdByCode(page, 'AO-BIS');
    await page.goto(`/org/units/${unitId}/edit`);
    await expectHeading(page, text(org.unitForm.editTitle, { name: 'Biståndsenheten' }));
    await save(page);
    const saved = page.getByRole('status').filter({ hasText: text(org.unitForm.saved, { name: 'Biståndsenheten' }) });
    await saved.waitFor();
    await page.reload();
    await expectHeading(page, 'Biståndsenheten');
    // The message is put in the live region 150 ms after the page mounts; wait well past that.
    await page.waitForTimeout(600);
    expect(await saved.count(), 'the saved message came back after a reload').toBe(0);
  });

  it('refuses, in Swedish, to put a unit under its own descendant', async () => {
    const page = session.page();
    await signIn(page, demoUser('admin'));
    const southId = await unitIdByCode(page, 'AO-HT2');
    const southTeamId = await unitIdByCode(page, 'AO-HT2-T1');
    const centreId = await unitIdByCode(page, 'AO-HT3');

    // Straight to the API: the answer names the field and explains in the reader's language.
    const direct = await page.request.post(`/api/v1/units/${southId}/move`, {
      data: { parentId: southTeamId },
      headers: await csrfHeader(page),
    });
    expect(direct.status()).toBe(422);
    const problem = problemSchema.parse(await direct.json());
    expect(problem.errors?.find((e) => e.field === 'parentId')?.message).toBe(sv.errors.cycle);

    // In the page the picker leaves out the unit's own subtree, so a cycle can only be asked for
    // when the tree changed after the dialog opened: here another administrator (the API call
    // below) moves Hemtjänst Centrum och natt under a team of Hemtjänst Södra meanwhile.
    await page.goto(`/org/units/${southId}`);
    await expectHeading(page, 'Hemtjänst Södra');
    await page.getByRole('button', { name: org.unit.move, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: text(org.move.title, { name: 'Hemtjänst Södra' }) });
    await dialog.getByRole('radio').first().waitFor();
    expect(await dialog.getByRole('radio', { name: 'Hemtjänst Södra, grupp Tallen' }).count()).toBe(0);

    const meanwhile = await page.request.post(`/api/v1/units/${centreId}/move`, {
      data: { parentId: southTeamId },
      headers: await csrfHeader(page),
    });
    expect(meanwhile.status()).toBe(200);

    await dialog.getByRole('searchbox', { name: org.picker.filterLabel }).fill('Hemtjänst Centrum och natt');
    await dialog.getByRole('radio', { name: 'Hemtjänst Centrum och natt' }).check();
    await dialog.getByRole('button', { name: org.move.submit }).click();
    await waitForFocusOnErrorSummary(page);
    const summary = dialog.locator('ds-error-summary');
    expect(await summary.innerText()).toContain(`${org.move.newParent}: ${sv.errors.cycle}`);
    expect(await dialog.innerText()).toContain(sv.errors.cycle);
    await checkPage(page, 'move dialog with the cycle error');

    // Nothing moved.
    await dialog.getByRole('button', { name: org.common.cancel, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.reload();
    await settled(page);
    const trail = await page.getByRole('navigation', { name: org.unit.breadcrumbs }).innerText();
    expect(trail).toContain('Vård och omsorg');
    expect(trail).not.toContain('grupp Tallen');
    expect(session.pageErrors()).toEqual([]);
  });
});
