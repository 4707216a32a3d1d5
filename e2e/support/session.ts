// Signing in and out through the pages, as a user does, and reading the API with the page's own
// cookies (page.request shares the browser context's cookie jar).
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { unitListSchema } from '../../common/org/units.js';
import type { DemoUser } from './demo.js';
import { sv } from './i18n.js';
import { settled } from './pages.js';

/** The part of a platform catalog the sign-in form needs, in any of the four languages. */
interface SignInTexts {
  signIn: { email: string; password: string };
}

/** Fills the sign-in form and presses Enter, then waits for the page that follows it. */
export async function signIn(
  page: Page,
  user: Pick<DemoUser, 'email' | 'password'>,
  catalog: SignInTexts = sv.platform,
): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/sign-in')) await page.goto('/sign-in');
  await page.getByLabel(catalog.signIn.email, { exact: true }).fill(user.email);
  await page.getByLabel(catalog.signIn.password, { exact: true }).fill(user.password);
  await page.getByLabel(catalog.signIn.password, { exact: true }).press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await settled(page);
}

/** Reads a JSON endpoint with the signed-in page's session and checks it against the contract. */
export async function apiGet<S extends z.ZodType>(page: Page, path: string, schema: S): Promise<z.infer<S>> {
  const response = await page.request.get(`/api/v1${path}`);
  if (!response.ok()) throw new Error(`GET /api/v1${path} answered ${response.status()}: ${await response.text()}`);
  return schema.parse(await response.json());
}

/** The id of a unit by its code (codes are stable in the demo; ids are random per database). */
export async function unitIdByCode(page: Page, code: string): Promise<string> {
  const { items } = await apiGet(page, '/units?includeInactive=true', unitListSchema);
  const unit = items.find((u) => u.code === code);
  if (!unit) throw new Error(`No unit with code ${code}`);
  return unit.id;
}
