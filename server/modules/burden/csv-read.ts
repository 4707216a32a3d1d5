// Reads a burden CSV file into demand inputs, or per-line issues (line number, column, catalog key).
// The same zod rules as the API check every cell; references (unit codes, e-mail addresses, ids)
// are resolved against the database as it is now.
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { occurrencesPerYear } from '../../../common/burden/cost.js';
import {
  burdenCsvColumns,
  burdenCsvComputedColumns,
  burdenDescendantsMark,
  burdenPerformerSeparator,
  csvDelimiter,
  csvLimits,
  csvListSeparator,
  type BurdenCsvColumn,
} from '../../../common/burden/csv-format.js';
import {
  minutesField,
  frequencyCountField,
  performersEnteredField,
  type PerformerInput,
} from '../../../common/burden/demands.js';
import {
  burdenLimits,
  demandKinds,
  demandOrigins,
  focusValues,
  frequencyUnits,
  measuredKinds,
  measuresValues,
  performerRoles,
  type DemandKind,
  type DemandOrigin,
  type Focus,
  type FrequencyUnit,
  type Measures,
} from '../../../common/burden/vocabulary.js';
import { restoreFormula } from '../../../common/platform/csv-formula.js';
import { id as idField, longText, requiredText } from '../../../common/platform/fields.js';
import { isOneOf } from '../../../common/platform/one-of.js';
import { checkCell } from '../org/csv/field-check.js';
import { issue, sortIssues, type CsvIssue } from '../org/csv/issues.js';
import { countRecords } from '../org/csv/line-count.js';

/** One valid line, ready to be written. */
export interface ImportLine {
  line: number;
  /** Set when the line updates an existing demand. */
  id: string | null;
  title: string;
  description: string;
  kind: DemandKind;
  ownerUnitId: string;
  ownerPersonId: string | null;
  origin: DemandOrigin;
  originUnitId: string | null;
  legalBasis: string | null;
  purpose: string;
  resultUsers: string;
  frequencyUnit: FrequencyUnit;
  frequencyCount: number;
  minutes: number;
  performers: PerformerInput[];
  performersEntered: number | null;
  reviewOn: string | null;
  measures: Measures | null;
  focus: Focus | null;
}

/** What the file's references are resolved against. */
export interface ImportReferences {
  /** Active units of our own organisation, by code. */
  unitByCode: ReadonlyMap<string, string>;
  /** Active people by lower-case e-mail. */
  personByEmail: ReadonlyMap<string, string>;
  /** Existing demands: id -> status. */
  demands: ReadonlyMap<string, string>;
}

export interface ReadResult {
  rejected: boolean;
  lines: ImportLine[];
  issues: CsvIssue[];
  dataLines: number;
}

const known: ReadonlySet<string> = new Set<string>([...burdenCsvColumns, ...burdenCsvComputedColumns]);
const isColumn = (name: string): name is BurdenCsvColumn => isOneOf(burdenCsvColumns, name);
const rejected = (...issues: CsvIssue[]): ReadResult => ({ rejected: true, lines: [], issues, dataLines: 0 });

const cells = {
  id: idField,
  title: requiredText(burdenLimits.title),
  text: longText(burdenLimits.text),
  legalBasis: longText(burdenLimits.title),
  kind: z.enum(demandKinds),
  origin: z.enum(demandOrigins),
  frequencyUnit: z.enum(frequencyUnits),
  count: z.coerce.number().pipe(frequencyCountField),
  minutes: z.coerce.number().pipe(minutesField),
  entered: z.coerce.number().pipe(performersEnteredField),
  date: z.iso.date(),
  measures: z.enum(measuresValues),
  focus: z.enum(focusValues),
};

