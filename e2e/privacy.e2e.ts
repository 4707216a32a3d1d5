// An administrator handles privacy: marks a mandate confidential in the register (a reason is
// required; the tag shows; frontline staff no longer see it), sets a retention period (a value out
// of range is refused at the field, in Swedish), and downloads a person's access-request file,
// which says that anonymous data is not in it.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { accessRequestFileSchema } from '../common/platform/privacy.js';
import { personListSchema } from '../common/org/people.js';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { sv, text } from './support/i18n.js';
import { checkPage, desktop, expectHeading } from './support/pages.js';
import { useServer } from './support/server.js';
import { apiGet, signIn } from './support/session.js';

const org = sv.org;
const privacy = sv.privacy;
const mandateTitle = 'Beslut om bistånd utöver nämndens riktlinjer';
const reason = 'OSL 26 kap. 1 §';

describe('privacy', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: desktop, acceptDownloads: true });

  it('keeps a mandate confidential, a retention period in range, and answers an access request', async () => {
    const page = session.page();
    await signIn(page, demoUser('admin'));

    // 1. Mark the mandate confidential; without a reason the form says what is missing.
    await page.goto('/org/mandates');
    await expectHeading(page, org.mandates.title);
    await page.getByRole('button', { name: text(org.mandates.editFor, { title: mandateTitle }) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: privacy.confidential.mark }).check();
    await dialog.getByRole('button', { name: org.common.save, exact: true }).click();
    await dialog.locator('ds-error-summary').waitFor();
    expect(await dialog.locator('ds-error-summary').innerText()).toContain(
      `${privacy.confidential.reason}: ${sv.errors.field.required}`,
    );
    await dialog.getByRole('textbox', { name: privacy.confidential.reason }).fill(reason);
    await dialog.getByRole('button', { name: org.common.save, exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: text(org.mandates.saved, { title: mandateTitle }) })
      .waitFor();
    const row = page.getByRole('row').filter({ hasText: mandateTitle });
    await row.getByText(privacy.confidential.tag, { exact: true }).waitFor();
    expect(await row.innerText()).toContain(text(privacy.confidential.reasonShown, { reason }));
    await checkPage(page, 'mandates with a confidential one');

    // 2. Retention: 3 days is below the range of read notifications; 90 is within it.
    await page.goto('/privacy/retention');
    await expectHeading(page, privacy.retention.title);
    await checkPage(page, 'retention periods', { axeAt320: true });
    const notifications = page.getByRole('region', { name: privacy.retention.classes.notificationsRead.name });
    const days = notifications.getByRole('textbox', { name: privacy.retention.daysLabel });
    const save = notifications.getByRole('button', {
      name: text(privacy.retention.saveFor, { name: privacy.retention.classes.notificationsRead.name }),
    });
    await days.fill('3');
    await save.click();
    await notifications.getByText(text(sv.errors.retentionRange, { minimum: 7, maximum: 1825 })).waitFor();
    await checkPage(page, 'retention period out of range');
    await days.fill('90');
    await save.click();
    await page
      .getByRole('status')
      .filter({
        hasText: text(privacy.retention.saved, { name: privacy.retention.classes.notificationsRead.name, days: 90 }),
      })
      .waitFor();

    // 3. The access request for Hodan, downloaded from her page as the browser does it.
    const people = await apiGet(page, '/people?q=Hodan', personListSchema);
    const hodan = people.items[0];
    if (!hodan) throw new Error('The demo has no Hodan');
    await page.goto(`/org/people/${hodan.id}`);
    await expectHeading(page, hodan.name);
    await page.getByText(privacy.accessRequest.anonymousData).waitFor();
    await checkPage(page, 'person page with the access request');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: text(privacy.accessRequest.downloadFor, { name: hodan.name }) }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tillit-access-request-\d{4}-\d{2}-\d{2}-\w{8}\.json$/);
    const file = accessRequestFileSchema.parse(JSON.parse(await readFile(await download.path(), 'utf8')));
    expect(file.subject).toEqual({ id: hodan.id, name: hodan.name });
    expect(file.anonymousData).toBe(privacy.accessRequest.anonymousData);

    // 4. Frontline staff do not see the confidential mandate at all.
    const staff = await session.newPage({ baseURL: server().baseUrl, viewport: desktop });
    await signIn(staff, demoUser('frontline'));
    await staff.goto('/org/mandates');
    await expectHeading(staff, org.mandates.title);
    await staff.getByRole('table').waitFor();
    expect(await staff.getByRole('main').innerText()).not.toContain(mandateTitle);
    expect(session.pageErrors()).toEqual([]);
    // Four pages scanned at two widths, a download and a second sign-in: about two minutes here.
  }, 300_000);
});
