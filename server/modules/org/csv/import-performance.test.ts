// How long a large organisation takes: 500 units and 5,000 people, created, then all changed,
// then imported again unchanged. The bounds are generous (a slow CI machine must pass); they are
// there to catch a change that makes the import quadratic, and the timings are printed.
import { expect, it } from 'vitest';
import { describeOnDatabases, useTestDatabase } from '../../../test-support/databases.js';
import { importOrgCsv, type ImportOptions } from './index.js';
import { csvBytes, personLine, unitLine } from './test-fixtures.js';

const unitCount = 500;
const personCount = 5_000;

function organisation(variant: 'first' | 'second'): Uint8Array {
  const departments = 20;
  const lines = [unitLine('KS', 'Kommunstyrelsen', 'board'), unitLine('ADM', 'Förvaltningen', 'administration', 'KS')];
  for (let d = 0; d < departments; d++) lines.push(unitLine(`D${d}`, `Avdelning ${d}`, 'department', 'ADM'));
  const leaves = unitCount - departments - 2;
  for (let u = 0; u < leaves; u++) {
    // The second file moves every unit to another department and renames it.
    const parent = variant === 'first' ? u % departments : (u + 1) % departments;
    lines.push(unitLine(`U${u}`, `Enhet ${u}${variant === 'second' ? ' (ny)' : ''}`, 'unit', `D${parent}`));
  }
  for (let p = 0; p < personCount; p++) {
    const unit = variant === 'first' ? p % leaves : (p + 7) % leaves;
    const memberships = p % 10 === 0 ? `U${unit}:manager|D${p % departments}:staff` : `U${unit}:staff`;
    const roles = p === 0 ? 'admin' : p % 50 === 0 ? 'safety_rep' : '';
    const title = variant === 'first' ? 'Handläggare' : 'Utredare';
    lines.push(personLine(`person${p}@exempelby.se`, `Person ${p}`, memberships, { title, roles }));
  }
  return csvBytes(lines);
}

async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await fn();
  return { result, ms: Math.round(performance.now() - started) };
}

describeOnDatabases('org CSV import performance', (target) => {
  const database = useTestDatabase(target);

  it(`imports ${unitCount} units and ${personCount} people`, async () => {
    const { db } = database();
    const options: ImportOptions = { mode: 'apply', actorId: null, requestId: null, locale: 'sv' };
    const first = organisation('first');
    const second = organisation('second');

    const dry = await timed(() => importOrgCsv(db, first, { ...options, mode: 'dry-run' }));
    expect(dry.result.issues).toEqual([]);
    const create = await timed(() => importOrgCsv(db, first, options));
    expect(create.result.summary).toMatchObject({
      unitsCreated: unitCount,
      peopleCreated: personCount,
      membershipsAdded: 5_500,
    });
    const change = await timed(() => importOrgCsv(db, second, options));
    expect(change.result.summary).toMatchObject({
      unitsUpdated: unitCount - 22,
      peopleUpdated: personCount,
      membershipsEnded: 5_000,
    });
    const again = await timed(() => importOrgCsv(db, second, options));
    expect(again.result.summary).toMatchObject({ unitsUpdated: 0, peopleUpdated: 0, membershipsAdded: 0 });

    const audit = await db.selectFrom('audit_log').select('id').execute();
    expect(audit).toHaveLength(unitCount + personCount + 1 + (unitCount - 22) + personCount + 1 + 1);
    console.log(
      `[${target.name}] ${unitCount} units + ${personCount} people (${first.length} bytes): ` +
        `dry run ${dry.ms} ms, apply (create) ${create.ms} ms, apply (change all) ${change.ms} ms, apply (unchanged) ${again.ms} ms`,
    );
    expect(create.ms).toBeLessThan(20_000);
    expect(change.ms).toBeLessThan(20_000);
  }, 120_000);
});
