import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { importResultSchema } from '../../../../common/org/csv-format.js';
import type { Database } from '../../../db/schema.js';
import { describeOnDatabases, useTestDatabase } from '../../../test-support/databases.js';
import { importOrgCsv, type ImportOptions } from './index.js';
import { csvBytes, personLine, sampleBytes, unitLine } from './test-fixtures.js';

const actorId = randomUUID();
const dryRun: ImportOptions = { mode: 'dry-run', actorId, requestId: 'req-test', locale: 'en' };
const apply: ImportOptions = { ...dryRun, mode: 'apply' };

async function counts(db: Kysely<Database>) {
  const count = async (table: 'units' | 'people' | 'memberships' | 'person_roles' | 'audit_log') => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    units: await count('units'),
    people: await count('people'),
    memberships: await count('memberships'),
    roles: await count('person_roles'),
    audit: await count('audit_log'),
  };
}

async function membershipsOf(db: Kysely<Database>, email: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .innerJoin('units', 'units.id', 'memberships.unit_id')
    .select(['units.code', 'memberships.role', 'memberships.started_at', 'memberships.ended_at'])
    .where('people.email', '=', email)
    .orderBy('units.code')
    .orderBy('memberships.started_at')
    .execute();
}

describeOnDatabases('org CSV import', (target) => {
  const database = useTestDatabase(target);

  it('applies the sample file cleanly', async () => {
    const { db } = database();
    const result = await importOrgCsv(db, sampleBytes(), apply);
    expect(importResultSchema.parse(result)).toEqual(result);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.summary).toEqual({
      unitsCreated: 17,
      unitsUpdated: 0,
      unitsDeactivated: 0,
      peopleCreated: 14,
      peopleUpdated: 0,
      peopleDeactivated: 0,
      membershipsAdded: 16,
      membershipsEnded: 0,
      lines: 31,
    });
    // One audit entry per created unit and person, plus the summary entry.
    expect(await counts(db)).toEqual({ units: 17, people: 14, memberships: 16, roles: 7, audit: 17 + 14 + 1 });
    const team = await db
      .selectFrom('units as child')
      .innerJoin('units as parent', 'parent.id', 'child.parent_id')
      .select(['child.name', 'parent.code as parentCode'])
      .where('child.code', '=', 'AO-HT1-A')
      .executeTakeFirstOrThrow();
    expect(team).toEqual({ name: 'Hemtjänst Norra, grupp A', parentCode: 'AO-HT1' });
    const ao = await db.selectFrom('units').select('description').where('code', '=', 'AO').executeTakeFirstOrThrow();
    expect(ao.description).toBe('Hemtjänst och särskilt boende; "nära vården" i hela kommunen.');
    const nils = await db
      .selectFrom('people')
      .select(['active', 'deactivated_at'])
      .where('email', '=', 'nils.wikstrom@exempelby.se')
      .executeTakeFirstOrThrow();
    expect(Number(nils.active)).toBe(0);
    expect(nils.deactivated_at).not.toBeNull();
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'request_id'])
      .where('action', '=', 'org.import.apply')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ action: 'org.import.apply', actor_id: actorId, request_id: 'req-test' });
  });

  it('writes nothing on a dry run, but reports what applying would do', async () => {
    const { db } = database();
    const before = await counts(db);
    const result = await importOrgCsv(db, sampleBytes(), dryRun);
    expect(result).toMatchObject({ mode: 'dry-run', ok: true, issues: [] });
    expect(result.summary.unitsCreated).toBe(17);
    expect(await counts(db)).toEqual(before);
  });

  it('reports a bad line among good ones by its real line number, and applies nothing', async () => {
    const { db } = database();
    const lines = [
      unitLine('KS', 'Kommunstyrelsen', 'board'),
      unitLine('KLK', 'Kommunledningskontoret', 'administration', 'KS', { description: '"Två\nrader"' }),
      unitLine('HR', 'Personalenheten', 'department', 'NOPE'),
      personLine('a@exempelby.se', 'A', 'KLK:staff', { roles: 'admin' }),
    ];
    for (const options of [dryRun, apply]) {
      const result = await importOrgCsv(db, csvBytes(lines), options);
      expect(result.ok).toBe(false);
      // Header = 1, KS = 2, KLK = 3-4 (a line break inside quotes), HR = 5.
      expect(result.issues).toEqual([
        {
          line: 5,
          column: 'parent_code',
          key: 'csv.unknownParent',
          message: 'The parent unit “NOPE” is neither in the file nor in Tillit.',
        },
      ]);
    }
    expect(await counts(db)).toEqual({ units: 0, people: 0, memberships: 0, roles: 0, audit: 0 });
  });

  it('turns away whole-file problems without touching the database', async () => {
    const { db } = database();
    const latin1 = Uint8Array.from('type;code;name\nunit;AO;\u00c4ldreomsorg\n', (char) => char.charCodeAt(0));
    const result = await importOrgCsv(db, latin1, apply);
    expect(result).toMatchObject({ ok: false, issues: [{ line: 0, key: 'csv.encoding' }] });
    expect(result.summary.lines).toBe(0);
    expect(await counts(db)).toMatchObject({ units: 0, audit: 0 });
  });

  it('stores <script> in a name as plain text, exactly as written', async () => {
    const { db } = database();
    const name = '<script>alert("x")</script> & <b>Enhet</b>';
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const result = await importOrgCsv(
      db,
      csvBytes([unitLine('KS', quoted, 'board'), personLine('x@exempelby.se', quoted, 'KS:staff')]),
      apply,
    );
    expect(result.ok).toBe(true);
    const unit = await db.selectFrom('units').select('name').where('code', '=', 'KS').executeTakeFirstOrThrow();
    const person = await db
      .selectFrom('people')
      .select('name')
      .where('email', '=', 'x@exempelby.se')
      .executeTakeFirstOrThrow();
    expect(unit.name).toBe(name);
    expect(person.name).toBe(name);
  });

  it('ends memberships that left the file, keeps their history, and adds the new ones', async () => {
    const { db } = database();
    const units = [
      unitLine('KS', 'KS', 'board'),
      unitLine('U1', 'U1', 'unit', 'KS'),
      unitLine('U2', 'U2', 'unit', 'KS'),
    ];
    const admin = personLine('admin@exempelby.se', 'Admin', 'KS:staff', { roles: 'admin' });
    await importOrgCsv(
      db,
      csvBytes([...units, admin, personLine('Anna@Exempelby.se', 'Anna', 'U1:staff|U2:staff', { roles: 'analyst' })]),
      apply,
    );

    const second = await importOrgCsv(
      db,
      csvBytes([personLine('anna@exempelby.se', 'Anna', 'U2:staff|U2:manager', { roles: 'safety_rep' })]),
      apply,
    );
    expect(second.issues).toEqual([]);
    expect(second.summary).toMatchObject({ peopleUpdated: 1, membershipsAdded: 1, membershipsEnded: 1 });

    const rows = await membershipsOf(db, 'anna@exempelby.se');
    expect(rows.map((row) => [row.code, row.role, row.ended_at === null])).toEqual([
      ['U1', 'staff', false],
      ['U2', 'staff', true],
      ['U2', 'manager', true],
    ]);
    const roles = await db
      .selectFrom('person_roles')
      .innerJoin('people', 'people.id', 'person_roles.person_id')
      .select('role')
      .where('people.email', '=', 'anna@exempelby.se')
      .execute();
    expect(roles.map((row) => row.role)).toEqual(['safety_rep']);
    // The admin was not in the second file and is untouched.
    expect((await membershipsOf(db, 'admin@exempelby.se')).map((row) => row.ended_at)).toEqual([null]);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'before_json', 'after_json'])
      .where('action', '=', 'person.import.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json ?? '{}')).toMatchObject({
      memberships: ['U2:manager', 'U2:staff'],
      roles: ['safety_rep'],
    });
  });

  it('moves, renames and deactivates units, and refuses a move that makes a cycle', async () => {
    const { db } = database();
    await importOrgCsv(
      db,
      csvBytes([
        unitLine('KS', 'KS', 'board'),
        unitLine('A1', 'A', 'department', 'KS'),
        unitLine('B1', 'B', 'unit', 'A1'),
        unitLine('C1', 'C', 'team', 'B1'),
      ]),
      apply,
    );

    const cycle = await importOrgCsv(db, csvBytes([unitLine('A1', 'A', 'department', 'C1')]), apply);
    expect(cycle.issues.map((entry) => [entry.line, entry.key])).toEqual([[2, 'csv.cycle']]);

    const moved = await importOrgCsv(
      db,
      csvBytes([unitLine('C1', 'C nytt namn', 'team', 'A1'), unitLine('B1', 'B', 'unit', 'A1', { active: 'no' })]),
      apply,
    );
    expect(moved.issues).toEqual([]);
    expect(moved.summary).toMatchObject({ unitsUpdated: 1, unitsDeactivated: 1 });
    const rows = await db
      .selectFrom('units')
      .select(['id', 'code', 'name', 'parent_id', 'active', 'deactivated_at'])
      .orderBy('code')
      .execute();
    const a1 = rows.find((row) => row.code === 'A1');
    expect(rows.find((row) => row.code === 'C1')).toMatchObject({ name: 'C nytt namn', parent_id: a1?.id });
    const b1 = rows.find((row) => row.code === 'B1');
    expect(Number(b1?.active)).toBe(0);
    expect(b1?.deactivated_at).not.toBeNull();
  });

  it('checks again when applying: a dry run that passed proves nothing about the database now', async () => {
    const { db } = database();
    await importOrgCsv(db, csvBytes([unitLine('KS', 'KS', 'board'), unitLine('U1', 'U1', 'unit', 'KS')]), apply);
    const file = csvBytes([personLine('p@exempelby.se', 'P', 'U1:staff')]);
    expect((await importOrgCsv(db, file, dryRun)).ok).toBe(true);
    await db.updateTable('units').set({ active: 0 }).where('code', '=', 'U1').execute();
    const result = await importOrgCsv(db, file, apply);
    expect(result.issues.map((entry) => entry.key)).toEqual(['csv.unitInactive']);
    expect(await db.selectFrom('people').select('id').execute()).toEqual([]);
  });

  it('signs out a person the file deactivates', async () => {
    const { db } = database();
    await importOrgCsv(
      db,
      csvBytes([unitLine('KS', 'KS', 'board'), personLine('p@exempelby.se', 'P', 'KS:staff')]),
      apply,
    );
    const person = await db.selectFrom('people').select('id').executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    await db
      .insertInto('sessions')
      .values({
        id: 'hash',
        person_id: person.id,
        auth_method: 'password',
        created_at: now,
        last_seen_at: now,
        expires_at: now,
        stage: 'full',
        csrf_token: 'csrf',
      })
      .execute();
    const result = await importOrgCsv(
      db,
      csvBytes([personLine('p@exempelby.se', 'P', 'KS:staff', { active: 'no' })]),
      apply,
    );
    expect(result.summary.peopleDeactivated).toBe(1);
    expect(await db.selectFrom('sessions').select('id').execute()).toEqual([]);
  });
});
