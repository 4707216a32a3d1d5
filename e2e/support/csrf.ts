// The header a state-changing API call made with page.request must carry: the session's CSRF
// token, which the server sets in a cookie our own page can read.
import type { Page } from 'playwright-core';

export async function csrfHeader(page: Page): Promise<Record<string, string>> {
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('tillit_csrf'));
  return { 'x-csrf-token': cookie?.value ?? '' };
}
