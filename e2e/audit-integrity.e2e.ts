// An auditor checks the audit log's integrity by keyboard: the menu leads to the check, the result
// is announced, the head checksum can be copied and compared at a later check, and a wrong one is
// reported. Every state passes axe and reflows at 320 px (a 64-digit checksum must wrap). Then
// someone edits one entry straight in the database file, and the check names where the chain breaks.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditVerifySchema } from '../common/platform/audit.js';
import { useBrowser } from './support/browser.js';
import { rows, withDatabase } from './support/database.js';
import { demoUser } from './support/demo.js';
import { exactly, sv, text } from './support/i18n.js';
import { checkPage, desktop, expectHeading } from './support/pages.js';
import { useServer } from './support/server.js';
import { signIn } from './support/session.js';

const audit = sv.audit.integrity;

/** Presses the check button by keyboard and waits until the live region says `expected`. */
async function runCheck(page: Page, expected: string): Promise<void> {
  await page.getByRole('button', { name: exactly(audit.check) }).press('Enter');
  await page.locator('main [role="status"]').filter({ hasText: expected }).waitFor();
  await page.getByRole('button', { name: exactly(audit.check) }).waitFor();
}

const intact = audit.ok_other.slice(0, audit.ok_other.indexOf(':'));

describe('checking the audit log', () => {
  // This journey is about the audit log, not about the second factor.
  const server = useServer({ env: { MFA_REQUIRED_ROLES: 'none' } });
  const session = useBrowser(() => server().baseUrl, { viewport: desktop });

  it('lets an auditor check the chain, note its head and compare it later', async () => {
    const page = session.page();
    await signIn(page, demoUser('auditor'));
    await page
      .getByRole('link', { name: exactly(sv.audit.nav) })
      .first()
      .click();
    await expectHeading(page, audit.pageTitle);
    await checkPage(page, 'integrity page before a check');

    await runCheck(page, intact);
    await checkPage(page, 'integrity page with an intact chain', { axeAt320: true });
    const headLabel = await page
      .locator('.audit-facts dt')
      .filter({ hasText: audit.headHash.slice(0, audit.headHash.indexOf('{{')) })
      .innerText();
    const headSeq = headLabel.replace(/\D/g, '');
    const headHash = (await page.locator('code.audit-hash').innerText()).trim();
    expect(headSeq).toMatch(/^[1-9][0-9]*$/);
    expect(headHash).toMatch(/^[0-9a-f]{64}$/);

    await page.getByLabel(audit.seq, { exact: true }).fill(headSeq);
    await page.getByLabel(audit.hash, { exact: true }).fill(headHash);
    await runCheck(page, text(audit.noted.match, { seq: headSeq }));

    await page.getByLabel(audit.hash, { exact: true }).fill('0'.repeat(64));
    await runCheck(page, text(audit.noted.differs, { seq: headSeq }));
    await checkPage(page, 'integrity page with a noted checksum that differs');

    // A half-filled comparison is a form error that leads to the field.
    await page.getByLabel(audit.hash, { exact: true }).fill('');
    await page.getByRole('button', { name: exactly(audit.check) }).press('Enter');
    await page.getByRole('link', { name: new RegExp(`^${audit.hash}:`) }).waitFor();
    await checkPage(page, 'integrity page with a form error');
    expect(session.pageErrors()).toEqual([]);
  }, 120_000);

  it('shows the check on the audit page to administrators and refuses it to frontline staff', async () => {
    const page = session.page();
    await signIn(page, demoUser('admin'));
    await page.goto('/audit');
    await expectHeading(page, sv.platform.audit.title);
    await page.getByRole('heading', { name: exactly(audit.heading) }).waitFor();
    await runCheck(page, intact);
    await checkPage(page, 'audit page with an intact chain');

    await session.context().clearCookies();
    await signIn(page, demoUser('frontline'));
    await page.goto('/audit/integrity');
    await expectHeading(page, sv.platform.forbidden.title);
    expect(await page.locator('main').innerText()).toContain(audit.forbidden);
    expect(session.pageErrors()).toEqual([]);
  }, 120_000);

  // Last in the file: the chain stays broken for the rest of this server's life.
  it('names the first broken link after one entry was edited in the database file', async () => {
    const page = session.page();
    await signIn(page, demoUser('admin'));
    // An entry from the middle of the sealed chain, backdated by a day, as someone with the file
    // and an SQLite shell would; its stored hash is left as it was.
    const edited = withDatabase(server(), (db) => {
      const sealed = rows(db, 'SELECT id, seq FROM audit_log WHERE seq IS NOT NULL ORDER BY seq');
      const middle = sealed[Math.floor(sealed.length / 2)];
      if (sealed.length < 3 || !middle) throw new Error(`Too few sealed audit entries (${sealed.length})`);
      const backdate = "at = strftime('%Y-%m-%dT%H:%M:%fZ', at, '-1 day')";
      expect(db.prepare(`UPDATE audit_log SET ${backdate} WHERE id = ?`).run(middle.id).changes).toBe(1);
      return { seq: Number(middle.seq), id: Number(middle.id) };
    });

    await page.goto('/audit');
    await expectHeading(page, sv.platform.audit.title);
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/audit/verify');
    await runCheck(page, text(audit.broken, { seq: edited.seq }));
    // The check names the entry too (its id, for the log's own table), and what is wrong with it.
    const report = auditVerifySchema.parse(await (await answered).json());
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toEqual({ seq: edited.seq, id: edited.id, kind: 'hash' });
    const facts = page.locator('.audit-facts');
    await facts.getByText(audit.kinds.hash, { exact: true }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain(intact);
    await checkPage(page, 'audit page with a broken chain', { axeAt320: true });
    expect(session.pageErrors()).toEqual([]);
  }, 120_000);
});
