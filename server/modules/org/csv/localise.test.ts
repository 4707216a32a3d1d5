import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../../common/i18n/catalogs.js';
import { locales } from '../../../../common/i18n/locales.js';
import { flattenKeys, lookup } from '../../../../common/i18n/translate.js';
import { localiseIssues } from './localise.js';
import type { CsvIssue } from './issues.js';

const issues: CsvIssue[] = [
  { line: 0, key: 'csv.tooManyLines', params: { count: 100_000, maximum: 10_000 } },
  { line: 5, column: 'parent_code', key: 'csv.unknownParent', params: { value: 'AO-9' } },
  { line: 6, column: 'name', key: 'field.tooLong', params: { maximum: 200 } },
  { line: 7, column: 'parent_code', key: 'parentRequired' },
];

describe('localiseIssues', () => {
  it('answers in the reader’s language, with the values filled in', () => {
    const sv = localiseIssues(issues, 'sv');
    const en = localiseIssues(issues, 'en');
    expect(sv[1]).toEqual({
      line: 5,
      column: 'parent_code',
      key: 'csv.unknownParent',
      message: 'Den överordnade enheten ”AO-9” finns varken i filen eller i Tillit.',
    });
    expect(en[1]?.message).toBe('The parent unit “AO-9” is neither in the file nor in Tillit.');
    expect(en[0]?.message).toContain('100000');
    expect(sv[2]?.message).toBe('Högst 200 tecken.');
    sv.forEach((entry, index) => expect(entry.message).not.toBe(en[index]?.message));
    for (const entry of [...sv, ...en]) expect(entry.message).not.toMatch(/\{\{|csv\.|field\./);
  });

  it('falls back to the key rather than hide an issue the catalogs do not know', () => {
    expect(localiseIssues([{ line: 2, key: 'csv.noSuchKey' }], 'nb')[0]?.message).toBe('csv.noSuchKey');
  });
});

describe('catalogs for the CSV import', () => {
  it('have the same csv keys in all four languages', () => {
    const keysOf = (locale: (typeof locales)[number]) =>
      flattenKeys(catalogs[locale].errors)
        .map(([key]) => key)
        .filter((key) => key.startsWith('csv.'))
        .sort();
    for (const locale of locales) expect(keysOf(locale)).toEqual(keysOf('en'));
  });

  it('have every key the import code can produce, in every language', () => {
    const folder = fileURLToPath(new URL('.', import.meta.url));
    const source = readdirSync(folder)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => readFileSync(`${folder}/${file}`, 'utf8'))
      .join('\n');
    const used = new Set(
      [...source.matchAll(/'((?:csv|field)\.[A-Za-z]+|parentRequired|lastAdmin)'/g)].map((match) => match[1] ?? ''),
    );
    expect(used.size).toBeGreaterThan(20);
    for (const locale of locales) {
      for (const key of used) expect(lookup(catalogs[locale].errors, key), `${locale}: ${key}`).toBeTypeOf('string');
    }
  });
});
