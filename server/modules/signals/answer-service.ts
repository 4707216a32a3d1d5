// The serving leader's answers, the author's replies and reopening, restricting, and "me too".
// Every step lands on the signal's visible timeline with who and when, and is audited.
import { randomUUID } from 'node:crypto';
import type { AnswerBody, SignalDetail, TextBody } from '../../../common/signals/signals.js';
import { writeAudit } from '../../platform/audit.js';
import { conflict, forbidden, notFound } from '../../platform/errors.js';
import type { Notifier } from '../../platform/notifications/notify.js';
import { requireSignedIn, type ServiceContext } from '../../platform/principal.js';
import { loadOrgScope } from '../org/scope.js';
import { lockSignal, signalDetail, visibleSignal } from './detail.js';
import { answerDeadline } from './deadline.js';
import { citedMandate, handUpTargets } from './hand-up-targets.js';
import { notifyFollowers, notifyManagers } from './notices.js';
import { signalsPolicy } from './policy.js';
import { policyFacts } from './presenters.js';
import { hourOf } from './raise-service.js';
import { findSignalView, insertEvent, lockSignalRow, unitsWithManagers, updateSignal } from './repo.js';

export async function answerSignal(
  ctx: ServiceContext,
  notifier: Notifier,
  id: string,
  body: AnswerBody,
  now = new Date(),
): Promise<SignalDetail> {
  const authed = requireSignedIn(ctx);
  const { scope, links } = await loadOrgScope(authed);
  const me = authed.principal.personId;
  const at = now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await lockSignal(trx, id);
    const view = await visibleSignal(trx, scope, id);
    const allowed = signalsPolicy.answers(scope, policyFacts(view));
    if (allowed.length === 0) throw forbidden();
    // Someone else answered first and the status moved on.
    if (!allowed.includes(body.type)) throw conflict('signalAnswerNotAllowed');
    const firstAnsweredAt = view.first_answered_at ?? at;
    const base = { signalId: id, actorId: me, actorRole: 'leader' as const, text: body.text, at };
    if (body.type === 'hand_up') {
      const targets = await handUpTargets(trx, links, await unitsWithManagers(trx), view.handling_unit_id);
      const mandateId = citedMandate(targets, body);
      const due = (await answerDeadline(trx, now)).toISOString();
      await updateSignal(trx, id, {
        status: 'open',
        handling_unit_id: body.toUnitId,
        due_at: due,
        first_answered_at: firstAnsweredAt,
        updated_at: at,
      });
      await insertEvent(trx, {
        ...base,
        id: randomUUID(),
        kind: 'hand_up',
        fromUnitId: view.handling_unit_id,
        toUnitId: body.toUnitId,
        mandateId,
      });
      await notifyManagers(trx, notifier, body.toUnitId, 'handedUp', view, me);
    } else {
      const status = body.type === 'take' ? 'taken' : body.type === 'decline' ? 'declined' : 'done';
      await updateSignal(trx, id, {
        status,
        first_answered_at: firstAnsweredAt,
        resolved_at: status === 'taken' ? null : at,
        updated_at: at,
      });
      await insertEvent(trx, {
        ...base,
        id: randomUUID(),
        kind: body.type,
        plannedBy: body.type === 'take' ? body.plannedBy : null,
      });
    }
    await writeAudit(trx, {
      actorId: me,
      action: `signal.${body.type}`,
      entityType: 'signal',
      entityId: id,
      before: { status: view.status, handlingUnitId: view.handling_unit_id },
      after: body,
      requestId: ctx.requestId,
    });
    // As the signal stands after the answer: handed up, it may have left a confirmer's sight.
    const after = await findSignalView(trx, id);
    if (after) await notifyFollowers(trx, notifier, after, 'answered', me);
  });
  const view = await visibleSignal(ctx.db, scope, id);
  return signalDetail(ctx.db, scope, view, now);
}

/** The author replies; a leader in the chain comments. Anonymous authors reply through the follow
 *  link (follow-service). */
export async function replyToSignal(
  ctx: ServiceContext,
  notifier: Notifier,
  id: string,
  body: TextBody,
  now = new Date(),
): Promise<SignalDetail> {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  const me = authed.principal.personId;
  await ctx.db.transaction().execute(async (trx) => {
    await lockSignalRow(trx, id);
    const view = await visibleSignal(trx, scope, id);
    if (!signalsPolicy.canReply(scope, policyFacts(view))) throw forbidden();
    const byAuthor = view.author_id === me;
    await insertEvent(trx, {
      id: randomUUID(),
      signalId: id,
      kind: byAuthor ? 'reply' : 'comment',
      actorId: me,
      actorRole: byAuthor ? 'author' : 'leader',
      text: body.text,
      at: now.toISOString(),
    });
    await updateSignal(trx, id, { updated_at: now.toISOString() });
    await writeAudit(trx, {
      actorId: me,
      action: byAuthor ? 'signal.reply' : 'signal.comment',
      entityType: 'signal',
      entityId: id,
      requestId: ctx.requestId,
    });
    if (byAuthor) await notifyManagers(trx, notifier, view.handling_unit_id, 'reply', view, me);
    else await notifyFollowers(trx, notifier, view, 'comment', me);
  });
  return signalDetail(ctx.db, scope, await visibleSignal(ctx.db, scope, id), now);
}

