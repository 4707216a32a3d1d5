// A clean-up round from end to end. An administrator opens a round over a home-care team's three
// demands; an employee of the team assesses all three on a phone (the interactions are counted);
// the team leader, who owns the demands, proposes to simplify one; the unit manager above, who has
// the mandate, approves it with a reason; and the round report shows the hours a year released,
// which match the arithmetic of the inputs.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.js';
import { createDemand, isoDay, openRound, svNumber } from './support/burden.js';
import { demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { checkPage, desktop, expectHeading, phone } from './support/pages.js';
import { useServer } from './support/server.js';
import { signIn, unitIdByCode } from './support/session.js';
import { signInAs } from './support/signals.js';

const burden = sv.burden;
const required = sv.org.form.required;
const admin = demoUser('admin');
const frontline = demoUser('frontline'); // Hodan Warsame, Hemtjänst Norra, grupp Björken
const teamLeader = demoUser('team_leader'); // Mikko Virtanen, manager of grupp Björken
const unitManager = demoUser('unit_manager'); // Sara Nyström, manager of Hemtjänst Norra above it

const demands = [
  { title: 'Signera genomförandeplan i verksamhetssystemet', minutes: 20, unit: 'workingDay', count: 1 },
  { title: 'Fylla i veckolista över nyckelkvittenser', minutes: 10, unit: 'week', count: 1 },
  { title: 'Månadsrapport om insatstid per brukare', minutes: 45, unit: 'month', count: 1 },
] as const;
const [simplified] = demands;

/** The card of one demand on the assess page or in the round. */
function card(page: Page, title: string) {
  return page.locator('.burden-assess-card', { has: page.getByRole('heading', { name: title, exact: true }) });
}

describe('a clean-up round', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: desktop });

  it('goes from assessments on a phone to a decision and the hours released', async () => {
    // Set-up: the demands and the round, the quick way (registering is a journey of its own).
    const setup = session.page();
    await signIn(setup, admin);
    const team = await unitIdByCode(setup, 'AO-HT1-T1');
    const created = [];
    for (const d of demands) {
      created.push(
        await createDemand(setup, {
          title: d.title,
          kind: 'documentation',
          ownerUnitId: team,
          origin: 'organisation',
          originUnitId: team,
          purpose: 'Uppföljning av insatserna.',
          frequencyUnit: d.unit,
          frequencyCount: d.count,
          minutes: d.minutes,
          performers: [{ unitId: team, includeDescendants: false, role: 'staff' }],
        }),
      );
    }
    const round = await openRound(setup, {
      title: 'Rensning i grupp Björken',
      scopeUnitId: team,
      opensOn: isoDay(0),
      closesOn: isoDay(21),
    });
    expect(round.demands.length).toBeGreaterThanOrEqual(3);

    // The employee on her phone: from the menu to three saved assessments, counting every tap.
    const phonePage = await session.newPage({ viewport: phone, hasTouch: true, isMobile: true });
    await signInAs(phonePage, frontline);
    let interactions = 0;
    const started = Date.now();
    await phonePage.getByRole('button', { name: sv.platform.layout.menu }).click();
    interactions++;
    await phonePage.getByRole('link', { name: burden.nav.assess, exact: true }).click();
    interactions++;
    await expectHeading(phonePage, burden.assess.title);
    const answers = [
      { usefulness: '4', noticed: burden.noticed.yes },
      { usefulness: '1', noticed: burden.noticed.no },
      { usefulness: '2', noticed: burden.noticed.unknown },
    ];
    for (const [index, d] of demands.entries()) {
      const answer = answers[index];
      if (!answer) throw new Error('an answer per demand');
      const item = card(phonePage, d.title);
      // The minutes start at the owner's estimate: nothing to type in the usual case.
      expect(await item.getByLabel(burden.assess.minutesLabel).inputValue()).toBe(String(d.minutes));
      await item.getByRole('radio', { name: answer.usefulness, exact: true }).click();
      interactions++;
      await item.getByRole('radio', { name: answer.noticed, exact: true }).click();
      interactions++;
      await item.getByRole('button', { name: burden.assess.save, exact: true }).click();
      interactions++;
      await phonePage
        .getByRole('status')
        .getByText(text(burden.assess.saved, { title: d.title }))
        .waitFor();
      await item.getByText(burden.assess.done, { exact: true }).waitFor();
    }
    const milliseconds = Date.now() - started;
    // 2 to reach the page, then 3 per demand (usefulness, would anyone notice, save) = 11.
    expect(interactions).toBe(11);
    expect(milliseconds / demands.length).toBeLessThan(20_000);
    console.info(`assessing three demands on a phone: ${interactions} interactions, ${milliseconds} ms from the menu`);
    await checkPage(phonePage, 'assess page after three assessments (phone)', { axeAt320: true });

    // The team leader owns the demands: he proposes to do the first one in 5 minutes instead of 20.
    const owner = await session.newPage({ viewport: desktop });
    await signInAs(owner, teamLeader, `/burden/rounds/${round.id}`);
    await expectHeading(owner, round.title);
    const ownerCard = card(owner, simplified.title);
    await ownerCard.getByRole('button', { name: burden.round.propose, exact: true }).click();
    await ownerCard.getByRole('radio', { name: burden.actions.simplify, exact: true }).check();
    await ownerCard.getByLabel(burden.propose.newMinutes, { exact: true }).fill('5');
    await ownerCard
      .getByRole('textbox', { name: `${burden.propose.rationale} (${required})`, exact: true })
      .fill('Signeringen kan göras i ett steg vid dagens slut i stället för efter varje besök.');
    await checkPage(owner, 'round page with the proposal form');
    await ownerCard.getByRole('button', { name: burden.propose.submit, exact: true }).click();
    await owner
      .getByRole('status')
      .getByText(text(burden.propose.sent, { title: simplified.title }))
      .waitFor();

    // The unit manager above has the mandate: she approves it, with a reason everyone can read.
    const leader = await session.newPage({ viewport: desktop });
    await signInAs(leader, unitManager, `/burden/rounds/${round.id}`);
    await expectHeading(leader, round.title);
    const leaderCard = card(leader, simplified.title);
    await leaderCard.getByRole('radio', { name: burden.decideChoices.approved, exact: true }).check();
    const reason = 'Medarbetarna ger kravet lågt betyg; en signering per dag räcker för tillsynen.';
    await leaderCard
      .getByRole('textbox', { name: `${burden.decide.rationale} (${required})`, exact: true })
      .fill(reason);
    await leaderCard.getByRole('button', { name: burden.decide.submit, exact: true }).click();
    await leader
      .getByRole('status')
      .getByText(text(burden.decide.done, { title: simplified.title }))
      .waitFor();

    // The report: hours a year released = (20 - 5) min x 220 working days x performers / 60.
    const first = created[0];
    if (!first) throw new Error('three demands were created');
    const performers = first.cost.performers;
    const released = ((20 - 5) * 220 * performers) / 60;
    await leader
      .getByTestId('burden-hours-released')
      .filter({ hasText: svNumber(released) })
      .waitFor();
    await leader.getByText(reason).first().waitFor();
    await checkPage(leader, 'round report after the decision', { axeAt320: true });
  });
});
