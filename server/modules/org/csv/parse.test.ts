import { describe, expect, it } from 'vitest';
import { csvLimits } from '../../../../common/org/csv-format.js';
import { countRecords } from './line-count.js';
import { parseOrgCsv } from './parse.js';
import { csvBytes, header, personLine, unitLine } from './test-fixtures.js';

const keys = (bytes: Uint8Array) => parseOrgCsv(bytes).issues.map((entry) => [entry.line, entry.key]);

describe('parseOrgCsv: the file as a whole', () => {
  it('reads a plain file, header = line 1', () => {
    const parsed = parseOrgCsv(csvBytes([unitLine('KS', 'Kommunstyrelsen', 'board')]));
    expect(parsed.rejected).toBe(false);
    expect(parsed.issues).toEqual([]);
    expect(parsed.records).toHaveLength(1);
    expect(parsed.records[0]?.line).toBe(2);
    expect(parsed.records[0]?.values.name).toBe('Kommunstyrelsen');
  });

  it('strips a leading byte order mark', () => {
    const plain = csvBytes([unitLine('KS', 'Kommunstyrelsen', 'board')]);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    const parsed = parseOrgCsv(withBom);
    expect(parsed.issues).toEqual([]);
    expect(parsed.records[0]?.values.type).toBe('unit');
  });

  it('rejects Latin-1 bytes as not UTF-8', () => {
    // "Äldreomsorg" in ISO-8859-1: Ä is the single byte 0xC4, which is not valid UTF-8 here.
    const text = `${header}\n${unitLine('AO', 'Xldreomsorg', 'department', 'SOC')}\n`;
    const bytes = Uint8Array.from(text, (char) => (char === 'X' ? 0xc4 : char.charCodeAt(0)));
    expect(keys(bytes)).toEqual([[0, 'csv.encoding']]);
    expect(parseOrgCsv(bytes).rejected).toBe(true);
  });

  it('rejects a comma-delimited file with the delimiter issue on line 1', () => {
    const bytes = new TextEncoder().encode(
      'type,code,name,kind,parent_code,description,email,title,memberships,roles,active\nunit,KS,Kommunstyrelsen,board,,,,,,,yes\n',
    );
    expect(keys(bytes)).toEqual([[1, 'csv.delimiter']]);
  });

  it('rejects a tab-delimited file', () => {
    const bytes = new TextEncoder().encode(`${header.replaceAll(';', '\t')}\nunit\tKS\n`);
    expect(keys(bytes)).toEqual([[1, 'csv.delimiter']]);
  });

  it('names missing and unknown columns', () => {
    const bytes = new TextEncoder().encode(
      'type;code;name;kind;parent_code;description;email;title;memberships;rolez;active\n',
    );
    const parsed = parseOrgCsv(bytes);
    expect(parsed.rejected).toBe(true);
    expect(parsed.issues).toEqual([
      { line: 1, key: 'csv.missingColumns', params: { columns: 'roles' } },
      { line: 1, key: 'csv.unknownColumns', params: { columns: 'rolez' } },
    ]);
  });

  it('accepts the columns in any order', () => {
    const reversed = header.split(';').reverse().join(';');
    const bytes = new TextEncoder().encode(`${reversed}\nyes;;;;;;;board;Kommunstyrelsen;KS;unit\n`);
    const parsed = parseOrgCsv(bytes);
    expect(parsed.issues).toEqual([]);
    expect(parsed.records[0]?.values).toMatchObject({ type: 'unit', code: 'KS', kind: 'board', active: 'yes' });
  });

  it('rejects an empty file and a file with only a header', () => {
    expect(keys(new Uint8Array())).toEqual([[0, 'csv.empty']]);
    expect(keys(new TextEncoder().encode('\uFEFF \n\n'))).toEqual([[0, 'csv.empty']]);
    expect(keys(new TextEncoder().encode(`${header}\n;;;;;;;;;;\n`))).toEqual([[0, 'csv.empty']]);
  });

  it('rejects more than 10,000 data lines quickly, before parsing', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `person;;P;;;;p${i}@x.se;;;;`);
    const bytes = csvBytes(lines);
    expect(bytes.length).toBeLessThan(csvLimits.maxBytes);
    const started = performance.now();
    const parsed = parseOrgCsv(bytes);
    const elapsed = performance.now() - started;
    expect(parsed.issues).toEqual([{ line: 0, key: 'csv.tooManyLines', params: { count: 100_000, maximum: 10_000 } }]);
    expect(elapsed).toBeLessThan(250);
  });

  it('accepts exactly 10,000 data lines', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => personLine(`p${i}@x.se`, 'P'));
    const parsed = parseOrgCsv(csvBytes(lines));
    expect(parsed.issues).toEqual([]);
    expect(parsed.lines).toBe(10_000);
  });

  it('rejects a file over 5 MB', () => {
    const bytes = new Uint8Array(csvLimits.maxBytes + 1).fill(0x61);
    expect(parseOrgCsv(bytes).issues).toEqual([{ line: 0, key: 'csv.tooLarge', params: { maximum: 5 } }]);
  });
});

