import { isOneOf } from '../platform/one-of.js';

// The vocabulary of the burden inventory. Labels live in the i18n catalogs (burden.kinds.* etc.).

/** What kind of steering demand it is. */
export const demandKinds = [
  'goal',
  'indicator',
  'reporting',
  'documentation',
  'rule',
  'control',
  'approval',
  'meeting',
  'itStep',
] as const;
export type DemandKind = (typeof demandKinds)[number];

/** Who set the demand. `organisation` is one of our own units (originUnitId says which). */
export const demandOrigins = [
  'organisation',
  'politicalBoard',
  'nationalLaw',
  'nationalAgency',
  'region',
  'other',
] as const;
export type DemandOrigin = (typeof demandOrigins)[number];

/** Demands we cannot remove ourselves: only keep or raise to the external owner can be approved. */
export const externalOrigins = ['politicalBoard', 'nationalLaw', 'nationalAgency', 'region'] as const;
export const isExternalOrigin = (origin: DemandOrigin): boolean => isOneOf(externalOrigins, origin);

/** How often: per unit of time, or `perYear` with an entered count per year (ad hoc demands). */
export const frequencyUnits = ['workingDay', 'calendarDay', 'week', 'month', 'quarter', 'year', 'perYear'] as const;
export type FrequencyUnit = (typeof frequencyUnits)[number];

/** Occurrences per year of one "per unit": 220 working days; 365 calendar days for round-the-clock
 *  services. perYear counts are entered as they are. */
export const unitsPerYear: Record<FrequencyUnit, number> = {
  workingDay: 220,
  calendarDay: 365,
  week: 52,
  month: 12,
  quarter: 4,
  year: 1,
  perYear: 1,
};

/** Which members of a performer unit do the work. */
export const performerRoles = ['all', 'staff', 'managers'] as const;
export type PerformerRole = (typeof performerRoles)[number];

export const demandStatuses = ['active', 'removed', 'merged'] as const;
export type DemandStatus = (typeof demandStatuses)[number];

/** Goals and indicators only: effect for citizens or output; quality or economy. */
export const measuresValues = ['effect', 'output'] as const;
export type Measures = (typeof measuresValues)[number];
export const focusValues = ['quality', 'economy'] as const;
export type Focus = (typeof focusValues)[number];
/** The kinds for which measures and focus apply. */
export const measuredKinds = ['goal', 'indicator'] as const;

/** Would anyone notice if it stopped? */
export const noticedValues = ['yes', 'no', 'unknown'] as const;
export type Noticed = (typeof noticedValues)[number];

export const roundStatuses = ['open', 'closed'] as const;
export type RoundStatus = (typeof roundStatuses)[number];

export const proposalActions = ['keep', 'simplify', 'merge', 'remove', 'raiseExternal'] as const;
export type ProposalAction = (typeof proposalActions)[number];
/** What can be approved for a demand of external origin: we cannot remove a law. */
export const externalAllowedActions = ['keep', 'raiseExternal'] as const;

export const proposalStatuses = ['proposed', 'decided'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];
export const decisionValues = ['approved', 'rejected'] as const;
export type DecisionValue = (typeof decisionValues)[number];

export const snapshotCauses = ['decision', 'import', 'create', 'edit', 'remove'] as const;
export type SnapshotCause = (typeof snapshotCauses)[number];

/** Filters of the inventory list: demands I perform, or demands I own (person or managed unit). */
export const mineFilters = ['performing', 'owning'] as const;

/** Limits of the inventory; every one answers a clear, localised 422 naming the field. */
export const burdenLimits = {
  title: 200,
  text: 4000,
  minutesMin: 1,
  minutesMax: 2400,
  frequencyCountMin: 1,
  frequencyCountMax: 10_000,
  occurrencesPerYearMax: 100_000,
  performersEnteredMin: 1,
  performersEnteredMax: 1_000_000,
  performersMaxEntries: 50,
  hoursPerFteMin: 1000,
  hoursPerFteMax: 2500,
  hoursPerFteDefault: 1700,
  hourlyCostMin: 0,
  hourlyCostMax: 100_000,
  roundDemandsMax: 500,
  commentMax: 1000,
} as const;

/** The cut chart's candidate corner: hours in the top third and mean usefulness at or below this. */
export const candidateUsefulnessMax = 2.5;

export const isDemandKind = (value: unknown): value is DemandKind => isOneOf(demandKinds, value);
export const isDemandOrigin = (value: unknown): value is DemandOrigin => isOneOf(demandOrigins, value);
export const isFrequencyUnit = (value: unknown): value is FrequencyUnit => isOneOf(frequencyUnits, value);
export const isPerformerRole = (value: unknown): value is PerformerRole => isOneOf(performerRoles, value);
export const isDemandStatus = (value: unknown): value is DemandStatus => isOneOf(demandStatuses, value);
export const isMeasures = (value: unknown): value is Measures => isOneOf(measuresValues, value);
export const isFocus = (value: unknown): value is Focus => isOneOf(focusValues, value);
export const isNoticed = (value: unknown): value is Noticed => isOneOf(noticedValues, value);
export const isRoundStatus = (value: unknown): value is RoundStatus => isOneOf(roundStatuses, value);
export const isProposalAction = (value: unknown): value is ProposalAction => isOneOf(proposalActions, value);
export const isProposalStatus = (value: unknown): value is ProposalStatus => isOneOf(proposalStatuses, value);
export const isDecisionValue = (value: unknown): value is DecisionValue => isOneOf(decisionValues, value);
export const isSnapshotCause = (value: unknown): value is SnapshotCause => isOneOf(snapshotCauses, value);
