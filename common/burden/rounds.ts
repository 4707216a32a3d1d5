// The API contract of clean-up rounds (rensningsrundor), proposals and decisions.
import { z } from 'zod';
import { id, isoTime, longText, requiredText } from '../platform/fields.js';
import {
  assessmentAggregateSchema,
  demandRef,
  frequencyCountField,
  minutesField,
  personRef,
  proposalSchema,
  unitRef,
} from './demands.js';
import { burdenLimits, decisionValues, demandOrigins, frequencyUnits, roundStatuses } from './vocabulary.js';

const dateOnly = z.iso.date();
const rationale = longText(burdenLimits.text).pipe(z.string().min(1));

/** POST /api/v1/burden/rounds: a unit subtree (scopeUnitId) or a chosen set (demandIds), not both. */
export const createRoundBody = z.strictObject({
  title: requiredText(burdenLimits.title),
  scopeUnitId: id.nullable().default(null),
  demandIds: z.array(id).max(burdenLimits.roundDemandsMax).default([]),
  opensOn: dateOnly,
  closesOn: dateOnly,
  idempotencyKey: id.optional(),
});
export type CreateRoundBody = z.infer<typeof createRoundBody>;

export const roundSummarySchema = z.object({
  id,
  title: z.string(),
  /** Null when the round is a chosen set of demands. */
  scopeUnit: unitRef.nullable(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: z.enum(roundStatuses),
  createdBy: personRef,
  createdAt: isoTime,
  demandCount: z.number().int(),
  proposalCount: z.number().int(),
  decidedCount: z.number().int(),
  /** Sum of hours before (frozen when the round opened) and after the decisions so far. */
  hoursBefore: z.number(),
  hoursAfter: z.number(),
});
export type RoundSummary = z.infer<typeof roundSummarySchema>;

export const roundListQuery = z.object({ status: z.enum(roundStatuses).optional() });
export const roundListSchema = z.object({
  items: z.array(roundSummarySchema),
  /** Whether the viewer may open a round at all (an administrator or a manager). */
  canCreate: z.boolean(),
});
export type RoundList = z.infer<typeof roundListSchema>;

export const roundDemandSchema = z.object({
  demand: demandRef,
  ownerUnit: unitRef,
  origin: z.enum(demandOrigins),
  /** Frozen when the round opened. */
  hoursBefore: z.number(),
  minutesBefore: z.number().int(),
  occurrencesBefore: z.number(),
  performersBefore: z.number().int(),
  /** Current hours (after approved decisions; 0 when removed or merged). */
  hoursAfter: z.number(),
  /** Assessments given in this round. */
  aggregate: assessmentAggregateSchema,
  /** The latest proposal in this round, if any. */
  proposal: proposalSchema.nullable(),
  can: z.object({ propose: z.boolean() }),
});
export type RoundDemand = z.infer<typeof roundDemandSchema>;

/** GET /api/v1/burden/rounds/{id}: the round and its report. */
export const roundReportSchema = roundSummarySchema.extend({
  demands: z.array(roundDemandSchema),
  units: z.array(z.object({ unit: unitRef, hoursBefore: z.number(), hoursAfter: z.number() })),
  totals: z.object({ hoursBefore: z.number(), hoursAfter: z.number(), hoursReleased: z.number() }),
  /** Approved decisions with their reasons. */
  decisions: z.array(proposalSchema),
  /** Approved raiseExternal proposals: what was sent to whom and the answer. */
  raisedExternally: z.array(proposalSchema),
  can: z.object({ close: z.boolean() }),
});
export type RoundReport = z.infer<typeof roundReportSchema>;

export const roundIdParams = z.object({ id });
export const proposalIdParams = z.object({ id });

const proposalCommon = { demandId: id, rationale };

/** POST /api/v1/burden/rounds/{id}/proposals: replaces an undecided proposal for the same demand. */
export const proposalBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('keep'), ...proposalCommon }),
  z.strictObject({
    action: z.literal('simplify'),
    ...proposalCommon,
    /** At least one of the three must be given (422 on newMinutes otherwise). */
    newFrequencyUnit: z.enum(frequencyUnits).nullable().default(null),
    newFrequencyCount: frequencyCountField.nullable().default(null),
    newMinutes: minutesField.nullable().default(null),
  }),
  z.strictObject({ action: z.literal('merge'), ...proposalCommon, mergeIntoId: id }),
  z.strictObject({ action: z.literal('remove'), ...proposalCommon }),
  z.strictObject({
    action: z.literal('raiseExternal'),
    ...proposalCommon,
    externalRecipient: requiredText(burdenLimits.title),
    externalRequest: rationale,
    externalSentOn: dateOnly.nullable().default(null),
    externalAnswer: longText(burdenLimits.text).nullable().default(null),
  }),
]);
export type ProposalBody = z.infer<typeof proposalBody>;

/** POST /api/v1/burden/proposals/{id}/decision: by the mandated leader; approving applies it. */
export const decisionBody = z.strictObject({
  decision: z.enum(decisionValues),
  rationale,
  /** raiseExternal only: the external owner's answer, if it has come. */
  externalAnswer: longText(burdenLimits.text).nullable().optional(),
});
export type DecisionBody = z.infer<typeof decisionBody>;

export const proposalResponse = z.object({ proposal: proposalSchema });