describe('parseOrgCsv: lines', () => {
  it('numbers records by the line they start on, across quoted line breaks, blank lines and CRLF', () => {
    const text = [
      header,
      unitLine('KS', 'Kommunstyrelsen', 'board', '', { description: '"Rad ett\r\nrad två\r\nrad tre"' }),
      '',
      ';;;;;;;;;;',
      unitLine('SN', 'Socialnämnden', 'board'),
    ].join('\r\n');
    const parsed = parseOrgCsv(new TextEncoder().encode(text));
    expect(parsed.issues).toEqual([]);
    expect(parsed.records.map((record) => record.line)).toEqual([2, 7]);
    expect(parsed.records[0]?.values.description).toBe('Rad ett\nrad två\nrad tre');
    expect(parsed.lines).toBe(2);
  });

  it('reads RFC 4180 quoting: delimiters and doubled quotes inside quotes', () => {
    const parsed = parseOrgCsv(csvBytes([unitLine('KS', '"Styrelsen; ""den nya"""', 'board')]));
    expect(parsed.records[0]?.values.name).toBe('Styrelsen; "den nya"');
  });

  it('reports a line with the wrong number of columns and reads the others', () => {
    const parsed = parseOrgCsv(
      csvBytes([
        unitLine('KS', 'Kommunstyrelsen', 'board'),
        'unit;SN;Socialnämnden;board',
        unitLine('BUN', 'Barn- och utbildningsnämnden', 'board'),
      ]),
    );
    expect(parsed.issues).toEqual([{ line: 3, key: 'csv.columnCount', params: { count: 4, expected: 11 } }]);
    expect(parsed.records.map((record) => record.values.code)).toEqual(['KS', 'BUN']);
    expect(parsed.lines).toBe(3);
  });

  it('reports an unclosed quote on the line where it opens', () => {
    const parsed = parseOrgCsv(
      csvBytes([
        unitLine('KS', 'Kommunstyrelsen', 'board'),
        unitLine('SN', '"Socialnämnden', 'board'),
        unitLine('BUN', 'B', 'board'),
      ]),
    );
    expect(parsed.issues).toEqual([{ line: 3, key: 'csv.unclosedQuote' }]);
    expect(parsed.records.map((record) => record.values.code)).toEqual(['KS']);
  });

  it('ignores unnamed trailing columns when they are empty, reports values in them', () => {
    const text = `${header};\n${unitLine('KS', 'K', 'board')};\n${unitLine('SN', 'S', 'board')};oops\n`;
    const parsed = parseOrgCsv(new TextEncoder().encode(text));
    expect(parsed.issues).toEqual([{ line: 3, key: 'csv.valueWithoutColumn', params: { position: 12 } }]);
    expect(parsed.records).toHaveLength(2);
  });

  it('removes the apostrophe the export put before a formula-like value', () => {
    const parsed = parseOrgCsv(csvBytes([unitLine('KS', "'=Styrelsen", 'board', '', { description: "''-x" })]));
    expect(parsed.records[0]?.values.name).toBe('=Styrelsen');
    expect(parsed.records[0]?.values.description).toBe("'-x");
  });
});

describe('countRecords', () => {
  it('counts non-blank lines, not line breaks inside quotes', () => {
    expect(countRecords(new TextEncoder().encode('a;b\n"x\ny";z\r\n\r\n;;\nlast'))).toBe(3);
  });
});