function decode(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function readBurdenCsv(bytes: Uint8Array, refs: ImportReferences): ReadResult {
  if (bytes.length > csvLimits.maxBytes)
    return rejected(issue(0, 'csv.tooLarge', { maximum: csvLimits.maxBytes / (1024 * 1024) }));
  const dataLines = Math.max(0, countRecords(bytes) - 1);
  if (dataLines > csvLimits.maxDataLines)
    return rejected(issue(0, 'csv.tooManyLines', { count: dataLines, maximum: csvLimits.maxDataLines }));
  const decoded = decode(bytes);
  if (decoded === undefined) return rejected(issue(0, 'csv.encoding'));
  const text = decoded.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return rejected(issue(0, 'csv.empty'));
  const headerLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  if (!headerLine.includes(csvDelimiter) && /[,\t]/.test(headerLine)) return rejected(issue(1, 'csv.delimiter'));

  const endLines: number[] = [];
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: csvDelimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      relax_quotes: true,
      on_record: (record, context) => {
        endLines.push(context.lines);
        return record;
      },
    });
  } catch (error) {
    const detail = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    return rejected(issue(1, 'csv.malformed', { detail }));
  }
  const rows = records.map((record, index) => ({ record, info: { lines: endLines[index] ?? index + 1 } }));
  const [header, ...body] = rows;
  const names = (header?.record ?? []).map((n) => n.trim());
  const missing = burdenCsvColumns.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => n !== '' && !known.has(n));
  if (missing.length > 0) return rejected(issue(1, 'csv.missingColumns', { columns: missing.join(', ') }));
  if (unknown.length > 0) return rejected(issue(1, 'csv.unknownColumns', { columns: unknown.join(', ') }));

  const issues: CsvIssue[] = [];
  const lines: ImportLine[] = [];
  const seenIds = new Set<string>();
  let count = 0;
  let previousEnd = header?.info.lines ?? 1;
  for (const row of body) {
    const line = previousEnd + 1;
    previousEnd = row.info.lines;
    if (row.record.every((v) => v.trim() === '')) continue;
    count++;
    if (row.record.length !== names.length) {
      issues.push(issue(line, 'csv.columnCount', { count: row.record.length, expected: names.length }));
      continue;
    }
    const values = new Map<BurdenCsvColumn, string>();
    row.record.forEach((v, i) => {
      const name = names[i] ?? '';
      if (isColumn(name)) values.set(name, restoreFormula(v));
    });
    const parsed = readLine(line, (c) => values.get(c) ?? '', refs, issues);
    if (parsed?.id) {
      if (seenIds.has(parsed.id)) issues.push(issue(line, 'burdenCsvDuplicateId', { value: parsed.id }, 'id'));
      seenIds.add(parsed.id);
    }
    if (parsed) lines.push(parsed);
  }
  if (count === 0 && issues.length === 0) return rejected(issue(0, 'csv.empty'));
  const sorted = sortIssues(issues);
  const capped =
    sorted.length <= csvLimits.maxIssues
      ? sorted
      : [
          ...sorted.slice(0, csvLimits.maxIssues),
          issue(sorted[csvLimits.maxIssues - 1]?.line ?? 0, 'csv.moreIssues', {
            count: sorted.length - csvLimits.maxIssues,
          }),
        ];
  return { rejected: false, lines, issues: capped, dataLines: count };
}

