// Waves over time and the other result views: jobs open, remind and close; repeating pulses;
// thresholds only go up; instruments as data; trend, chain map, coordination and the HME export.
import { expect, it } from 'vitest';
import {
  chainSchema,
  coordinationSchema,
  heatmapSchema,
  instrumentDetailSchema,
  instrumentListSchema,
  trendSchema,
  waveDetailSchema,
  waveFormSchema,
} from '../../../common/barometer/api.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp } from '../../test-support/api-app.js';
import { submitResponse } from './answer-service.js';
import {
  addPeople,
  answerSocialCapital,
  closeNow,
  contextFor,
  openWaveAs,
  testNotifier,
} from './barometer-test-support.js';
import { runBarometerJobs } from './jobs.js';
import { barometerNeedsMe } from './needs-me.js';

const base = '/api/v1/barometer';

describeOnDatabases('barometer waves and views', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('opens, reminds and closes by the clock, and starts the next pulse of a series', async () => {
    const { s, db } = await start();
    const now = Date.now();
    const wave = await openWaveAs(db, s.people.analyst.id, {
      scopeUnitId: s.units.deptA,
      opensAt: new Date(now + 3_600_000).toISOString(),
      closesAt: new Date(now + 5 * 86_400_000).toISOString(),
      repeat: 'monthly',
      reminderDaysBeforeClose: 2,
    });
    expect(wave.status).toBe('draft');
    const run = (at: number) => db.transaction().execute((trx) => runBarometerJobs(trx, testNotifier, new Date(at)));
    await run(now + 2 * 3_600_000);
    const opened = await db
      .selectFrom('barometer_waves')
      .select('status')
      .where('id', '=', wave.id)
      .executeTakeFirstOrThrow();
    expect(opened.status).toBe('open');
    const invited = await db
      .selectFrom('notifications')
      .select(['person_id', 'kind'])
      .where('kind', '=', 'barometer.invited')
      .execute();
    expect(invited.map((n) => n.person_id).sort()).toEqual(
      [s.people.managerA.id, s.people.staffA1.id, s.people.staffA1b.id].sort(),
    );
    const staff = await contextFor(db, s.people.staffA1.id);
    if (!staff.principal) throw new Error('no principal');
    expect(await barometerNeedsMe({ ...staff, principal: staff.principal })).toMatchObject([
      { module: 'barometer', kind: 'answer' },
    ]);
    await submitResponse(staff, wave.id, {
      answers: [{ itemKey: 'socialCapital.justiceFair', targetUnitId: null, value: 5 }],
      comments: [],
    });
    expect(await barometerNeedsMe({ ...staff, principal: staff.principal })).toEqual([]);

    await run(now + 3.5 * 86_400_000);
    const reminded = await db
      .selectFrom('notifications')
      .select('person_id')
      .where('kind', '=', 'barometer.reminder')
      .execute();
    // Only those who have not answered are reminded, once.
    expect(reminded.map((n) => n.person_id).sort()).toEqual([s.people.managerA.id, s.people.staffA1b.id].sort());
    await run(now + 3.6 * 86_400_000);
    expect(
      await db.selectFrom('notifications').select('id').where('kind', '=', 'barometer.reminder').execute(),
    ).toHaveLength(2);

    await run(now + 6 * 86_400_000);
    const waves = await db
      .selectFrom('barometer_waves')
      .select(['id', 'status', 'series_id', 'opens_at'])
      .orderBy('opens_at')
      .execute();
    expect(waves.map((w) => w.status)).toEqual(['closed', 'draft']);
    expect(waves[1]?.series_id).toBe(waves[0]?.series_id);
    expect(await db.selectFrom('barometer_participation').selectAll().execute()).toEqual([]);
  });

  it('raises thresholds only upward, audited, and hides more of a closed wave when raised', async () => {
    const { s, as, db } = await start();
    await addPeople(db, s.units.unitA1, 5);
    const wave = await openWaveAs(db, s.people.analyst.id, { scopeUnitId: s.units.deptA });
    // The manager (in deptA itself) does not answer: deptA minus unitA1 would otherwise be one person.
    const people = await db.selectFrom('barometer_participation').select('person_id').execute();
    for (const p of people.filter((x) => x.person_id !== s.people.managerA.id))
      await answerSocialCapital(db, wave.id, p.person_id, 4);
    await closeNow(db, wave.id);
    const analyst = await as('analyst');
    const cell = async () => {
      const map = heatmapSchema.parse(
        (await analyst('GET', `${base}/waves/${wave.id}/heatmap?unitId=${s.units.unitA1}`)).json(),
      );
      return map.rows[0]?.cells[0];
    };
    expect(await cell()).toMatchObject({ suppressed: false, n: 7 });
    const lower = await analyst('PUT', `${base}/waves/${wave.id}/anonymity`, { minGroup: 4, minComments: 5 });
    expect(lower.json()).toMatchObject({ code: 'barometerThresholdLower' });
    expect(
      (await analyst('PUT', `${base}/waves/${wave.id}/anonymity`, { minGroup: 2, minComments: 5 })).statusCode,
    ).toBe(422);
    const raised = await analyst('PUT', `${base}/waves/${wave.id}/anonymity`, { minGroup: 8, minComments: 8 });
    expect(waveDetailSchema.parse(raised.json()).minGroup).toBe(8);
    expect(await cell()).toEqual({ suppressed: true });
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'barometer.wave.anonymity')
      .execute();
    expect(audit).toHaveLength(1);
    // Organisation settings: never below 3, administrators only.
    const admin = await as('admin');
    expect((await admin('PUT', `${base}/settings`, { minGroup: 2, minComments: 5 })).statusCode).toBe(422);
    expect((await admin('PUT', `${base}/settings`, { minGroup: 6, minComments: 7 })).json()).toEqual({
      minGroup: 6,
      minComments: 7,
    });
  });

  it('takes custom instruments as data, with versions, and asks their questions', async () => {
    const { s, as, db } = await start();
    const analyst = await as('analyst');
    const definition = {
      key: 'lunchPulse',
      version: 1,
      names: { sv: 'Lunchpuls', nb: 'Lunsjpuls', da: 'Frokostpuls', en: 'Lunch pulse' },
      items: [
        {
          key: 'time',
          kind: 'scale',
          text: { sv: 'Hinner du äta?', nb: 'Rekker du å spise?', da: 'Når du at spise?', en: 'Time to eat?' },
        },
        {
          key: 'where',
          kind: 'choice',
          text: { sv: 'Var äter du?', nb: 'Hvor spiser du?', da: 'Hvor spiser du?', en: 'Where do you eat?' },
          choices: [
            { sv: 'Ute', nb: 'Ute', da: 'Ude', en: 'Out' },
            { sv: 'Inne', nb: 'Inne', da: 'Inde', en: 'In' },
          ],
        },
      ],
    };
    const created = await analyst('POST', `${base}/instruments`, { definition });
    expect(created.statusCode, created.body).toBe(200);
    expect(instrumentDetailSchema.parse(created.json()).summary).toMatchObject({ key: 'lunchPulse', builtIn: false });
    expect((await analyst('POST', `${base}/instruments`, { definition })).json()).toMatchObject({
      code: 'barometerInstrumentVersion',
    });
    const missing = { ...definition, version: 2, names: { sv: 'Lunchpuls' } };
    expect((await analyst('POST', `${base}/instruments`, { definition: missing })).statusCode).toBe(422);
    const list = instrumentListSchema.parse((await analyst('GET', `${base}/instruments`)).json());
    expect(list.items.filter((i) => i.builtIn)).toHaveLength(5);

    const wave = await openWaveAs(db, s.people.analyst.id, {
      scopeUnitId: s.units.deptA,
      instruments: [{ key: 'lunchPulse' }],
    });
    const staff = await as('staffA1');
    const form = waveFormSchema.parse((await staff('GET', `${base}/waves/${wave.id}/form`)).json());
    expect(form.sections[0]?.items.map((i) => [i.key, i.scaleMin, i.scaleMax])).toEqual([
      ['lunchPulse.time', 1, 5],
      ['lunchPulse.where', 1, 2],
    ]);
    const tooBig = await staff('POST', `${base}/waves/${wave.id}/responses`, {
      answers: [{ itemKey: 'lunchPulse.where', value: 3 }],
    });
    expect(tooBig.json()).toMatchObject({ code: 'barometerValueOutOfRange' });
  });

  it('draws the trend, the chain map, the coordination matrix and the HME export', async () => {
    const { s, as, db } = await start();
    const a = await addPeople(db, s.units.unitA1, 6);
    const b = await addPeople(db, s.units.unitB1, 6);
    const trendValues = [3, 4];
    for (const value of trendValues) {
      const wave = await openWaveAs(db, s.people.analyst.id, {
        instruments: [
          { key: 'socialCapital' },
          { key: 'trustChain' },
          { key: 'relationalCoordination' },
          { key: 'hme' },
        ],
        dependentUnitIds: [s.units.unitA1, s.units.unitB1],
      });
      for (const id of a) {
        const ctx = await contextFor(db, id);
        await submitResponse(ctx, wave.id, {
          answers: [
            ...['verticalInform', 'verticalRely', 'verticalVoice'].map((k) => ({
              itemKey: `socialCapital.${k}`,
              targetUnitId: null,
              value,
            })),
            ...['managerCan', 'managerWill', 'managerDare'].map((k) => ({
              itemKey: `trustChain.${k}`,
              targetUnitId: null,
              value: 5,
            })),
            ...['frequent', 'timely', 'accurate', 'problemSolving'].map((k) => ({
              itemKey: `relationalCoordination.${k}`,
              targetUnitId: s.units.unitB1,
              value: 2,
            })),
            ...[
              'motivationMeaning',
              'motivationLearning',
              'leadershipTrust',
              'leadershipRespect',
              'steeringGoals',
              'steeringUnderstand',
            ].map((k) => ({ itemKey: `hme.${k}`, targetUnitId: null, value: 4 })),
          ],
          comments: [],
        });
      }
      for (const id of b) await answerSocialCapital(db, wave.id, id, 2);
      // Rating one's own group is not asked.
      const own = await submitResponse(await contextFor(db, s.people.staffB1.id), wave.id, {
        answers: [{ itemKey: 'relationalCoordination.frequent', targetUnitId: s.units.unitB1, value: 3 }],
        comments: [],
      }).catch((error: unknown) => error);
      expect(own).toMatchObject({ code: 'barometerUnknownItem' });
      await closeNow(db, wave.id);
    }
    const analyst = await as('analyst');
    const trend = trendSchema.parse(
      (await analyst('GET', `${base}/units/${s.units.unitA1}/trend?instrument=socialCapital`)).json(),
    );
    expect(trend.points.map((p) => p.cells[0])).toMatchObject([
      { suppressed: false, n: 6, mean: 3 },
      { suppressed: false, n: 6, mean: 4 },
    ]);
    const waves = await db.selectFrom('barometer_waves').select('id').orderBy('closed_at', 'desc').execute();
    const last = waves[0]?.id ?? '';
    const chain = chainSchema.parse(
      (await analyst('GET', `${base}/waves/${last}/chain?unitId=${s.units.unitA1}`)).json(),
    );
    expect(chain.links[0]).toMatchObject({ level: 'closestManager', up: { suppressed: false, n: 6, score100: 100 } });
    // Managers' trust in their team: nobody here answered it, so it is hidden.
    expect(chain.links[0]?.down).toEqual({ suppressed: true });
    const rc = coordinationSchema.parse(
      (await analyst('GET', `${base}/waves/${last}/coordination?unitId=${s.units.unitA1}`)).json(),
    );
    expect(rc.targets.map((t) => t.id)).toEqual([s.units.unitA1, s.units.unitB1]);
    expect(rc.rows[0]?.cells[1]?.overall).toMatchObject({ suppressed: false, n: 6, mean: 2 });
    const csv = await analyst('GET', `${base}/waves/${last}/hme.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('unit_code;unit_name;respondents;motivation;leadership;steering;hme_total;status');
    expect(lines.find((l) => l.startsWith('A1;'))).toBe('A1;Enhet A1;6;75;75;75;75;ok');
    // B answered no HME: its row says so and carries no figure.
    expect(lines.find((l) => l.startsWith('B1;'))).toBe('B1;Enhet B1;;;;;;suppressed');
  });
});
