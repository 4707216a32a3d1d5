// Nothing a user types is ever run in a reader's browser. Markup, script, SVG and right-to-left
// payloads (server/test-support/hostile-corpus.ts) are stored through the API in a unit, a person,
// a mandate, a signal and a steering demand, and every page that shows them is opened: no alert()
// fires, no error is logged (a Content Security Policy refusal would be one), no element the
// payloads describe exists in the document, and each payload is on the page as the text it is.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demandDetailSchema } from '../common/burden/demands.js';
import { mandateSchema } from '../common/org/mandates.js';
import { personDetailSchema } from '../common/org/people.js';
import { unitDetailSchema } from '../common/org/units.js';
import { createSignalResponse } from '../common/signals/signals.js';
import { markupPayloads, unicodePayloads } from '../server/test-support/hostile-corpus.js';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { checkPage, desktop, expectHeading, settled } from './support/pages.js';
import { useServer } from './support/server.js';
import { signIn, unitIdByCode } from './support/session.js';

const markup = (name: string): string => {
  const found = markupPayloads.find((p) => p.name === name);
  if (!found) throw new Error(`No payload "${name}" in the corpus`);
  return found.value;
};
const rightToLeft = unicodePayloads.find((p) => p.kind === 'bidi')?.value ?? '\u202E';

const unitName = `${markup('script tag')} ${rightToLeft}`;
const unitDescription = markupPayloads.map((p) => p.value).join('\n');
const personName = markup('attribute break-out with onerror');
const personTitle = markup('SVG onload');
const mandateTitle = markup('SVG with script');
const mandateDescription = `${markup('javascript: URL')} ${rightToLeft}`;
const delegatedBy = markup('attribute break-out with onerror');
// Short enough for the board's one-line excerpt (140 characters), so the card shows it whole.
const signalText = [
  markup('script tag'),
  markup('attribute break-out with onerror'),
  markup('SVG onload'),
  rightToLeft,
].join(' ');
const signalSuggestion = `${markup('SVG with script')} ${markup('javascript: URL')}`;
const demandTitle = `${markup('SVG onload')} ${rightToLeft}`;
const demandPurpose = `${markup('script tag')} ${markup('attribute break-out with onerror')}`;

/** What the payloads would create if any of them were parsed as HTML. */
const injectedSelector = 'img[src="x"], img[onerror], svg[onload], script:not([src]), iframe, object, embed';

/** POST through the API with the signed-in page's cookies and its CSRF token, as the app does. */
async function apiPost(page: Page, path: string, data: object): Promise<unknown> {
  const csrf = (await page.context().cookies()).find((c) => c.name.endsWith('tillit_csrf'))?.value ?? '';
  const res = await page.request.post(`/api/v1${path}`, { data, headers: { 'x-csrf-token': csrf } });
  if (!res.ok()) throw new Error(`POST /api/v1${path} answered ${res.status()}: ${await res.text()}`);
  return res.json();
}

