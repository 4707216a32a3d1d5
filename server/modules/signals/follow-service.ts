// The anonymous author's private follow link. The key is the only credential: whoever holds it
// reads the signal's timeline, replies, may reopen "done" once and restrict the signal or lift the
// restriction — and nothing they do through it stores who they are, whether or not they are also
// signed in: the routes never read the session (config.sessionless), and every step carries only
// the hour (hourOf) and no request id.
import { randomUUID } from 'node:crypto';
import type { SignalDetail, TextBody } from '../../../common/signals/signals.js';
import { writeAudit } from '../../platform/audit.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Notifier } from '../../platform/notifications/notify.js';
import type { ServiceContext } from '../../platform/principal.js';
import { reopen } from './answer-service.js';
import { followDetail } from './detail.js';
import { notifyManagers } from './notices.js';
import { followPolicy } from './policy.js';
import { policyFacts } from './presenters.js';
import {
  findSignalByFollowHash,
  findSignalView,
  insertEvent,
  lockSignalRow,
  updateSignal,
  type SignalView,
} from './repo.js';
import { hashFollowToken, hourOf } from './raise-service.js';

async function followedId(ctx: ServiceContext, token: string | undefined): Promise<string> {
  if (!token || token.length < 20 || token.length > 200) throw notFound();
  const row = await findSignalByFollowHash(ctx.db, hashFollowToken(token));
  if (!row) throw notFound();
  return row.id;
}

export async function getFollowedSignal(ctx: ServiceContext, token: string | undefined, now = new Date()) {
  const id = await followedId(ctx, token);
  const view = await findSignalView(ctx.db, id);
  if (!view) throw notFound();
  const detail = await followDetail(ctx.db, view, now);
  return { ...detail, can: { ...detail.can, restrict: followPolicy.canRestrict(policyFacts(view)) } };
}

/** One step through the follow link: the signal locked and read in a transaction, then the
 *  signal as its follower sees it afterwards. */
async function followStep(
  ctx: ServiceContext,
  token: string | undefined,
  now: Date,
  step: (trx: Transaction<Database>, view: SignalView) => Promise<void>,
): Promise<SignalDetail> {
  const id = await followedId(ctx, token);
  await ctx.db.transaction().execute(async (trx) => {
    await lockSignalRow(trx, id);
    const view = await findSignalView(trx, id);
    if (!view) throw notFound();
    await step(trx, view);
  });
  return getFollowedSignal(ctx, token, now);
}

export async function replyAsFollower(
  ctx: ServiceContext,
  notifier: Notifier,
  token: string | undefined,
  body: TextBody,
  now = new Date(),
): Promise<SignalDetail> {
  const at = hourOf(now).toISOString();
  return followStep(ctx, token, now, async (trx, view) => {
    const id = view.id;
    await insertEvent(trx, {
      id: randomUUID(),
      signalId: id,
      kind: 'reply',
      actorId: null,
      actorRole: 'author',
      text: body.text,
      at,
    });
    await updateSignal(trx, id, { updated_at: at });
    await writeAudit(trx, {
      actorId: null,
      action: 'signal.reply',
      entityType: 'signal',
      entityId: id,
      requestId: null,
      at,
    });
    await notifyManagers(trx, notifier, view.handling_unit_id, 'reply', view, null, { at });
  });
}

export async function reopenAsFollower(
  ctx: ServiceContext,
  notifier: Notifier,
  token: string | undefined,
  body: TextBody,
  now = new Date(),
): Promise<SignalDetail> {
  return followStep(ctx, token, now, async (trx, view) => {
    if (!followPolicy.canReopen(policyFacts(view))) throw conflict('signalReopenNotAllowed');
    await reopen(trx, notifier, view, { actorId: null, text: body.text, now, requestId: ctx.requestId });
  });
}

/** The anonymous author restricts their signal, or lifts the restriction (whoever set it). */
export async function restrictAsFollower(
  ctx: ServiceContext,
  token: string | undefined,
  restricted: boolean,
  now = new Date(),
): Promise<SignalDetail> {
  const at = hourOf(now).toISOString();
  return followStep(ctx, token, now, async (trx, view) => {
    const id = view.id;
    if (!followPolicy.canRestrict(policyFacts(view))) throw notFound();
    if ((view.restricted === 1) === restricted) return;
    await updateSignal(trx, id, { restricted: restricted ? 1 : 0, updated_at: at });
    const kind = restricted ? 'restricted' : 'unrestricted';
    await insertEvent(trx, { id: randomUUID(), signalId: id, kind, actorId: null, actorRole: 'author', text: '', at });
    await writeAudit(trx, {
      actorId: null,
      action: `signal.${kind}`,
      entityType: 'signal',
      entityId: id,
      requestId: null,
      at,
    });
  });
}
