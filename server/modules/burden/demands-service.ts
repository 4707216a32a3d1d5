// The inventory: list, open, register, edit and remove steering demands. Everyone signed in sees
// them; editing is for the owner, the owner unit's managers (and the chain above) and administrators.
import { randomUUID } from 'node:crypto';
import type {
  CreateDemandBody,
  DemandDetail,
  DemandList,
  DemandListQuery,
  RemoveDemandBody,
  UpdateDemandBody,
} from '../../../common/burden/demands.js';
import { round } from '../../../common/burden/cost.js';
import { subtreeIds } from '../../../common/org/tree.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { writeAudit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import { conflict, forbidden, invalid } from '../../platform/errors.js';
import type { ServiceContext } from '../../platform/principal.js';
import { burdenContext, type BurdenContext } from './context.js';
import { checkDemand } from './demand-checks.js';
import { demandDetail, loadDemand } from './detail.js';
import { burdenPolicy } from './policy.js';
import { costInputsOf, latestPerPerson, presentSummary } from './presenters.js';
import {
  assessmentsOf,
  findDemandByIdempotencyKey,
  insertDemand,
  listDemandRows,
  peopleNames,
  replacePerformers,
  updateDemandRow,
} from './repo.js';
import { hoursOf, performersOf } from './world.js';

export async function listDemands(ctx: ServiceContext, query: DemandListQuery): Promise<DemandList> {
  const c = await burdenContext(ctx);
  const all = await listDemandRows(ctx.db, { status: query.status });
  const units = query.unitId
    ? query.descendants === 'true'
      ? subtreeIds(c.world.links, query.unitId)
      : new Set([query.unitId])
    : null;
  const needle = query.q?.toLocaleLowerCase();
  const hours = new Map(all.map((d) => [d.id, hoursOf(c.world, costInputsOf(d))]));
  const matching = all.filter(
    (d) =>
      (!units || units.has(d.owner_unit_id)) &&
      (!query.kind || d.kind === query.kind) &&
      (!query.origin || d.origin === query.origin) &&
      (!needle || d.title.toLocaleLowerCase().includes(needle) || d.description.toLocaleLowerCase().includes(needle)) &&
      (query.mine !== 'performing' || performersOf(c.world, d.performers).has(c.me)) &&
      (query.mine !== 'owning' || d.owner_person_id === c.me || c.scope.managed.has(d.owner_unit_id)),
  );
  matching.sort((a, b) => {
    if (query.sort === 'title') return a.title.localeCompare(b.title);
    if (query.sort === 'updated') return b.updated_at.localeCompare(a.updated_at);
    return (hours.get(b.id) ?? 0) - (hours.get(a.id) ?? 0);
  });
  const page = matching.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  const [assessments, names] = await Promise.all([
    assessmentsOf(
      ctx.db,
      page.map((d) => d.id),
    ),
    peopleNames(
      ctx.db,
      page.flatMap((d) => (d.owner_person_id ? [d.owner_person_id] : [])),
    ),
  ]);
  return {
    items: page.map((d) =>
      presentSummary(c.world, d, names, latestPerPerson(assessments.filter((a) => a.demand_id === d.id))),
    ),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
    totalHours: round(
      matching.reduce((sum, d) => sum + (hours.get(d.id) ?? 0), 0),
      1,
    ),
  };
}

export async function getDemand(ctx: ServiceContext, id: string): Promise<DemandDetail> {
  const c = await burdenContext(ctx);
  return demandDetail(ctx.db, c, await loadDemand(ctx.db, id));
}

const rowFields = (body: Omit<CreateDemandBody, 'idempotencyKey'>) => ({
  title: body.title,
  description: body.description,
  kind: body.kind,
  owner_unit_id: body.ownerUnitId,
  owner_person_id: body.ownerPersonId,
  origin: body.origin,
  origin_unit_id: body.originUnitId,
  legal_basis: body.legalBasis === '' ? null : body.legalBasis,
  purpose: body.purpose,
  result_users: body.resultUsers,
  frequency_unit: body.frequencyUnit,
  frequency_count: body.frequencyCount,
  minutes: body.minutes,
  performers_entered: body.performersEntered,
  review_on: body.reviewOn,
  measures: body.measures,
  focus: body.focus,
});

