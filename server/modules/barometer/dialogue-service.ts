// The team dialogue on a unit's result: what we see, what we will do (actions with owner and date,
// followed up at the next wave) and obstacles raised as signals linked back to the dialogue.
import { randomUUID } from 'node:crypto';
import type { Dialogue, DialogueAction, RaiseObstacleBody, SaveDialogueBody } from '../../../common/barometer/api.js';
import { actionStatuses } from '../../../common/barometer/vocabulary.js';
import { isOneOf } from '../../../common/platform/one-of.js';
import { writeAudit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import { forbidden, invalid, notFound } from '../../platform/errors.js';
import { requireSignedIn, type AuthedContext, type ServiceContext } from '../../platform/principal.js';
import type { OrgScope } from '../org/policy.js';
import { loadOrgScope } from '../org/scope.js';
import { dialogueSignals, raiseDialogueSignal, type RaiseDeps } from '../signals/raise-service.js';
import { barometerPolicy } from './policy.js';
import { findWave, personNames, type Db } from './repo.js';

async function dialogueTarget(ctx: AuthedContext, waveId: string, unitId: string) {
  const { scope } = await loadOrgScope(ctx);
  const wave = await findWave(ctx.db, waveId);
  if (!wave || wave.status !== 'closed') throw notFound();
  // A real unit of the wave's snapshot (the organisation node of a whole-organisation wave has none).
  const inWave = await ctx.db
    .selectFrom('barometer_wave_units as w')
    .innerJoin('units as u', 'u.id', 'w.unit_id')
    .select(['w.unit_id', 'w.name'])
    .where('w.wave_id', '=', waveId)
    .where('w.unit_id', '=', unitId)
    .executeTakeFirst();
  if (!inWave || !barometerPolicy.canReadDialogue(scope, unitId)) throw notFound();
  return { scope, wave, unit: { id: inWave.unit_id, name: inWave.name } };
}

async function findDialogue(db: Db, waveId: string, unitId: string) {
  return db
    .selectFrom('barometer_dialogues')
    .selectAll()
    .where('wave_id', '=', waveId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
}

async function actionsOf(db: Db, dialogueId: string): Promise<DialogueAction[]> {
  const rows = await db
    .selectFrom('barometer_dialogue_actions')
    .selectAll()
    .where('dialogue_id', '=', dialogueId)
    .orderBy('sort')
    .execute();
  const names = await personNames(
    db,
    rows.flatMap((r) => (r.owner_person_id ? [r.owner_person_id] : [])),
  );
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    owner: r.owner_person_id ? { id: r.owner_person_id, name: names.get(r.owner_person_id) ?? '' } : null,
    dueOn: r.due_on,
    status: isOneOf(actionStatuses, r.status) ? r.status : 'planned',
    followUp: r.follow_up,
  }));
}

