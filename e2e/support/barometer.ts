// Helpers for the barometer journeys: a ten-item pulse written as data (an analyst's own
// instrument, as the "custom questions"), a wave on one unit opened at once, and reading
// waves as the contract types them.
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { waveDetailSchema, waveListSchema, type InstrumentDefinitionInput } from '../../common/barometer/api.js';
import { agreeItem, l } from '../../common/barometer/instruments/texts.js';
import { apiGet } from './session.js';
import { apiWrite } from './signals.js';

/** The pulse's ten statements, in Swedish (the journeys run in Swedish); the other languages
 *  say the same so the definition passes the same schema as the built-ins. */
const statements = [
  ['trustManager', 'Jag litar på min närmaste chef.', 'I trust my closest manager.'],
  ['trustColleagues', 'Jag kan lita på mina kollegor.', 'I can rely on my colleagues.'],
  ['mandate', 'Jag får fatta de beslut som mitt arbete kräver.', 'I may take the decisions my work needs.'],
  ['support', 'Jag får stöd när arbetet blir svårt.', 'I get support when the work gets hard.'],
  ['voice', 'Jag kan säga vad jag tycker utan oro.', 'I can say what I think without worry.'],
  ['meaning', 'Mitt arbete gör skillnad för dem vi finns till för.', 'My work makes a difference to those we serve.'],
  ['time', 'Jag hinner med det som är viktigast för brukarna.', 'I have time for what matters most to clients.'],
  ['information', 'Jag får den information jag behöver i tid.', 'I get the information I need in time.'],
  ['fairness', 'Arbetet fördelas rättvist.', 'Work is shared out fairly.'],
  ['recommend', 'Jag skulle rekommendera min arbetsplats.', 'I would recommend my workplace.'],
] as const;

export const pulseItemTexts: string[] = statements.map(([, sv]) => sv);

/** A new instrument key per run: a key and version can be added only once per database. */
export function pulseDefinition(key: string): InstrumentDefinitionInput {
  return {
    key,
    version: 1,
    names: l('Veckopuls', 'Ukepuls', 'Ugepuls', 'Weekly pulse'),
    items: statements.map(([itemKey, sv, en]) => agreeItem(itemKey, l(sv, en, en, en))),
    dimensions: [
      {
        key: 'trust',
        names: l('Tillit', 'Tillit', 'Tillid', 'Trust'),
        items: ['trustManager', 'trustColleagues', 'voice'],
        score100: true,
      },
      {
        key: 'room',
        names: l('Handlingsutrymme', 'Handlingsrom', 'Handlerum', 'Room for action'),
        items: ['mandate', 'support', 'time'],
        score100: true,
      },
    ],
  };
}

/** Adds the pulse as an instrument (administrators and analysts). */
export async function addPulseInstrument(page: Page, key: string): Promise<void> {
  await apiWrite(page, 'POST', '/barometer/instruments', { definition: pulseDefinition(key) }, z.unknown());
}

/** A wave on one unit's subtree that opens at once and closes in a week. */
export async function openWave(page: Page, options: { title: string; unitId: string; instrumentKey: string }) {
  const now = Date.now();
  return apiWrite(
    page,
    'POST',
    '/barometer/waves',
    {
      title: options.title,
      instruments: [{ key: options.instrumentKey }],
      scopeUnitId: options.unitId,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 7 * 24 * 3600_000).toISOString(),
    },
    waveDetailSchema,
  );
}

export async function waveList(page: Page) {
  return apiGet(page, '/barometer/waves', waveListSchema);
}

export async function waveDetail(page: Page, id: string) {
  return apiGet(page, `/barometer/waves/${id}`, waveDetailSchema);
}
