// Proposals and decisions in a round. The owner proposes; whoever holds the mandate decides, with
// a rationale everyone can read. Approving applies the change and snapshots the totals in the same
// transaction, so the trend is a real series.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { costOf, occurrencesPerYear } from '../../../common/burden/cost.js';
import type { Proposal } from '../../../common/burden/demands.js';
import type { DecisionBody, ProposalBody } from '../../../common/burden/rounds.js';
import {
  burdenLimits,
  externalAllowedActions,
  isDemandOrigin,
  isExternalOrigin,
  type FrequencyUnit,
} from '../../../common/burden/vocabulary.js';
import { isOneOf } from '../../../common/platform/one-of.js';
import type { Database } from '../../db/schema.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { writeAudit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import type { Notifier } from '../../platform/notifications/notify.js';
import type { ServiceContext } from '../../platform/principal.js';
import { burdenContext, type BurdenContext } from './context.js';
import { loadDemand } from './detail.js';
import { administrators, decidersOf, notifyPeople } from './notices.js';
import { burdenPolicy } from './policy.js';
import { costInputsOf, presentProposal, proposalPeople } from './presenters.js';
import {
  activeUnitMandates,
  findDemand,
  findProposal,
  findRound,
  peopleNames,
  proposalsOf,
  roundDemandRows,
  undecidedProposal,
  updateDemandRow,
  type DemandWithPerformers,
} from './repo.js';
import { takeSnapshot } from './snapshot.js';
import { frequencyUnitOf, hoursOf, performersOf, type World } from './world.js';
import { PostgresAdapter } from 'kysely';

type Db = Kysely<Database> | Transaction<Database>;

interface Change {
  frequencyUnit: FrequencyUnit;
  frequencyCount: number;
  minutes: number;
}

/** The demand's frequency and minutes after a simplification (unchanged fields kept). */
function simplified(
  d: DemandWithPerformers,
  p: { unit: string | null; count: number | null; minutes: number | null },
): Change {
  return {
    frequencyUnit: p.unit === null ? frequencyUnitOf(d.frequency_unit) : frequencyUnitOf(p.unit),
    frequencyCount: p.count ?? d.frequency_count,
    minutes: p.minutes ?? d.minutes,
  };
}

function hoursAfter(world: World, d: DemandWithPerformers, action: string, change: Change | null): number {
  if (action === 'remove' || action === 'merge') return 0;
  if (action !== 'simplify' || change === null) return hoursOf(world, costInputsOf(d));
  const performers = d.performers_entered ?? performersOf(world, d.performers).size;
  return costOf({ ...change, performers }, { hoursPerFte: world.hoursPerFte, hourlyCost: null }).annualHours;
}

async function presentOne(db: Db, c: BurdenContext, id: string): Promise<Proposal> {
  const [view] = await proposalsOf(db, { ids: [id] });
  if (!view) throw notFound();
  const demand = await loadDemand(db, view.demand_id);
  const mandates = await activeUnitMandates(db);
  const names = await peopleNames(db, proposalPeople([view]));
  const canDecide = burdenPolicy.canDecide(
    c.scope,
    c.world,
    mandates.map((m) => ({ unitId: m.unit_id, holderRole: m.holder_role })),
    { ownerUnitId: demand.owner_unit_id, ownerPersonId: demand.owner_person_id },
  );
  return presentProposal(view, names, canDecide);
}

const externalOrigin = (d: DemandWithPerformers) => isDemandOrigin(d.origin) && isExternalOrigin(d.origin);

