// Helpers for the burden journeys: setting up demands and rounds through the API with the page's
// own session (what a journey is not about is done the quick way), and reading them back as the
// contract types them.
import type { Page } from 'playwright-core';
import type { z } from 'zod';
import {
  createDemandBody,
  createRoundBody,
  demandDetailSchema,
  demandListSchema,
  roundReportSchema,
} from '../../common/burden/api.js';
import { apiGet } from './session.js';
import { apiWrite } from './signals.js';

export type DemandSetup = z.input<typeof createDemandBody>;

/** Registers a demand (the signed-in page must be allowed to) and returns its detail. */
export function createDemand(page: Page, body: DemandSetup) {
  return apiWrite(page, 'POST', '/burden/demands', body, demandDetailSchema);
}

export function openRound(page: Page, body: z.input<typeof createRoundBody>) {
  return apiWrite(page, 'POST', '/burden/rounds', body, roundReportSchema);
}

/** The one active demand with exactly this title, as its detail. */
export async function demandByTitle(page: Page, title: string) {
  const list = await apiGet(page, `/burden/demands?q=${encodeURIComponent(title)}&pageSize=100`, demandListSchema);
  const matches = list.items.filter((d) => d.title === title);
  const [first, ...rest] = matches;
  if (!first || rest.length > 0) throw new Error(`Expected one demand titled "${title}", found ${matches.length}`);
  return apiGet(page, `/burden/demands/${first.id}`, demandDetailSchema);
}

/** Today and a date some days on, as the round form's date fields take them (UTC calendar days). */
export function isoDay(offsetDays = 0): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date.toISOString().slice(0, 10);
}

/** The number as the Swedish pages print it (one decimal at most, non-breaking group spaces). */
export function svNumber(value: number, digits = 1): string {
  return new Intl.NumberFormat('sv-SE', { maximumFractionDigits: digits }).format(value);
}
