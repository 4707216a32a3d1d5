// Exactly which wave fields leave the server.
import type { WaveSummary } from '../../../common/barometer/api.js';
import { isOneOf } from '../../../common/platform/one-of.js';
import { waveRepeats, waveStatuses } from '../../../common/barometer/vocabulary.js';
import type { Locale } from '../../../common/i18n/locales.js';
import { inLocale, parseInstrumentRefs } from './instruments.js';
import { findInstrumentRow, type Db, type WaveRow } from './repo.js';
import { parseDefinition } from './instruments.js';

export function parseIds(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

const status = (value: string) => (isOneOf(waveStatuses, value) ? value : 'draft');
const repeat = (value: string) => (isOneOf(waveRepeats, value) ? value : 'none');

export async function presentWaveSummary(
  db: Db,
  wave: WaveRow,
  locale: Locale,
  names: Map<string, string>,
  toAnswer: boolean,
): Promise<WaveSummary> {
  const instruments = [];
  for (const ref of parseInstrumentRefs(wave.instruments_json)) {
    const row = await findInstrumentRow(db, ref.key, ref.version);
    instruments.push({
      key: ref.key,
      version: ref.version,
      name: row ? inLocale(parseDefinition(row.definition_json).names, locale) : ref.key,
    });
  }
  return {
    id: wave.id,
    title: wave.title,
    status: status(wave.status),
    scope: wave.scope_unit_id ? { id: wave.scope_unit_id, name: names.get(wave.scope_unit_id) ?? '' } : null,
    instruments,
    opensAt: wave.opens_at,
    closesAt: wave.closes_at,
    closedAt: wave.closed_at,
    repeat: repeat(wave.repeat),
    minGroup: wave.min_group,
    minComments: wave.min_comments,
    toAnswer,
  };
}