export async function propose(
  ctx: ServiceContext,
  notifier: Notifier,
  roundId: string,
  body: ProposalBody,
): Promise<Proposal> {
  const c = await burdenContext(ctx);
  const round = await findRound(ctx.db, roundId);
  if (!round) throw notFound();
  const inRound = (await roundDemandRows(ctx.db, [roundId])).some((r) => r.demand_id === body.demandId);
  if (!inRound) throw invalid('burdenNotInRound', 'demandId');
  const demand = await loadDemand(ctx.db, body.demandId);
  if (!burdenPolicy.canPropose(c.scope, { ownerUnitId: demand.owner_unit_id, ownerPersonId: demand.owner_person_id }))
    throw forbidden();
  if (round.status !== 'open') throw conflict('burdenRoundClosed');
  if (demand.status !== 'active') throw invalid('burdenNotActive', 'demandId');
  if (externalOrigin(demand) && !isOneOf(externalAllowedActions, body.action))
    throw invalid('burdenExternalOrigin', 'action');
  let change: Change | null = null;
  if (body.action === 'simplify') {
    if (body.newFrequencyUnit === null && body.newFrequencyCount === null && body.newMinutes === null)
      throw invalid('burdenSimplifyNothing', 'newMinutes');
    change = simplified(demand, {
      unit: body.newFrequencyUnit,
      count: body.newFrequencyCount,
      minutes: body.newMinutes,
    });
    if (occurrencesPerYear(change.frequencyUnit, change.frequencyCount) > burdenLimits.occurrencesPerYearMax)
      throw invalid('burdenOccurrences', 'newFrequencyCount', { maximum: burdenLimits.occurrencesPerYearMax });
  }
  if (body.action === 'merge') {
    const target = await findDemand(ctx.db, body.mergeIntoId);
    if (!target || target.status !== 'active' || target.id === demand.id)
      throw invalid('burdenMergeTarget', 'mergeIntoId');
  }
  const now = nowIso();
  const before = hoursOf(c.world, costInputsOf(demand));
  const after = hoursAfter(c.world, demand, body.action, change);
  const fields = {
    action: body.action,
    new_frequency_unit: body.action === 'simplify' ? body.newFrequencyUnit : null,
    new_frequency_count: body.action === 'simplify' ? body.newFrequencyCount : null,
    new_minutes: body.action === 'simplify' ? body.newMinutes : null,
    merge_into_id: body.action === 'merge' ? body.mergeIntoId : null,
    external_recipient: body.action === 'raiseExternal' ? body.externalRecipient : null,
    external_request: body.action === 'raiseExternal' ? body.externalRequest : null,
    external_sent_on: body.action === 'raiseExternal' ? body.externalSentOn : null,
    external_answer: body.action === 'raiseExternal' ? body.externalAnswer : null,
    rationale: body.rationale,
    proposed_by: c.me,
    hours_before: before,
    hours_after: after,
  };
  const write = () =>
    ctx.db.transaction().execute(async (trx) => {
      // A new proposal replaces an undecided one for the same demand: a double submit lands on one row.
      const existing = await undecidedProposal(trx, roundId, demand.id);
      const proposalId = existing?.id ?? randomUUID();
      if (existing)
        await trx
          .updateTable('burden_proposals')
          .set({ ...fields, created_at: now })
          .where('id', '=', existing.id)
          .execute();
      else
        await trx
          .insertInto('burden_proposals')
          .values({
            id: proposalId,
            round_id: roundId,
            demand_id: demand.id,
            ...fields,
            status: 'proposed',
            decision: null,
            decided_by: null,
            decision_rationale: null,
            decided_at: null,
            created_at: now,
          })
          .execute();
      await writeAudit(trx, {
        actorId: c.me,
        action: 'burden.proposal.made',
        entityType: 'burden_proposal',
        entityId: proposalId,
        after: { roundId, demandId: demand.id, ...fields },
        requestId: ctx.requestId,
      });
      const deciders = decidersOf(c.world, demand.owner_unit_id, c.me);
      if (!existing)
        await notifyPeople(
          trx,
          notifier,
          deciders.length > 0 ? deciders : await administrators(trx),
          'proposal',
          { title: demand.title },
          `/burden/rounds/${roundId}`,
          c.me,
        );
      return proposalId;
    });
  let id: string;
  try {
    id = await write();
  } catch (error) {
    // The same form twice at once: the second finds the first's row and replaces it.
    if (!isUniqueViolation(error)) throw error;
    id = await write();
  }
  return presentOne(ctx.db, c, id);
}

/** Two deciders at once: on PostgreSQL the second waits for the first, then sees it decided. */
async function lockProposal(trx: Transaction<Database>, id: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await trx.selectFrom('burden_proposals').select('id').where('id', '=', id).forUpdate().execute();
}

