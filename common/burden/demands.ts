// The API contract of the burden inventory: demands, their cost with its trace, assessments and
// CSV import. Rounds, proposals and the overview are in rounds.ts and overview.ts; api.ts
// re-exports all of it.
import { z } from 'zod';
import { id, isoTime, longText, requiredText } from '../platform/fields.js';
import {
  burdenLimits,
  demandKinds,
  demandOrigins,
  demandStatuses,
  focusValues,
  frequencyUnits,
  measuresValues,
  mineFilters,
  noticedValues,
  performerRoles,
  proposalActions,
  decisionValues,
  proposalStatuses,
} from './vocabulary.js';

export const unitRef = z.object({ id, name: z.string() });
export type UnitRef = z.infer<typeof unitRef>;
export const personRef = z.object({ id, name: z.string() });
export type PersonRef = z.infer<typeof personRef>;
export const demandRef = z.object({ id, title: z.string() });
export type DemandRef = z.infer<typeof demandRef>;

export const minutesField = z.number().int().min(burdenLimits.minutesMin).max(burdenLimits.minutesMax);
export const frequencyCountField = z
  .number()
  .int()
  .min(burdenLimits.frequencyCountMin)
  .max(burdenLimits.frequencyCountMax);
export const performersEnteredField = z
  .number()
  .int()
  .min(burdenLimits.performersEnteredMin)
  .max(burdenLimits.performersEnteredMax);
const text = longText(burdenLimits.text);
const dateOnly = z.iso.date();

/** One performer entry: the people of a unit (and, if chosen, its sub-units) with a role. */
export const performerInput = z.strictObject({
  unitId: id,
  includeDescendants: z.boolean().default(false),
  role: z.enum(performerRoles).default('all'),
});
export type PerformerInput = z.infer<typeof performerInput>;

const demandFields = {
  title: requiredText(burdenLimits.title),
  description: text.default(''),
  kind: z.enum(demandKinds),
  ownerUnitId: id,
  /** The person who owns it; null: the owner unit's managers. */
  ownerPersonId: id.nullable().default(null),
  origin: z.enum(demandOrigins),
  /** Only for origin `organisation`: which of our units set it. */
  originUnitId: id.nullable().default(null),
  /** Reference to the law or regulation; null means "none". */
  legalBasis: longText(burdenLimits.title).nullable().default(null),
  /** What decision it informs. */
  purpose: text.default(''),
  /** Who uses the result. */
  resultUsers: text.default(''),
  frequencyUnit: z.enum(frequencyUnits),
  /** Times per frequency unit (2 per week); for perYear the count per year. The product with the
   *  unit's occurrences a year may not exceed 100,000 (422 on frequencyCount). */
  frequencyCount: frequencyCountField,
  minutes: minutesField,
  performers: z.array(performerInput).max(burdenLimits.performersMaxEntries).default([]),
  /** Replaces the counted performers (e.g. external performers); null: count from memberships. */
  performersEntered: performersEnteredField.nullable().default(null),
  /** Sunset: when the demand must be reviewed. */
  reviewOn: dateOnly.nullable().default(null),
  /** Goals and indicators only (422 on the field otherwise). */
  measures: z.enum(measuresValues).nullable().default(null),
  focus: z.enum(focusValues).nullable().default(null),
};

/** POST /api/v1/burden/demands */
export const createDemandBody = z.strictObject({
  ...demandFields,
  /** Chosen by the client once per form: a double submit returns the first demand. */
  idempotencyKey: id.optional(),
});
export type CreateDemandBody = z.infer<typeof createDemandBody>;

/** PUT /api/v1/burden/demands/{id}: the whole demand plus the version it was read at (409 if stale). */
export const updateDemandBody = z.strictObject({ ...demandFields, version: z.number().int().min(1) });
export type UpdateDemandBody = z.infer<typeof updateDemandBody>;

