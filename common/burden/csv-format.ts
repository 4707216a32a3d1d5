// The burden CSV format (docs/csv-format.md, section "Steering demands"): the export and the import
// read the same columns, so an exported file can be edited and imported again.
import { z } from 'zod';
import { importIssueSchema } from '../org/csv-format.js';

export { csvDelimiter, csvListSeparator, csvLimits } from '../org/csv-format.js';

/** Separates unit code, role and "+" (with sub-units) in one performer entry: CODE:role[:+]. */
export const burdenPerformerSeparator = ':';
export const burdenDescendantsMark = '+';

/** Columns the import reads (every header must have all of them, in any order). */
export const burdenCsvColumns = [
  'id',
  'title',
  'description',
  'kind',
  'owner_unit_code',
  'owner_email',
  'origin',
  'origin_unit_code',
  'legal_basis',
  'purpose',
  'result_users',
  'frequency_unit',
  'frequency_count',
  'minutes',
  'performers',
  'performers_entered',
  'review_on',
  'measures',
  'focus',
] as const;
export type BurdenCsvColumn = (typeof burdenCsvColumns)[number];

/** Columns the export adds for the reader; the import ignores them. */
export const burdenCsvComputedColumns = [
  'status',
  'occurrences_per_year',
  'performers_counted',
  'annual_hours',
] as const;

export const burdenImportModes = ['dry-run', 'apply'] as const;

/** POST /api/v1/burden/demands/import?mode=dry-run|apply, body: the CSV bytes (text/csv). All or
 *  nothing: with any issue nothing is written. */
export const burdenImportResultSchema = z.object({
  mode: z.enum(burdenImportModes),
  ok: z.boolean(),
  issues: z.array(importIssueSchema),
  summary: z.object({ created: z.number().int(), updated: z.number().int(), lines: z.number().int() }),
});
export type BurdenImportResult = z.infer<typeof burdenImportResultSchema>;
