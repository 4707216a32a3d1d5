// Marking and unmarking a record of any registered type through the generic API. Who may see and
// who may mark are the type's own rules (confidential.ts); a record the caller may not see answers
// 404, like one that does not exist.
import type { ConfidentialMarking } from '../../../common/platform/privacy.js';
import { forbidden, notFound } from '../errors.js';
import { requireSignedIn, type ServiceContext } from '../principal.js';
import { confidentialAccess, findMarking, markConfidential, unmarkConfidential } from './confidential.js';

async function requireMarker(ctx: ServiceContext, entityType: string, entityId: string) {
  const authed = requireSignedIn(ctx);
  const access = await confidentialAccess(authed, entityType, entityId);
  if (!access?.sees) throw notFound();
  if (!access.mayMark) throw forbidden();
  return authed;
}

export async function setConfidential(
  ctx: ServiceContext,
  entityType: string,
  entityId: string,
  reason: string,
): Promise<ConfidentialMarking> {
  const authed = await requireMarker(ctx, entityType, entityId);
  await ctx.db.transaction().execute(async (trx) => {
    await markConfidential(trx, {
      actorId: authed.principal.personId,
      entityType,
      entityId,
      reason,
      requestId: ctx.requestId,
    });
  });
  const saved = await findMarking(ctx.db, entityType, entityId);
  if (!saved) throw notFound();
  return saved;
}

export async function clearConfidential(ctx: ServiceContext, entityType: string, entityId: string): Promise<void> {
  const authed = await requireMarker(ctx, entityType, entityId);
  await ctx.db.transaction().execute(async (trx) => {
    await unmarkConfidential(trx, {
      actorId: authed.principal.personId,
      entityType,
      entityId,
      requestId: ctx.requestId,
    });
  });
}
