// Clean-up rounds (rensningsrundor): opened for a unit subtree or a chosen set of demands, with the
// hours before frozen at the start; performers assess, owners propose, the mandated leader decides.
import { randomUUID } from 'node:crypto';
import type { CreateRoundBody, RoundList, RoundReport, RoundSummary } from '../../../common/burden/rounds.js';
import { round } from '../../../common/burden/cost.js';
import { isRoundStatus } from '../../../common/burden/vocabulary.js';
import { subtreeIds } from '../../../common/org/tree.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { writeAudit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import type { Notifier } from '../../platform/notifications/notify.js';
import type { ServiceContext } from '../../platform/principal.js';
import { burdenContext, type BurdenContext } from './context.js';
import { burdenPolicy } from './policy.js';
import { aggregateOf, costInputsOf, latestPerPerson, originOf, presentProposal, proposalPeople } from './presenters.js';
import { notifyPeople } from './notices.js';
import {
  activeUnitMandates,
  assessmentsOf,
  findRound,
  findRoundByIdempotencyKey,
  listDemandRows,
  listRoundRows,
  peopleNames,
  proposalsOf,
  roundDemandRows,
  type RoundRow,
} from './repo.js';
import { performersOf, traceOf, unitRefOf } from './world.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Hours after a round: an approved decision's hours, otherwise the hours frozen at the start. */
function hoursAfterOf(
  frozen: number,
  proposals: ReadonlyArray<{ demand_id: string; decision: string | null; hours_after: number }>,
  demandId: string,
): number {
  const approved = proposals.find((p) => p.demand_id === demandId && p.decision === 'approved');
  return approved ? approved.hours_after : frozen;
}

async function summaries(db: Db, rows: readonly RoundRow[], c: BurdenContext): Promise<RoundSummary[]> {
  const ids = rows.map((r) => r.id);
  const [frozen, proposals, names] = await Promise.all([
    roundDemandRows(db, ids),
    proposalsOf(db, { roundIds: ids }),
    peopleNames(
      db,
      rows.map((r) => r.created_by),
    ),
  ]);
  return rows.map((r) => {
    const demands = frozen.filter((f) => f.round_id === r.id);
    const own = proposals.filter((p) => p.round_id === r.id);
    const before = demands.reduce((sum, f) => sum + f.hours_before, 0);
    const after = demands.reduce((sum, f) => sum + hoursAfterOf(f.hours_before, own, f.demand_id), 0);
    return {
      id: r.id,
      title: r.title,
      scopeUnit: r.scope_unit_id === null ? null : unitRefOf(c.world, r.scope_unit_id),
      opensOn: r.opens_on,
      closesOn: r.closes_on,
      status: isRoundStatus(r.status) ? r.status : 'closed',
      createdBy: { id: r.created_by, name: names.get(r.created_by) ?? '' },
      createdAt: r.created_at,
      demandCount: demands.length,
      proposalCount: new Set(own.map((p) => p.demand_id)).size,
      decidedCount: own.filter((p) => p.status === 'decided').length,
      hoursBefore: round(before, 1),
      hoursAfter: round(after, 1),
    };
  });
}

export async function listRounds(ctx: ServiceContext, status?: string): Promise<RoundList> {
  const c = await burdenContext(ctx);
  const rows = await listRoundRows(ctx.db, status);
  return { items: await summaries(ctx.db, rows, c), canCreate: burdenPolicy.canOpenAnyRound(c.scope) };
}

