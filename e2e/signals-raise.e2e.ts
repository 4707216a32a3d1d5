// The upward loop in the browser: a frontline employee raises an obstacle on a phone in a handful
// of taps, her team leader hands it up because it is outside the team's mandate, the unit manager
// above takes it on, and the employee sees all three steps on the signal's timeline.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { checkPage, desktop, describeFocus, expectHeading, phone } from './support/pages.js';
import { useServer } from './support/server.js';
import { signalByText, signInAs } from './support/signals.js';

const signals = sv.signals;
const frontline = demoUser('frontline'); // Hodan Warsame, Hemtjänst Norra, grupp Björken
const teamLeader = demoUser('team_leader'); // Mikko Virtanen, manager of grupp Björken
const unitManager = demoUser('unit_manager'); // Sara Nyström, manager of Hemtjänst Norra above it
const team = 'Hemtjänst Norra, grupp Björken';
const unit = 'Hemtjänst Norra';
const obstacle = 'Nyckelskåpet i Norrby centrum låser sig varje morgon, så vi kommer sent till första besöket.';

describe('raising a signal and answering it up the chain', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: phone, hasTouch: true, isMobile: true });

  it('takes an employee at most six interactions on a phone, and the timeline shows every step', async () => {
    const page = session.page();
    await signInAs(page, frontline);

    // From the home page, counting every click, fill and key press.
    let interactions = 0;
    const started = Date.now();
    await page.getByRole('button', { name: sv.platform.layout.menu }).click();
    interactions++;
    await page.getByRole('link', { name: signals.nav.raise, exact: true }).click();
    interactions++;
    await expectHeading(page, signals.raise.title);
    // The text field has focus already, the kind is "obstacle" and her team is chosen.
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    expect(await page.getByRole('radio', { name: signals.kinds.obstacle, exact: true }).isChecked()).toBe(true);
    await page.getByText(`${signals.raise.unitLabel}: ${team}`).waitFor();
    await page.keyboard.type(obstacle);
    interactions++;
    await page.getByRole('button', { name: signals.raise.submit, exact: true }).click();
    interactions++;
    const heading = text(signals.signal.heading, { kind: signals.kinds.obstacle, unit: team });
    await expectHeading(page, heading);
    const milliseconds = Date.now() - started;
    expect(interactions).toBeLessThanOrEqual(6);
    expect(milliseconds).toBeLessThan(30_000);
    console.info(`raising a signal on a phone: ${interactions} interactions, ${milliseconds} ms from the menu`);

    // The signal page says it was sent, and who will answer.
    await page.getByRole('status').getByText(signals.raise.sent).waitFor();
    await expectStep(page, 0, signals.signal.events.created, frontline.name);
    await checkPage(page, 'signal page after raising (phone)', { axeAt320: true });
    const raised = await signalByText(page, 'Nyckelskåpet i Norrby');
    expect(raised.handlingUnit.name).toBe(team);
    expect(raised.author?.name).toBe(frontline.name);
    const path = `/signals/${raised.id}`;

    // The team leader: it is a matter for the unit, not the team. He hands it up.
    const leader = await session.newPage({ viewport: desktop, hasTouch: false, isMobile: false });
    await signInAs(leader, teamLeader);
    // "What needs me now" on his home page names it as waiting for his answer.
    const waiting = leader.locator('#needs-me-heading + ul > li').filter({ hasText: 'Nyckelskåpet i Norrby' });
    await waiting.getByText(signals.needsMeKinds.answer).waitFor();
    await leader.goto(path);
    await expectHeading(leader, heading);
    await leader.getByRole('radio', { name: signals.answer.types.hand_up, exact: true }).check();
    const target = leader.getByRole('radio', { name: unit, exact: true });
    await target.waitFor();
    await checkPage(leader, 'answer form, handing up');
    await target.check();
    await leader
      .getByLabel(signals.answer.textLabels.hand_up)
      .fill('Nyckelskåpen köps in av enheten, inte av gruppen.');
    await leader.getByRole('button', { name: signals.answer.submit }).click();
    await leader.getByRole('status').getByText(signals.answer.sent).waitFor();
    await expectStep(leader, 1, signals.signal.events.hand_up, teamLeader.name);
    await leader.getByText(text(signals.signal.route, { from: team, to: unit })).waitFor();
    // Handed up, it waits for the unit above: the team leader has no answer left to give.
    expect(await leader.getByRole('heading', { name: signals.answer.heading, exact: true }).count()).toBe(0);
    expect(await focusIsTimeline(leader), `focus is on ${await describeFocus(leader)}`).toBe(true);

    // The unit manager above takes it on, with what will be done and by when.
    const manager = await session.newPage({ viewport: desktop, hasTouch: false, isMobile: false });
    await signInAs(manager, unitManager);
    await manager.goto(path);
    await expectHeading(manager, heading);
    expect(await manager.getByRole('radio', { name: signals.answer.types.take, exact: true }).isChecked()).toBe(true);
    await manager.getByLabel(signals.answer.textLabels.take).fill('Vi byter till ett digitalt nyckelskåp.');
    await manager.getByLabel(signals.answer.plannedBy).fill('2026-12-15');
    await manager.getByRole('button', { name: signals.answer.submit }).click();
    await manager.getByRole('status').getByText(signals.answer.sent).waitFor();
    await expectStep(manager, 2, signals.signal.events.take, unitManager.name);
    await checkPage(manager, 'signal page after taking it on');

    // The employee sees the whole story on her phone.
    await page.reload();
    await expectHeading(page, heading);
    const steps = page.locator('.signals-timeline > li');
    expect(await steps.count()).toBe(3);
    await expectStep(page, 0, signals.signal.events.created, frontline.name);
    await expectStep(page, 1, signals.signal.events.hand_up, teamLeader.name);
    await expectStep(page, 2, signals.signal.events.take, unitManager.name);
    await page.getByText(text(signals.signal.route, { from: team, to: unit })).waitFor();
    await page.getByText('Vi byter till ett digitalt nyckelskåp.').waitFor();
    await page.getByText(text(signals.signal.plannedBy, { date: '15 dec. 2026' })).waitFor();
    await page.locator('.signals-tags').getByText(signals.statuses.taken).waitFor();
    await checkPage(page, 'signal page with its timeline (phone)', { axeAt320: true });
    expect(session.pageErrors()).toEqual([]);
  }, 300_000);

  it('keeps a double submit to one signal', async () => {
    const page = session.page();
    await signInAs(page, frontline);
    await page.goto('/signals/new');
    await expectHeading(page, signals.raise.title);
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    await page.keyboard.type('Dubbeltryck: skrivaren på kontoret är trasig igen.');
    const send = page.getByRole('button', { name: signals.raise.submit, exact: true });
    await send.dblclick();
    await page.waitForURL((url) => /^\/signals\/[0-9a-f-]{36}$/.test(url.pathname));
    expect((await signalByText(page, 'Dubbeltryck')).text).toContain('skrivaren');
    expect(session.pageErrors()).toEqual([]);
  });

  it('explains a wrong time cost and an empty text at their fields', async () => {
    const page = session.page();
    await signInAs(page, frontline);
    await page.goto('/signals/new');
    await expectHeading(page, signals.raise.title);
    await page.getByText(signals.raise.moreDetails).click();
    await page.getByLabel(signals.raise.hoursLabel).fill('en halvtimme');
    await page.getByRole('button', { name: signals.raise.submit, exact: true }).click();
    const summary = page.locator('ds-error-summary');
    await summary.getByText(`${signals.raise.hoursLabel}: ${signals.raise.hoursInvalid}`).waitFor();
    await page.getByLabel(signals.raise.hoursLabel).fill('1,5');
    await page.getByRole('button', { name: signals.raise.submit, exact: true }).click();
    // Now the server speaks: the text is required, named at its field, in Swedish.
    await summary.getByText(`${signals.raise.textLabel}: ${sv.errors.field.required}`).waitFor();
    await checkPage(page, 'raise form with errors', { axeAt320: true });
    expect(session.pageErrors()).toEqual([]);
  });
});

/** The n-th step of the timeline (oldest first) says what happened and who did it. */
async function expectStep(page: Page, index: number, what: string, who: string): Promise<void> {
  const step = page.locator('.signals-timeline > li').nth(index);
  await step.getByText(what, { exact: true }).waitFor();
  expect(await step.innerText()).toContain(who);
}

async function focusIsTimeline(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.id === 'signal-timeline');
}
