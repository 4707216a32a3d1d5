// Answering a wave. The answer is stored with the wave and the unit from the frozen snapshot and
// nothing else: no person, time, session or address. The participation flag and the answer are
// written in one transaction; nothing personal is logged or audited. Every error is about the
// caller only and never says whether anyone else answered.
import { randomUUID } from 'node:crypto';
import { PostgresAdapter, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SubmitResponseBody, WaveForm } from '../../../common/barometer/api.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { requireSignedIn, type AuthedContext, type ServiceContext } from '../../platform/principal.js';
import { loadOrgScope } from '../org/scope.js';
import { askedItems, presentFormItem, valueRange, type AskedItem } from './form.js';
import { inLocale, loadWaveInstruments } from './instruments.js';
import { barometerPolicy } from './policy.js';
import { findParticipation, findWave, unitNames, type WaveRow } from './repo.js';
import { parseIds } from './wave-presenters.js';

/** The wave and the caller's own invitation, or the error the caller may see. */
async function invitation(ctx: AuthedContext, waveId: string, now: Date) {
  const wave = await findWave(ctx.db, waveId);
  if (!wave) throw notFound();
  const mine = await findParticipation(ctx.db, waveId, ctx.principal.personId);
  const closed = wave.status === 'closed' || (wave.status === 'open' && Date.parse(wave.closes_at) <= now.getTime());
  if (closed && (mine || (await mayKnowWave(ctx, wave)))) throw conflict('barometerWaveClosed');
  if (!mine || wave.status !== 'open') throw notFound();
  if (mine.answered === 1) throw conflict('barometerAlreadyAnswered');
  return { wave, mine };
}

/** Whether the caller may know the wave exists (then "closed" is a fair answer, not a leak). */
async function mayKnowWave(ctx: AuthedContext, wave: WaveRow): Promise<boolean> {
  const { scope } = await loadOrgScope(ctx);
  if (barometerPolicy.canManageWave(scope, { scopeUnitId: wave.scope_unit_id })) return true;
  const units = await ctx.db
    .selectFrom('barometer_wave_units')
    .select('unit_id')
    .where('wave_id', '=', wave.id)
    .execute();
  return (
    barometerPolicy.resultUnits(
      scope,
      units.map((u) => u.unit_id),
    ).size > 0
  );
}

async function itemsFor(ctx: AuthedContext, wave: WaveRow, mine: { unit_id: string; is_manager: number }) {
  const instruments = await loadWaveInstruments(ctx.db, wave.instruments_json);
  const asked = askedItems(
    instruments,
    { isManager: mine.is_manager === 1, unitId: mine.unit_id },
    parseIds(wave.dependent_unit_ids_json),
  );
  return { instruments, asked };
}

export async function getForm(ctx: ServiceContext, waveId: string, now = new Date()): Promise<WaveForm> {
  const authed = requireSignedIn(ctx);
  const { wave, mine } = await invitation(authed, waveId, now);
  const { instruments, asked } = await itemsFor(authed, wave, mine);
  const names = await unitNames(ctx.db, parseIds(wave.dependent_unit_ids_json));
  return {
    wave: { id: wave.id, title: wave.title, closesAt: wave.closes_at },
    sections: instruments
      .map((instrument) => ({
        instrumentKey: instrument.key,
        name: inLocale(instrument.names, ctx.locale),
        description: inLocale(instrument.descriptions, ctx.locale),
        items: asked.filter((a) => a.instrument === instrument).map((a) => presentFormItem(a, ctx.locale, names)),
      }))
      .filter((section) => section.items.length > 0),
    minComments: wave.min_comments,
  };
}

const askedKey = (key: string, target: string | null) => `${key}@${target ?? ''}`;