export async function roundReport(db: Db, c: BurdenContext, row: RoundRow): Promise<RoundReport> {
  const [summary] = await summaries(db, [row], c);
  if (!summary) throw notFound();
  const frozen = await roundDemandRows(db, [row.id]);
  const demandIds = frozen.map((f) => f.demand_id);
  const [demands, proposals, assessments, mandates] = await Promise.all([
    listDemandRows(db, { ids: demandIds }),
    proposalsOf(db, { roundIds: [row.id] }),
    assessmentsOf(db, demandIds, row.id),
    activeUnitMandates(db),
  ]);
  const names = await peopleNames(db, proposalPeople(proposals));
  const mandateFacts = mandates.map((m) => ({ unitId: m.unit_id, holderRole: m.holder_role }));
  const open = row.status === 'open';
  const present = (p: (typeof proposals)[number], ownerUnitId: string, ownerPersonId: string | null) =>
    presentProposal(p, names, burdenPolicy.canDecide(c.scope, c.world, mandateFacts, { ownerUnitId, ownerPersonId }));
  const byUnit = new Map<string, { before: number; after: number }>();
  const lines = frozen.flatMap((f) => {
    const d = demands.find((x) => x.id === f.demand_id);
    if (!d) return [];
    const after = hoursAfterOf(f.hours_before, proposals, d.id);
    const unit = byUnit.get(d.owner_unit_id) ?? { before: 0, after: 0 };
    byUnit.set(d.owner_unit_id, { before: unit.before + f.hours_before, after: unit.after + after });
    const latest = proposals.find((p) => p.demand_id === d.id);
    const facts = { ownerUnitId: d.owner_unit_id, ownerPersonId: d.owner_person_id };
    return [
      {
        demand: { id: d.id, title: d.title },
        ownerUnit: unitRefOf(c.world, d.owner_unit_id),
        origin: originOf(d.origin),
        hoursBefore: round(f.hours_before, 1),
        minutesBefore: f.minutes_before,
        occurrencesBefore: f.occurrences_before,
        performersBefore: f.performers_before,
        hoursAfter: round(after, 1),
        aggregate: aggregateOf(latestPerPerson(assessments.filter((a) => a.demand_id === d.id))),
        proposal: latest ? present(latest, d.owner_unit_id, d.owner_person_id) : null,
        can: { propose: open && d.status === 'active' && burdenPolicy.canPropose(c.scope, facts) },
      },
    ];
  });
  const approved = proposals.filter((p) => p.decision === 'approved');
  const ownerOf = (demandId: string) => demands.find((d) => d.id === demandId);
  const presentDecided = (p: (typeof proposals)[number]) => {
    const d = ownerOf(p.demand_id);
    return present(p, d?.owner_unit_id ?? '', d?.owner_person_id ?? null);
  };
  const totalBefore = frozen.reduce((sum, f) => sum + f.hours_before, 0);
  const totalAfter = lines.reduce((sum, l) => sum + l.hoursAfter, 0);
  return {
    ...summary,
    demands: lines.sort((a, b) => b.hoursBefore - a.hoursBefore),
    units: [...byUnit.entries()]
      .map(([unitId, h]) => ({
        unit: unitRefOf(c.world, unitId),
        hoursBefore: round(h.before, 1),
        hoursAfter: round(h.after, 1),
      }))
      .sort((a, b) => b.hoursBefore - a.hoursBefore),
    totals: {
      hoursBefore: round(totalBefore, 1),
      hoursAfter: round(totalAfter, 1),
      hoursReleased: round(totalBefore - totalAfter, 1),
    },
    decisions: proposals.filter((p) => p.status === 'decided').map(presentDecided),
    raisedExternally: approved.filter((p) => p.action === 'raiseExternal').map(presentDecided),
    can: {
      close: open && burdenPolicy.canCloseRound(c.scope, { scopeUnitId: row.scope_unit_id, createdBy: row.created_by }),
    },
  };
}

export async function getRound(ctx: ServiceContext, id: string): Promise<RoundReport> {
  const c = await burdenContext(ctx);
  const row = await findRound(ctx.db, id);
  if (!row) throw notFound();
  return roundReport(ctx.db, c, row);
}