/** The same unit's dialogue in the latest earlier closed wave. */
async function previousDialogue(db: Db, unitId: string, closedAt: string) {
  return db
    .selectFrom('barometer_dialogues as d')
    .innerJoin('barometer_waves as w', 'w.id', 'd.wave_id')
    .select(['d.id', 'w.id as wave_id', 'w.title'])
    .where('d.unit_id', '=', unitId)
    .where('w.status', '=', 'closed')
    .where('w.closed_at', '<', closedAt)
    .orderBy('w.closed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

async function unitMembers(db: Db, unitId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['p.id', 'p.name'])
    .where('m.unit_id', '=', unitId)
    .where('m.ended_at', 'is', null)
    .where('p.active', '=', 1)
    .orderBy('p.name')
    .execute();
}

async function present(ctx: AuthedContext, scope: OrgScope, waveId: string, unitId: string): Promise<Dialogue> {
  const { wave, unit } = await dialogueTarget(ctx, waveId, unitId);
  const row = await findDialogue(ctx.db, waveId, unitId);
  const previous = await previousDialogue(ctx.db, unitId, wave.closed_at ?? '');
  // Signals keep their own visibility: one restricted since it was raised is listed only to those
  // who may see it on the signals board.
  const obstacles = row ? await dialogueSignals(ctx.db, scope, row.id) : [];
  const edit = barometerPolicy.canEditDialogue(scope, unitId);
  return {
    wave: { id: wave.id, title: wave.title },
    unit,
    dialogue: row
      ? {
          id: row.id,
          seen: row.seen,
          willDo: row.will_do,
          actions: await actionsOf(ctx.db, row.id),
          obstacles: obstacles.map((o) => ({ signalId: o.id, text: o.text, createdAt: o.createdAt })),
          updatedAt: row.updated_at,
        }
      : null,
    previous: previous
      ? {
          wave: { id: previous.wave_id, title: previous.title },
          dialogueId: previous.id,
          actions: await actionsOf(ctx.db, previous.id),
        }
      : null,
    members: await unitMembers(ctx.db, unitId),
    can: { edit, raiseObstacle: edit },
  };
}

export async function getDialogue(ctx: ServiceContext, waveId: string, unitId: string): Promise<Dialogue> {
  const authed = requireSignedIn(ctx);
  const { scope } = await dialogueTarget(authed, waveId, unitId);
  return present(authed, scope, waveId, unitId);
}

/** Creates the dialogue row when it does not exist yet; returns its id. */
async function ensureDialogue(ctx: AuthedContext, waveId: string, unitId: string, at: string): Promise<string> {
  const existing = await findDialogue(ctx.db, waveId, unitId);
  if (existing) return existing.id;
  const id = randomUUID();
  await ctx.db
    .insertInto('barometer_dialogues')
    .values({
      id,
      wave_id: waveId,
      unit_id: unitId,
      seen: '',
      will_do: '',
      created_by: ctx.principal.personId,
      created_at: at,
      updated_by: ctx.principal.personId,
      updated_at: at,
    })
    .onConflict((oc) => oc.columns(['wave_id', 'unit_id']).doNothing())
    .execute();
  return (await findDialogue(ctx.db, waveId, unitId))?.id ?? id;
}

export async function saveDialogue(
  ctx: ServiceContext,
  waveId: string,
  unitId: string,
  body: SaveDialogueBody,
): Promise<Dialogue> {
  const authed = requireSignedIn(ctx);
  const { scope, wave } = await dialogueTarget(authed, waveId, unitId);
  if (!barometerPolicy.canEditDialogue(scope, unitId)) throw forbidden();
  const owners = [...new Set(body.actions.flatMap((a) => (a.ownerPersonId ? [a.ownerPersonId] : [])))];
  const known = owners.length
    ? new Set(
        (
          await ctx.db.selectFrom('people').select('id').where('id', 'in', owners).where('active', '=', 1).execute()
        ).map((p) => p.id),
      )
    : new Set<string>();
  body.actions.forEach((a, index) => {
    if (a.ownerPersonId && !known.has(a.ownerPersonId))
      throw invalid('barometerActionOwner', `actions.${index}.ownerPersonId`);
  });
  const at = nowIso();
  const dialogueId = await ensureDialogue(authed, waveId, unitId, at);
  const previous = await previousDialogue(ctx.db, unitId, wave.closed_at ?? '');
  const existing = new Set(
    (
      await ctx.db.selectFrom('barometer_dialogue_actions').select('id').where('dialogue_id', '=', dialogueId).execute()
    ).map((r) => r.id),
  );
  body.actions.forEach((a, index) => {
    if (a.id && !existing.has(a.id)) throw invalid('barometerUnknownAction', `actions.${index}.id`);
  });
  const previousIds = previous
    ? new Set(
        (
          await ctx.db
            .selectFrom('barometer_dialogue_actions')
            .select('id')
            .where('dialogue_id', '=', previous.id)
            .execute()
        ).map((r) => r.id),
      )
    : new Set<string>();
  body.previousActions.forEach((a, index) => {
    if (!previousIds.has(a.id)) throw invalid('barometerUnknownAction', `previousActions.${index}.id`);
  });

  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('barometer_dialogues')
      .set({ seen: body.seen, will_do: body.willDo, updated_by: authed.principal.personId, updated_at: at })
      .where('id', '=', dialogueId)
      .execute();
    const kept = new Set(body.actions.flatMap((a) => (a.id ? [a.id] : [])));
    const removed = [...existing].filter((id) => !kept.has(id));
    if (removed.length) await trx.deleteFrom('barometer_dialogue_actions').where('id', 'in', removed).execute();
    for (const [sort, a] of body.actions.entries()) {
      const values = {
        text: a.text,
        owner_person_id: a.ownerPersonId,
        due_on: a.dueOn,
        status: a.status,
        follow_up: a.followUp,
        sort,
        updated_at: at,
      };
      if (a.id) await trx.updateTable('barometer_dialogue_actions').set(values).where('id', '=', a.id).execute();
      else
        await trx
          .insertInto('barometer_dialogue_actions')
          .values({ id: randomUUID(), dialogue_id: dialogueId, created_at: at, ...values })
          .execute();
    }
    for (const a of body.previousActions)
      await trx
        .updateTable('barometer_dialogue_actions')
        .set({ status: a.status, follow_up: a.followUp, updated_at: at })
        .where('id', '=', a.id)
        .where('dialogue_id', '=', previous?.id ?? '')
        .execute();
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'barometer.dialogue.saved',
      entityType: 'barometer_dialogue',
      entityId: dialogueId,
      after: { waveId, unitId, actions: body.actions.length, followedUp: body.previousActions.length },
      requestId: ctx.requestId,
    });
  });
  return present(authed, scope, waveId, unitId);
}

export async function raiseObstacle(
  ctx: ServiceContext,
  deps: RaiseDeps,
  waveId: string,
  unitId: string,
  body: RaiseObstacleBody,
): Promise<Dialogue> {
  const authed = requireSignedIn(ctx);
  const { scope } = await dialogueTarget(authed, waveId, unitId);
  if (!barometerPolicy.canEditDialogue(scope, unitId)) throw forbidden();
  const dialogueId = await ensureDialogue(authed, waveId, unitId, nowIso());
  await raiseDialogueSignal(ctx, deps, { unitId, ...body }, dialogueId);
  return present(authed, scope, waveId, unitId);
}
