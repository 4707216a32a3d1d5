// The burden inventory over HTTP on a real database: who may register and edit a demand, the cost
// with its trace, who may assess, bad input and double submits.
import { describe, expect, it } from 'vitest';
import { assessmentResponse, demandListSchema, toAssessSchema } from '../../../common/burden/api.js';
import { problemSchema } from '../../../common/platform/problem.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp } from '../../test-support/api-app.js';
import { createDemand, demandBody, readDemand } from './burden-test-support.js';

describeOnDatabases('burden inventory API', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('registers a demand with its cost traced to the inputs, for administrators and the unit’s managers only', async () => {
    const { s, as } = await start();
    const admin = await as('admin');
    const created = await createDemand(admin, demandBody(s));
    // 30 minutes x 52 weeks x 2 staff in A1 / 60 = 52 hours; / 1700 = 0.03 FTE.
    expect(created.cost).toMatchObject({
      minutes: 30,
      occurrencesPerYear: 52,
      performers: 2,
      performersSource: 'counted',
      annualHours: 52,
      fte: 0.03,
      money: null,
      hoursPerFte: 1700,
    });
    expect(created.performers).toEqual([
      { unit: { id: s.units.unitA1, name: 'Enhet A1' }, includeDescendants: false, role: 'staff', count: 2 },
    ]);

    const managerA = await as('managerA');
    expect((await createDemand(managerA, demandBody(s, { ownerUnitId: s.units.unitA1 }))).ownerUnit.id).toBe(
      s.units.unitA1,
    );
    const foreign = await managerA('POST', '/api/v1/burden/demands', demandBody(s, { ownerUnitId: s.units.deptB }));
    expect(foreign.statusCode).toBe(403);
    const staff = await as('staffA1');
    expect((await staff('POST', '/api/v1/burden/demands', demandBody(s))).statusCode).toBe(403);

    // Everyone signed in reads it (openness), and the list shows it.
    const seenByB = await readDemand(await as('staffB1'), created.id);
    expect(seenByB.can).toEqual({ edit: false, remove: false, assess: false, propose: false });
    const list = demandListSchema.parse((await staff('GET', '/api/v1/burden/demands?unitId=' + s.units.deptA)).json());
    expect(list.total).toBe(2);
    expect(list.totalHours).toBe(104);
  });

  it('lets the owner, the owner unit’s managers and administrators edit, with a version check', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const d = await createDemand(admin, demandBody(s, { ownerPersonId: s.people.staffA1b.id }));
    const edit = (version: number, minutes: number) =>
      demandBody(s, { ownerPersonId: s.people.staffA1b.id, minutes, version });

    expect((await (await as('managerB'))('PUT', `/api/v1/burden/demands/${d.id}`, edit(1, 10))).statusCode).toBe(403);
    expect((await (await as('staffA1'))('PUT', `/api/v1/burden/demands/${d.id}`, edit(1, 10))).statusCode).toBe(403);
    const owner = await as('staffA1b');
    const byOwner = await owner('PUT', `/api/v1/burden/demands/${d.id}`, edit(1, 10));
    expect(byOwner.statusCode, byOwner.body).toBe(200);
    const managerA = await as('managerA');
    const stale = await managerA('PUT', `/api/v1/burden/demands/${d.id}`, edit(1, 20));
    expect(stale.statusCode).toBe(409);
    expect(problemSchema.parse(stale.json()).code).toBe('burdenVersion');
    expect((await managerA('PUT', `/api/v1/burden/demands/${d.id}`, edit(2, 20))).statusCode).toBe(200);
    const row = await db.selectFrom('burden_demands').select(['minutes', 'version']).executeTakeFirstOrThrow();
    expect(row).toEqual({ minutes: 20, version: 3 });

    const removed = await managerA('POST', `/api/v1/burden/demands/${d.id}/remove`, { version: 3 });
    expect(removed.statusCode).toBe(200);
    expect((await readDemand(admin, d.id)).status).toBe('removed');
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', d.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'burden.demand.created',
      'burden.demand.updated',
      'burden.demand.updated',
      'burden.demand.removed',
    ]);
  });

  it('lets only performers assess, one assessment per person, shown only aggregated', async () => {
    const { s, as, db } = await start();
    const d = await createDemand(await as('admin'), demandBody(s));
    const assess = { usefulness: 2, noticed: 'no', minutes: 45, comment: 'Ingen läser den.' };
    const staffA1 = await as('staffA1');
    const first = await staffA1('PUT', `/api/v1/burden/demands/${d.id}/assessment`, assess);
    expect(first.statusCode, first.body).toBe(200);
    // A double submit from a phone lands on the same row.
    const twice = await Promise.all([
      staffA1('PUT', `/api/v1/burden/demands/${d.id}/assessment`, assess),
      staffA1('PUT', `/api/v1/burden/demands/${d.id}/assessment`, assess),
    ]);
    expect(twice.map((r) => r.statusCode)).toEqual([200, 200]);
    const again = assessmentResponse.parse(
      (await staffA1('PUT', `/api/v1/burden/demands/${d.id}/assessment`, { ...assess, usefulness: 1 })).json(),
    );
    expect(again.aggregate.count).toBe(1);
    expect(again.aggregate.distribution).toEqual([1, 0, 0, 0, 0]);
    await (
      await as('staffA1b')
    )('PUT', `/api/v1/burden/demands/${d.id}/assessment`, {
      usefulness: 4,
      noticed: 'yes',
      minutes: 15,
    });
    // Not performers: another unit's staff, and the manager (the entry covers staff only).
    expect((await (await as('staffB1'))('PUT', `/api/v1/burden/demands/${d.id}/assessment`, assess)).statusCode).toBe(
      403,
    );
    expect((await (await as('managerA'))('PUT', `/api/v1/burden/demands/${d.id}/assessment`, assess)).statusCode).toBe(
      403,
    );
    expect(await db.selectFrom('burden_assessments').select('id').execute()).toHaveLength(2);

    const detail = await readDemand(await as('managerB'), d.id);
    expect(detail.aggregate).toMatchObject({
      count: 2,
      distribution: [1, 0, 0, 1, 0],
      noticed: { yes: 1, no: 1, unknown: 0 },
      medianMinutes: 30,
      comments: [{ text: 'Ingen läser den.' }],
    });
    // The comment travels without a name or a person id.
    expect(JSON.stringify(detail.aggregate)).not.toContain(s.people.staffA1.id);
    // Owner's 30 minutes beside the frontline median of 30: 52 hours either way.
    expect(detail.calibration).toEqual({ ownerMinutes: 30, frontlineMedianMinutes: 30, hoursWithFrontlineMedian: 52 });

    const mine = toAssessSchema.parse((await staffA1('GET', '/api/v1/burden/to-assess')).json());
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]?.mine).toMatchObject({ usefulness: 1, minutes: 45 });
    const none = toAssessSchema.parse((await (await as('staffB1'))('GET', '/api/v1/burden/to-assess')).json());
    expect(none.items).toEqual([]);
  });

  describe('bad input', () => {
    it('answers absurd minutes, frequencies and unknown units with a 422 naming the field', async () => {
      const { s, as, db } = await start();
      const admin = await as('admin');
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ minutes: -5 }, 'minutes'],
        [{ minutes: 0 }, 'minutes'],
        [{ minutes: 100_000 }, 'minutes'],
        [{ minutes: 1.5 }, 'minutes'],
        [{ frequencyCount: -1 }, 'frequencyCount'],
        [{ frequencyCount: 20_000 }, 'frequencyCount'],
        // 1,000 a working day is 220,000 a year: over the ceiling of 100,000.
        [{ frequencyUnit: 'workingDay', frequencyCount: 1000 }, 'frequencyCount'],
        [{ frequencyUnit: 'hourly' }, 'frequencyUnit'],
        [{ performersEntered: 0 }, 'performersEntered'],
        [{ performersEntered: 5_000_000 }, 'performersEntered'],
        [{ ownerUnitId: '00000000-0000-4000-8000-000000000000' }, 'ownerUnitId'],
        [{ ownerUnitId: s.units.citizens }, 'ownerUnitId'],
        [{ performers: [{ unitId: '00000000-0000-4000-8000-000000000000', role: 'all' }] }, 'performers.0.unitId'],
        [{ ownerPersonId: '00000000-0000-4000-8000-000000000000' }, 'ownerPersonId'],
        [{ measures: 'effect' }, 'measures'],
        [{ title: '' }, 'title'],
        [{ title: 'x'.repeat(201) }, 'title'],
        [{ description: 'x'.repeat(4001) }, 'description'],
        [{ kind: 'wish' }, 'kind'],
      ];
      for (const [override, field] of cases) {
        const res = await admin('POST', '/api/v1/burden/demands', demandBody(s, override));
        expect(res.statusCode, `${JSON.stringify(override)}: ${res.body}`).toBe(422);
        const problem = problemSchema.parse(res.json());
        expect(problem.errors?.map((e) => e.field)).toContain(field);
        expect(problem.errors?.[0]?.message.length).toBeGreaterThan(5);
      }
      expect(await db.selectFrom('burden_demands').select('id').execute()).toEqual([]);
      const badAssessment = await admin('PUT', `/api/v1/burden/demands/${s.units.deptA}/assessment`, {
        usefulness: 9,
        noticed: 'yes',
      });
      expect(badAssessment.statusCode).toBe(422);
    });

    it('stores scripts in text as text', async () => {
      const { s, as } = await start();
      const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      const d = await createDemand(await as('admin'), demandBody(s, { title: script, description: script }));
      const read = await readDemand(await as('staffA1'), d.id);
      expect(read.title).toBe(script);
      expect(read.description).toBe(script);
    });

    it('answers a double submit with the first demand, not a second one', async () => {
      const { s, as, db } = await start();
      const admin = await as('admin');
      const body = demandBody(s, { idempotencyKey: '5b0c8e5e-3f5e-4c1a-9d6b-2a7e9f0c1d2e' });
      const [a, b] = await Promise.all([createDemand(admin, body), createDemand(admin, body)]);
      expect(a.id).toBe(b.id);
      expect(await db.selectFrom('burden_demands').select('id').execute()).toHaveLength(1);
      const other = await (await as('managerA'))('POST', '/api/v1/burden/demands', body);
      expect(other.statusCode).toBe(409);
    });
  });
});
