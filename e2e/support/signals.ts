// Helpers for the signals journeys: writing through the API with the page's own session (cookie
// and CSRF token, as the app itself sends them) and reading a signal as the contract types it.
import type { Page } from 'playwright-core';
import type { z } from 'zod';
import { signalDetailSchema, signalListSchema } from '../../common/signals/signals.js';
import type { DemoUser } from './demo.js';
import { settled } from './pages.js';
import { apiGet } from './session.js';

/** Signs in through the API (the sign-in page has journeys of its own), then opens `path`. The
 *  session cookies land in the page's browser context, as after signing in on the page. */
export async function signInAs(page: Page, user: Pick<DemoUser, 'email' | 'password'>, path = '/'): Promise<void> {
  const response = await page.request.post('/api/v1/auth/login', {
    data: { email: user.email, password: user.password },
  });
  if (!response.ok()) throw new Error(`Signing in as ${user.email} answered ${response.status()}`);
  await page.goto(path);
  await settled(page);
}

/** The session's CSRF token, which every state-changing request with a cookie must echo. */
async function csrfToken(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find(
    (c) => c.name === 'tillit_csrf' || c.name === '__Host-tillit_csrf',
  );
  if (!cookie) throw new Error('No CSRF cookie: is the page signed in?');
  return cookie.value;
}

/** POST or PUT JSON with the signed-in page's session; the answer is checked against `schema`. */
export async function apiWrite<S extends z.ZodType>(
  page: Page,
  method: 'POST' | 'PUT',
  path: string,
  data: unknown,
  schema: S,
): Promise<z.infer<S>> {
  const response = await page.request.fetch(`/api/v1${path}`, {
    method,
    data,
    headers: { 'x-csrf-token': await csrfToken(page) },
  });
  if (!response.ok())
    throw new Error(`${method} /api/v1${path} answered ${response.status()}: ${await response.text()}`);
  return schema.parse(await response.json());
}

/** The one visible signal whose text contains `needle`, read as its detail. */
export async function signalByText(page: Page, needle: string) {
  const list = await apiGet(page, `/signals?q=${encodeURIComponent(needle)}`, signalListSchema);
  const [first, ...rest] = list.items;
  if (!first || rest.length > 0) throw new Error(`Expected one signal with "${needle}", found ${list.items.length}`);
  return apiGet(page, `/signals/${first.id}`, signalDetailSchema);
}
