import { expect, it } from 'vitest';
import { csvColumns } from '../../../../common/org/csv-format.js';
import { describeOnDatabases, useTestDatabase } from '../../../test-support/databases.js';
import { exportOrgCsv, importOrgCsv, noChanges, type ImportOptions } from './index.js';
import { parseOrgCsv } from './parse.js';
import { csvBytes, personLine, sampleBytes, unitLine } from './test-fixtures.js';

const apply: ImportOptions = { mode: 'apply', actorId: null, requestId: null, locale: 'sv' };

describeOnDatabases('org CSV export', (target) => {
  const database = useTestDatabase(target);

  it('writes a BOM, the header and CRLF lines, parents before children', async () => {
    const { db } = database();
    await importOrgCsv(db, sampleBytes(), apply);
    const csv = await exportOrgCsv(db);
    expect(csv.startsWith(`\uFEFF${csvColumns.join(';')}\r\n`)).toBe(true);
    const parsed = parseOrgCsv(new TextEncoder().encode(csv));
    expect(parsed.issues).toEqual([]);
    const units = parsed.records.filter((record) => record.values.type === 'unit');
    const seen = new Set<string>();
    for (const { values } of units) {
      if (values.parent_code !== '') expect(seen.has(values.parent_code)).toBe(true);
      seen.add(values.code);
    }
    expect(units).toHaveLength(17);
    expect(parsed.records.filter((record) => record.values.type === 'person')).toHaveLength(14);
  });

  it('imports again with zero changes (round trip)', async () => {
    const { db } = database();
    await importOrgCsv(db, sampleBytes(), apply);
    // Make the state less tidy than the sample: history, a deactivated unit, awkward values,
    // an address stored with capitals, and a person who belongs nowhere.
    const changes = await importOrgCsv(
      db,
      csvBytes([
        unitLine('IFO', '=IFO (gamla)', 'department', 'SOC', {
          active: 'no',
          description: '"- punkt ett\n- punkt två; ""citat"""',
        }),
        unitLine('AO-HT2', '@Hemtjänst Södra', 'unit', 'AO', { description: "'+46 apostrof" }),
        personLine('johan.ek@exempelby.se', 'Johan Ek', 'AO-HT1:staff|AO-HT2:deputy', { title: '-Vårdbiträde' }),
        personLine('utan.enhet@exempelby.se', '<b>Utan</b> enhet', ''),
      ]),
      apply,
    );
    expect(changes.issues).toEqual([]);
    await db
      .updateTable('people')
      .set({ email: 'Sofia.Nilsson@Exempelby.se' })
      .where('email', '=', 'sofia.nilsson@exempelby.se')
      .execute();

    const first = await exportOrgCsv(db);
    const dry = await importOrgCsv(db, new TextEncoder().encode(first), { ...apply, mode: 'dry-run' });
    expect(dry.issues).toEqual([]);
    expect(dry.summary).toEqual(noChanges(32));

    const auditBefore = await db.selectFrom('audit_log').select('id').execute();
    const applied = await importOrgCsv(db, new TextEncoder().encode(first), apply);
    expect(applied).toMatchObject({ ok: true, summary: noChanges(32) });
    // Only the summary entry of the import itself.
    expect(await db.selectFrom('audit_log').select('id').execute()).toHaveLength(auditBefore.length + 1);
    expect(await exportOrgCsv(db)).toBe(first);
  });

  it('guards formula-like cells against spreadsheet injection, and reads them back unchanged', async () => {
    const { db } = database();
    await importOrgCsv(db, csvBytes([unitLine('KS', '=HYPERLINK("http://x")', 'board')]), apply);
    const csv = await exportOrgCsv(db);
    expect(csv).toContain(`;"'=HYPERLINK(""http://x"")";`);
    const unit = await db.selectFrom('units').select('name').executeTakeFirstOrThrow();
    expect(unit.name).toBe('=HYPERLINK("http://x")');
  });
});
