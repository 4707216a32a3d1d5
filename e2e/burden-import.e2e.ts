// An administrator imports an inventory from CSV. A file with broken lines is refused as a whole,
// every problem named with its line; the corrected file is checked and imported, and its demands
// are in the inventory with their hours.
import { describe, expect, it } from 'vitest';
import { burdenCsvColumns } from '../common/burden/api.js';
import { useBrowser } from './support/browser.js';
import { demandByTitle } from './support/burden.js';
import { demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { checkPage, desktop, expectHeading } from './support/pages.js';
import { useServer } from './support/server.js';
import { signIn } from './support/session.js';

const burden = sv.burden;

type Row = Partial<Record<(typeof burdenCsvColumns)[number], string>>;

function csv(rows: Row[]): Buffer {
  const lines = [burdenCsvColumns.join(';'), ...rows.map((row) => burdenCsvColumns.map((c) => row[c] ?? '').join(';'))];
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

const good: Row = {
  title: 'Kvartalsrapport om brukarnöjdhet',
  kind: 'reporting',
  owner_unit_code: 'AO-HT1',
  origin: 'politicalBoard',
  purpose: 'Underlag till nämndens uppföljning',
  frequency_unit: 'quarter',
  frequency_count: '1',
  minutes: '30',
  performers: 'AO-HT1:managers:+',
};

describe('importing an inventory from CSV', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: desktop });

  it('refuses a file with broken lines as a whole and imports the corrected one', async () => {
    const page = session.page();
    await signIn(page, demoUser('admin'));
    await page.goto('/burden/import');
    await expectHeading(page, burden.import.title);
    const file = page.getByLabel(burden.import.fileLabel, { exact: true });

    const broken = csv([
      good,
      { ...good, title: 'Negativa minuter', minutes: '-5' },
      { ...good, title: 'Okänd enhet', owner_unit_code: 'FINNS-INTE' },
    ]);
    await file.setInputFiles({ name: 'styrkrav.csv', mimeType: 'text/csv', buffer: broken });
    await page.getByRole('button', { name: burden.import.check, exact: true }).click();
    await page
      .getByRole('status')
      .getByText(text(burden.import.checkedIssues_other, { count: 2 }))
      .waitFor();
    await page.getByRole('heading', { name: text(sv.org.import.issuesHeading_other, { count: 2 }) }).waitFor();
    const issues = await page
      .locator('#org-import-issues + * tbody tr, [aria-labelledby="org-import-issues"] tbody tr')
      .allInnerTexts();
    expect(issues.some((row) => row.includes('3') && row.includes('minutes'))).toBe(true);
    expect(issues.some((row) => row.includes('4') && row.includes('owner_unit_code'))).toBe(true);
    await checkPage(page, 'import page with problems');

    await file.setInputFiles({ name: 'styrkrav.csv', mimeType: 'text/csv', buffer: csv([good]) });
    await page.getByRole('button', { name: burden.import.check, exact: true }).click();
    await page
      .getByRole('status')
      .getByText(text(burden.import.checkedOk_one, { count: 1 }))
      .waitFor();
    await page.getByRole('button', { name: burden.import.apply, exact: true }).click();
    await page
      .getByRole('status')
      .getByText(text(burden.import.applied, { created: 1, updated: 0 }))
      .waitFor();

    const demand = await demandByTitle(page, 'Kvartalsrapport om brukarnöjdhet');
    expect(demand.origin).toBe('politicalBoard');
    expect(demand.cost.occurrencesPerYear).toBe(4);
    expect(demand.cost.annualHours).toBeCloseTo((30 * 4 * demand.cost.performers) / 60, 1);
  });
});
