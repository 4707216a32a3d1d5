// Every burden page at 1280 px and at 320 px: no WCAG 2.1 A/AA violations, one h1, a title ending
// in "Tillit", no sideways scrolling at 320 px. The pages are filled first (a demand the reader
// performs and has assessed, an open round with a proposal waiting), so the scans see the forms,
// the chart, the tables and the "how we got this" sums, not only empty states.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { assessmentResponse, proposalResponse } from '../common/burden/api.js';
import { meSchema } from '../common/platform/auth.js';
import { useBrowser } from './support/browser.js';
import { createDemand, isoDay, openRound } from './support/burden.js';
import { demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { desktop, expectHeading, expectReflowAt320, narrow, settled } from './support/pages.js';
import { expectNoAxeViolations } from './support/axe.js';
import { useServer } from './support/server.js';
import { apiGet, signIn, unitIdByCode } from './support/session.js';
import { apiWrite, signInAs } from './support/signals.js';

const burden = sv.burden;

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
  // Folded content (the sums behind a figure, the chart's table) is opened so it is scanned too.
  const folded = page.locator('main details:not([open]) > summary');
  while ((await folded.count()) > 0) await folded.first().click();
  expect(await page.locator('h1').count(), `${label}: one h1`).toBe(1);
  expect(await page.title(), `${label}: document title`).toMatch(/ – Tillit$/);
  await expectNoAxeViolations(page, `${label} at 1280 px`);
  await page.setViewportSize(narrow);
  await settled(page);
  await expectReflowAt320(page, label, { axe: true });
}

describe('every burden page, at 320 and 1280 px', () => {
  const demo = useServer();
  const session = useBrowser(() => demo().baseUrl, { viewport: desktop });

  it('passes for an administrator who also performs a demand', async () => {
    const page = session.page();
    await signIn(page, demoUser('admin'));
    const unitId = await unitIdByCode(page, 'AO-HT1');
    const me = await apiGet(page, '/me', meSchema);
    const csrf = (await page.context().cookies()).find((c) => c.name.endsWith('tillit_csrf'))?.value ?? '';
    const added = await page.request.post(`/api/v1/people/${me.id}/memberships`, {
      data: { unitId, role: 'staff' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(added.status()).toBeLessThan(300);

    const demand = await createDemand(page, {
      title: 'Dagsrapport om avvikelser i planeringen',
      description: 'Varje arbetsdag rapporteras avvikelser från planerade besök.',
      kind: 'indicator',
      measures: 'output',
      focus: 'economy',
      ownerUnitId: unitId,
      origin: 'nationalAgency',
      legalBasis: 'SOSFS 2011:9',
      purpose: 'Underlag till nämndens uppföljning.',
      resultUsers: 'Socialnämnden',
      frequencyUnit: 'workingDay',
      frequencyCount: 1,
      minutes: 5,
      performers: [{ unitId, includeDescendants: true, role: 'staff' }],
      reviewOn: isoDay(180),
    });
    const round = await openRound(page, {
      title: 'Vårens rensning i Hemtjänst Norra',
      scopeUnitId: unitId,
      opensOn: isoDay(0),
      closesOn: isoDay(14),
    });
    await apiWrite(
      page,
      'PUT',
      `/burden/demands/${demand.id}/assessment`,
      { usefulness: 2, noticed: 'unknown', minutes: 8, comment: 'Tar längre tid än man tror.', roundId: round.id },
      assessmentResponse,
    );
    await apiWrite(
      page,
      'POST',
      `/burden/rounds/${round.id}/proposals`,
      {
        action: 'raiseExternal',
        demandId: demand.id,
        rationale: 'Rapporten används inte av nämnden.',
        externalRecipient: 'Socialstyrelsen',
        externalRequest: 'Kan rapporteringen ske kvartalsvis?',
      },
      proposalResponse,
    );

    const routes: Route[] = [
      { path: '/burden', heading: burden.overview.title },
      { path: '/burden/assess', heading: burden.assess.title },
      { path: '/burden/demands', heading: burden.list.title },
      { path: '/burden/demands/new', heading: burden.form.createTitle },
      { path: `/burden/demands/${demand.id}`, heading: demand.title },
      { path: `/burden/demands/${demand.id}/edit`, heading: text(burden.form.editTitle, { title: demand.title }) },
      { path: '/burden/rounds', heading: burden.rounds.title },
      { path: '/burden/rounds/new', heading: burden.roundForm.heading },
      { path: `/burden/rounds/${round.id}`, heading: round.title },
      { path: '/burden/import', heading: burden.import.title },
      { path: '/burden/settings', heading: burden.settings.title },
    ];
    for (const route of routes) await checkRoute(page, route, 'administrator');
    expect(session.pageErrors()).toEqual([]);
  }, 240_000);

  it('passes on the assess page for an employee with nothing assessed yet', async () => {
    const page = session.page();
    await signInAs(page, demoUser('frontline'));
    await checkRoute(page, { path: '/burden/assess', heading: burden.assess.title }, 'frontline staff');
    await checkRoute(page, { path: '/burden', heading: burden.overview.title }, 'frontline staff');
    expect(session.pageErrors()).toEqual([]);
  }, 120_000);
});
