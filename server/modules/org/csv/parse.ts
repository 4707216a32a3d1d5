// Bytes -> records with their real line numbers, or the reason the file as a whole cannot be read.
// The cheap whole-file checks run first (size, line count on the raw bytes) so that a huge file
// costs almost nothing; nothing is parsed until the file is known to be of a sane size.
import { parse } from 'csv-parse/sync';
import { csvColumns, csvDelimiter, csvLimits, type CsvColumn } from '../../../../common/org/csv-format.js';
import { restoreFormula } from '../../../../common/platform/csv-formula.js';
import { issue, type CsvIssue } from './issues.js';
import { countRecords } from './line-count.js';

export interface CsvRecord {
  /** The line the record starts on (header = 1). */
  line: number;
  values: Record<CsvColumn, string>;
}

export interface ParsedFile {
  /** True when the file as a whole was turned away; records is then empty. */
  rejected: boolean;
  records: CsvRecord[];
  /** Non-blank data lines, including those that could not be read. */
  lines: number;
  /** Whole-file problems (rejected) or problems of single lines that could not be read. */
  issues: CsvIssue[];
}

const rejected = (...issues: CsvIssue[]): ParsedFile => ({ rejected: true, records: [], lines: 0, issues });

const knownColumns: ReadonlySet<string> = new Set(csvColumns);

function isCsvColumn(name: string): name is CsvColumn {
  return knownColumns.has(name);
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    // fatal: a Latin-1 or Windows-1252 file fails here instead of turning å into U+FFFD.
    // The default ignoreBOM=false strips a leading byte order mark.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function parseOrgCsv(bytes: Uint8Array): ParsedFile {
  if (bytes.length > csvLimits.maxBytes) {
    return rejected(issue(0, 'csv.tooLarge', { maximum: csvLimits.maxBytes / (1024 * 1024) }));
  }
  const dataLines = Math.max(0, countRecords(bytes) - 1);
  if (dataLines > csvLimits.maxDataLines) {
    return rejected(issue(0, 'csv.tooManyLines', { count: dataLines, maximum: csvLimits.maxDataLines }));
  }
  const decoded = decodeUtf8(bytes);
  if (decoded === undefined) return rejected(issue(0, 'csv.encoding'));
  // One line ending everywhere keeps the parser's line count equal to the lines an editor shows
  // (it counts the two characters of CRLF inside a quoted field as two lines otherwise).
  const text = decoded.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return rejected(issue(0, 'csv.empty'));

  const headerLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  if (!headerLine.includes(csvDelimiter) && /[,\t]/.test(headerLine)) {
    return rejected(issue(1, 'csv.delimiter'));
  }

  const endLines: number[] = [];
  const skipped: Array<{ code: string; line: number }> = [];
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter: csvDelimiter,
      record_delimiter: '\n',
      // Column counts are checked below, per line, so one short line does not stop the rest.
      relax_column_count: true,
      // A quote inside an unquoted value (Café "Solen") is taken literally, as a person would mean it.
      relax_quotes: true,
      skip_empty_lines: false,
      skip_records_with_error: true,
      on_record: (record, context) => {
        endLines.push(context.lines);
        return record;
      },
      on_skip: (error) => {
        skipped.push({ code: error?.code ?? 'unknown', line: typeof error?.lines === 'number' ? error.lines : 0 });
      },
    });
  } catch (error) {
    const detail = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    return rejected(issue(1, 'csv.malformed', { detail }));
  }

  const [header = [], ...body] = rows;
  const headerIssues = checkHeader(header.map((name) => name.trim()));
  if (headerIssues.length > 0) return rejected(...headerIssues);
  const names = header.map((name) => name.trim());

  const records: CsvRecord[] = [];
  const issues: CsvIssue[] = [];
  let lines = 0;
  let previousEnd = endLines[0] ?? 1;
  body.forEach((fields, index) => {
    const line = previousEnd + 1;
    previousEnd = endLines[index + 1] ?? line;
    if (fields.every((field) => field.trim() === '')) return; // blank line or an empty spreadsheet row
    lines++;
    if (fields.length !== names.length) {
      issues.push(issue(line, 'csv.columnCount', { count: fields.length, expected: names.length }));
      return;
    }
    const values = emptyValues();
    fields.forEach((field, position) => {
      const name = names[position] ?? '';
      if (isCsvColumn(name)) values[name] = restoreFormula(field);
      else if (field.trim() !== '') issues.push(issue(line, 'csv.valueWithoutColumn', { position: position + 1 }));
    });
    records.push({ line, values });
  });

  for (const skip of skipped) {
    // An unclosed quote swallows the rest of the file, so it opened right after the last good record.
    if (skip.code === 'CSV_QUOTE_NOT_CLOSED') issues.push(issue(previousEnd + 1, 'csv.unclosedQuote'));
    else issues.push(issue(skip.line, 'csv.malformed', { detail: skip.code }));
  }
  if (records.length === 0 && issues.length === 0) return rejected(issue(0, 'csv.empty'));
  return { rejected: false, records, lines, issues };
}

/** All known columns present, none unknown, none twice. Unnamed columns (a trailing ;) are allowed. */
function checkHeader(names: readonly string[]): CsvIssue[] {
  const present = names.filter((name) => name !== '');
  const missing = csvColumns.filter((column) => !present.includes(column));
  const unknown = present.filter((name) => !isCsvColumn(name));
  const twice = present.filter((name, index) => present.indexOf(name) !== index);
  const out: CsvIssue[] = [];
  if (missing.length > 0) out.push(issue(1, 'csv.missingColumns', { columns: missing.join(', ') }));
  if (unknown.length > 0) out.push(issue(1, 'csv.unknownColumns', { columns: unknown.join(', ') }));
  if (twice.length > 0) out.push(issue(1, 'csv.duplicateColumns', { columns: [...new Set(twice)].join(', ') }));
  return out;
}

function emptyValues(): Record<CsvColumn, string> {
  return {
    type: '',
    code: '',
    name: '',
    kind: '',
    parent_code: '',
    description: '',
    email: '',
    title: '',
    memberships: '',
    roles: '',
    active: '',
  };
}
