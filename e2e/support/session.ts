// Signing in and out through the pages, as a user does, and reading the API with the page's own
// cookies (page.request shares the browser context's cookie jar).
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { unitListSchema } from '../../common/org/units.js';
import { totpCode, totpStep } from '../../server/platform/auth/totp.js';
import { demoTotpSecret, type DemoUser } from './demo.js';
import { da, en, nb, sv } from './i18n.js';
import { settled } from './pages.js';

/** The part of a platform catalog the sign-in form needs, in any of the four languages. */
interface SignInTexts {
  signIn: { email: string; password: string };
}

/** Fills the sign-in form and presses Enter, then the second step's code when the demo user's
 *  role asks for one (computed from the published demo secret, as the phone app would), then
 *  waits for the page that follows. */
export async function signIn(
  page: Page,
  user: Pick<DemoUser, 'email' | 'password'>,
  catalog: SignInTexts = sv.platform,
): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/sign-in')) await page.goto('/sign-in');
  await page.getByLabel(catalog.signIn.email, { exact: true }).fill(user.email);
  await page.getByLabel(catalog.signIn.password, { exact: true }).fill(user.password);
  await page.getByLabel(catalog.signIn.password, { exact: true }).press('Enter');
  await page.waitForFunction(
    () => !window.location.pathname.startsWith('/sign-in') || document.getElementById('sign-in-code') !== null,
  );
  if ((await page.locator('#sign-in-code').count()) > 0) {
    const security = [sv, nb, da, en].find((bundle) => bundle.platform.signIn === catalog.signIn)?.security;
    const field = page.getByLabel((security ?? sv.security).code.label, { exact: true });
    await field.fill(await nextCode(page, user.email));
    await field.press('Enter');
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await settled(page);
}

/** The last step used per server and person. A code works only once, and the server accepts the
 *  previous, current and next step: so up to three sign-ins fit in one 30-second step (the
 *  previous step's code only while the step is not about to end), and a fourth waits for the
 *  clock, as a person reading the app would. */
const usedSteps = new Map<string, number>();

async function nextCode(page: Page, email: string): Promise<string> {
  const key = `${new URL(page.url()).origin} ${email}`;
  const now = totpStep(Date.now());
  const secondsIntoStep = (Date.now() / 1000) % 30;
  const earliest = secondsIntoStep < 25 ? now - 1 : now;
  const step = Math.max(earliest, (usedSteps.get(key) ?? 0) + 1);
  while (step > totpStep(Date.now()) + 1) await new Promise((resolve) => setTimeout(resolve, 1_000));
  usedSteps.set(key, step);
  return totpCode(demoTotpSecret, step);
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