export async function createRound(
  ctx: ServiceContext,
  notifier: Notifier,
  body: CreateRoundBody,
): Promise<RoundReport> {
  const c = await burdenContext(ctx);
  if (body.idempotencyKey) {
    const again = await findRoundByIdempotencyKey(ctx.db, body.idempotencyKey);
    if (again) return repeatOf(ctx, c, again);
  }
  if (body.closesOn < body.opensOn) throw invalid('burdenRoundDates', 'closesOn');
  const hasScope = body.scopeUnitId !== null;
  if (hasScope === body.demandIds.length > 0) throw invalid('burdenRoundScope', 'scopeUnitId');
  let demands;
  if (body.scopeUnitId !== null) {
    const unit = c.world.unitById.get(body.scopeUnitId);
    if (!unit || !unit.active) throw invalid('burdenUnit', 'scopeUnitId');
    if (!burdenPolicy.canOpenRoundFor(c.scope, body.scopeUnitId)) throw forbidden();
    demands = await listDemandRows(ctx.db, {
      status: 'active',
      ownerUnitIds: [...subtreeIds(c.world.links, body.scopeUnitId)],
    });
  } else {
    demands = await listDemandRows(ctx.db, { status: 'active', ids: body.demandIds });
    if (demands.length !== new Set(body.demandIds).size) throw invalid('burdenDemand', 'demandIds');
    if (
      !burdenPolicy.canOpenRoundOf(
        c.scope,
        demands.map((d) => d.owner_unit_id),
      )
    )
      throw forbidden();
  }
  if (demands.length === 0) throw invalid('burdenRoundEmpty', body.scopeUnitId !== null ? 'scopeUnitId' : 'demandIds');
  const id = randomUUID();
  const now = nowIso();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('burden_rounds')
        .values({
          id,
          title: body.title,
          scope_unit_id: body.scopeUnitId,
          opens_on: body.opensOn,
          closes_on: body.closesOn,
          status: 'open',
          created_by: c.me,
          created_at: now,
          closed_at: null,
          idempotency_key: body.idempotencyKey ?? null,
        })
        .execute();
      const performers = new Set<string>();
      for (const d of demands) {
        const trace = traceOf(c.world, costInputsOf(d));
        for (const p of performersOf(c.world, d.performers)) performers.add(p);
        await trx
          .insertInto('burden_round_demands')
          .values({
            round_id: id,
            demand_id: d.id,
            hours_before: trace.annualHours,
            minutes_before: trace.minutes,
            occurrences_before: trace.occurrencesPerYear,
            performers_before: trace.performers,
          })
          .execute();
      }
      await writeAudit(trx, {
        actorId: c.me,
        action: 'burden.round.opened',
        entityType: 'burden_round',
        entityId: id,
        after: { title: body.title, scopeUnitId: body.scopeUnitId, demandIds: demands.map((d) => d.id) },
        requestId: ctx.requestId,
      });
      await notifyPeople(trx, notifier, performers, 'roundOpened', { title: body.title }, '/burden/assess', null);
    });
  } catch (error) {
    if (body.idempotencyKey && isUniqueViolation(error)) {
      const first = await findRoundByIdempotencyKey(ctx.db, body.idempotencyKey);
      if (first) return repeatOf(ctx, c, first);
    }
    throw error;
  }
  const row = await findRound(ctx.db, id);
  if (!row) throw notFound();
  return roundReport(ctx.db, c, row);
}

async function repeatOf(ctx: ServiceContext, c: BurdenContext, existing: { id: string; created_by: string }) {
  if (existing.created_by !== c.me) throw conflict('idempotencyKeyUsed');
  const row = await findRound(ctx.db, existing.id);
  if (!row) throw notFound();
  return roundReport(ctx.db, c, row);
}

export async function closeRound(ctx: ServiceContext, id: string): Promise<RoundReport> {
  const c = await burdenContext(ctx);
  const row = await findRound(ctx.db, id);
  if (!row) throw notFound();
  if (!burdenPolicy.canCloseRound(c.scope, { scopeUnitId: row.scope_unit_id, createdBy: row.created_by }))
    throw forbidden();
  if (row.status !== 'open') throw conflict('burdenRoundClosed');
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('burden_rounds')
      .set({ status: 'closed', closed_at: now })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict('burdenRoundClosed');
    await writeAudit(trx, {
      actorId: c.me,
      action: 'burden.round.closed',
      entityType: 'burden_round',
      entityId: id,
      requestId: ctx.requestId,
    });
  });
  const closed = await findRound(ctx.db, id);
  if (!closed) throw notFound();
  return roundReport(ctx.db, c, closed);
}
