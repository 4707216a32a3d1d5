// The organisation CSV format (docs/csv-format.md) and the result of an import, shared by the
// server (which produces it) and the web app (which is typed by it).
import { z } from 'zod';

/** Semicolon: what Nordic spreadsheet programs write by default, since the comma is the decimal sign. */
export const csvDelimiter = ';';
/** Separates several memberships or roles inside one cell. */
export const csvListSeparator = '|';
/** Separates the unit code from the role in a membership (CODE:role). */
export const csvMembershipSeparator = ':';
export const csvYes = 'yes';
export const csvNo = 'no';

/** Every header must have all of these, in any order. */
export const csvColumns = [
  'type',
  'code',
  'name',
  'kind',
  'parent_code',
  'description',
  'email',
  'title',
  'memberships',
  'roles',
  'active',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

export const csvRecordTypes = ['unit', 'person'] as const;
export type CsvRecordType = (typeof csvRecordTypes)[number];

export const csvLimits = {
  /** Data lines, not counting the header or blank lines. */
  maxDataLines: 10_000,
  maxBytes: 5 * 1024 * 1024,
  /** A file full of mistakes is answered with the first ones and a count of the rest. */
  maxIssues: 1_000,
} as const;

export const importModes = ['dry-run', 'apply'] as const;
export type ImportMode = (typeof importModes)[number];

export const importIssueSchema = z.object({
  /** The physical line in the file (header = 1); 0 for problems with the file as a whole. */
  line: z.number().int(),
  column: z.string().optional(),
  /** Localised text for the reader. */
  message: z.string(),
  /** Catalog key under errors.*, for clients that want to react to a specific problem. */
  key: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const importSummarySchema = z.object({
  unitsCreated: z.number().int(),
  unitsUpdated: z.number().int(),
  unitsDeactivated: z.number().int(),
  peopleCreated: z.number().int(),
  peopleUpdated: z.number().int(),
  peopleDeactivated: z.number().int(),
  membershipsAdded: z.number().int(),
  membershipsEnded: z.number().int(),
  /** Data lines read from the file. */
  lines: z.number().int(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importResultSchema = z.object({
  mode: z.enum(importModes),
  /** True when the file has no problems (and, for apply, when it was written). */
  ok: z.boolean(),
  issues: z.array(importIssueSchema),
  summary: importSummarySchema,
});
export type ImportResult = z.infer<typeof importResultSchema>;
