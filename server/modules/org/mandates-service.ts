// The mandates register (delegationsordning): which unit or role may take which decisions, and
// on whose delegation. Readable by everyone signed in, except confidential mandates
// (mandate-confidentiality.ts); kept by administrators.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { CreateMandateBody, Mandate, UpdateMandateBody } from '../../../common/org/mandates.js';
import { auditRead, writeAudit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import { forbidden, invalid, notFound } from '../../platform/errors.js';
import { requireSignedIn, type AuthedContext, type ServiceContext } from '../../platform/principal.js';
import { markConfidential, unmarkConfidential } from '../../platform/privacy/confidential.js';
import type { Database } from '../../db/schema.js';
import { visibleMandate, visibleMandates } from './mandate-confidentiality.js';
import { insertMandate, listMandateRows, updateMandateRow } from './mandates-repo.js';
import { orgPolicy } from './policy.js';
import { presentMandate } from './presenters.js';
import { findUnit } from './units-repo.js';
import { loadOrgScope } from './scope.js';

export async function listMandates(
  ctx: ServiceContext,
  query: { unitId?: string | undefined; q?: string | undefined; includeInactive?: 'true' | 'false' | undefined },
): Promise<Mandate[]> {
  const authed = requireSignedIn(ctx);
  const rows = await listMandateRows(ctx.db, { ...query, includeInactive: query.includeInactive === 'true' });
  const visible = await visibleMandates(authed, rows);
  await auditConfidentialReads(authed, visible);
  return visible.map(({ row, marking }) => presentMandate(row, marking));
}

/**
 * Each confidential mandate shown to a reader is recorded as a read ('mandate.read'), so the log
 * answers "who has seen this secret delegation". Ids only: the entry holds no text of the mandate.
 * Public mandates are not logged; the register is open to everyone signed in.
 */
export async function auditConfidentialReads(
  authed: AuthedContext,
  visible: ReadonlyArray<{ row: { id: string }; marking: unknown }>,
): Promise<void> {
  for (const { row, marking } of visible)
    if (marking !== null) await auditRead(authed, 'mandate', row.id, { details: { confidential: true } });
}

/** A mandate the caller may see, or 404: a confidential one is as absent as one that never was. */
async function requireVisible(authed: AuthedContext, id: string) {
  const visible = await visibleMandate(authed, authed.db, id);
  if (!visible) throw notFound();
  return visible.row;
}

async function present(authed: AuthedContext, id: string): Promise<Mandate> {
  const visible = await visibleMandate(authed, authed.db, id);
  if (!visible) throw notFound();
  return presentMandate(visible.row, visible.marking);
}

/** Applies the form's confidential field in the mandate's own transaction: omitted leaves the
 *  marking as it is, null removes it, a reason sets it. */
async function applyConfidential(
  trx: Transaction<Database>,
  authed: AuthedContext,
  id: string,
  confidential: { reason: string } | null | undefined,
) {
  if (confidential === undefined) return;
  const change = {
    actorId: authed.principal.personId,
    entityType: 'mandate',
    entityId: id,
    requestId: authed.requestId,
  };
  if (confidential === null) await unmarkConfidential(trx, change);
  else await markConfidential(trx, { ...change, reason: confidential.reason });
}

async function requireKeeper(ctx: ServiceContext) {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  if (!orgPolicy.canManageMandates(scope)) throw forbidden();
  return authed;
}

async function checkHolder(ctx: ServiceContext, unitId: string | null, holderRole: string | null) {
  if (unitId === null && holderRole === null) throw invalid('mandateHolder', 'unitId');
  if (unitId !== null && !(await findUnit(ctx.db, unitId))) throw invalid('notFound', 'unitId');
}

export async function createMandate(ctx: ServiceContext, body: CreateMandateBody): Promise<Mandate> {
  const authed = await requireKeeper(ctx);
  await checkHolder(ctx, body.unitId, body.holderRole);
  const now = nowIso();
  const row = {
    id: randomUUID(),
    unit_id: body.unitId,
    holder_role: body.holderRole,
    title: body.title,
    description: body.description,
    delegated_by: body.delegatedBy,
    active: 1,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertMandate(trx, row);
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'mandate.create',
      entityType: 'mandate',
      entityId: row.id,
      after: row,
      requestId: ctx.requestId,
    });
    await applyConfidential(trx, authed, row.id, body.confidential);
  });
  return present(authed, row.id);
}

export async function updateMandate(ctx: ServiceContext, id: string, body: UpdateMandateBody): Promise<Mandate> {
  const existing = await requireVisible(requireSignedIn(ctx), id);
  const authed = await requireKeeper(ctx);
  await checkHolder(
    ctx,
    body.unitId === undefined ? existing.unit_id : body.unitId,
    body.holderRole === undefined ? existing.holder_role : body.holderRole,
  );
  const changes = {
    ...(body.unitId !== undefined && { unit_id: body.unitId }),
    ...(body.holderRole !== undefined && { holder_role: body.holderRole }),
    ...(body.title !== undefined && { title: body.title }),
    ...(body.description !== undefined && { description: body.description }),
    ...(body.delegatedBy !== undefined && { delegated_by: body.delegatedBy }),
    updated_at: nowIso(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await updateMandateRow(trx, id, changes);
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'mandate.update',
      entityType: 'mandate',
      entityId: id,
      before: existing,
      after: changes,
      requestId: ctx.requestId,
    });
    await applyConfidential(trx, authed, id, body.confidential);
  });
  return present(authed, id);
}

export async function deactivateMandate(ctx: ServiceContext, id: string): Promise<Mandate> {
  const existing = await requireVisible(requireSignedIn(ctx), id);
  const authed = await requireKeeper(ctx);
  if (existing.active === 1) {
    await ctx.db.transaction().execute(async (trx) => {
      await updateMandateRow(trx, id, { active: 0, updated_at: nowIso() });
      await writeAudit(trx, {
        actorId: authed.principal.personId,
        action: 'mandate.deactivate',
        entityType: 'mandate',
        entityId: id,
        before: { active: true },
        after: { active: false },
        requestId: ctx.requestId,
      });
    });
  }
  return present(authed, id);
}
