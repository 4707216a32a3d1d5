// Preparing the barometer through its pages: a unit manager starts a pulse for her own unit (the
// server explains what is missing first), an administrator raises the organisation's threshold,
// and an analyst's own question set is added as JSON (a broken one is explained, not sent).
import { describe, expect, it } from 'vitest';
import { barometerSettingsSchema, instrumentListSchema } from '../common/barometer/api.js';
import { pulseDefinition, waveList } from './support/barometer.js';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { sv } from './support/i18n.js';
import { checkPage, desktop, expectHeading } from './support/pages.js';
import { useServer } from './support/server.js';
import { apiGet, signIn } from './support/session.js';
import { signInAs } from './support/signals.js';

const barometer = sv.barometer;

describe('preparing the barometer', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: desktop });

  it('lets a unit manager start a pulse for her unit from the page', async () => {
    const page = session.page();
    await signInAs(page, demoUser('unit_manager'), '/barometer');
    await page.getByRole('link', { name: barometer.list.newWave, exact: true }).click();
    await expectHeading(page, barometer.newWave.title);

    // Nothing filled in: the server's reasons are listed at the top and focus goes there.
    await page.getByRole('button', { name: barometer.newWave.submit, exact: true }).click();
    const summary = page.locator('ds-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain(sv.platform.form.errorHeading);
    await checkPage(page, 'new wave with errors');

    await page.getByLabel(new RegExp(`^${barometer.newWave.titleLabel}`)).fill('Puls före jul');
    await page.getByRole('checkbox', { name: /HME/ }).check();
    // A manager's pulse is for a unit she manages; her own unit is the one offered.
    expect(await page.getByLabel(barometer.newWave.scopeLabel).inputValue()).not.toBe('');
    await page.getByRole('button', { name: barometer.newWave.submit, exact: true }).click();
    await expectHeading(page, 'Puls före jul');
    await page.getByRole('status').getByText(barometer.newWave.created).waitFor();
    await page.getByText(barometer.statuses.open, { exact: true }).first().waitFor();
    const managed = (await waveList(page)).managed.find((wave) => wave.title === 'Puls före jul');
    expect(managed?.scope?.name).toBe('Hemtjänst Norra');
    await checkPage(page, 'new pulse', { axeAt320: true });
    expect(session.pageErrors()).toEqual([]);
  }, 120_000);

  it('lets an administrator raise the threshold and add a question set as JSON', async () => {
    const page = session.page();
    await signIn(page, demoUser('admin'));

    await page.goto('/barometer/settings');
    await expectHeading(page, barometer.settings.title);
    await page.getByLabel(barometer.settings.minGroupLabel, { exact: true }).fill('6');
    await page.getByRole('button', { name: barometer.settings.save, exact: true }).click();
    await page.getByRole('status').getByText(barometer.settings.saved).waitFor();
    expect((await apiGet(page, '/barometer/settings', barometerSettingsSchema)).minGroup).toBe(6);
    // Below the floor of three is refused, with the reason at the field.
    await page.getByLabel(barometer.settings.minGroupLabel, { exact: true }).fill('2');
    await page.getByRole('button', { name: barometer.settings.save, exact: true }).click();
    await page.locator('ds-error-summary').waitFor();
    expect((await apiGet(page, '/barometer/settings', barometerSettingsSchema)).minGroup).toBe(6);

    await page.goto('/barometer/instruments');
    await expectHeading(page, barometer.instruments.title);
    const definition = page.getByLabel(barometer.instruments.definitionLabel, { exact: true });
    await definition.fill('{ "key": "broken", ');
    await page.getByRole('button', { name: barometer.instruments.submit, exact: true }).click();
    await page.locator('ds-error-summary').getByText(barometer.instruments.invalidJson).first().waitFor();
    await definition.fill(JSON.stringify(pulseDefinition('christmasPulse'), null, 2));
    await page.getByRole('button', { name: barometer.instruments.submit, exact: true }).click();
    await page.getByRole('status').getByText(barometer.instruments.added).waitFor();
    await page.getByRole('cell', { name: 'christmasPulse', exact: true }).waitFor();
    const listed = await apiGet(page, '/barometer/instruments', instrumentListSchema);
    expect(listed.items.some((item) => item.key === 'christmasPulse' && !item.builtIn)).toBe(true);
    await checkPage(page, 'instruments after adding one');
    expect(session.pageErrors()).toEqual([]);
  }, 120_000);
});
