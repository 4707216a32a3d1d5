// Small builders for the CSV tests: files from lines, lines from named cells.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvColumns, type CsvColumn } from '../../../../common/org/csv-format.js';

export const header = csvColumns.join(';');

/** Header plus the given lines, UTF-8 encoded. */
export function csvBytes(lines: readonly string[], separator = '\n'): Uint8Array {
  return new TextEncoder().encode([header, ...lines].join(separator) + separator);
}

/** One line with the given cells; the rest empty. Values are written as they are (no quoting). */
export function line(cells: Partial<Record<CsvColumn, string>>): string {
  return csvColumns.map((column) => cells[column] ?? '').join(';');
}

export function unitLine(
  code: string,
  name: string,
  kind: string,
  parent = '',
  extra: Partial<Record<CsvColumn, string>> = {},
): string {
  return line({ type: 'unit', code, name, kind, parent_code: parent, ...extra });
}

export function personLine(
  email: string,
  name: string,
  memberships = '',
  extra: Partial<Record<CsvColumn, string>> = {},
): string {
  return line({ type: 'person', email, name, memberships, ...extra });
}

export function sampleBytes(): Uint8Array {
  return readFileSync(fileURLToPath(new URL('../../../../docs/samples/org-import.csv', import.meta.url)));
}
