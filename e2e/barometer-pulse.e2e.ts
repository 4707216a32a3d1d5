// The barometer's loop in the browser: an analyst opens a ten-item pulse for Hemtjänst Norra, an
// employee answers it on a phone in twelve interactions (open it from the home page, ten taps, send), the
// analyst closes it with "close now", and the unit manager reads the heatmap (one answer: every
// figure hidden, said in words), records the team dialogue and raises an obstacle, which becomes
// a signal the dialogue links to.
import { describe, expect, it } from 'vitest';
import { heatmapSchema, waveDetailSchema } from '../common/barometer/api.js';
import { addPulseInstrument, openWave, pulseItemTexts, waveDetail, waveList } from './support/barometer.js';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { checkPage, desktop, expectHeading, phone } from './support/pages.js';
import { useServer } from './support/server.js';
import { apiGet, signIn, unitIdByCode } from './support/session.js';
import { apiWrite, signalByText, signInAs } from './support/signals.js';

const barometer = sv.barometer;
const analyst = demoUser('analyst'); // Omar Haddad: organisation-wide results, second factor
const frontline = demoUser('frontline'); // Hodan Warsame, Hemtjänst Norra, grupp Björken
const unitManager = demoUser('unit_manager'); // Sara Nyström, manager of Hemtjänst Norra
const title = 'Veckopuls vecka 49';
const obstacle = 'Schemat läggs om så sent att vi inte hinner planera besöken tillsammans.';

describe('a pulse from answer to dialogue', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: desktop });

  it('is answered on a phone in twelve interactions, closed, read with hidden cells, and followed up', async () => {
    // The analyst adds the pulse (an instrument written as data) and opens it for the unit.
    const analystPage = session.page();
    await signIn(analystPage, analyst);
    const unitId = await unitIdByCode(analystPage, 'AO-HT1');
    const instrumentKey = `weekPulse${Date.now()}`;
    await addPulseInstrument(analystPage, instrumentKey);
    const wave = await openWave(analystPage, { title, unitId, instrumentKey });
    expect(wave.status).toBe('open');

    // The employee, on a phone, from the home page's "what needs me now". Every tap is counted.
    const phonePage = await session.newPage({ viewport: phone, hasTouch: true, isMobile: true });
    await signInAs(phonePage, frontline, '/');
    const needsMe = phonePage.getByRole('region', { name: sv.platform.home.needsMeHeading });
    let interactions = 0;
    const started = Date.now();
    await needsMe.getByRole('link', { name: title, exact: true }).click();
    interactions++;
    await expectHeading(phonePage, title);
    await checkPage(phonePage, 'answer form (phone)', { axeAt320: true });
    const answers = [4, 5, 3, 4, 4, 5, 2, 4, 3, 5];
    for (const [index, statement] of pulseItemTexts.entries()) {
      const group = phonePage.getByRole('group', { name: statement, exact: true });
      // The ends are named in words too ("5, Stämmer helt"); the number comes first.
      await group.getByRole('radio', { name: new RegExp(`^${answers[index]}\\b`) }).click();
      interactions++;
    }
    await phonePage.getByRole('button', { name: barometer.answer.submit, exact: true }).click();
    interactions++;
    await phonePage.getByRole('status').getByText(barometer.answer.sent).waitFor();
    const milliseconds = Date.now() - started;
    // One to open the pulse from the home page, one tap per item, one to send: 12 for ten items.
    expect(interactions).toBe(12);
    expect(milliseconds).toBeLessThan(120_000);
    console.info(`answering a ten-item pulse on a phone: ${interactions} interactions, ${milliseconds} ms`);
    // The pulse has left her list, and a second answer is refused, about herself only.
    await phonePage.waitForURL((url) => url.pathname === '/barometer');
    await expect(phonePage.getByRole('link', { name: text(barometer.list.answer, { title }) }).count()).resolves.toBe(
      0,
    );
    await phonePage.goto(`/barometer/waves/${wave.id}/answer`);
    await phonePage.getByText(barometer.answer.alreadyAnswered).waitFor();

    // The analyst closes the wave from its page.
    await analystPage.goto(`/barometer/waves/${wave.id}`);
    await expectHeading(analystPage, title);
    await analystPage.getByRole('button', { name: barometer.results.closeNow, exact: true }).click();
    await analystPage
      .getByRole('dialog')
      .getByRole('button', { name: barometer.results.closeNow, exact: true })
      .click();
    await analystPage.getByRole('status').getByText(barometer.results.closed).waitFor();
    expect((await waveDetail(analystPage, wave.id)).status).toBe('closed');

    // The unit manager reads the result: one answer is fewer than five, so every figure of the
    // unit is hidden, in words, and the numbers are not in the page at all.
    const managerPage = await session.newPage({ viewport: desktop });
    await signInAs(managerPage, unitManager, `/barometer/waves/${wave.id}`);
    await expectHeading(managerPage, title);
    const heatmap = managerPage.getByRole('region', { name: barometer.heatmap.heading });
    await heatmap.getByRole('table').waitFor();
    expect(await heatmap.getByText(barometer.heatmap.suppressed, { exact: true }).count()).toBeGreaterThan(0);
    const served = await apiGet(managerPage, `/barometer/waves/${wave.id}/heatmap`, heatmapSchema);
    expect(served.rows.every((row) => row.cells.every((cell) => cell.suppressed))).toBe(true);
    await checkPage(managerPage, 'wave results for the unit manager', { axeAt320: true });

    // The team dialogue: what we see, what we will do, one action with a date.
    await managerPage.getByLabel(barometer.dialogue.seeLabel, { exact: true }).fill('För få svar för att se något.');
    await managerPage
      .getByLabel(barometer.dialogue.doLabel, { exact: true })
      .fill('Alla får tid att svara på arbetsplatsträffen nästa gång.');
    await managerPage.getByRole('button', { name: barometer.dialogue.addAction, exact: true }).click();
    const action = managerPage.getByRole('group', { name: text(barometer.dialogue.actionNumber, { number: 1 }) });
    await action.getByLabel(barometer.dialogue.actionText, { exact: true }).fill('Avsätt tio minuter på APT');
    await action.getByLabel(barometer.dialogue.actionDue, { exact: true }).fill('2027-01-15');
    await managerPage.getByRole('button', { name: barometer.dialogue.save, exact: true }).click();
    await managerPage.getByRole('status').getByText(barometer.dialogue.saved).waitFor();

    // An obstacle raised from the dialogue becomes a signal, and the dialogue links to it.
    await managerPage.getByLabel(barometer.dialogue.obstacleLabel).fill(obstacle);
    await managerPage.getByRole('button', { name: barometer.dialogue.raise, exact: true }).click();
    await managerPage.getByRole('status').getByText(barometer.dialogue.raised).waitFor();
    const link = managerPage.getByRole('link', { name: text(barometer.dialogue.openSignal, { text: obstacle }) });
    await link.waitFor();
    await checkPage(managerPage, 'wave results with a dialogue');
    const signal = await signalByText(managerPage, 'Schemat läggs om så sent');
    expect(signal.kind).toBe('obstacle');
    await link.click();
    await managerPage.waitForURL((url) => url.pathname === `/signals/${signal.id}`);
    await expectHeading(
      managerPage,
      text(sv.signals.signal.heading, { kind: sv.signals.kinds.obstacle, unit: 'Hemtjänst Norra' }),
    );

    // The saved dialogue is there on the next visit.
    await managerPage.goto(`/barometer/waves/${wave.id}`);
    await expectHeading(managerPage, title);
    await expect(managerPage.getByLabel(barometer.dialogue.seeLabel, { exact: true }).inputValue()).resolves.toBe(
      'För få svar för att se något.',
    );

    // At the next wave the action comes back for follow-up: how it went, and what came of it.
    const next = await openWave(analystPage, { title: 'Veckopuls vecka 50', unitId, instrumentKey });
    await apiWrite(analystPage, 'POST', `/barometer/waves/${next.id}/close`, {}, waveDetailSchema);
    await managerPage.goto(`/barometer/waves/${next.id}`);
    await expectHeading(managerPage, 'Veckopuls vecka 50');
    await managerPage
      .getByRole('heading', { name: text(barometer.dialogue.previousHeading, { wave: title }) })
      .waitFor();
    const followUp = managerPage.getByRole('group', { name: text(barometer.dialogue.actionNumber, { number: 1 }) });
    await followUp.getByText('Avsätt tio minuter på APT').waitFor();
    await followUp.getByLabel(barometer.dialogue.actionStatus, { exact: true }).selectOption({
      label: barometer.dialogue.actionStatuses.done,
    });
    await followUp.getByLabel(barometer.dialogue.actionFollowUp, { exact: true }).fill('Alla svarade den här gången.');
    await managerPage.getByRole('button', { name: barometer.dialogue.save, exact: true }).click();
    await managerPage.getByRole('status').getByText(barometer.dialogue.saved).waitFor();
    await checkPage(managerPage, 'dialogue with a follow-up');
    expect(session.pageErrors()).toEqual([]);
  }, 240_000);
});

