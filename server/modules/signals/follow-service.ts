// The anonymous author's private follow link. The key is the only credential: whoever holds it
// reads the signal's timeline, replies and may reopen "done" once — and nothing they do through
// it stores who they are, whether or not they are also signed in.
import { randomUUID } from 'node:crypto';
import type { SignalDetail, TextBody } from '../../../common/signals/signals.js';
import { writeAudit } from '../../platform/audit.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Notifier } from '../../platform/notifications/notify.js';
import type { ServiceContext } from '../../platform/principal.js';
import { reopen } from './answer-service.js';
import { followDetail, lockSignal } from './detail.js';
import { notifyManagers } from './notices.js';
import { followPolicy } from './policy.js';
import { policyFacts } from './presenters.js';
import { findSignalByFollowHash, findSignalView, insertEvent, updateSignal } from './repo.js';
import { hashFollowToken } from './raise-service.js';

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
  return followDetail(ctx.db, view, now);
}

export async function replyAsFollower(
  ctx: ServiceContext,
  notifier: Notifier,
  token: string | undefined,
  body: TextBody,
  now = new Date(),
): Promise<SignalDetail> {
  const id = await followedId(ctx, token);
  await ctx.db.transaction().execute(async (trx) => {
    const view = await findSignalView(trx, id);
    if (!view) throw notFound();
    await insertEvent(trx, {
      id: randomUUID(),
      signalId: id,
      kind: 'reply',
      actorId: null,
      actorRole: 'author',
      text: body.text,
      at: now.toISOString(),
    });
    await updateSignal(trx, id, { updated_at: now.toISOString() });
    await writeAudit(trx, {
      actorId: null,
      action: 'signal.reply',
      entityType: 'signal',
      entityId: id,
      requestId: ctx.requestId,
    });
    await notifyManagers(trx, notifier, view.handling_unit_id, 'reply', view, null);
  });
  return getFollowedSignal(ctx, token, now);
}

export async function reopenAsFollower(
  ctx: ServiceContext,
  notifier: Notifier,
  token: string | undefined,
  body: TextBody,
  now = new Date(),
): Promise<SignalDetail> {
  const id = await followedId(ctx, token);
  await ctx.db.transaction().execute(async (trx) => {
    await lockSignal(trx, id);
    const view = await findSignalView(trx, id);
    if (!view) throw notFound();
    if (!followPolicy.canReopen(policyFacts(view))) throw conflict('signalReopenNotAllowed');
    await reopen(trx, notifier, view, { actorId: null, text: body.text, now, requestId: ctx.requestId });
  });
  return getFollowedSignal(ctx, token, now);
}