export async function submitResponse(
  ctx: ServiceContext,
  waveId: string,
  body: SubmitResponseBody,
  now = new Date(),
): Promise<{ answered: true }> {
  const authed = requireSignedIn(ctx);
  const { wave, mine } = await invitation(authed, waveId, now);
  const { asked } = await itemsFor(authed, wave, mine);
  const byKey = new Map<string, AskedItem>(asked.map((a) => [askedKey(a.key, a.targetUnitId), a]));

  const seen = new Set<string>();
  const rows: AnswerRow[] = [];
  body.answers.forEach((answer, index) => {
    const key = askedKey(answer.itemKey, answer.targetUnitId);
    const item = byKey.get(key);
    if (!item || item.item.kind === 'text') throw invalid('barometerUnknownItem', `answers.${index}.itemKey`);
    if (seen.has(key)) throw invalid('barometerDuplicateAnswer', `answers.${index}.itemKey`);
    seen.add(key);
    const { min, max } = valueRange(item.item);
    if (answer.value < min || answer.value > max)
      throw invalid('barometerValueOutOfRange', `answers.${index}.value`, { min, max });
    rows.push({
      audience: item.item.audience,
      itemKey: answer.itemKey,
      targetUnitId: answer.targetUnitId,
      value: answer.value,
    });
  });
  const comments: { itemKey: string; text: string }[] = [];
  body.comments.forEach((comment, index) => {
    const item = byKey.get(askedKey(comment.itemKey, null));
    if (!item || item.item.kind !== 'text') throw invalid('barometerUnknownItem', `comments.${index}.itemKey`);
    if (seen.has(item.key)) throw invalid('barometerDuplicateAnswer', `comments.${index}.itemKey`);
    seen.add(item.key);
    comments.push(comment);
  });

  await ctx.db
    .transaction()
    .execute((trx) =>
      writeResponse(
        trx,
        { waveId: wave.id, personId: authed.principal.personId, unitId: mine.unit_id },
        rows,
        comments,
      ),
    );
  return { answered: true };
}

export interface AnswerRow {
  audience: string;
  itemKey: string;
  targetUnitId: string | null;
  value: number;
}

/**
 * Flips the person's participation and stores the answer, in the caller's transaction. The answer
 * rows carry the wave and the snapshot unit only.
 */
export async function writeResponse(
  trx: Transaction<Database>,
  who: { waveId: string; personId: string; unitId: string },
  rows: readonly AnswerRow[],
  comments: readonly { itemKey: string; text: string }[],
): Promise<void> {
  // The wave must still be open inside this transaction: on PostgreSQL the shared row lock makes a
  // close wait for this answer (or this answer wait for the close, and then be refused), so no
  // answer can land after the aggregates were computed. SQLite has one writer at a time already.
  const postgres = trx.getExecutor().adapter instanceof PostgresAdapter;
  const waveQuery = trx.selectFrom('barometer_waves').select('status').where('id', '=', who.waveId);
  const current = await (postgres ? waveQuery.forShare() : waveQuery).executeTakeFirst();
  if (current?.status !== 'open') throw conflict('barometerWaveClosed');
  // The conditional update is the once-only guard: a second submit (even at the same moment)
  // matches nothing and is refused.
  const flipped = await trx
    .updateTable('barometer_participation')
    .set({ answered: 1 })
    .where('wave_id', '=', who.waveId)
    .where('person_id', '=', who.personId)
    .where('answered', '=', 0)
    .executeTakeFirst();
  if (Number(flipped.numUpdatedRows) !== 1) throw conflict('barometerAlreadyAnswered');
  // Everyone's answers and a manager's manager-only answers are separate responses with separate
  // random ids, so the manager-only part cannot single out the rest of a manager's answers.
  for (const audience of ['all', 'managers']) {
    const part = rows.filter((r) => r.audience === audience);
    if (audience !== 'all' && part.length === 0) continue;
    const responseId = randomUUID();
    await trx
      .insertInto('barometer_responses')
      .values({
        id: responseId,
        wave_id: who.waveId,
        unit_id: who.unitId,
        audience,
        commented: audience === 'all' && comments.length > 0 ? 1 : 0,
      })
      .execute();
    if (part.length > 0)
      await trx
        .insertInto('barometer_answers')
        .values(
          part.map((r) => ({
            id: randomUUID(),
            response_id: responseId,
            item_key: r.itemKey,
            target_unit_id: r.targetUnitId,
            value: r.value,
          })),
        )
        .execute();
  }
  if (comments.length > 0)
    await trx
      .insertInto('barometer_comments')
      .values(
        comments.map((c) => ({
          id: randomUUID(),
          wave_id: who.waveId,
          unit_id: who.unitId,
          item_key: c.itemKey,
          text: c.text,
        })),
      )
      .execute();
}
