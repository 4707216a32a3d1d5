// The burden CSV over HTTP on a real database: export -> import round trip, all or nothing with
// per-line errors, formula neutralising, and administrators only.
import { expect, it } from 'vitest';
import { burdenCsvColumns, burdenImportResultSchema, demandListSchema } from '../../../common/burden/api.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp, type Caller } from '../../test-support/api-app.js';
import { createDemand, demandBody } from './burden-test-support.js';

const header = burdenCsvColumns.join(';');
const line = (values: Partial<Record<(typeof burdenCsvColumns)[number], string>>) =>
  burdenCsvColumns.map((c) => values[c] ?? '').join(';');
const good = {
  title: 'Genomförandeplan följs upp var tredje månad',
  kind: 'documentation',
  owner_unit_code: 'A',
  origin: 'nationalAgency',
  legal_basis: 'SOSFS 2014:5',
  frequency_unit: 'quarter',
  frequency_count: '1',
  minutes: '20',
  performers: 'A1:staff:+',
};

async function importCsv(caller: Caller, csv: string, mode = 'apply') {
  return caller('POST', `/api/v1/burden/demands/import?mode=${mode}`, Buffer.from(csv, 'utf8'), {
    'content-type': 'text/csv',
  });
}

describeOnDatabases('burden CSV', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('writes nothing when one line is broken, and names every broken line, column and problem', async () => {
    const { as, db } = await start();
    const admin = await as('admin');
    const csv = [
      header,
      line(good),
      line({ ...good, minutes: '-5' }),
      line({ ...good, owner_unit_code: 'NOPE' }),
      line({ ...good, frequency_unit: 'workingDay', frequency_count: '1000' }),
      'only;three;cells',
      line({ ...good, performers: 'A1:boss' }),
      '',
    ].join('\n');
    const res = await importCsv(admin, csv);
    expect(res.statusCode, res.body).toBe(200);
    const result = burdenImportResultSchema.parse(res.json());
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.line, i.column ?? '', i.key])).toEqual([
      [3, 'minutes', 'field.tooSmall'],
      [4, 'owner_unit_code', 'csv.unknownUnit'],
      [5, 'frequency_count', 'burdenOccurrences'],
      [6, '', 'csv.columnCount'],
      [7, 'performers', 'burdenCsvPerformer'],
    ]);
    expect(result.issues.every((i) => i.message.length > 5)).toBe(true);
    expect(await db.selectFrom('burden_demands').select('id').execute()).toEqual([]);
  });

  it('imports a good file, exports it with formulas neutralised, and imports the export unchanged', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const formula = '=HYPERLINK("http://evil.example","klicka")';
    const csv = [header, line(good), line({ ...good, title: formula, kind: 'indicator', measures: 'effect' })].join(
      '\r\n',
    );
    const dry = burdenImportResultSchema.parse((await importCsv(admin, csv, 'dry-run')).json());
    expect(dry).toMatchObject({ ok: true, summary: { created: 2, updated: 0, lines: 2 } });
    expect(await db.selectFrom('burden_demands').select('id').execute()).toEqual([]);
    const applied = burdenImportResultSchema.parse((await importCsv(admin, csv)).json());
    expect(applied).toMatchObject({ ok: true, summary: { created: 2 } });
    expect(await db.selectFrom('burden_snapshots').select('cause').execute()).toEqual([{ cause: 'import' }]);

    const list = demandListSchema.parse((await admin('GET', '/api/v1/burden/demands?sort=title')).json());
    // 20 minutes x 4 a year x 2 staff in A1 and its team / 60 = 2.7 hours.
    expect(list.items.map((d) => [d.title, d.cost.annualHours])).toEqual([
      ['=HYPERLINK("http://evil.example","klicka")', 2.7],
      ['Genomförandeplan följs upp var tredje månad', 2.7],
    ]);

    const exported = await (await as('staffA1'))('GET', '/api/v1/burden/demands/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    expect(exported.body).toContain(`'=HYPERLINK`);
    expect(exported.body).not.toMatch(/;=HYPERLINK/);
    // Staff get no e-mail addresses; administrators do (and can import the file again).
    const again = await importCsv(admin, (await admin('GET', '/api/v1/burden/demands/export')).body);
    expect(burdenImportResultSchema.parse(again.json())).toMatchObject({
      ok: true,
      summary: { created: 0, updated: 2 },
    });
    const titles = (await db.selectFrom('burden_demands').select('title').orderBy('title').execute()).map(
      (r) => r.title,
    );
    expect(titles).toEqual([formula, good.title]);
    void s;
  });

  it('lets only administrators import', async () => {
    const { as, db } = await start();
    for (const who of ['managerA', 'staffA1', 'analyst'] as const) {
      const res = await importCsv(await as(who), [header, line(good)].join('\n'));
      expect(res.statusCode).toBe(403);
    }
    expect(await db.selectFrom('burden_demands').select('id').execute()).toEqual([]);
  });

  it('refuses an update of an unknown id and a file in the wrong encoding', async () => {
    const { s, as } = await start();
    const admin = await as('admin');
    await createDemand(admin, demandBody(s));
    const unknown = burdenImportResultSchema.parse(
      (
        await importCsv(admin, [header, line({ ...good, id: '00000000-0000-4000-8000-000000000000' })].join('\n'))
      ).json(),
    );
    expect(unknown.issues.map((i) => i.key)).toEqual(['burdenCsvUnknownId']);
    const latin1 = await admin('POST', '/api/v1/burden/demands/import?mode=apply', Buffer.from([0x74, 0xe5, 0x3b]), {
      'content-type': 'text/csv',
    });
    expect(burdenImportResultSchema.parse(latin1.json()).issues.map((i) => i.key)).toEqual(['csv.encoding']);
  });
});