export async function createDemand(ctx: ServiceContext, body: CreateDemandBody): Promise<DemandDetail> {
  const c = await burdenContext(ctx);
  if (body.idempotencyKey) {
    const again = await findDemandByIdempotencyKey(ctx.db, body.idempotencyKey);
    if (again) return repeatOf(ctx, c, again);
  }
  const checked = await checkDemand(ctx.db, c.world, body);
  if (!burdenPolicy.canCreateFor(c.scope, checked.ownerUnitId)) throw forbidden();
  const id = randomUUID();
  const now = nowIso();
  const fields = rowFields(checked);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertDemand(
        trx,
        {
          id,
          ...fields,
          status: 'active',
          merged_into_id: null,
          created_by: c.me,
          created_at: now,
          updated_at: now,
          version: 1,
          idempotency_key: body.idempotencyKey ?? null,
        },
        checked.performers,
      );
      await writeAudit(trx, {
        actorId: c.me,
        action: 'burden.demand.created',
        entityType: 'burden_demand',
        entityId: id,
        after: { ...fields, performers: checked.performers },
        requestId: ctx.requestId,
      });
    });
  } catch (error) {
    // Two submits of the same form at the same moment: the second finds the first.
    if (body.idempotencyKey && isUniqueViolation(error)) {
      const first = await findDemandByIdempotencyKey(ctx.db, body.idempotencyKey);
      if (first) return repeatOf(ctx, c, first);
    }
    throw error;
  }
  return demandDetail(ctx.db, c, await loadDemand(ctx.db, id));
}

async function repeatOf(ctx: ServiceContext, c: BurdenContext, existing: { id: string; created_by: string }) {
  // A key is the form's own; someone else's demand under the same key is a conflict.
  if (existing.created_by !== c.me) throw conflict('idempotencyKeyUsed');
  return demandDetail(ctx.db, c, await loadDemand(ctx.db, existing.id));
}

async function editable(ctx: ServiceContext, c: BurdenContext, id: string) {
  const demand = await loadDemand(ctx.db, id);
  if (!burdenPolicy.canEdit(c.scope, { ownerUnitId: demand.owner_unit_id, ownerPersonId: demand.owner_person_id }))
    throw forbidden();
  if (demand.status !== 'active') throw invalid('burdenNotActive', 'status');
  return demand;
}

export async function updateDemand(ctx: ServiceContext, id: string, body: UpdateDemandBody): Promise<DemandDetail> {
  const c = await burdenContext(ctx);
  const before = await editable(ctx, c, id);
  const checked = await checkDemand(ctx.db, c.world, body);
  // Moving a demand to another owner unit needs the right to create it there.
  if (checked.ownerUnitId !== before.owner_unit_id && !burdenPolicy.canCreateFor(c.scope, checked.ownerUnitId))
    throw forbidden();
  const fields = rowFields(checked);
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await updateDemandRow(trx, id, body.version, { ...fields, updated_at: nowIso() });
    if (!updated) throw conflict('burdenVersion', 'version');
    await replacePerformers(trx, id, checked.performers);
    await writeAudit(trx, {
      actorId: c.me,
      action: 'burden.demand.updated',
      entityType: 'burden_demand',
      entityId: id,
      before,
      after: { ...fields, performers: checked.performers },
      requestId: ctx.requestId,
    });
  });
  return demandDetail(ctx.db, c, await loadDemand(ctx.db, id));
}

export async function removeDemand(ctx: ServiceContext, id: string, body: RemoveDemandBody): Promise<DemandDetail> {
  const c = await burdenContext(ctx);
  await editable(ctx, c, id);
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await updateDemandRow(trx, id, body.version, { status: 'removed', updated_at: nowIso() });
    if (!updated) throw conflict('burdenVersion', 'version');
    await writeAudit(trx, {
      actorId: c.me,
      action: 'burden.demand.removed',
      entityType: 'burden_demand',
      entityId: id,
      after: { status: 'removed', reason: body.reason ?? null },
      requestId: ctx.requestId,
    });
  });
  return demandDetail(ctx.db, c, await loadDemand(ctx.db, id));
}
