// The figures of the barometer's API contract (re-exported by api.ts): every figure is either
// shown with its numbers or `{ suppressed: true }` and nothing else.
import { z } from 'zod';

// ---------------------------------------------------------------- figures

/** A hidden figure: no n, no mean, no hint of why. */
export const suppressedSchema = z.object({ suppressed: z.literal(true) });

/** One cell of the heatmap (a dimension or an index for a group). */
export const scoreCellSchema = z.discriminatedUnion('suppressed', [
  suppressedSchema,
  z.object({
    suppressed: z.literal(false),
    /** Respondents with a score for this dimension. */
    n: z.number().int(),
    /** Mean on the instrument's scale (e.g. 1..5), one decimal. */
    mean: z.number(),
    /** 0..100 where the dimension says so, else null. */
    score100: z.number().nullable(),
  }),
]);
export type ScoreCell = z.infer<typeof scoreCellSchema>;

/** How many answered, of how many invited (both frozen at close). */
export const participationCellSchema = z.discriminatedUnion('suppressed', [
  suppressedSchema,
  /** rate: percent 0..100, one decimal. */
  z.object({ suppressed: z.literal(false), answered: z.number().int(), invited: z.number().int(), rate: z.number() }),
]);
export type ParticipationCell = z.infer<typeof participationCellSchema>;

/** The distribution of one item for a group. */
export const distributionCellSchema = z.discriminatedUnion('suppressed', [
  suppressedSchema,
  z.object({
    suppressed: z.literal(false),
    n: z.number().int(),
    /** Null for choice items. */
    mean: z.number().nullable(),
    /** Every value from scaleMin to scaleMax (choices: 1..count), including zeros. */
    counts: z.array(z.object({ value: z.number().int(), count: z.number().int() })),
  }),
]);
export type DistributionCell = z.infer<typeof distributionCellSchema>;