/** POST /api/v1/burden/demands/{id}/remove: outside a round, by an editor, with a reason. */
export const removeDemandBody = z.strictObject({
  version: z.number().int().min(1),
  reason: requiredText(burdenLimits.title).optional(),
});
export type RemoveDemandBody = z.infer<typeof removeDemandBody>;

/** Every figure with the inputs it came from, so a page can show "how we got this". */
export const costTraceSchema = z.object({
  minutes: z.number(),
  frequencyUnit: z.enum(frequencyUnits),
  frequencyCount: z.number().int(),
  occurrencesPerYear: z.number(),
  performers: z.number().int(),
  /** counted: from active memberships of the performer entries; entered: performersEntered. */
  performersSource: z.enum(['counted', 'entered']),
  annualHours: z.number(),
  fte: z.number(),
  /** Null when the organisation has no hourly cost. */
  money: z.number().nullable(),
  hoursPerFte: z.number().int(),
  hourlyCost: z.number().int().nullable(),
});
export type CostTrace = z.infer<typeof costTraceSchema>;

export const demandSummarySchema = z.object({
  id,
  title: z.string(),
  kind: z.enum(demandKinds),
  origin: z.enum(demandOrigins),
  status: z.enum(demandStatuses),
  ownerUnit: unitRef,
  ownerPerson: personRef.nullable(),
  legalBasis: z.string().nullable(),
  measures: z.enum(measuresValues).nullable(),
  focus: z.enum(focusValues).nullable(),
  reviewOn: z.string().nullable(),
  cost: costTraceSchema,
  /** Count of assessments (all rounds and outside rounds) and their mean usefulness. */
  assessments: z.object({ count: z.number().int(), meanUsefulness: z.number().nullable() }),
  updatedAt: isoTime,
  version: z.number().int(),
});
export type DemandSummary = z.infer<typeof demandSummarySchema>;

