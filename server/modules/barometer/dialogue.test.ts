// The team dialogue over HTTP: the manager writes, members read, an obstacle becomes a signal
// linked to the dialogue, and the actions come back for follow-up at the next wave.
import { expect, it } from 'vitest';
import { dialogueSchema } from '../../../common/barometer/api.js';
import { signalDetailSchema } from '../../../common/signals/signals.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp } from '../../test-support/api-app.js';
import { closeNow, openWaveAs } from './barometer-test-support.js';

const base = '/api/v1/barometer';

describeOnDatabases('barometer team dialogue', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('lets the manager record a dialogue and raise an obstacle as a linked signal; members read it', async () => {
    const { s, as, db } = await start();
    const wave = await openWaveAs(db, s.people.analyst.id, { scopeUnitId: s.units.deptA });
    await closeNow(db, wave.id);
    const url = `${base}/waves/${wave.id}/units/${s.units.unitA1}/dialogue`;
    const manager = await as('managerA');
    const saved = await manager('PUT', url, {
      seen: 'Samarbetet med andra enheter får låga värden.',
      willDo: 'Vi bjuder in hemsjukvården till ett gemensamt möte.',
      actions: [{ text: 'Boka möte med hemsjukvården', ownerPersonId: s.people.staffA1.id, dueOn: '2027-02-01' }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const dialogue = dialogueSchema.parse(saved.json());
    expect(dialogue.dialogue?.actions).toMatchObject([
      { text: 'Boka möte med hemsjukvården', owner: { id: s.people.staffA1.id }, status: 'planned' },
    ]);

    const raised = await manager('POST', `${url}/obstacles`, { text: 'Schemat ger ingen tid för samverkan.' });
    expect(raised.statusCode, raised.body).toBe(200);
    const withObstacle = dialogueSchema.parse(raised.json());
    const obstacle = withObstacle.dialogue?.obstacles[0];
    expect(obstacle?.text).toBe('Schemat ger ingen tid för samverkan.');
    const row = await db
      .selectFrom('signals')
      .select(['source', 'source_ref', 'unit_id', 'author_id'])
      .where('id', '=', obstacle?.signalId ?? '')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      source: 'dialogue',
      source_ref: withObstacle.dialogue?.id,
      unit_id: s.units.unitA1,
      author_id: s.people.managerA.id,
    });
    // It is a signal like any other: on the board for everyone.
    const staff = await as('staffA1');
    const signal = signalDetailSchema.parse((await staff('GET', `/api/v1/signals/${obstacle?.signalId}`)).json());
    expect(signal.kind).toBe('obstacle');

    const read = dialogueSchema.parse((await staff('GET', url)).json());
    expect(read.can).toEqual({ edit: false, raiseObstacle: false });
    expect(read.dialogue?.seen).toContain('Samarbetet');
    expect((await staff('PUT', url, { seen: 'Nej' })).statusCode).toBe(403);
    expect((await (await as('managerB'))('GET', url)).statusCode).toBe(404);
    // The whole-organisation node and units outside the wave have no dialogue.
    expect((await manager('GET', `${base}/waves/${wave.id}/units/${s.units.deptB}/dialogue`)).statusCode).toBe(404);

    // The next wave shows the actions for follow-up, and the follow-up is saved on the old dialogue.
    const next = await openWaveAs(db, s.people.analyst.id, { scopeUnitId: s.units.deptA });
    await closeNow(db, next.id);
    const nextUrl = `${base}/waves/${next.id}/units/${s.units.unitA1}/dialogue`;
    const followUp = dialogueSchema.parse((await manager('GET', nextUrl)).json());
    expect(followUp.dialogue).toBeNull();
    const action = followUp.previous?.actions[0];
    expect(action?.text).toBe('Boka möte med hemsjukvården');
    const done = await manager('PUT', nextUrl, {
      seen: 'Bättre nu.',
      previousActions: [{ id: action?.id, status: 'done', followUp: 'Mötet hölls i februari.' }],
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(dialogueSchema.parse(done.json()).previous?.actions[0]).toMatchObject({
      status: 'done',
      followUp: 'Mötet hölls i februari.',
    });
  });

  it('lists a raised obstacle only to those who may see the signal once it is restricted', async () => {
    const { s, as, db } = await start();
    const wave = await openWaveAs(db, s.people.analyst.id, { scopeUnitId: s.units.deptA });
    await closeNow(db, wave.id);
    const url = `${base}/waves/${wave.id}/units/${s.units.unitA1}/dialogue`;
    const manager = await as('managerA');
    const raised = await manager('POST', `${url}/obstacles`, { text: 'Känsligt: en kollegas frånvaro.' });
    const signalId = dialogueSchema.parse(raised.json()).dialogue?.obstacles[0]?.signalId ?? '';
    expect((await manager('PUT', `/api/v1/signals/${signalId}/restricted`, { restricted: true })).statusCode).toBe(200);
    const staff = await as('staffA1');
    const seen = await staff('GET', url);
    expect(seen.statusCode).toBe(200);
    expect(dialogueSchema.parse(seen.json()).dialogue?.obstacles).toEqual([]);
    expect(seen.body).not.toContain('frånvaro');
    expect(dialogueSchema.parse((await manager('GET', url)).json()).dialogue?.obstacles).toHaveLength(1);
  });

  it('refuses an unknown owner or action, and dialogues on an open wave', async () => {
    const { s, as, db } = await start();
    const wave = await openWaveAs(db, s.people.analyst.id, { scopeUnitId: s.units.deptA });
    const manager = await as('managerA');
    const url = `${base}/waves/${wave.id}/units/${s.units.unitA1}/dialogue`;
    expect((await manager('GET', url)).statusCode).toBe(404);
    await closeNow(db, wave.id);
    const owner = await manager('PUT', url, { actions: [{ text: 'X', ownerPersonId: crypto.randomUUID() }] });
    expect(owner.json()).toMatchObject({ code: 'barometerActionOwner' });
    const unknown = await manager('PUT', url, { actions: [{ id: crypto.randomUUID(), text: 'X' }] });
    expect(unknown.json()).toMatchObject({ code: 'barometerUnknownAction' });
    const bad = await manager('PUT', url, { actions: [{ text: '' }] });
    expect(bad.statusCode).toBe(422);
  });
});
