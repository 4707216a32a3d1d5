// A signal marked confidential through the platform's marking API is seen only by its author and
// the managers in its chain, like a restricted one; only those managers may mark it. Restricting:
// from the start, who may lift it, and what "me too" confirmers are told once they may not see it.
import { expect, it } from 'vitest';
import { signalDetailSchema, signalListSchema } from '../../../common/signals/signals.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp } from '../../test-support/api-app.js';
import { raise, read } from './signals-test-support.js';

describeOnDatabases('signals: confidential marking', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('hides a confidential signal from everyone outside its chain', async () => {
    const { s, as } = await start();
    const staff = await as('staffA1');
    const { signal } = await raise(staff, { unitId: s.units.unitA1, text: 'Gäller en kollegas hälsa.' });
    const url = `/api/v1/confidential/signal/${signal.id}`;
    expect((await (await as('staffB1'))('PUT', url, { reason: 'Hälsa' })).statusCode).toBe(403);
    expect((await staff('PUT', url, { reason: 'Hälsa' })).statusCode).toBe(403);
    const marked = await (await as('managerA'))('PUT', url, { reason: 'Uppgift om hälsa (OSL 39:1)' });
    expect(marked.statusCode, marked.body).toBe(200);

    for (const who of ['staffA1b', 'staffB1', 'managerB'] as const) {
      const call = await as(who);
      expect((await call('GET', `/api/v1/signals/${signal.id}`)).statusCode, who).toBe(404);
      expect(signalListSchema.parse((await call('GET', '/api/v1/signals')).json()).total, who).toBe(0);
    }
    expect((await read(staff, signal.id)).confidential).toBe(true);
    expect((await read(await as('managerA'), signal.id)).confidential).toBe(true);
  });
});

describeOnDatabases('signals: restriction', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('tells a "me too" confirmer nothing once the signal is restricted, yet lets them withdraw', async () => {
    const { s, as, db } = await start();
    const staff = await as('staffA1');
    const manager = await as('managerA');
    const colleague = await as('staffA1b');
    const { signal } = await raise(staff, { unitId: s.units.unitA1, text: 'Känsligt: vikarier saknas nattetid.' });
    expect((await colleague('PUT', `/api/v1/signals/${signal.id}/me-too`, { minutesPerWeek: 30 })).statusCode).toBe(
      200,
    );
    const noticesTo = async (personId: string) =>
      (
        await db
          .selectFrom('notifications')
          .select('params_json')
          .where('person_id', '=', personId)
          .where('link', '=', `/signals/${signal.id}`)
          .execute()
      ).length;
    await manager('POST', `/api/v1/signals/${signal.id}/replies`, { text: 'Vi tittar på det.' });
    expect(await noticesTo(s.people.staffA1b.id)).toBe(1);

    expect((await staff('PUT', `/api/v1/signals/${signal.id}/restricted`, { restricted: true })).statusCode).toBe(200);
    await manager('POST', `/api/v1/signals/${signal.id}/answers`, {
      type: 'take',
      text: 'Vi tar det.',
      plannedBy: '2030-01-31',
    });
    await manager('POST', `/api/v1/signals/${signal.id}/replies`, { text: 'Schemat ändras.' });
    expect(await noticesTo(s.people.staffA1b.id)).toBe(1);
    expect(await noticesTo(s.people.staffA1.id)).toBe(3);

    // The confirmation is the colleague's own: they take it back without seeing the signal again.
    expect((await colleague('GET', `/api/v1/signals/${signal.id}`)).statusCode).toBe(404);
    const withdrawn = await colleague('DELETE', `/api/v1/signals/${signal.id}/me-too`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    expect(withdrawn.body).not.toContain('vikarier');
    const left = await db
      .selectFrom('signal_confirmations')
      .select('person_id')
      .where('signal_id', '=', signal.id)
      .execute();
    expect(left).toEqual([]);
    // Again, or by someone who never confirmed it: not found, as for a signal that does not exist.
    expect((await colleague('DELETE', `/api/v1/signals/${signal.id}/me-too`)).statusCode).toBe(404);
    expect((await (await as('staffB1'))('DELETE', `/api/v1/signals/${signal.id}/me-too`)).statusCode).toBe(404);
    expect((await read(manager, signal.id)).meToo.count).toBe(0);
  });

  it('restricts from the start, and only the author lifts a restriction the author set', async () => {
    const { s, as } = await start();
    const staff = await as('staffA1');
    const manager = await as('managerA');
    const { signal } = await raise(staff, { unitId: s.units.unitA1, text: 'Gäller en kollega.', restricted: true });
    expect(signal.restricted).toBe(true);
    expect(signal.timeline.map((e) => [e.kind, e.actorRole])).toEqual([
      ['created', 'author'],
      ['restricted', 'author'],
    ]);
    expect((await (await as('staffA1b'))('GET', `/api/v1/signals/${signal.id}`)).statusCode).toBe(404);
    const url = `/api/v1/signals/${signal.id}/restricted`;
    expect((await read(manager, signal.id)).can.restrict).toBe(false);
    expect((await manager('PUT', url, { restricted: false })).statusCode).toBe(403);
    expect((await staff('PUT', url, { restricted: false })).statusCode).toBe(200);
    // A leader's own restriction is the leader's (and the chain's) to lift.
    expect((await manager('PUT', url, { restricted: true })).statusCode).toBe(200);
    expect((await manager('PUT', url, { restricted: false })).statusCode).toBe(200);

    // An anonymous author restricts when raising and lifts it through the follow link only.
    const anonymous = await raise(staff, {
      unitId: s.units.unitA1,
      text: 'Anonymt och känsligt.',
      anonymous: true,
      restricted: true,
    });
    const anonymousUrl = `/api/v1/signals/${anonymous.signal.id}/restricted`;
    expect((await manager('PUT', anonymousUrl, { restricted: false })).statusCode).toBe(403);
    expect((await (await as('staffA1b'))('GET', `/api/v1/signals/${anonymous.signal.id}`)).statusCode).toBe(404);
    const follow = { 'x-follow-token': anonymous.followToken ?? '' };
    const lifted = await staff('POST', '/api/v1/signals/follow/restricted', { restricted: false }, follow);
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect(signalDetailSchema.parse(lifted.json())).toMatchObject({ restricted: false, can: { restrict: true } });
    expect((await read(await as('staffA1b'), anonymous.signal.id)).restricted).toBe(false);
  });
});

describeOnDatabases('signals: access requests', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('puts a person’s named signals in their access request, and never an anonymous one', async () => {
    const { s, as } = await start();
    const staff = await as('staffA1');
    await raise(staff, { unitId: s.units.unitA1, text: 'Namngiven signal' });
    await raise(staff, { unitId: s.units.unitA1, text: 'Anonym signal', anonymous: true });
    const res = await (await as('admin'))('GET', `/api/v1/people/${s.people.staffA1.id}/access-request`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Namngiven signal');
    expect(res.body).not.toContain('Anonym signal');
  });
});