describe("the demo's closed wave", () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: desktop });

  it('shows a department manager numbers with their band, and the small night patrol hidden in words', async () => {
    const page = session.page();
    await signInAs(page, demoUser('department_manager'), '/barometer');
    const wave = (await waveList(page)).results[0];
    if (!wave) throw new Error('The demo has no closed wave');
    await page.getByRole('link', { name: wave.title, exact: true }).click();
    await expectHeading(page, wave.title);
    const heatmap = page.getByRole('region', { name: barometer.heatmap.heading });
    const night = heatmap.getByRole('row', { name: /Nattpatrullen/ });
    await night.waitFor();
    // Every figure of the night patrol, its answer count too, is the same words and nothing else.
    const cells = await night.getByRole('cell').allInnerTexts();
    expect(cells.length).toBeGreaterThan(1);
    for (const cell of cells) expect(cell.replace(/\s+/g, ' ').trim()).toBe(barometer.heatmap.suppressed);
    // A large enough unit shows its numbers, each with its band in words.
    const norra = heatmap.getByRole('row', { name: /^Hemtjänst Norra\b/ }).first();
    const shown = (await norra.getByRole('cell').allInnerTexts()).join(' ');
    expect(shown).toMatch(/\d/);
    expect(shown).toMatch(new RegExp(Object.values(barometer.heatmap.band).join('|')));
    await checkPage(page, 'demo wave for a department manager', { axeAt320: true });
    expect(session.pageErrors()).toEqual([]);
  }, 120_000);
});
