// Exactly which fields of the burden module leave the server. Assessments leave only aggregated:
// no person id, no name, not even with a comment.
import { mean, median, round } from '../../../common/burden/cost.js';
import type { AssessmentAggregate, DemandSummary, MyAssessment, Proposal } from '../../../common/burden/demands.js';
import {
  isDecisionValue,
  isDemandKind,
  isDemandOrigin,
  isDemandStatus,
  isFocus,
  isFrequencyUnit,
  isMeasures,
  isNoticed,
  isProposalAction,
  isProposalStatus,
  type DemandKind,
  type DemandOrigin,
} from '../../../common/burden/vocabulary.js';
import type { AssessmentRow, DemandWithPerformers, ProposalView } from './repo.js';
import { traceOf, unitRefOf, type World } from './world.js';

export const kindOf = (value: string): DemandKind => (isDemandKind(value) ? value : 'rule');
export const originOf = (value: string): DemandOrigin => (isDemandOrigin(value) ? value : 'other');

/** Each person's newest assessment only (rows come newest first): someone who assessed in two
 *  rounds counts once. */
export function latestPerPerson(rows: readonly AssessmentRow[]): AssessmentRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.person_id) ? false : (seen.add(r.person_id), true)));
}

export function aggregateOf(rows: readonly AssessmentRow[]): AssessmentAggregate {
  const distribution = [0, 0, 0, 0, 0];
  const noticed = { yes: 0, no: 0, unknown: 0 };
  for (const r of rows) {
    const index = r.usefulness - 1;
    if (index >= 0 && index < 5) distribution[index] = (distribution[index] ?? 0) + 1;
    if (isNoticed(r.noticed)) noticed[r.noticed] += 1;
  }
  const minutes = rows.flatMap((r) => (r.minutes === null ? [] : [r.minutes]));
  const meanValue = mean(rows.map((r) => r.usefulness));
  const medianValue = median(minutes);
  return {
    count: rows.length,
    distribution,
    meanUsefulness: meanValue === null ? null : round(meanValue, 2),
    noticed,
    medianMinutes: medianValue === null ? null : round(medianValue, 1),
    comments: rows
      .filter((r) => r.comment !== '')
      .map((r) => ({ text: r.comment }))
      .sort((a, b) => a.text.localeCompare(b.text, 'sv')),
  };
}

export function myAssessmentOf(row: AssessmentRow): MyAssessment {
  return {
    usefulness: row.usefulness,
    noticed: isNoticed(row.noticed) ? row.noticed : 'unknown',
    minutes: row.minutes,
    comment: row.comment,
    roundId: row.round_id,
    updatedAt: row.updated_at,
  };
}

export function presentSummary(
  world: World,
  d: DemandWithPerformers,
  names: ReadonlyMap<string, string>,
  assessments: readonly AssessmentRow[],
): DemandSummary {
  const meanValue = mean(assessments.map((a) => a.usefulness));
  return {
    id: d.id,
    title: d.title,
    kind: kindOf(d.kind),
    origin: originOf(d.origin),
    status: isDemandStatus(d.status) ? d.status : 'active',
    ownerUnit: unitRefOf(world, d.owner_unit_id),
    ownerPerson:
      d.owner_person_id === null ? null : { id: d.owner_person_id, name: names.get(d.owner_person_id) ?? '' },
    legalBasis: d.legal_basis,
    measures: isMeasures(d.measures) ? d.measures : null,
    focus: isFocus(d.focus) ? d.focus : null,
    reviewOn: d.review_on,
    cost: traceOf(world, costInputsOf(d)),
    assessments: { count: assessments.length, meanUsefulness: meanValue === null ? null : round(meanValue, 2) },
    updatedAt: d.updated_at,
    version: d.version,
  };
}

export const costInputsOf = (d: DemandWithPerformers) => ({
  minutes: d.minutes,
  frequencyUnit: d.frequency_unit,
  frequencyCount: d.frequency_count,
  performersEntered: d.performers_entered,
  performers: d.performers,
});

export function presentProposal(p: ProposalView, names: ReadonlyMap<string, string>, canDecide: boolean): Proposal {
  const person = (id: string) => ({ id, name: names.get(id) ?? '' });
  return {
    id: p.id,
    round: { id: p.round_id, title: p.round_title },
    demand: { id: p.demand_id, title: p.demand_title },
    action: isProposalAction(p.action) ? p.action : 'keep',
    newFrequencyUnit: isFrequencyUnit(p.new_frequency_unit) ? p.new_frequency_unit : null,
    newFrequencyCount: p.new_frequency_count,
    newMinutes: p.new_minutes,
    mergeInto: p.merge_into_id === null ? null : { id: p.merge_into_id, title: p.merge_into_title ?? '' },
    externalRecipient: p.external_recipient,
    externalRequest: p.external_request,
    externalSentOn: p.external_sent_on,
    externalAnswer: p.external_answer,
    rationale: p.rationale,
    proposedBy: person(p.proposed_by),
    status: isProposalStatus(p.status) ? p.status : 'proposed',
    decision: isDecisionValue(p.decision) ? p.decision : null,
    decidedBy: p.decided_by === null ? null : person(p.decided_by),
    decisionRationale: p.decision_rationale,
    decidedAt: p.decided_at,
    createdAt: p.created_at,
    hoursBefore: round(p.hours_before, 1),
    hoursAfter: round(p.hours_after, 1),
    can: { decide: canDecide && p.status === 'proposed' },
  };
}

/** The people a list of proposals names. */
export const proposalPeople = (rows: readonly ProposalView[]) =>
  rows.flatMap((p) => (p.decided_by === null ? [p.proposed_by] : [p.proposed_by, p.decided_by]));
