// An administrator connects an integration: creates an API token (shown once, with a warning and
// a copy button), the integration reads with it but may not change anything, and revoking it
// (after a confirmation) stops it at once. Plus the built app's own page: no inline script, under
// the Content Security Policy the server sends.
import { request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.js';
import { demoUser } from './support/demo.js';
import { exactly, sv, text } from './support/i18n.js';
import { checkPage, desktop, describeFocus, expectHeading } from './support/pages.js';
import { useServer } from './support/server.js';
import { signIn } from './support/session.js';

const tk = sv.tokens;
const name = 'Lönesystemet (test)';

describe('API tokens', () => {
  // The second factor has journeys of its own; here the administrator signs in with a password.
  const server = useServer({ env: { MFA_REQUIRED_ROLES: 'none' } });
  const session = useBrowser(() => server().baseUrl, {
    viewport: desktop,
    permissions: ['clipboard-read', 'clipboard-write'],
  });

  it('creates a token shown once, lets an integration read with it, and revokes it', async () => {
    const page = session.page();
    await signIn(page, demoUser('admin'));
    await page
      .getByRole('navigation', { name: sv.platform.layout.mainNav })
      .getByRole('link', { name: tk.title })
      .click();
    await page.waitForURL('**/tokens');
    await expectHeading(page, tk.title);
    await checkPage(page, 'API tokens page', { axeAt320: true });

    await page.getByLabel(tk.create.name, { exact: true }).fill(name);
    expect(await page.getByRole('checkbox', { name: exactly(tk.scopes.orgRead.label) }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: exactly(tk.scopes.orgWrite.label) }).isChecked()).toBe(false);
    await page.getByRole('button', { name: tk.create.submit }).click();

    // The warning comes first, and focus is on it.
    const heading = page.getByRole('heading', { name: tk.created.heading });
    await heading.waitFor();
    await page.waitForFunction((want) => document.activeElement?.textContent?.trim() === want, tk.created.heading);
    await page.getByText(tk.created.warning).waitFor();
    const field = page.getByLabel(text(tk.created.label, { name }), { exact: true });
    const secret = await field.inputValue();
    expect(secret).toMatch(/^tillit_[A-Za-z0-9_-]{43}$/);
    expect(await field.getAttribute('readonly')).not.toBeNull();
    await checkPage(page, 'token shown once', { axeAt320: true });

    await page.getByRole('button', { name: tk.created.copy }).click();
    await page.getByText(tk.created.copied).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    // The integration: no browser, no cookie, only the token.
    const integration = await request.newContext({
      baseURL: server().baseUrl,
      extraHTTPHeaders: { authorization: `Bearer ${secret}` },
    });
    try {
      const units = await integration.get('/api/v1/units');
      expect(units.status()).toBe(200);
      expect(units.headers()['set-cookie']).toBeUndefined();
      const write = await integration.post('/api/v1/mandates', { data: { title: 'Från integrationen' } });
      expect(write.status()).toBe(403);

      await page.getByRole('button', { name: tk.created.done }).click();
      await page.getByLabel(tk.create.name, { exact: true }).waitFor();
      expect(await page.content()).not.toContain(secret);
      expect(await describeFocus(page)).toContain(tk.create.heading);

      // Listed with its last use; the list never holds the secret.
      await page.reload();
      const row = page.getByRole('row').filter({ hasText: name });
      await row.getByText(tk.status.active).waitFor();
      expect(await row.innerText()).not.toContain(tk.list.never);

      await row.getByRole('button', { name: `${tk.list.revoke} ${name}` }).click();
      const dialog = page.getByRole('dialog', { name: text(tk.revoke.title, { name }) });
      await dialog.waitFor();
      await page.getByText(tk.revoke.text).waitFor();
      await checkPage(page, 'revoke confirmation');
      await dialog.getByRole('button', { name: tk.revoke.confirm }).click();
      await page.getByText(text(tk.revoke.done, { name })).waitFor();
      await row.getByText(tk.status.revoked).waitFor();
      expect(await row.getByRole('button').count()).toBe(0);

      expect((await integration.get('/api/v1/units')).status()).toBe(401);
    } finally {
      await integration.dispose();
    }
    expect(session.pageErrors()).toEqual([]);
  });

  it('starts the built app from a page without inline script, under a strict policy', async () => {
    const res = await fetch(`${server().baseUrl}/tokens`);
    expect(res.status).toBe(200);
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\ssrc="\/assets\//);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=|javascript:|<style\b|\sstyle=/i);
  });
});
