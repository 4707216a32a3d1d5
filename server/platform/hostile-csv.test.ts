// CSV exports neutralise formulas (OWASP "CSV injection"). Formula payloads are stored through
// every text field of every route that takes JSON, then EVERY documented GET that answers with
// text/csv is read and parsed: no cell may start with = + - @, a tab or a carriage return. A later
// module's export is covered as soon as its route is in the OpenAPI document; it should use
// neutraliseFormula from common/platform/csv-formula.ts. The organisation export must also import
// again unchanged, so the neutralising is undone on the way back in.
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { isFormulaLike } from '../../common/platform/csv-formula.js';
import { importResultSchema } from '../../common/org/csv-format.js';
import { describeOnDatabases, useTestDatabase } from '../test-support/databases.js';
import { formulaPayloads } from '../test-support/hostile-corpus.js';
import { jsonOf, urlOf, useHostileApp } from '../test-support/hostile-requests.js';
import { stringFields, valueWith } from '../test-support/openapi-walk.js';

/** The cells of a CSV file, with the delimiter its header line uses most. */
function cellsOf(text: string): string[][] {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', ',', '\t'].reduce((best, d) =>
    header.split(d).length > header.split(best).length ? d : best,
  );
  const rows: unknown = parse(text, { delimiter, bom: true, relax_column_count: true });
  return Array.isArray(rows) ? rows.map((row: unknown) => (Array.isArray(row) ? row.map(String) : [])) : [];
}

describeOnDatabases('hostile input: CSV exports neutralise formulas', (target) => {
  const database = useTestDatabase(target);
  const start = useHostileApp(database, { 'POST /api/v1/auth/logout': 'would end the session' });

  it('writes no formula-like cell in any CSV answer, and the organisation export imports back unchanged', async () => {
    const { send, ops, fill, pathValues } = await start();
    for (const op of ops) {
      if (!op.body) continue;
      const url = urlOf(op, await pathValues(op));
      for (const path of stringFields(op.body))
        for (const payload of formulaPayloads)
          await send(op.method, url, { json: valueWith(op.body, path, payload.value, fill) });
    }
    // An e-mail address may start with + or - too.
    for (const email of ['-2+3@testby.se', '+cmd@testby.se'])
      await send('POST', '/api/v1/people', { json: { name: '@SUM(A1)', email, unitId: fill('unitId', {}) } });

    const exports: string[] = [];
    for (const op of ops.filter((o) => o.method === 'GET')) {
      const res = await send('GET', urlOf(op, await pathValues(op)));
      if (res.statusCode !== 200 || !String(res.headers['content-type']).startsWith('text/csv')) continue;
      exports.push(op.key);
      const cells = cellsOf(res.body).flat();
      expect(cells.filter(isFormulaLike), op.key).toEqual([]);
      if (op.key !== 'GET /api/v1/org/export') continue;
      // The payloads reached the file, neutralised, and the e-mail column is guarded like the rest.
      for (const payload of formulaPayloads) expect(cells).toContain(`'${payload.value.trim()}`);
      expect(cells).toEqual(expect.arrayContaining(["'-2+3@testby.se", "'+cmd@testby.se"]));

      const dryRun = await send('POST', '/api/v1/org/import?mode=dry-run', {
        raw: res.body,
        type: 'text/csv',
      });
      const result = importResultSchema.parse(jsonOf(dryRun));
      expect(result.issues).toEqual([]);
      expect({ ...result.summary, lines: 0 }).toEqual({
        unitsCreated: 0,
        unitsUpdated: 0,
        unitsDeactivated: 0,
        peopleCreated: 0,
        peopleUpdated: 0,
        peopleDeactivated: 0,
        membershipsAdded: 0,
        membershipsEnded: 0,
        lines: 0,
      });
    }
    expect(exports).toContain('GET /api/v1/org/export');
  }, 600_000);

  it('refuses NUL bytes and invalid UTF-8 in an imported file per cell, without a 5xx', async () => {
    const { send } = await start();
    const header = 'type;code;name;kind;parent_code;description;email;title;memberships;roles;active';
    const withNul = `${header}\nunit;NUL1;nul\u0000name;board;;;;;;;\nunit;NUL2;ok;board;;desc\u0000ription;;;;;\n`;
    const res = await send('POST', '/api/v1/org/import?mode=dry-run', { raw: withNul, type: 'text/csv' });
    expect(res.statusCode).toBe(200);
    const result = importResultSchema.parse(jsonOf(res));
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.line, i.column, i.key])).toEqual([
      [2, 'name', 'field.invalidCharacters'],
      [3, 'description', 'field.invalidCharacters'],
    ]);

    // An encoded lone surrogate (ED A0 80) is not UTF-8: the file as a whole is refused.
    const bytes = Buffer.concat([
      Buffer.from(`${header}\nunit;S1;bad`),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from(';board;;;;;;;\n'),
    ]);
    const invalid = await send('POST', '/api/v1/org/import?mode=dry-run', { raw: bytes, type: 'text/csv' });
    expect(invalid.statusCode).toBe(200);
    expect(importResultSchema.parse(jsonOf(invalid)).issues.map((i) => i.key)).toEqual(['csv.encoding']);
  });
});