/** GET /api/v1/burden/demands */
export const demandListQuery = z.object({
  /** The owner unit, including its sub-units unless descendants=false. */
  unitId: id.optional(),
  descendants: z.enum(['true', 'false']).default('true'),
  kind: z.enum(demandKinds).optional(),
  origin: z.enum(demandOrigins).optional(),
  /** Default: active. */
  status: z.enum(demandStatuses).default('active'),
  q: z.string().trim().max(200).optional(),
  mine: z.enum(mineFilters).optional(),
  sort: z.enum(['hours', 'title', 'updated']).default('hours'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type DemandListQuery = z.infer<typeof demandListQuery>;

export const demandListSchema = z.object({
  items: z.array(demandSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Sum of annual hours of all matching demands (not only this page). */
  totalHours: z.number(),
});
export type DemandList = z.infer<typeof demandListSchema>;

export const assessmentAggregateSchema = z.object({
  count: z.number().int(),
  /** distribution[0] is the number of 1s, ..., distribution[4] the number of 5s. */
  distribution: z.array(z.number().int()).length(5),
  meanUsefulness: z.number().nullable(),
  noticed: z.object({ yes: z.number().int(), no: z.number().int(), unknown: z.number().int() }),
  medianMinutes: z.number().nullable(),
  /** Comments without names or times, in alphabetical order, so neither says who wrote which. */
  comments: z.array(z.object({ text: z.string() })),
});
export type AssessmentAggregate = z.infer<typeof assessmentAggregateSchema>;

export const myAssessmentSchema = z.object({
  usefulness: z.number().int(),
  noticed: z.enum(noticedValues),
  minutes: z.number().int().nullable(),
  comment: z.string(),
  roundId: id.nullable(),
  updatedAt: isoTime,
});
export type MyAssessment = z.infer<typeof myAssessmentSchema>;

/** A decided or pending proposal as it appears in a demand's history and in a round report. */
export const proposalSchema = z.object({
  id,
  round: z.object({ id, title: z.string() }),
  demand: demandRef,
  action: z.enum(proposalActions),
  newFrequencyUnit: z.enum(frequencyUnits).nullable(),
  newFrequencyCount: z.number().int().nullable(),
  newMinutes: z.number().int().nullable(),
  mergeInto: demandRef.nullable(),
  externalRecipient: z.string().nullable(),
  externalRequest: z.string().nullable(),
  externalSentOn: z.string().nullable(),
  externalAnswer: z.string().nullable(),
  rationale: z.string(),
  proposedBy: personRef,
  status: z.enum(proposalStatuses),
  decision: z.enum(decisionValues).nullable(),
  decidedBy: personRef.nullable(),
  decisionRationale: z.string().nullable(),
  decidedAt: isoTime.nullable(),
  createdAt: isoTime,
  /** Annual hours now and if the proposal is approved (equal for keep and raiseExternal). */
  hoursBefore: z.number(),
  hoursAfter: z.number(),
  can: z.object({ decide: z.boolean() }),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const demandDetailSchema = demandSummarySchema.extend({
  description: z.string(),
  purpose: z.string(),
  resultUsers: z.string(),
  originUnit: unitRef.nullable(),
  performers: z.array(
    z.object({
      unit: unitRef,
      includeDescendants: z.boolean(),
      role: z.enum(performerRoles),
      /** Active people this entry covers (a person in two entries is counted once in cost.performers). */
      count: z.number().int(),
    }),
  ),
  performersEntered: z.number().int().nullable(),
  frequencyUnit: z.enum(frequencyUnits),
  frequencyCount: z.number().int(),
  minutes: z.number().int(),
  mergedInto: demandRef.nullable(),
  createdAt: isoTime,
  aggregate: assessmentAggregateSchema,
  /** The owner's estimate beside the frontline's median, and the hours with the median. */
  calibration: z.object({
    ownerMinutes: z.number().int(),
    frontlineMedianMinutes: z.number().nullable(),
    hoursWithFrontlineMedian: z.number().nullable(),
  }),
  myAssessment: myAssessmentSchema.nullable(),
  /** Open rounds the demand is in (an assessment is then recorded for that round). */
  openRounds: z.array(z.object({ id, title: z.string(), closesOn: z.string() })),
  /** Proposals and decisions on the demand, newest first. */
  history: z.array(proposalSchema),
  /** Rule-obstacle signals pointing at the demand that the viewer may see. */
  linkedSignals: z.array(z.object({ id, excerpt: z.string(), status: z.string(), unit: unitRef, createdAt: isoTime })),
  can: z.object({ edit: z.boolean(), remove: z.boolean(), assess: z.boolean(), propose: z.boolean() }),
});
export type DemandDetail = z.infer<typeof demandDetailSchema>;

export const demandIdParams = z.object({ id });

/** PUT /api/v1/burden/demands/{id}/assessment: only performers; assessing again updates it. */
export const assessmentBody = z.strictObject({
  usefulness: z.number().int().min(1).max(5),
  noticed: z.enum(noticedValues),
  /** How many minutes it really takes; null: the owner's estimate is right / don't know. */
  minutes: minutesField.nullable().default(null),
  comment: longText(burdenLimits.commentMax).default(''),
  /** The open round it answers; omitted: the demand's open round if any, else outside rounds. */
  roundId: id.nullable().optional(),
});
export type AssessmentBody = z.infer<typeof assessmentBody>;

export const assessmentResponse = z.object({ assessment: myAssessmentSchema, aggregate: assessmentAggregateSchema });

/** GET /api/v1/burden/to-assess: the demands I perform, those in an open round first. */
export const toAssessSchema = z.object({
  items: z.array(
    z.object({
      demand: z.object({
        id,
        title: z.string(),
        description: z.string(),
        kind: z.enum(demandKinds),
        ownerUnit: unitRef,
        frequencyUnit: z.enum(frequencyUnits),
        frequencyCount: z.number().int(),
        /** The owner's estimate: the form prefills it. */
        minutes: z.number().int(),
      }),
      round: z.object({ id, title: z.string(), closesOn: z.string() }).nullable(),
      mine: myAssessmentSchema.nullable(),
    }),
  ),
});
export type ToAssess = z.infer<typeof toAssessSchema>;