describe('hostile text in the browser', () => {
  // The administrator signs in with a password only: this journey is about what pages show.
  const server = useServer({ env: { MFA_REQUIRED_ROLES: 'none' } });
  const session = useBrowser(() => server().baseUrl, { viewport: desktop });

  it('shows markup, script and right-to-left payloads as text on every page, and runs none of them', async () => {
    const page = session.page();
    await signIn(page, demoUser('admin'));
    const dialogs: string[] = [];
    const consoleErrors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    const parentId = await unitIdByCode(page, 'AO-HT1');
    const unit = unitDetailSchema.parse(
      await apiPost(page, '/units', {
        parentId,
        code: 'HOSTILE-1',
        name: unitName,
        kind: 'team',
        description: unitDescription,
      }),
    );
    const person = personDetailSchema.parse(
      await apiPost(page, '/people', {
        name: personName,
        email: 'hostile.person@exempelby.se',
        title: personTitle,
        unitId: unit.id,
        role: 'manager',
      }),
    );
    mandateSchema.parse(
      await apiPost(page, '/mandates', {
        unitId: unit.id,
        holderRole: null,
        title: mandateTitle,
        description: mandateDescription,
        delegatedBy,
      }),
    );

    const { signal } = createSignalResponse.parse(
      await apiPost(page, '/signals', { unitId: unit.id, text: signalText, suggestion: signalSuggestion }),
    );
    const demand = demandDetailSchema.parse(
      await apiPost(page, '/burden/demands', {
        title: demandTitle,
        kind: 'reporting',
        ownerUnitId: unit.id,
        origin: 'organisation',
        originUnitId: unit.id,
        purpose: demandPurpose,
        frequencyUnit: 'month',
        frequencyCount: 1,
        minutes: 30,
      }),
    );

    /** The page ran nothing, grew no element from a payload, and shows each text as it is. */
    const expectSafe = async (label: string, texts: readonly string[]) => {
      await settled(page);
      const injected = await page.evaluate(
        (selector) => Array.from(document.querySelectorAll(selector), (e) => e.outerHTML.slice(0, 120)),
        injectedSelector,
      );
      expect(injected, `${label}: injected elements`).toEqual([]);
      const shown = await page.locator('main').innerText();
      for (const value of texts) expect(shown, `${label}: shows ${JSON.stringify(value)}`).toContain(value);
      expect(dialogs, `${label}: dialogs`).toEqual([]);
      expect(consoleErrors, `${label}: console errors`).toEqual([]);
      expect(session.pageErrors(), `${label}: page errors`).toEqual([]);
    };

    await page.goto('/org');
    await expectHeading(page, sv.org.tree.title);
    await page.getByRole('button', { name: sv.org.tree.expandAll, exact: true }).click();
    await expectSafe('tree', [unitName]);

    await page.goto(`/org/units/${unit.id}`);
    await expectHeading(page, unitName);
    expect(await page.title()).toBe(`${unitName} – Tillit`);
    await expectSafe('unit', [unitName, ...markupPayloads.map((p) => p.value), personName, mandateTitle]);

    await page.goto(`/org/people/${person.id}`);
    await expectHeading(page, personName);
    await expectSafe('person', [personName, personTitle, unitName]);

    await page.goto('/org/people');
    await expectHeading(page, sv.org.people.title);
    await page.getByRole('searchbox', { name: sv.org.people.searchLabel }).fill('onerror');
    await page.getByRole('link', { name: personName, exact: true }).waitFor();
    await expectSafe('people', [personName, personTitle]);

    await page.goto('/org/mandates');
    await expectHeading(page, sv.org.mandates.title);
    await expectSafe('mandates', [mandateTitle, mandateDescription, delegatedBy]);

    await page.goto('/signals?q=onerror');
    await expectHeading(page, sv.signals.title);
    await page.getByRole('link', { name: signalText, exact: true }).waitFor();
    await expectSafe('signal board', [signalText, unitName]);
    await checkPage(page, 'signal board with hostile text');

    await page.goto(`/signals/${signal.id}`);
    await expectHeading(page, text(sv.signals.signal.heading, { kind: sv.signals.kinds.obstacle, unit: unitName }));
    await expectSafe('signal', [signalText, signalSuggestion, unitName]);
    await checkPage(page, 'signal with hostile text');

    await page.goto(`/burden/demands/${demand.id}`);
    await expectHeading(page, demandTitle);
    await expectSafe('demand', [demandTitle, demandPurpose, unitName]);
    await checkPage(page, 'demand with hostile text');

    await page.goto(`/audit?entityType=unit&entityId=${unit.id}`);
    await expectHeading(page, sv.platform.audit.title);
    const showChanges = new RegExp(`^${sv.platform.audit.showChanges_one.split('{{')[0] ?? ''}\\d+`);
    for (const summary of await page.locator('main').getByText(showChanges).all()) await summary.click();
    await expectSafe('audit', [unitName, ...markupPayloads.map((p) => p.value)]);
  });
});