export async function decide(
  ctx: ServiceContext,
  notifier: Notifier,
  proposalId: string,
  body: DecisionBody,
): Promise<Proposal> {
  const c = await burdenContext(ctx);
  const proposal = await findProposal(ctx.db, proposalId);
  if (!proposal) throw notFound();
  const demand = await loadDemand(ctx.db, proposal.demand_id);
  const mandates = await activeUnitMandates(ctx.db);
  const facts = { ownerUnitId: demand.owner_unit_id, ownerPersonId: demand.owner_person_id };
  if (
    !burdenPolicy.canDecide(
      c.scope,
      c.world,
      mandates.map((m) => ({ unitId: m.unit_id, holderRole: m.holder_role })),
      facts,
    )
  )
    throw forbidden();
  if (proposal.status !== 'proposed') throw conflict('burdenAlreadyDecided');
  const approve = body.decision === 'approved';
  if (approve && externalOrigin(demand) && !isOneOf(externalAllowedActions, proposal.action))
    throw invalid('burdenExternalOrigin', 'decision');
  if (approve && demand.status !== 'active') throw invalid('burdenNotActive', 'decision');
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await lockProposal(trx, proposalId);
    const current = await findProposal(trx, proposalId);
    if (!current || current.status !== 'proposed') throw conflict('burdenAlreadyDecided');
    const fresh = await loadDemand(trx, demand.id);
    // Checked again under the lock: the demand may have been removed or merged since it was read.
    if (approve && fresh.status !== 'active') throw invalid('burdenNotActive', 'decision');
    let after = hoursOf(c.world, costInputsOf(fresh));
    if (approve) after = await apply(trx, c, fresh, current, now);
    await trx
      .updateTable('burden_proposals')
      .set({
        status: 'decided',
        decision: body.decision,
        decided_by: c.me,
        decision_rationale: body.rationale,
        decided_at: now,
        hours_before: hoursOf(c.world, costInputsOf(fresh)),
        hours_after: approve ? after : hoursOf(c.world, costInputsOf(fresh)),
        ...(body.externalAnswer !== undefined && current.action === 'raiseExternal'
          ? { external_answer: body.externalAnswer }
          : {}),
      })
      .where('id', '=', proposalId)
      .execute();
    await writeAudit(trx, {
      actorId: c.me,
      action: 'burden.proposal.decided',
      entityType: 'burden_proposal',
      entityId: proposalId,
      after: { decision: body.decision, rationale: body.rationale, action: current.action },
      requestId: ctx.requestId,
    });
    await takeSnapshot(trx, 'decision', proposalId, now);
    await notifyPeople(
      trx,
      notifier,
      [current.proposed_by],
      'decided',
      { title: fresh.title },
      `/burden/rounds/${current.round_id}`,
      c.me,
    );
  });
  return presentOne(ctx.db, c, proposalId);
}

/** Applies an approved proposal to the demand; returns its hours afterwards. */
async function apply(
  trx: Transaction<Database>,
  c: BurdenContext,
  d: DemandWithPerformers,
  p: NonNullable<Awaited<ReturnType<typeof findProposal>>>,
  now: string,
): Promise<number> {
  let changes: Parameters<typeof updateDemandRow>[3] | null = null;
  if (p.action === 'simplify') {
    const change = simplified(d, { unit: p.new_frequency_unit, count: p.new_frequency_count, minutes: p.new_minutes });
    changes = { frequency_unit: change.frequencyUnit, frequency_count: change.frequencyCount, minutes: change.minutes };
  } else if (p.action === 'remove') changes = { status: 'removed' };
  else if (p.action === 'merge') {
    const target = p.merge_into_id === null ? undefined : await findDemand(trx, p.merge_into_id);
    if (!target || target.status !== 'active') throw invalid('burdenMergeTarget', 'decision');
    changes = { status: 'merged', merged_into_id: target.id };
  }
  if (changes === null) return hoursOf(c.world, costInputsOf(d));
  const updated = await updateDemandRow(trx, d.id, d.version, { ...changes, updated_at: now });
  if (!updated) throw conflict('burdenVersion');
  await writeAudit(trx, {
    actorId: c.me,
    action: 'burden.demand.decided',
    entityType: 'burden_demand',
    entityId: d.id,
    before: {
      status: d.status,
      frequencyUnit: d.frequency_unit,
      frequencyCount: d.frequency_count,
      minutes: d.minutes,
    },
    after: changes,
    requestId: c.authed.requestId,
  });
  const after = await loadDemand(trx, d.id);
  return after.status === 'active' ? hoursOf(c.world, costInputsOf(after)) : 0;
}
