// A signal marked confidential through the platform's marking API is seen only by its author and
// the managers in its chain, like a restricted one; only those managers may mark it.
import { expect, it } from 'vitest';
import { signalListSchema } from '../../../common/signals/signals.js';
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
