// The administrator's side of signals: the answer deadline in working days and whose public
// holidays apply; and the response figures, which only leaders and the chain above them see (a
// department head here). Run with the second factor turned off, as it has journeys of its own.
import { describe, expect, it } from 'vitest';
import { signalSettingsSchema } from '../common/signals/signals.js';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { sv } from './support/i18n.js';
import { checkPage, desktop, expectHeading } from './support/pages.js';
import { useServer } from './support/server.js';
import { apiGet } from './support/session.js';
import { signInAs } from './support/signals.js';

const signals = sv.signals;

describe('signals for an administrator', () => {
  const server = useServer({ env: { MFA_REQUIRED_ROLES: 'none' } });
  const session = useBrowser(() => server().baseUrl, { viewport: desktop });

  it('sets the working days for a first answer and whose public holidays apply, with the range explained', async () => {
    const page = session.page();
    await signInAs(page, demoUser('admin'), '/signals');
    await expectHeading(page, signals.title);
    await page.getByRole('link', { name: signals.board.settings }).click();
    await expectHeading(page, signals.settings.title);
    const days = page.getByLabel(signals.settings.answerDaysLabel);
    expect(await days.inputValue()).toBe('10');
    await checkPage(page, 'signal settings', { axeAt320: true });

    await days.fill('61');
    await page.getByRole('button', { name: signals.settings.save }).click();
    const summary = page.locator('ds-error-summary');
    await summary.getByRole('link', { name: new RegExp(`^${signals.settings.answerDaysLabel}: `) }).waitFor();
    expect(await days.getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'signal settings with an error');

    await days.fill('5');
    // The organisation's language is Swedish, so Swedish public holidays apply until changed.
    const country = page.getByLabel(signals.settings.holidayCountryLabel);
    expect(await country.inputValue()).toBe('SE');
    await country.selectOption('NO');
    await page.getByRole('button', { name: signals.settings.save }).click();
    await page.getByRole('status').getByText(signals.settings.saved).waitFor();
    expect(await apiGet(page, '/signals/settings', signalSettingsSchema)).toEqual({
      answerDays: 5,
      holidayCountry: 'NO',
    });
    expect(session.pageErrors()).toEqual([]);
  });

  it('shows a department head the response figures for the department, with units below as links', async () => {
    const page = session.page();
    await signInAs(page, demoUser('department_manager'), '/signals/figures');
    await expectHeading(page, signals.figures.title);
    const table = page.getByRole('table');
    await table.waitFor();
    // No signals yet: the shares have nothing to measure and say so instead of showing 0 %.
    expect(await table.innerText()).toContain('–');
    await page.getByText(signals.figures.missingExplained).waitFor();
    const firstChild = table.getByRole('link').first();
    const name = (await firstChild.innerText()).trim();
    await firstChild.click();
    await page.waitForURL((url) => url.searchParams.has('unitId'));
    await page.getByRole('table', { name: new RegExp(name) }).waitFor();
    await checkPage(page, 'response figures', { axeAt320: true });
    expect(session.pageErrors()).toEqual([]);
  });
});
