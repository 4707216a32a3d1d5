// The demo organisation's barometer: one closed wave for elderly care (Äldreomsorgen) with
// realistic answers, closed through the real closing code so the heatmap has values and at least
// one suppressed cell (the night patrol, where only two answered); and an open HME pulse for
// Hemtjänst Norra that the demo frontline sign-in has not answered yet. Dates follow today's date.
import type { Transaction } from 'kysely';
import type { InstrumentDefinition } from '../../common/barometer/instrument.js';
import { builtInInstruments } from '../../common/barometer/instruments/index.js';
import type { Database } from '../db/schema.js';
import type { Notifier } from '../platform/notifications/notify.js';
import { writeResponse, type AnswerRow } from '../modules/barometer/answer-service.js';
import { closeWave } from '../modules/barometer/closing.js';
import { askedItems } from '../modules/barometer/form.js';
import { openWave } from '../modules/barometer/opening.js';
import { ensureBuiltInInstruments, findWave, insertWave, readSettings } from '../modules/barometer/repo.js';
import { demoUuid, intBetween, mulberry32, type Rng } from './random.js';

/** The demo's invitations are not sent: the demo starts with a quiet inbox. */
const quiet: Notifier = { notify: async () => {} };

const comments = [
  'Dubbeldokumentation i två system.',
  'Att leta efter nycklar och bilar varje morgon.',
  'Mötestid som inte leder till beslut.',
  'Manuella listor som ingen läser.',
  'Att ringa runt för att hitta vikarier.',
];

const days = (n: number, from = Date.now()) => new Date(from + n * 86_400_000).toISOString();

async function unitId(trx: Transaction<Database>, code: string): Promise<string | undefined> {
  return (await trx.selectFrom('units').select('id').where('code', '=', code).executeTakeFirst())?.id;
}

async function createDemoWave(
  trx: Transaction<Database>,
  key: string,
  title: string,
  scopeCode: string,
  instrumentKeys: string[],
  opensAt: string,
  closesAt: string,
) {
  const scope = await unitId(trx, scopeCode);
  if (!scope) return undefined;
  const settings = await readSettings(trx);
  const id = demoUuid('barometer-wave', key);
  await insertWave(trx, {
    id,
    title,
    instruments_json: JSON.stringify(instrumentKeys.map((k) => ({ key: k, version: 1 }))),
    scope_unit_id: scope,
    opens_at: opensAt,
    closes_at: closesAt,
    closed_at: null,
    status: 'draft',
    min_group: settings.minGroup,
    min_comments: settings.minComments,
    repeat: 'none',
    series_id: demoUuid('barometer-series', key),
    reminder_days_before_close: 3,
    reminded: 0,
    dependent_unit_ids_json: '[]',
    created_by: null,
    created_at: opensAt,
    updated_at: opensAt,
  });
  const wave = await findWave(trx, id);
  if (!wave) return undefined;
  await openWave(trx, quiet, wave, opensAt);
  return wave;
}

/**
 * Answers as a person of a unit with the given leaning might: around the mean. Every item is
 * answered: where a few skip an item, the anonymity rules hide that item for the group (the
 * skippers could be isolated otherwise), which would make the demo's picture patchier than its point.
 */
function answersFor(
  rng: Rng,
  instruments: readonly InstrumentDefinition[],
  participant: { isManager: boolean; unitId: string },
  mean: number,
): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const asked of askedItems(instruments, participant, [])) {
    const { item } = asked;
    if (item.kind === 'text') continue;
    const max = item.kind === 'choice' ? item.choices.length : item.scaleMax;
    const min = item.kind === 'choice' ? 1 : item.scaleMin;
    const centre = item.kind === 'choice' ? 2.4 : mean;
    const value = Math.min(max, Math.max(min, Math.round(centre + (rng() + rng() - 1) * 1.8)));
    rows.push({ audience: item.audience, itemKey: asked.key, targetUnitId: null, value });
  }
  return rows;
}

export async function seedDemoBarometer(trx: Transaction<Database>): Promise<void> {
  await ensureBuiltInInstruments(trx);
  const rng = mulberry32(6006);
  const now = Date.now();

  // Last autumn's trust barometer for elderly care, closed two weeks ago.
  const closedKeys = ['socialCapital', 'trustChain', 'roomForAction', 'hme'];
  const closedInstruments = builtInInstruments.filter((i) => closedKeys.includes(i.key));
  const closed = await createDemoWave(
    trx,
    'autumn',
    'Tillitsbarometern, äldreomsorgen',
    'AO',
    closedKeys,
    days(-35, now),
    days(-14, now),
  );
  if (closed) {
    const nightPatrol = await unitId(trx, 'AO-HT3-NP');
    const participants = await trx
      .selectFrom('barometer_participation')
      .select(['person_id', 'unit_id', 'is_manager'])
      .where('wave_id', '=', closed.id)
      .orderBy('person_id')
      .execute();
    const leaning = new Map<string, number>();
    let nightAnswers = 0;
    for (const p of participants) {
      // The night patrol is small and only two of them answered: its cell stays hidden.
      if (p.unit_id === nightPatrol && nightAnswers >= 2) continue;
      if (p.unit_id !== nightPatrol && rng() > 0.82) continue;
      if (p.unit_id === nightPatrol) nightAnswers += 1;
      const mean = leaning.get(p.unit_id) ?? 2.7 + rng() * 1.5;
      leaning.set(p.unit_id, mean);
      const rows = answersFor(rng, closedInstruments, { isManager: p.is_manager === 1, unitId: p.unit_id }, mean);
      const comment =
        rng() < 0.3 ? [{ itemKey: 'roomForAction.wastedWhat', text: comments[intBetween(rng, 0, 4)] ?? '' }] : [];
      await writeResponse(trx, { waveId: closed.id, personId: p.person_id, unitId: p.unit_id }, rows, comment);
    }
    await closeWave(trx, quiet, closed, days(-14, now));
  }

  // This month's HME pulse in Hemtjänst Norra: open, some have answered, the frontline sign-in has not.
  const pulse = await createDemoWave(
    trx,
    'pulse',
    'Pulsen i Hemtjänst Norra',
    'AO-HT1',
    ['hme'],
    days(-2, now),
    days(12, now),
  );
  if (pulse) {
    const frontline = (
      await trx.selectFrom('people').select('id').where('email', '=', 'medarbetare@exempelby.se').executeTakeFirst()
    )?.id;
    const hme = builtInInstruments.filter((i) => i.key === 'hme');
    const participants = await trx
      .selectFrom('barometer_participation')
      .select(['person_id', 'unit_id', 'is_manager'])
      .where('wave_id', '=', pulse.id)
      .orderBy('person_id')
      .execute();
    let answered = 0;
    for (const p of participants) {
      if (p.person_id === frontline || answered >= 5) continue;
      answered += 1;
      const rows = answersFor(rng, hme, { isManager: p.is_manager === 1, unitId: p.unit_id }, 3.6);
      await writeResponse(trx, { waveId: pulse.id, personId: p.person_id, unitId: p.unit_id }, rows, []);
    }
  }
}