function readLine(
  line: number,
  get: (column: BurdenCsvColumn) => string,
  refs: ImportReferences,
  issues: CsvIssue[],
): ImportLine | undefined {
  const before = issues.length;
  const at = (column: BurdenCsvColumn) => ({ line, column });
  const optional = <T>(schema: z.ZodType<T>, column: BurdenCsvColumn): T | null => {
    const raw = get(column).trim();
    if (raw === '') return null;
    const checked = checkCell(schema, raw, at(column), issues);
    return checked.ok ? checked.value : null;
  };
  const required = <T>(schema: z.ZodType<T>, column: BurdenCsvColumn): T | undefined => {
    const checked = checkCell(schema, get(column), at(column), issues);
    return checked.ok ? checked.value : undefined;
  };
  // Numbers get their own keys: the text rule would call "-5" a missing value.
  const number = (
    schema: z.ZodType<number>,
    column: BurdenCsvColumn,
    optionalCell: boolean,
  ): number | null | undefined => {
    const raw = get(column).trim();
    if (raw === '' && optionalCell) return null;
    if (raw === '') return (issues.push(issue(line, 'field.required', undefined, column)), undefined);
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    const first = result.error.issues[0];
    if (first?.code === 'too_small')
      issues.push(issue(line, 'field.tooSmall', { minimum: Number(first.minimum) }, column));
    else if (first?.code === 'too_big')
      issues.push(issue(line, 'field.tooBig', { maximum: Number(first.maximum) }, column));
    else issues.push(issue(line, 'field.invalid', undefined, column));
    return undefined;
  };
  const unitOf = (code: string, column: BurdenCsvColumn): string | undefined => {
    const unitId = refs.unitByCode.get(code);
    if (!unitId) issues.push(issue(line, 'csv.unknownUnit', { value: code }, column));
    return unitId;
  };

  const id = optional(cells.id, 'id');
  if (id !== null) {
    const status = refs.demands.get(id);
    if (status === undefined) issues.push(issue(line, 'burdenCsvUnknownId', { value: id }, 'id'));
    else if (status !== 'active') issues.push(issue(line, 'burdenCsvNotActive', { value: id }, 'id'));
  }
  const title = required(cells.title, 'title');
  const description = required(cells.text, 'description') ?? '';
  const kind = required(cells.kind, 'kind');
  const ownerCode = get('owner_unit_code').trim();
  const ownerUnitId =
    ownerCode === ''
      ? (issues.push(issue(line, 'field.required', undefined, 'owner_unit_code')), undefined)
      : unitOf(ownerCode, 'owner_unit_code');
  const email = get('owner_email').trim().toLowerCase();
  let ownerPersonId: string | null = null;
  if (email !== '') {
    ownerPersonId = refs.personByEmail.get(email) ?? null;
    if (ownerPersonId === null) issues.push(issue(line, 'burdenCsvUnknownPerson', { value: email }, 'owner_email'));
  }
  const origin = required(cells.origin, 'origin');
  const originCode = get('origin_unit_code').trim();
  const originUnitId =
    originCode === '' || origin !== 'organisation' ? null : (unitOf(originCode, 'origin_unit_code') ?? null);
  const legalBasis = optional(cells.legalBasis, 'legal_basis');
  const purpose = required(cells.text, 'purpose') ?? '';
  const resultUsers = required(cells.text, 'result_users') ?? '';
  const frequencyUnit = required(cells.frequencyUnit, 'frequency_unit');
  const frequencyCount = number(cells.count, 'frequency_count', false);
  const minutes = number(cells.minutes, 'minutes', false);
  const performersEntered = number(cells.entered, 'performers_entered', true) ?? null;
  const reviewOn = optional(cells.date, 'review_on');
  const measures = optional(cells.measures, 'measures');
  const focus = optional(cells.focus, 'focus');
  const performers: PerformerInput[] = [];
  for (const entry of get('performers')
    .split(csvListSeparator)
    .map((e) => e.trim())
    .filter((e) => e !== '')) {
    const [code = '', role = 'all', mark = ''] = entry.split(burdenPerformerSeparator).map((p) => p.trim());
    if (!isOneOf(performerRoles, role) || (mark !== '' && mark !== burdenDescendantsMark)) {
      issues.push(issue(line, 'burdenCsvPerformer', { value: entry }, 'performers'));
      continue;
    }
    const unitId = unitOf(code, 'performers');
    if (unitId) performers.push({ unitId, role, includeDescendants: mark === burdenDescendantsMark });
  }
  if (
    frequencyUnit &&
    frequencyCount &&
    occurrencesPerYear(frequencyUnit, frequencyCount) > burdenLimits.occurrencesPerYearMax
  )
    issues.push(issue(line, 'burdenOccurrences', { maximum: burdenLimits.occurrencesPerYearMax }, 'frequency_count'));
  if (kind && !isOneOf(measuredKinds, kind)) {
    if (measures !== null) issues.push(issue(line, 'burdenMeasuredOnly', undefined, 'measures'));
    if (focus !== null) issues.push(issue(line, 'burdenMeasuredOnly', undefined, 'focus'));
  }
  if (
    issues.length > before ||
    !title ||
    !kind ||
    !ownerUnitId ||
    !origin ||
    !frequencyUnit ||
    !frequencyCount ||
    !minutes
  )
    return undefined;
  return {
    line,
    id,
    title,
    description,
    kind,
    ownerUnitId,
    ownerPersonId,
    origin,
    originUnitId,
    legalBasis: legalBasis === '' ? null : legalBasis,
    purpose,
    resultUsers,
    frequencyUnit,
    frequencyCount,
    minutes,
    performers,
    performersEntered,
    reviewOn,
    measures,
    focus,
  };
}
