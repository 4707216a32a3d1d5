// Closing a wave: after this, nothing in the database links an answer to a person.
// 1. Participation is reduced to counts per unit (invited, answered) and its rows are deleted.
// 2. Aggregates per (unit, metric) are computed from the raw answers.
// 3. The wave's responses, answers and comments are rewritten in random order with new random ids.
// 4. Visibility is computed once for every metric over the frozen tree and stored.
// All in the caller's transaction; vacuumAfterClose then cleans up dead row versions.
import { randomInt, randomUUID } from 'node:crypto';
import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import { visibleNodes } from '../../../common/barometer/anonymity.js';
import {
  commentsMetric,
  contributions,
  respondentsMetric,
  type StoredAnswer,
} from '../../../common/barometer/metrics.js';
import { emptySums } from '../../../common/barometer/scoring.js';
import type { Database } from '../../db/schema.js';
import type { Notifier } from '../../platform/notifications/notify.js';
import { loadWaveInstruments } from './instruments.js';
import { moveWaveStatus, waveUnits, type WaveRow } from './repo.js';
import { batches } from '../../db/batches.js';

/** Fisher-Yates with a cryptographic generator: the new order owes nothing to the old one. */
export function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    const a = out[i];
    const b = out[j];
    if (a === undefined || b === undefined) continue;
    out[i] = b;
    out[j] = a;
  }
  return out;
}

interface Sums {
  n: number;
  sum: number;
  sumSq: number;
  counts: Map<number, number>;
}

export async function closeWave(
  trx: Transaction<Database>,
  notifier: Notifier,
  wave: WaveRow,
  at: string,
): Promise<boolean> {
  if (!(await moveWaveStatus(trx, wave.id, 'open', 'closed', at))) return false;

  // 1. Participation -> counts; then the rows go.
  const counts = await trx
    .selectFrom('barometer_participation')
    .select([
      'unit_id',
      (eb) => eb.fn.countAll<number>().as('invited'),
      (eb) => eb.fn.sum<number>('answered').as('answered'),
    ])
    .where('wave_id', '=', wave.id)
    .groupBy('unit_id')
    .execute();
  const managerIds = await trx
    .selectFrom('barometer_participation')
    .select('person_id')
    .where('wave_id', '=', wave.id)
    .where('is_manager', '=', 1)
    .execute();
  const units = await waveUnits(trx, wave.id);
  const countByUnit = new Map(counts.map((c) => [c.unit_id, c]));
  for (const unit of units) {
    const c = countByUnit.get(unit.unit_id);
    await trx
      .updateTable('barometer_wave_units')
      .set({ invited: Number(c?.invited ?? 0), answered: Number(c?.answered ?? 0) })
      .where('wave_id', '=', wave.id)
      .where('unit_id', '=', unit.unit_id)
      .execute();
  }
  await trx.deleteFrom('barometer_participation').where('wave_id', '=', wave.id).execute();

  // 2. Aggregates from the raw answers.
  const instruments = await loadWaveInstruments(trx, wave.instruments_json);
  const responses = await trx
    .selectFrom('barometer_responses')
    .select(['id', 'unit_id', 'audience', 'commented'])
    .where('wave_id', '=', wave.id)
    .execute();
  const answers = await trx
    .selectFrom('barometer_answers as a')
    .innerJoin('barometer_responses as r', 'r.id', 'a.response_id')
    .select(['a.response_id', 'a.item_key', 'a.target_unit_id', 'a.value'])
    .where('r.wave_id', '=', wave.id)
    .execute();
  const comments = await trx
    .selectFrom('barometer_comments')
    .select(['unit_id', 'item_key', 'text'])
    .where('wave_id', '=', wave.id)
    .execute();
  const answersOf = new Map<string, StoredAnswer[]>();
  for (const a of answers) {
    const list = answersOf.get(a.response_id) ?? [];
    list.push({ itemKey: a.item_key, targetUnitId: a.target_unit_id, value: a.value });
    answersOf.set(a.response_id, list);
  }
  const sums = new Map<string, Map<string, Sums>>(); // metric -> unit -> sums
  const add = (metric: string, unitId: string, score: number, value?: number) => {
    const perUnit = sums.get(metric) ?? new Map<string, Sums>();
    sums.set(metric, perUnit);
    const s = perUnit.get(unitId) ?? { ...emptySums(), counts: new Map<number, number>() };
    perUnit.set(unitId, s);
    s.n += 1;
    s.sum += score;
    s.sumSq += score * score;
    if (value !== undefined) s.counts.set(value, (s.counts.get(value) ?? 0) + 1);
  };
  for (const response of responses)
    for (const c of contributions(instruments, response.audience, answersOf.get(response.id) ?? []))
      add(c.metric, response.unit_id, c.score, c.value);
  // The comment threshold counts the people who wrote, not the comments: one person writing three
  // comments is still one person.
  for (const response of responses)
    if (response.audience === 'all' && response.commented === 1) add(commentsMetric, response.unit_id, 1);
  const aggregateRows = [...sums].flatMap(([metric, perUnit]) =>
    [...perUnit].map(([unitId, s]) => ({
      wave_id: wave.id,
      unit_id: unitId,
      metric,
      n: s.n,
      sum: s.sum,
      sum_sq: s.sumSq,
      counts_json: JSON.stringify(Object.fromEntries([...s.counts].sort((a, b) => a[0] - b[0]))),
    })),
  );
  for (const rows of batches(aggregateRows, 300)) await trx.insertInto('barometer_aggregates').values(rows).execute();

  // 3. Rewrite in random order with new ids.
  await trx
    .deleteFrom('barometer_answers')
    .where('response_id', 'in', (eb) =>
      eb.selectFrom('barometer_responses').select('id').where('wave_id', '=', wave.id),
    )
    .execute();
  await trx.deleteFrom('barometer_responses').where('wave_id', '=', wave.id).execute();
  await trx.deleteFrom('barometer_comments').where('wave_id', '=', wave.id).execute();
  const newIds = new Map(responses.map((r) => [r.id, randomUUID()]));
  const responseRows = shuffle(responses).map((r) => ({
    id: newIds.get(r.id) ?? randomUUID(),
    wave_id: wave.id,
    unit_id: r.unit_id,
    audience: r.audience,
    commented: r.commented,
  }));
  for (const rows of batches(responseRows, 300)) await trx.insertInto('barometer_responses').values(rows).execute();
  const answerRows = shuffle(answers).map((a) => ({
    id: randomUUID(),
    response_id: newIds.get(a.response_id) ?? '',
    item_key: a.item_key,
    target_unit_id: a.target_unit_id,
    value: a.value,
  }));
  for (const rows of batches(answerRows, 300)) await trx.insertInto('barometer_answers').values(rows).execute();
  const commentRows = shuffle(comments).map((c) => ({ id: randomUUID(), wave_id: wave.id, ...c }));
  for (const rows of batches(commentRows, 300)) await trx.insertInto('barometer_comments').values(rows).execute();

  // 4. Visibility, once, over the whole tree.
  await storeVisibility(trx, wave.id, units, sums, wave.min_group, wave.min_comments);

  // Managers of the wave learn that results are there (their names are not in any result).
  for (const { person_id } of managerIds)
    await notifier.notify(trx, {
      personId: person_id,
      kind: 'barometer.resultsReady',
      params: { title: wave.title },
      link: `/barometer/waves/${wave.id}`,
    });
  return true;
}

