// The barometer over HTTP on a real database: answering once, results only after closing, who
// sees what, suppressed cells without figures, and bad input with clear errors.
import { describe, expect, it } from 'vitest';
import {
  heatmapSchema,
  itemsResultSchema,
  waveDetailSchema,
  waveFormSchema,
  waveListSchema,
  type Heatmap,
} from '../../../common/barometer/api.js';
import { problemSchema } from '../../../common/platform/problem.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp } from '../../test-support/api-app.js';
import { addPeople, answerSocialCapital, closeNow, openWaveOverHttp } from './barometer-test-support.js';

const base = '/api/v1/barometer';

describeOnDatabases('barometer API', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('lets an invited person answer once, and says no more than that', async () => {
    const { s, as, db } = await start();
    const wave = await openWaveOverHttp(await as('analyst'));
    expect(wave.status).toBe('open');
    const staff = await as('staffA1');
    const list = waveListSchema.parse((await staff('GET', `${base}/waves`)).json());
    expect(list.toAnswer.map((w) => w.id)).toEqual([wave.id]);
    const form = waveFormSchema.parse((await staff('GET', `${base}/waves/${wave.id}/form`)).json());
    expect(form.sections[0]?.items).toHaveLength(12);
    expect(form.sections[0]?.items[0]?.text).toMatch(/ledningen/i);

    const body = { answers: [{ itemKey: 'socialCapital.verticalRely', value: 4 }] };
    const first = await staff('POST', `${base}/waves/${wave.id}/responses`, body);
    expect(first.statusCode, first.body).toBe(200);
    const second = await staff('POST', `${base}/waves/${wave.id}/responses`, body);
    expect(second.statusCode).toBe(409);
    expect(problemSchema.parse(second.json()).code).toBe('barometerAlreadyAnswered');
    expect((await staff('GET', `${base}/waves/${wave.id}/form`)).statusCode).toBe(409);

    // Nothing that names the person is stored with the answer, and nothing is audited.
    const responses = await db.selectFrom('barometer_responses').selectAll().execute();
    expect(responses).toHaveLength(1);
    expect(Object.keys(responses[0] ?? {}).sort()).toEqual(['audience', 'commented', 'id', 'unit_id', 'wave_id']);
    const audit = await db.selectFrom('audit_log').select('action').where('action', 'like', 'barometer.%').execute();
    expect(audit.map((a) => a.action)).toEqual(['barometer.wave.created']);
    // After answering the home page no longer lists it.
    const after = waveListSchema.parse((await staff('GET', `${base}/waves`)).json());
    expect(after.toAnswer).toEqual([]);
    expect(s.people.staffA1.id).toBeTruthy();
  });

  it('answers bad input with clear, localised errors that never tell whether someone else answered', async () => {
    const { s, as } = await start();
    const wave = await openWaveOverHttp(await as('analyst'), { scopeUnitId: s.units.deptA });
    const staff = await as('staffA1');
    const post = (answers: object[]) => staff('POST', `${base}/waves/${wave.id}/responses`, { answers });

    const high = await post([{ itemKey: 'socialCapital.verticalRely', value: 6 }]);
    expect(high.statusCode).toBe(422);
    const problem = problemSchema.parse(high.json());
    expect(problem.code).toBe('barometerValueOutOfRange');
    expect(problem.errors?.[0]?.field).toBe('answers.0.value');
    expect(problem.errors?.[0]?.message).toContain('1');
    expect((await post([{ itemKey: 'socialCapital.verticalRely', value: 0 }])).statusCode).toBe(422);
    expect((await post([{ itemKey: 'socialCapital.verticalRely', value: 2.5 }])).statusCode).toBe(422);
    expect((await post([{ itemKey: 'hme.motivationMeaning', value: 3 }])).statusCode).toBe(422);
    const twice = await post([
      { itemKey: 'socialCapital.verticalRely', value: 3 },
      { itemKey: 'socialCapital.verticalRely', value: 4 },
    ]);
    expect(problemSchema.parse(twice.json()).code).toBe('barometerDuplicateAnswer');
    // A bad request does not use up the person's answer.
    expect((await post([{ itemKey: 'socialCapital.verticalRely', value: 3 }])).statusCode).toBe(200);

    // Someone not invited (department B) cannot tell this wave from one that does not exist.
    const outsider = await as('staffB1');
    const foreign = await outsider('POST', `${base}/waves/${wave.id}/responses`, { answers: [] });
    const missing = await outsider('POST', `${base}/waves/${crypto.randomUUID()}/responses`, { answers: [] });
    expect(foreign.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'notFound' });
    expect(Object.keys(foreign.json()).sort()).toEqual(Object.keys(missing.json()).sort());
    // Whether staffA1 answered is not visible to their colleague or manager anywhere.
    const colleague = await as('staffA1b');
    expect(waveListSchema.parse((await colleague('GET', `${base}/waves`)).json()).toAnswer).toHaveLength(1);
    const manager = await as('managerA');
    const detail = waveDetailSchema.parse((await manager('GET', `${base}/waves/${wave.id}`)).json());
    expect(JSON.stringify(detail)).not.toContain(s.people.staffA1.id);
    expect((await manager('GET', `${base}/waves/${wave.id}/heatmap`)).statusCode).toBe(404);
  });

  it('refuses answers to a closed wave with a clear error', async () => {
    const { as, db } = await start();
    const wave = await openWaveOverHttp(await as('analyst'));
    await closeNow(db, wave.id);
    const staff = await as('staffA1');
    const late = await staff('POST', `${base}/waves/${wave.id}/responses`, { answers: [] });
    expect(late.statusCode).toBe(409);
    expect(problemSchema.parse(late.json()).code).toBe('barometerWaveClosed');
  });

  it('shows results only after closing, with suppressed cells carrying no figures', async () => {
    const { s, as, db } = await start();
    const unitA = await addPeople(db, s.units.unitA1, 6);
    const teamA = await addPeople(db, s.units.teamA1a, 2);
    const unitB = await addPeople(db, s.units.unitB1, 6);
    const analyst = await as('analyst');
    const wave = await openWaveOverHttp(analyst);
    for (const id of [...unitA, ...teamA]) await answerSocialCapital(db, wave.id, id, 4);
    for (const id of unitB) await answerSocialCapital(db, wave.id, id, 2);
    expect((await analyst('GET', `${base}/waves/${wave.id}/heatmap`)).statusCode).toBe(404);
    const closed = waveDetailSchema.parse((await analyst('POST', `${base}/waves/${wave.id}/close`)).json());
    expect(closed.status).toBe('closed');

    const map: Heatmap = heatmapSchema.parse((await analyst('GET', `${base}/waves/${wave.id}/heatmap`)).json());
    const rowOf = (unitId: string) => map.rows.find((r) => r.unit.id === unitId);
    expect(rowOf(s.units.unitA1)?.cells[0]).toEqual({ suppressed: false, n: 8, mean: 4, score100: 75 });
    expect(rowOf(s.units.unitA1)?.participation).toEqual({ suppressed: false, answered: 8, invited: 10, rate: 80 });
    expect(rowOf(s.units.unitB1)?.cells[0]).toEqual({ suppressed: false, n: 6, mean: 2, score100: 25 });
    expect(map.organisation.cells[0]).toEqual({ suppressed: false, n: 14, mean: 3.1, score100: 53.6 });
    // The team of two: no n, no mean, no hint — the same few bytes as every suppressed cell.
    const team = rowOf(s.units.teamA1a);
    for (const cell of [...(team?.cells ?? []), team?.participation])
      expect(JSON.stringify(cell)).toBe('{"suppressed":true}');
  });

  it('hides a second group when showing one would let the rest be subtracted', async () => {
    const { s, as, db } = await start();
    const unitA = await addPeople(db, s.units.unitA1, 6);
    const unitB = await addPeople(db, s.units.unitB1, 2);
    const analyst = await as('analyst');
    const wave = await openWaveOverHttp(analyst);
    for (const id of unitA) await answerSocialCapital(db, wave.id, id, 4);
    for (const id of unitB) await answerSocialCapital(db, wave.id, id, 1);
    await closeNow(db, wave.id);
    const map = heatmapSchema.parse((await analyst('GET', `${base}/waves/${wave.id}/heatmap`)).json());
    const cellOf = (unitId: string) => map.rows.find((r) => r.unit.id === unitId)?.cells[0];
    // Eight in all, two of them in B: showing A's six would give B's two as "all minus A".
    expect(map.organisation.cells[0]).toMatchObject({ suppressed: false, n: 8 });
    for (const unitId of [s.units.deptA, s.units.unitA1, s.units.deptB, s.units.unitB1])
      expect(cellOf(unitId)).toEqual({ suppressed: true });
    // The levels that hold everyone (board, administration) may show: they equal the whole.
    expect(cellOf(s.units.admin)).toMatchObject({ suppressed: false, n: 8 });
    const items = itemsResultSchema.parse(
      (await analyst('GET', `${base}/waves/${wave.id}/items?unitId=${s.units.unitA1}`)).json(),
    );
    expect(items.items.every((i) => i.unit.suppressed)).toBe(true);
  });

  it('shows a manager their own subtree, staff their own unit, and analysts everything', async () => {
    const { s, as, db } = await start();
    await addPeople(db, s.units.unitA1, 5);
    await addPeople(db, s.units.unitB1, 5);
    const wave = await openWaveOverHttp(await as('analyst'));
    const people = await db.selectFrom('barometer_participation').select('person_id').execute();
    for (const p of people) await answerSocialCapital(db, wave.id, p.person_id, 3);
    await closeNow(db, wave.id);

    const rowsFor = async (who: 'managerA' | 'staffA1' | 'analyst' | 'staffB1') => {
      const response = await (await as(who))('GET', `${base}/waves/${wave.id}/heatmap`);
      expect(response.statusCode, response.body).toBe(200);
      return heatmapSchema.parse(response.json()).rows.map((r) => r.unit.id);
    };
    expect(await rowsFor('managerA')).toEqual([s.units.deptA, s.units.unitA1, s.units.teamA1a]);
    expect(await rowsFor('staffA1')).toEqual([s.units.unitA1]);
    expect(await rowsFor('staffB1')).toEqual([s.units.unitB1]);
    expect((await rowsFor('analyst')).length).toBeGreaterThan(5);
    // A manager cannot ask for a unit outside their subtree.
    const managerA = await as('managerA');
    expect((await managerA('GET', `${base}/waves/${wave.id}/heatmap?unitId=${s.units.unitB1}`)).statusCode).toBe(404);
    const items = itemsResultSchema.parse((await managerA('GET', `${base}/waves/${wave.id}/items`)).json());
    expect(items.unit.id).toBe(s.units.deptA);
    expect(items.items[0]?.unit).toMatchObject({ suppressed: false });
  });
});

describe('barometer contract', () => {
  it('keeps a suppressed cell free of any figure', () => {
    expect(heatmapSchema.shape.rows.element.shape.cells.element.parse({ suppressed: true })).toEqual({
      suppressed: true,
    });
  });
});
