// An administrator registers a steering demand through the form: an absurd number of minutes is
// refused at the field, the corrected demand is saved, and its page shows the annual hours with
// the sum behind them (minutes x times a year x performers / 60), which match the inputs. Then a
// clean-up round is opened over the unit through its form.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.js';
import { demandByTitle, svNumber } from './support/burden.js';
import { demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { checkPage, desktop, expectHeading } from './support/pages.js';
import { useServer } from './support/server.js';
import { signIn, unitIdByCode } from './support/session.js';

const burden = sv.burden;
const admin = demoUser('admin');
const title = 'Veckorapport om avvikelser i hemtjänsten <script>alert(1)</script>';

describe('registering a steering demand', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: desktop });

  it('refuses absurd minutes at the field, saves the corrected demand and traces its hours', async () => {
    const page = session.page();
    await signIn(page, admin);
    const unitId = await unitIdByCode(page, 'AO-HT1');

    await page.goto('/burden/demands');
    await expectHeading(page, burden.list.title);
    await page.getByRole('link', { name: burden.list.new, exact: true }).click();
    await expectHeading(page, burden.form.createTitle);
    await checkPage(page, 'demand form');

    await page.getByLabel(burden.form.title).fill(title);
    await page.getByLabel(burden.form.kind, { exact: true }).selectOption('reporting');
    await page.getByLabel(burden.form.ownerUnit).selectOption(unitId);
    await page.getByLabel(burden.form.purpose).fill('Underlag för kvalitetsuppföljningen i nämnden.');
    await page.getByLabel(burden.form.frequencyCount).fill('2');
    await page.getByLabel(burden.form.frequencyUnit, { exact: true }).selectOption('week');
    await page.getByLabel(burden.form.minutes).fill('5000');
    await page.getByLabel(text(burden.form.performerUnit, { number: 1 })).selectOption(unitId);
    await page.getByRole('button', { name: burden.form.create, exact: true }).click();

    // The server's limit (1..2400 minutes) comes back as a message at the field; nothing is saved.
    const minutesField = page.getByLabel(burden.form.minutes);
    await page.waitForFunction(() => document.querySelector('[aria-invalid="true"]') !== null, undefined, {
      timeout: 10_000,
    });
    expect(await minutesField.getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'demand form with an error');

    await minutesField.fill('15');
    await page.getByRole('button', { name: burden.form.create, exact: true }).click();
    await expectHeading(page, title);
    await page.getByRole('status').getByText(burden.form.created).waitFor();

    // The figure on screen and the sum behind it, checked against the inputs.
    const demand = await demandByTitle(page, title);
    const performers = demand.cost.performers;
    expect(performers).toBeGreaterThan(0);
    expect(demand.cost.occurrencesPerYear).toBe(104);
    const hours = (15 * 104 * performers) / 60;
    expect(demand.cost.annualHours).toBeCloseTo(hours, 1);
    await page.getByText(burden.trace.heading, { exact: true }).click();
    await page
      .getByText(
        text(burden.trace.hours, {
          minutes: '15',
          occurrences: '104',
          performers: svNumber(performers, 0),
          hours: svNumber(hours),
        }),
      )
      .waitFor();
    await checkPage(page, 'demand page', { axeAt320: true });
    // The script in the title is text, never markup.
    expect(await page.locator('main script').count()).toBe(0);

    // A clean-up round over the unit, opened through its form, includes the new demand.
    await page.goto('/burden/rounds/new');
    await expectHeading(page, burden.roundForm.heading);
    await page.getByLabel(burden.roundForm.title).fill('Höstens rensning i Hemtjänst Norra');
    await page.getByLabel(burden.roundForm.scopeUnit, { exact: true }).selectOption(unitId);
    await page.getByRole('button', { name: burden.roundForm.submit, exact: true }).click();
    await expectHeading(page, 'Höstens rensning i Hemtjänst Norra');
    await page.getByRole('status').getByText(burden.roundForm.created).waitFor();
    await page.getByRole('heading', { name: title, exact: true }).waitFor();
  });
});
