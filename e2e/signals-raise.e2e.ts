// The upward loop in the browser: a frontline employee raises an obstacle on a phone in a handful
// of taps, her team leader hands it up because it is outside the team's mandate, the unit manager
// above takes it on, and the employee sees all three steps on the signal's timeline. A signal
// nobody answers goes up by itself once its deadline has passed, and staff of another unit cannot
// answer a signal, neither on the page nor by calling the API.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { needsMeSchema, notificationListSchema } from '../common/platform/notifications.js';
import { createSignalResponse, signalDetailSchema } from '../common/signals/signals.js';
import { useBrowser } from './support/browser.js';
import { csrfHeader } from './support/csrf.js';
import { rows, withDatabase } from './support/database.js';
import { demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { checkPage, desktop, describeFocus, expectHeading, phone } from './support/pages.js';
import { useServer } from './support/server.js';
import { apiGet, signIn, unitIdByCode } from './support/session.js';
import { apiWrite, signalByText, signInAs } from './support/signals.js';

const signals = sv.signals;
const frontline = demoUser('frontline'); // Hodan Warsame, Hemtjänst Norra, grupp Björken
const teamLeader = demoUser('team_leader'); // Mikko Virtanen, manager of grupp Björken
const unitManager = demoUser('unit_manager'); // Sara Nyström, manager of Hemtjänst Norra above it
const otherUnitStaff = demoUser('safety_rep'); // Lejla Hodžić, staff at Solgården: another unit
const team = 'Hemtjänst Norra, grupp Björken';
const unit = 'Hemtjänst Norra';
const obstacle = 'Nyckelskåpet i Norrby centrum låser sig varje morgon, så vi kommer sent till första besöket.';

describe('raising a signal and answering it up the chain', () => {
  // The scheduler looks for due jobs every second (30 by default), so a job the test makes due
  // runs at once; when each job is due is unchanged.
  const server = useServer({ env: { JOBS_INTERVAL_SECONDS: '1' } });
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

  it('escalates a signal nobody answered to the unit above once the clock has passed its deadline', async () => {
    const page = session.page();
    await signInAs(page, frontline);
    const teamId = await unitIdByCode(page, 'AO-HT1-T1');
    const unanswered = 'Dörrautomatiken vid personalingången i Norrby har varit trasig länge.';
    const { signal } = await apiWrite(
      page,
      'POST',
      '/signals',
      { unitId: teamId, text: unanswered },
      createSignalResponse,
    );
    const path = `/signals/${signal.id}`;
    const heading = text(signals.signal.heading, { kind: signals.kinds.obstacle, unit: team });

    // Moving the clock: every stored time of this signal (raised, changed, its deadlines, its
    // timeline and its notices) goes back 30 days, so the database is what it would be had the
    // signal been raised a month ago and nobody answered. The server's clock is untouched and no
    // code path is added: the escalation job compares signals.due_at with the real time, and the
    // pages work out "overdue" the same way. The audit log keeps its real times (its hash chain
    // seals them, and nothing reads them for deadlines).
    withDatabase(server(), (db) => {
      const back = (column: string) => `${column} = strftime('%Y-%m-%dT%H:%M:%fZ', ${column}, '-30 days')`;
      const columns = ['created_at', 'updated_at', 'due_at', 'first_due_at'].map(back).join(', ');
      expect(db.prepare(`UPDATE signals SET ${columns} WHERE id = ?`).run(signal.id).changes).toBe(1);
      db.prepare(`UPDATE signal_events SET ${back('created_at')} WHERE signal_id = ?`).run(signal.id);
      db.prepare(`UPDATE notifications SET ${back('created_at')} WHERE link = ?`).run(path);
    });

    // Past its deadline and before the job has run: the team leader sees it as overdue.
    const leader = await session.newPage({ viewport: desktop, hasTouch: false, isMobile: false });
    await signInAs(leader, teamLeader);
    const waiting = leader.locator('#needs-me-heading + ul > li').filter({ hasText: unanswered });
    await waiting.getByText(sv.platform.home.overdue, { exact: true }).waitFor();
    await leader.goto(path);
    await expectHeading(leader, heading);
    await leader.locator('.signals-tags').getByText(signals.card.overdue, { exact: true }).waitFor();
    await checkPage(leader, 'signal page, overdue');
    // Not yet the business of the unit above.
    const manager = await session.newPage({ viewport: desktop, hasTouch: false, isMobile: false });
    await signInAs(manager, unitManager);
    const before = await apiGet(manager, '/home/needs-me', needsMeSchema);
    expect(before.items.map((item) => item.link)).not.toContain(path);

    // The escalation job is checked every quarter of an hour; make its next check due now, as if
    // those minutes had passed, and let the scheduler pick it up.
    withDatabase(server(), (db) => {
      const due = new Date(Date.now() - 1_000).toISOString();
      const made = db.prepare(`UPDATE jobs SET next_run_at = ? WHERE name = 'signals.escalate'`).run(due);
      expect(made.changes).toBe(1);
    });
    await waitFor(
      'the escalation job to raise the signal',
      () =>
        withDatabase(server(), (db) => rows(db, 'SELECT escalation_level FROM signals WHERE id = ?', signal.id))[0]
          ?.escalation_level === 1,
    );

    // The unit manager above: it waits for her answer on her home page, and she was notified.
    await manager.goto('/');
    const hers = manager.locator('#needs-me-heading + ul > li').filter({ hasText: unanswered });
    await hers.getByText(signals.needsMeKinds.answer).waitFor();
    await checkPage(manager, 'home page with an escalated signal');
    await manager.goto('/notifications');
    await expectHeading(manager, sv.platform.notifications.title);
    const notice = text(signals.notificationKinds.escalated, { excerpt: unanswered });
    await manager.getByRole('link', { name: notice, exact: true }).waitFor();
    await checkPage(manager, 'notifications with the escalation');
    await manager.getByRole('link', { name: notice, exact: true }).click();
    await expectHeading(manager, heading);
    // Marked as raised a level, handled by her unit, the step on the timeline; hers to answer now.
    const tags = manager.locator('.signals-tags');
    await tags.getByText(signals.card.escalated, { exact: true }).waitFor();
    await expectStep(manager, 1, signals.signal.events.escalated, text(signals.signal.route, { from: team, to: unit }));
    expect(await manager.getByRole('radio', { name: signals.answer.types.take, exact: true }).isChecked()).toBe(true);
    await checkPage(manager, 'escalated signal, as the manager above');
    const escalated = await apiGet(manager, `/signals/${signal.id}`, signalDetailSchema);
    expect(escalated.handlingUnit.name).toBe(unit);
    expect(escalated.escalationLevel).toBe(1);
    expect(escalated.status).toBe('open');

    // The level below was told too, and it no longer waits for the team leader's answer.
    const his = await apiGet(leader, '/notifications', notificationListSchema);
    expect(his.items.filter((n) => n.link === path).map((n) => n.kind)).toContain('signals.escalated');
    const after = await apiGet(leader, '/home/needs-me', needsMeSchema);
    expect(after.items.map((item) => item.link)).not.toContain(path);
    expect(session.pageErrors()).toEqual([]);
  }, 300_000);

  it('offers staff of another unit no answer, and refuses one sent straight to the API', async () => {
    const page = session.page();
    await signInAs(page, frontline);
    const teamId = await unitIdByCode(page, 'AO-HT1-T1');
    const { signal } = await apiWrite(
      page,
      'POST',
      '/signals',
      { unitId: teamId, text: 'Bilarna i grupp Björken har inga vinterdäck ännu.' },
      createSignalResponse,
    );
    const path = `/signals/${signal.id}`;

    const outsider = await session.newPage({ viewport: desktop, hasTouch: false, isMobile: false });
    await signIn(outsider, otherUnitStaff);
    await outsider.goto(path);
    await expectHeading(outsider, text(signals.signal.heading, { kind: signals.kinds.obstacle, unit: team }));
    await outsider.getByText('Bilarna i grupp Björken').first().waitFor();
    // Everyone may read it (openness); nobody outside the chain is offered an answer.
    expect(await outsider.getByRole('heading', { name: signals.answer.heading, exact: true }).count()).toBe(0);
    for (const type of Object.values(signals.answer.types))
      expect(await outsider.getByRole('radio', { name: type, exact: true }).count(), type).toBe(0);
    await checkPage(outsider, 'signal page, staff of another unit');

    // The same answers the page would send, with the session's CSRF token: refused, nothing changes.
    const headers = await csrfHeader(outsider);
    const attempts = [
      { type: 'take', text: 'Jag tar det.', plannedBy: '2026-12-31' },
      { type: 'decline', text: 'Det gör vi inte.' },
      { type: 'done', text: 'Klart.' },
    ];
    for (const data of attempts) {
      const response = await outsider.request.post(`/api/v1${path}/answers`, { data, headers });
      expect([403, 404], `${data.type} answered ${response.status()}`).toContain(response.status());
    }
    const unchanged = await apiGet(page, `/signals/${signal.id}`, signalDetailSchema);
    expect(unchanged.status).toBe('open');
    expect(unchanged.timeline.map((e) => e.kind)).toEqual(['created']);
    expect(session.pageErrors()).toEqual([]);
  }, 120_000);
});

/** The n-th step of the timeline (oldest first) says what happened and who did it. */
async function expectStep(page: Page, index: number, what: string, who: string): Promise<void> {
  const step = page.locator('.signals-timeline > li').nth(index);
  await step.getByText(what, { exact: true }).waitFor();
  expect(await step.innerText()).toContain(who);
}

/** Polls until `done` holds, for work the server does on its own time (a scheduled job). */
async function waitFor(what: string, done: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function focusIsTimeline(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.id === 'signal-timeline');
}
