// The mandates register (delegationsordning): which unit or role may take which decisions, and
// on whose delegation. Readable by everyone signed in; kept by administrators.
import { randomUUID } from 'node:crypto';
import type { CreateMandateBody, Mandate, UpdateMandateBody } from '../../../common/org/mandates.js';
import { writeAudit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import { forbidden, invalid, notFound } from '../../platform/errors.js';
import { requireSignedIn, type ServiceContext } from '../../platform/principal.js';
import { findMandate, insertMandate, listMandateRows, updateMandateRow } from './mandates-repo.js';
import { orgPolicy } from './policy.js';
import { presentMandate } from './presenters.js';
import { findUnit } from './units-repo.js';
import { loadOrgScope } from './scope.js';

export async function listMandates(
  ctx: ServiceContext,
  query: { unitId?: string | undefined; q?: string | undefined; includeInactive?: 'true' | 'false' | undefined },
): Promise<Mandate[]> {
  requireSignedIn(ctx);
  const rows = await listMandateRows(ctx.db, { ...query, includeInactive: query.includeInactive === 'true' });
  return rows.map(presentMandate);
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
  });
  const saved = await findMandate(ctx.db, row.id);
  if (!saved) throw notFound();
  return presentMandate(saved);
}

export async function updateMandate(ctx: ServiceContext, id: string, body: UpdateMandateBody): Promise<Mandate> {
  const authed = await requireKeeper(ctx);
  const existing = await findMandate(ctx.db, id);
  if (!existing) throw notFound();
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
  });
  const saved = await findMandate(ctx.db, id);
  if (!saved) throw notFound();
  return presentMandate(saved);
}

export async function deactivateMandate(ctx: ServiceContext, id: string): Promise<Mandate> {
  const authed = await requireKeeper(ctx);
  const existing = await findMandate(ctx.db, id);
  if (!existing) throw notFound();
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
  return presentMandate({ ...existing, active: 0 });
}
