// Raising a signal: in seconds, from a phone. Named by default; an anonymous signal stores no
// author at all, and its author keeps a private follow key (stored only as a hash).
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { CreateSignalBody, SignalDetail } from '../../../common/signals/signals.js';
import { isExternalKind } from '../../../common/org/roles.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { writeAudit } from '../../platform/audit.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import type { Notifier } from '../../platform/notifications/notify.js';
import { requireSignedIn, type ServiceContext } from '../../platform/principal.js';
import { loadOrgScope } from '../org/scope.js';
import { findUnit } from '../org/units-repo.js';
import { followDetail, signalDetail } from './detail.js';
import { notifyManagers } from './notices.js';
import type { OrgScope } from '../org/policy.js';
import { followPolicy, signalsPolicy } from './policy.js';
import { policyFacts } from './presenters.js';
import {
  findSignalByIdempotencyKey,
  findSignalView,
  insertEvent,
  insertSignal,
  listSignalViews,
  unitsWithManagers,
} from './repo.js';
import { answerDeadline } from './deadline.js';
import { handlingUnitFor } from './routing.js';

export interface RaiseDeps {
  notifier: Notifier;
  secretKey: string;
}

export const hashFollowToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The form's idempotency key is stored only as a hash: the follow key of an anonymous signal is
 *  derived from it, so a database reader must not be able to recompute that. */
const hashKey = (key: string) => createHash('sha256').update(`signal-idempotency:${key}`).digest('hex');

/** The follow key of an anonymous signal. Derived from the form's idempotency key, so a double
 *  submit hands the author the same key twice instead of a key that does not work. */
function followTokenFor(secretKey: string, idempotencyKey: string | undefined): string {
  if (!idempotencyKey) return randomBytes(32).toString('base64url');
  return createHmac('sha256', secretKey).update(`signal-follow:${idempotencyKey}`).digest('base64url');
}

/** Anonymous signals carry the hour, not the minute, so their time cannot be matched to a
 *  person's other activity to the second. Everything an anonymous author's step leaves behind
 *  (the signal, its timeline, its deadline, the audit log, the notices) carries this time. */
export function hourOf(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 3_600_000) * 3_600_000);
}

/** Where a signal came from: raised directly, or by a barometer team dialogue (sourceRef: its id). */
export interface SignalOrigin {
  source: 'direct' | 'dialogue';
  sourceRef: string | null;
}

export async function raiseSignal(
  ctx: ServiceContext,
  deps: RaiseDeps,
  body: CreateSignalBody,
  now = new Date(),
  origin: SignalOrigin = { source: 'direct', sourceRef: null },
): Promise<{ signal: SignalDetail; followToken: string | null }> {
  const authed = requireSignedIn(ctx);
  const { scope, links } = await loadOrgScope(authed);
  const me = authed.principal.personId;

  const again = body.idempotencyKey
    ? await findSignalByIdempotencyKey(ctx.db, hashKey(body.idempotencyKey))
    : undefined;
  if (again) return repeatOf(ctx, deps, scope, again, body, now);

  const unit = await findUnit(ctx.db, body.unitId);
  if (!unit || unit.active !== 1 || isExternalKind(unit.kind)) throw invalid('signalUnit', 'unitId');
  const burdenItemId = await checkBurdenItem(ctx, body);
  const handlingUnitId = handlingUnitFor(links, await unitsWithManagers(ctx.db), unit.id);
  const createdAt = body.anonymous ? hourOf(now) : now;
  const due = (await answerDeadline(ctx.db, createdAt)).toISOString();
  const followToken = body.anonymous ? followTokenFor(deps.secretKey, body.idempotencyKey) : null;
  const id = randomUUID();
  const at = createdAt.toISOString();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertSignal(trx, {
        id,
        unit_id: unit.id,
        handling_unit_id: handlingUnitId,
        kind: body.kind,
        status: 'open',
        text: body.text,
        suggestion: body.suggestion,
        minutes_per_week: body.minutesPerWeek,
        affects_json: JSON.stringify(body.affects),
        author_id: body.anonymous ? null : me,
        follow_token_hash: followToken ? hashFollowToken(followToken) : null,
        restricted: body.restricted ? 1 : 0,
        escalation_level: 0,
        created_at: at,
        updated_at: at,
        due_at: due,
        first_due_at: due,
        first_answered_at: null,
        resolved_at: null,
        reopen_count: 0,
        author_seen_at: null,
        burden_item_id: burdenItemId,
        source: origin.source,
        source_ref: origin.sourceRef,
        idempotency_key: body.idempotencyKey ? hashKey(body.idempotencyKey) : null,
      });
      await insertEvent(trx, {
        id: randomUUID(),
        signalId: id,
        kind: 'created',
        actorId: body.anonymous ? null : me,
        actorRole: 'author',
        text: '',
        toUnitId: handlingUnitId,
        at,
      });
      // Restricted from the start: the author's own restriction, which only the author lifts.
      if (body.restricted)
        await insertEvent(trx, {
          id: randomUUID(),
          signalId: id,
          kind: 'restricted',
          actorId: body.anonymous ? null : me,
          actorRole: 'author',
          text: '',
          at,
        });
      await writeAudit(trx, {
        actorId: body.anonymous ? null : me,
        action: 'signal.created',
        entityType: 'signal',
        entityId: id,
        after: {
          kind: body.kind,
          unitId: unit.id,
          handlingUnitId,
          anonymous: body.anonymous,
          restricted: body.restricted,
        },
        // Anonymous: the hour only, and no request id (the server log has the request's exact time).
        ...(body.anonymous ? { requestId: null, at } : { requestId: ctx.requestId }),
      });
      // An anonymous author who manages the unit is notified like every other manager: leaving them
      // out would name them.
      await notifyManagers(
        trx,
        deps.notifier,
        handlingUnitId,
        'new',
        { id, text: body.text },
        body.anonymous ? null : me,
        body.anonymous ? { at } : {},
      );
    });
  } catch (error) {
    // Two submits of the same form at the same moment: the second finds the first.
    if (body.idempotencyKey && isUniqueViolation(error)) {
      const first = await findSignalByIdempotencyKey(ctx.db, hashKey(body.idempotencyKey));
      if (first) return repeatOf(ctx, deps, scope, first, body, now);
    }
    throw error;
  }
  return { signal: await raisedSignal(ctx, scope, id, now), followToken };
}

