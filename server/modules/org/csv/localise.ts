// Puts the reader's language on the issues. Keys are relative to the errors namespace; a key a
// language lacks falls back to English, then to the key itself, so a gap never hides a problem.
import type { ImportIssue } from '../../../../common/org/csv-format.js';
import { catalogs } from '../../../../common/i18n/catalogs.js';
import type { Locale } from '../../../../common/i18n/locales.js';
import { interpolate, lookup } from '../../../../common/i18n/translate.js';
import type { CsvIssue } from './issues.js';

export function localiseIssues(issues: readonly CsvIssue[], locale: Locale): ImportIssue[] {
  const errors = catalogs[locale].errors;
  return issues.map((entry) => {
    const template = lookup(errors, entry.key) ?? lookup(catalogs.en.errors, entry.key) ?? entry.key;
    const out: ImportIssue = { line: entry.line, message: interpolate(template, entry.params), key: entry.key };
    if (entry.column !== undefined) out.column = entry.column;
    return out;
  });
}