/** (Re)computes and stores which subtree nodes may be shown for every metric of a closed wave. */
export async function storeVisibility(
  trx: Transaction<Database>,
  waveId: string,
  units: readonly { unit_id: string; parent_id: string | null }[],
  sums: ReadonlyMap<string, ReadonlyMap<string, { n: number }>>,
  minGroup: number,
  minComments: number,
): Promise<void> {
  const nodes = units.map((u) => ({ id: u.unit_id, parentId: u.parent_id }));
  await trx.deleteFrom('barometer_visibility').where('wave_id', '=', waveId).execute();
  const respondents = new Map(
    [...(sums.get(respondentsMetric) ?? new Map<string, { n: number }>())].map(([u, s]) => [u, s.n]),
  );
  const rows = [...sums].map(([metric, perUnit]) => {
    const direct = new Map([...perUnit].map(([unitId, s]) => [unitId, s.n]));
    const k = metric === commentsMetric ? minComments : minGroup;
    // A figure over the answerers of one item beside one over all respondents (a dimension, the
    // response rate) differs by the skippers: they must be none or a group of k (anonymity.ts).
    const population = metric === commentsMetric || metric === respondentsMetric ? undefined : respondents;
    const visible = visibleNodes(nodes, direct, k, population);
    return { wave_id: waveId, metric, unit_ids_json: JSON.stringify([...visible].sort()) };
  });
  for (const part of batches(rows, 300)) await trx.insertInto('barometer_visibility').values(part).execute();
}

/**
 * After the closing transaction: removes the old row versions the rewrite left behind. PostgreSQL
 * keeps dead tuples until VACUUM; SQLite (secure_delete on) has zeroed them, and a checkpoint moves
 * the write-ahead log into the database file and truncates it. Best effort: a failure is logged by
 * the caller and the next close tries again.
 */
export async function vacuumAfterClose(db: Kysely<Database>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (const table of ['barometer_participation', 'barometer_responses', 'barometer_answers', 'barometer_comments'])
      await sql`VACUUM ${sql.table(table)}`.execute(db);
  } else {
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  }
}