/** A named obstacle raised from a barometer team dialogue, linked back to it by source_ref. */
export async function raiseDialogueSignal(
  ctx: ServiceContext,
  deps: RaiseDeps,
  body: { unitId: string; text: string; suggestion: string; idempotencyKey?: string },
  dialogueId: string,
): Promise<{ signal: SignalDetail; followToken: string | null }> {
  const signalBody: CreateSignalBody = {
    kind: 'obstacle',
    unitId: body.unitId,
    text: body.text,
    suggestion: body.suggestion,
    minutesPerWeek: null,
    affects: [],
    anonymous: false,
    restricted: false,
    idempotencyKey: body.idempotencyKey,
  };
  return raiseSignal(ctx, deps, signalBody, new Date(), { source: 'dialogue', sourceRef: dialogueId });
}

/** The signals a barometer team dialogue raised, as far as the viewer may see them: one restricted
 *  (or confidential) since is left out for a reader outside its circle, as on the board. */
export async function dialogueSignals(
  db: ServiceContext['db'],
  scope: OrgScope,
  dialogueId: string,
): Promise<Array<{ id: string; text: string; createdAt: string }>> {
  const ids = await db
    .selectFrom('signals')
    .select('id')
    .where('source', '=', 'dialogue')
    .where('source_ref', '=', dialogueId)
    .execute();
  if (ids.length === 0) return [];
  const views = await listSignalViews(db, { ids: ids.map((r) => r.id) });
  return views
    .filter((v) => signalsPolicy.canSee(scope, policyFacts(v)))
    .sort((a, b) => a.created_at.localeCompare(b.created_at))
    .map((v) => ({ id: v.id, text: v.text, createdAt: v.created_at }));
}

/** A rule obstacle may point at an active demand of the burden inventory; nothing else may. */
async function checkBurdenItem(ctx: ServiceContext, body: CreateSignalBody): Promise<string | null> {
  const itemId = body.burdenItemId ?? null;
  if (itemId === null) return null;
  if (body.kind !== 'rule_obstacle') throw invalid('burdenItem', 'burdenItemId');
  const demand = await ctx.db
    .selectFrom('burden_demands')
    .select('id')
    .where('id', '=', itemId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!demand) throw invalid('burdenItem', 'burdenItemId');
  return demand.id;
}

async function repeatOf(
  ctx: ServiceContext,
  deps: RaiseDeps,
  scope: Awaited<ReturnType<typeof loadOrgScope>>['scope'],
  existing: { id: string; author_id: string | null },
  body: CreateSignalBody,
  now: Date,
): Promise<{ signal: SignalDetail; followToken: string | null }> {
  // A key is the form's own secret; someone else's signal under the same key is a conflict.
  const mine = existing.author_id === scope.principal.personId;
  if (!mine && !(existing.author_id === null && body.anonymous)) throw conflict('idempotencyKeyUsed');
  const signal = await raisedSignal(ctx, scope, existing.id, now);
  const followToken = existing.author_id === null ? followTokenFor(deps.secretKey, body.idempotencyKey) : null;
  return { signal, followToken };
}

/** The signal just raised, as its author sees it. An anonymous author is outside the circle of
 *  their own restricted signal (no author is stored), so they see it as through the follow link. */
async function raisedSignal(ctx: ServiceContext, scope: OrgScope, id: string, now: Date): Promise<SignalDetail> {
  const view = await findSignalView(ctx.db, id);
  if (!view) throw notFound();
  if (signalsPolicy.canSee(scope, policyFacts(view))) return signalDetail(ctx.db, scope, view, now);
  if (view.author_id !== null) throw notFound();
  const detail = await followDetail(ctx.db, view, now);
  return { ...detail, can: { ...detail.can, restrict: followPolicy.canRestrict(policyFacts(view)) } };
}