/** "Done" did not help: the author reopens it, once, and the handling unit has a new deadline. */
export async function reopenSignal(
  ctx: ServiceContext,
  notifier: Notifier,
  id: string,
  body: TextBody,
  now = new Date(),
): Promise<SignalDetail> {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  const me = authed.principal.personId;
  await ctx.db.transaction().execute(async (trx) => {
    await lockSignal(trx, id);
    const view = await visibleSignal(trx, scope, id);
    if (view.author_id !== me) throw forbidden();
    if (!signalsPolicy.canReopen(scope, policyFacts(view))) throw conflict('signalReopenNotAllowed');
    await reopen(trx, notifier, view, { actorId: me, text: body.text, now, requestId: ctx.requestId });
  });
  return signalDetail(ctx.db, scope, await visibleSignal(ctx.db, scope, id), now);
}

/** Shared with the follow link. An anonymous author's step (actorId null) carries only the hour
 *  everywhere it leaves a time — the timeline, the signal, its new deadline, the audit log and the
 *  notices — and no request id (the server log has that request's exact time). */
export async function reopen(
  trx: Parameters<typeof updateSignal>[0],
  notifier: Notifier,
  view: { id: string; text: string; handling_unit_id: string; reopen_count: number },
  step: { actorId: string | null; text: string; now: Date; requestId: string },
): Promise<void> {
  const anonymous = step.actorId === null;
  const when = anonymous ? hourOf(step.now) : step.now;
  const at = when.toISOString();
  await updateSignal(trx, view.id, {
    status: 'open',
    reopen_count: view.reopen_count + 1,
    resolved_at: null,
    due_at: (await answerDeadline(trx, when)).toISOString(),
    updated_at: at,
  });
  await insertEvent(trx, {
    id: randomUUID(),
    signalId: view.id,
    kind: 'reopened',
    actorId: step.actorId,
    actorRole: 'author',
    text: step.text,
    at,
  });
  await writeAudit(trx, {
    actorId: step.actorId,
    action: 'signal.reopened',
    entityType: 'signal',
    entityId: view.id,
    ...(anonymous ? { requestId: null, at } : { requestId: step.requestId }),
  });
  await notifyManagers(trx, notifier, view.handling_unit_id, 'reopened', view, step.actorId, anonymous ? { at } : {});
}

export async function setRestricted(
  ctx: ServiceContext,
  id: string,
  restricted: boolean,
  now = new Date(),
): Promise<SignalDetail> {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  const me = authed.principal.personId;
  await ctx.db.transaction().execute(async (trx) => {
    await lockSignalRow(trx, id);
    const view = await visibleSignal(trx, scope, id);
    if (!signalsPolicy.canRestrict(scope, policyFacts(view))) throw forbidden();
    if ((view.restricted === 1) === restricted) return;
    await updateSignal(trx, id, { restricted: restricted ? 1 : 0, updated_at: now.toISOString() });
    await insertEvent(trx, {
      id: randomUUID(),
      signalId: id,
      kind: restricted ? 'restricted' : 'unrestricted',
      actorId: me,
      actorRole: view.author_id === me ? 'author' : 'leader',
      text: '',
      at: now.toISOString(),
    });
    await writeAudit(trx, {
      actorId: me,
      action: restricted ? 'signal.restricted' : 'signal.unrestricted',
      entityType: 'signal',
      entityId: id,
      requestId: ctx.requestId,
    });
  });
  return signalDetail(ctx.db, scope, await visibleSignal(ctx.db, scope, id), now);
}

/** "Me too", optionally with what it costs me per week; saying it again updates the time. */
export async function setMeToo(
  ctx: ServiceContext,
  id: string,
  confirm: { minutesPerWeek: number | null },
  now = new Date(),
): Promise<SignalDetail> {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  const me = authed.principal.personId;
  await ctx.db.transaction().execute(async (trx) => {
    const view = await visibleSignal(trx, scope, id);
    if (!signalsPolicy.canMeToo(scope, policyFacts(view))) throw forbidden();
    await trx
      .insertInto('signal_confirmations')
      .values({ signal_id: id, person_id: me, minutes_per_week: confirm.minutesPerWeek, created_at: now.toISOString() })
      .onConflict((oc) =>
        oc.columns(['signal_id', 'person_id']).doUpdateSet({ minutes_per_week: confirm.minutesPerWeek }),
      )
      .execute();
    await writeAudit(trx, {
      actorId: me,
      action: 'signal.meToo',
      entityType: 'signal',
      entityId: id,
      after: confirm,
      requestId: ctx.requestId,
    });
  });
  return signalDetail(ctx.db, scope, await visibleSignal(ctx.db, scope, id), now);
}

/** Takes back my own "me too". That is mine to withdraw even when the signal has since been
 *  restricted out of my sight: then the answer is null (nothing to show), and a signal I cannot
 *  see and never confirmed is not found, whether it exists or not. */
export async function withdrawMeToo(ctx: ServiceContext, id: string, now = new Date()): Promise<SignalDetail | null> {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  const me = authed.principal.personId;
  const withdrawn = await ctx.db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('signal_confirmations')
      .where('signal_id', '=', id)
      .where('person_id', '=', me)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await writeAudit(trx, {
      actorId: me,
      action: 'signal.meToo.withdrawn',
      entityType: 'signal',
      entityId: id,
      requestId: ctx.requestId,
    });
    return true;
  });
  const view = await findSignalView(ctx.db, id);
  if (view && signalsPolicy.canSee(scope, policyFacts(view))) return signalDetail(ctx.db, scope, view, now);
  if (withdrawn) return null;
  throw notFound();
}
