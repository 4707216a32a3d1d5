// One demand as a viewer sees it: inputs, cost with its trace, performers, the frontline's
// aggregated voice, history and the rule-obstacle signals pointing at it.
import { round } from '../../../common/burden/cost.js';
import type { DemandDetail } from '../../../common/burden/demands.js';
import { isPerformerRole } from '../../../common/burden/vocabulary.js';
import { notFound } from '../../platform/errors.js';
import { signalsPolicy } from '../signals/policy.js';
import { policyFacts } from '../signals/presenters.js';
import { listSignalViews } from '../signals/repo.js';
import type { BurdenContext } from './context.js';
import { burdenPolicy } from './policy.js';
import {
  aggregateOf,
  latestPerPerson,
  costInputsOf,
  myAssessmentOf,
  presentProposal,
  presentSummary,
  proposalPeople,
} from './presenters.js';
import {
  activeUnitMandates,
  assessmentsOf,
  findDemand,
  linkedSignalIds,
  openRoundsOf,
  peopleNames,
  proposalsOf,
  type DemandWithPerformers,
} from './repo.js';
import { peopleOfEntry, performersOf, traceOf, unitRefOf } from './world.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function loadDemand(db: Db, id: string): Promise<DemandWithPerformers> {
  const demand = await findDemand(db, id);
  if (!demand) throw notFound();
  return demand;
}

const excerpt = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

export async function demandDetail(db: Db, c: BurdenContext, d: DemandWithPerformers): Promise<DemandDetail> {
  const { scope, world, me } = c;
  const [assessments, proposals, openRounds, mandates, signalIds] = await Promise.all([
    assessmentsOf(db, [d.id]),
    proposalsOf(db, { demandIds: [d.id] }),
    openRoundsOf(db, [d.id]),
    activeUnitMandates(db),
    linkedSignalIds(db, d.id),
  ]);
  const signals = signalIds.length ? await listSignalViews(db, { ids: signalIds }) : [];
  const names = await peopleNames(db, [
    ...(d.owner_person_id ? [d.owner_person_id] : []),
    ...proposalPeople(proposals),
  ]);
  const facts = { ownerUnitId: d.owner_unit_id, ownerPersonId: d.owner_person_id };
  const active = d.status === 'active';
  const performers = performersOf(world, d.performers);
  const aggregate = aggregateOf(latestPerPerson(assessments));
  const mine = assessments.find((a) => a.person_id === me && a.round_id === (openRounds[0]?.id ?? null));
  const canDecide = burdenPolicy.canDecide(
    scope,
    world,
    mandates.map((m) => ({ unitId: m.unit_id, holderRole: m.holder_role })),
    facts,
  );
  const medianTrace =
    aggregate.medianMinutes === null ? null : traceOf(world, costInputsOf(d), aggregate.medianMinutes);
  return {
    ...presentSummary(world, d, names, latestPerPerson(assessments)),
    description: d.description,
    purpose: d.purpose,
    resultUsers: d.result_users,
    originUnit: d.origin_unit_id === null ? null : unitRefOf(world, d.origin_unit_id),
    performers: d.performers.map((p) => ({
      unit: unitRefOf(world, p.unitId),
      includeDescendants: p.includeDescendants,
      role: isPerformerRole(p.role) ? p.role : 'all',
      count: peopleOfEntry(world, p).size,
    })),
    performersEntered: d.performers_entered,
    frequencyUnit: traceOf(world, costInputsOf(d)).frequencyUnit,
    frequencyCount: d.frequency_count,
    minutes: d.minutes,
    mergedInto: d.merged_into_id === null ? null : await mergedRef(db, d.merged_into_id),
    createdAt: d.created_at,
    aggregate,
    calibration: {
      ownerMinutes: d.minutes,
      frontlineMedianMinutes: aggregate.medianMinutes,
      hoursWithFrontlineMedian: medianTrace === null ? null : round(medianTrace.annualHours, 1),
    },
    myAssessment: mine ? myAssessmentOf(mine) : null,
    openRounds: openRounds.map((r) => ({ id: r.id, title: r.title, closesOn: r.closes_on })),
    history: proposals.map((p) => presentProposal(p, names, canDecide)),
    linkedSignals: signals
      .filter((s) => signalsPolicy.canSee(scope, policyFacts(s)))
      .map((s) => ({
        id: s.id,
        excerpt: excerpt(s.text),
        status: s.status,
        unit: { id: s.unit_id, name: s.unit_name },
        createdAt: s.created_at,
      })),
    can: {
      edit: active && burdenPolicy.canEdit(scope, facts),
      remove: active && burdenPolicy.canEdit(scope, facts),
      assess: active && burdenPolicy.canAssess(performers, scope),
      propose: active && openRounds.length > 0 && burdenPolicy.canPropose(scope, facts),
    },
  };
}

async function mergedRef(db: Db, id: string) {
  const target = await findDemand(db, id);
  return target ? { id: target.id, title: target.title } : null;
}
