// Units of the steering chain: browse, open, create, edit, move, deactivate. Moving and
// deactivating never erase history: memberships stay, and every change is in the audit log.
import { randomUUID } from 'node:crypto';
import type { CreateUnitBody, UnitDetail, UnitSummary, UpdateUnitBody } from '../../../common/org/units.js';
import { isExternalKind } from '../../../common/org/roles.js';
import { ancestorsOf, wouldCreateCycle } from '../../../common/org/tree.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { lockOrganisation } from '../../db/locks.js';
import type { UnitRow } from '../../db/schema.js';
import { writeAudit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { requireSignedIn, type ServiceContext } from '../../platform/principal.js';
import { listMandateRows } from './mandates-repo.js';
import { auditConfidentialReads } from './mandates-service.js';
import { visibleMandates } from './mandate-confidentiality.js';
import { loadOrgScope } from './scope.js';
import { orgPolicy, orgScope } from './policy.js';
import { presentMandate, presentMember, presentUnitSummary, membershipRoleOf, unitKindOf } from './presenters.js';
import {
  findUnit,
  findUnitByCode,
  insertUnit,
  listUnitRows,
  loadUnitLinks,
  unitManagerRows,
  unitMemberRows,
  unitStats,
  updateUnitRow,
  type UnitLink,
} from './units-repo.js';

function matches(row: UnitRow, q: string): boolean {
  const needle = q.toLowerCase();
  return row.name.toLowerCase().includes(needle) || row.code.toLowerCase().includes(needle);
}

export async function listUnits(
  ctx: ServiceContext,
  query: { q?: string | undefined; includeInactive?: 'true' | 'false' | undefined },
): Promise<UnitSummary[]> {
  requireSignedIn(ctx);
  const rows = await listUnitRows(ctx.db, query.includeInactive === 'true');
  const stats = await unitStats(ctx.db);
  const q = query.q;
  return (q ? rows.filter((r) => matches(r, q)) : rows).map((r) => presentUnitSummary(r, stats));
}

export async function getUnitDetail(ctx: ServiceContext, id: string): Promise<UnitDetail> {
  const authed = requireSignedIn(ctx);
  const unit = await findUnit(ctx.db, id);
  if (!unit) throw notFound();
  // One read of all units serves the scope, the path and the sub-units.
  const allRows = await listUnitRows(ctx.db, true);
  const links = allRows.map((r) => ({ id: r.id, parentId: r.parent_id, active: r.active === 1 }));
  const scope = orgScope(authed.principal, links);
  const [stats, managers, mandates] = await Promise.all([
    unitStats(ctx.db),
    unitManagerRows(ctx.db, id),
    listMandateRows(ctx.db, { unitId: id, includeInactive: false }),
  ]);
  const names = new Map(allRows.map((r) => [r.id, r.name]));
  const shownMandates = await visibleMandates(authed, mandates);
  await auditConfidentialReads(authed, shownMandates);
  const seeMembers = orgPolicy.canSeeMembers(scope, id);
  return {
    id: unit.id,
    parentId: unit.parent_id,
    code: unit.code,
    name: unit.name,
    kind: unitKindOf(unit.kind),
    description: unit.description,
    active: unit.active === 1,
    createdAt: unit.created_at,
    deactivatedAt: unit.deactivated_at,
    path: ancestorsOf(links, id).map((l) => ({ id: l.id, name: names.get(l.id) ?? '' })),
    children: allRows.filter((r) => r.parent_id === id).map((r) => presentUnitSummary(r, stats)),
    members: seeMembers ? (await unitMemberRows(ctx.db, id)).map(presentMember) : null,
    managers: managers.map((m) => ({ personId: m.personId, name: m.name, role: membershipRoleOf(m.role) })),
    mandates: shownMandates.map(({ row, marking }) => presentMandate(row, marking)),
    can: {
      edit: orgPolicy.canEditUnit(scope, id),
      manageMembers: orgPolicy.canManageMembers(scope, id),
      manageMandates: orgPolicy.canManageMandates(scope),
    },
  };
}

/** Parent rules shared by create, edit and move. */
function checkParent(kind: string, parentId: string | null, links: UnitLink[], unitId?: string) {
  if (parentId === null) {
    if (kind !== 'board' && !isExternalKind(kind)) throw invalid('parentRequired', 'parentId');
    return;
  }
  const parent = links.find((l) => l.id === parentId);
  if (!parent) throw invalid('notFound', 'parentId');
  if (!parent.active) throw invalid('parentInactive', 'parentId');
  if (unitId && wouldCreateCycle(links, unitId, parentId)) throw invalid('cycle', 'parentId');
}

export async function createUnit(ctx: ServiceContext, body: CreateUnitBody): Promise<string> {
  const authed = requireSignedIn(ctx);
  const { scope, links } = await loadOrgScope(authed);
  if (!orgPolicy.canCreateUnitUnder(scope, body.parentId)) throw forbidden();
  checkParent(body.kind, body.parentId, links);
  if (await findUnitByCode(ctx.db, body.code)) throw conflict('codeTaken', 'code');
  const now = nowIso();
  const id = randomUUID();
  const row = {
    id,
    parent_id: body.parentId,
    code: body.code,
    name: body.name,
    kind: body.kind,
    description: body.description,
    active: 1,
    created_at: now,
    updated_at: now,
    deactivated_at: null,
  };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertUnit(trx, row);
      await writeAudit(trx, {
        actorId: authed.principal.personId,
        action: 'unit.create',
        entityType: 'unit',
        entityId: id,
        after: row,
        requestId: ctx.requestId,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('codeTaken', 'code');
    throw error;
  }
  return id;
}

export async function updateUnit(ctx: ServiceContext, id: string, body: UpdateUnitBody): Promise<void> {
  const authed = requireSignedIn(ctx);
  const unit = await findUnit(ctx.db, id);
  if (!unit) throw notFound();
  const { scope, links } = await loadOrgScope(authed);
  if (!orgPolicy.canEditUnit(scope, id)) throw forbidden();
  if (body.kind && body.kind !== unit.kind) checkParent(body.kind, unit.parent_id, links, id);
  if (body.code && body.code !== unit.code && (await findUnitByCode(ctx.db, body.code)))
    throw conflict('codeTaken', 'code');
  const changes = {
    ...(body.code !== undefined && { code: body.code }),
    ...(body.name !== undefined && { name: body.name }),
    ...(body.kind !== undefined && { kind: body.kind }),
    ...(body.description !== undefined && { description: body.description }),
    updated_at: nowIso(),
  };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await updateUnitRow(trx, id, changes);
      await writeAudit(trx, {
        actorId: authed.principal.personId,
        action: 'unit.update',
        entityType: 'unit',
        entityId: id,
        before: unit,
        after: changes,
        requestId: ctx.requestId,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('codeTaken', 'code');
    throw error;
  }
}

export async function moveUnit(ctx: ServiceContext, id: string, parentId: string | null): Promise<void> {
  const authed = requireSignedIn(ctx);
  const unit = await findUnit(ctx.db, id);
  if (!unit) throw notFound();
  const { scope, links } = await loadOrgScope(authed);
  // Moving takes a unit out of one place and into another: the mover must manage both.
  if (!orgPolicy.canEditUnit(scope, id) || !orgPolicy.canCreateUnitUnder(scope, parentId)) throw forbidden();
  if (parentId === id) throw invalid('cycle', 'parentId');
  checkParent(unit.kind, parentId, links, id);
  if (parentId === unit.parent_id) return;
  await ctx.db.transaction().execute(async (trx) => {
    // Two moves at once could each pass the cycle check alone and form a cycle together, so
    // moves are serialised and the check is repeated on the tree as it is now.
    await lockOrganisation(trx);
    checkParent(unit.kind, parentId, await loadUnitLinks(trx), id);
    await updateUnitRow(trx, id, { parent_id: parentId, updated_at: nowIso() });
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'unit.move',
      entityType: 'unit',
      entityId: id,
      before: { parentId: unit.parent_id },
      after: { parentId },
      requestId: ctx.requestId,
    });
  });
}

export async function setUnitActive(ctx: ServiceContext, id: string, active: boolean): Promise<void> {
  const authed = requireSignedIn(ctx);
  const unit = await findUnit(ctx.db, id);
  if (!unit) throw notFound();
  const { scope, links } = await loadOrgScope(authed);
  if (!orgPolicy.canEditUnit(scope, id)) throw forbidden();
  if ((unit.active === 1) === active) return;
  if (!active && links.some((l) => l.parentId === id && l.active)) throw invalid('hasActiveChildren');
  if (active && unit.parent_id && !links.find((l) => l.id === unit.parent_id)?.active)
    throw invalid('parentInactive', 'parentId');
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await updateUnitRow(trx, id, { active: active ? 1 : 0, deactivated_at: active ? null : now, updated_at: now });
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: active ? 'unit.reactivate' : 'unit.deactivate',
      entityType: 'unit',
      entityId: id,
      before: { active: unit.active === 1 },
      after: { active },
      requestId: ctx.requestId,
    });
  });
}
