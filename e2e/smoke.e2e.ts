// The thinnest journey: the built server with the demo organisation serves a page that has a
// main heading, throws nothing, and passes the WCAG 2.1 AA scan; and the demo data is there.
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.js';
import { useBrowser } from './support/browser.js';
import { demoPassword, demoUser } from './support/demo.js';
import { useServer } from './support/server.js';

describe('smoke', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl);

  it('serves the start page with a heading and no accessibility violations', async () => {
    const page = session.page();
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);

    const heading = page.locator('h1').first();
    await heading.waitFor({ state: 'visible' });
    expect((await heading.innerText()).trim()).not.toBe('');

    await expectNoAxeViolations(page, 'start page');
    expect(session.pageErrors()).toEqual([]);
  });

  it('seeded the demo organisation and printed its sign-ins', () => {
    const output = server().output();
    expect(output).toContain(demoUser('admin').email);
    expect(output).toContain(demoPassword);
  });
});
