// Reads of confidential signals are audited: each time someone allowed to see one opens it, the log
// records who and which signal, never its text. Public signals are not logged (the board is open).
import { expect, it } from 'vitest';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp } from '../../test-support/api-app.js';
import { raise, read } from '../../modules/signals/signals-test-support.js';

describeOnDatabases('audited reads of confidential signals', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('logs who opened a confidential signal, without its text, and nothing for a public one or a refused read', async () => {
    const { s, as, db } = await start();
    const staff = await as('staffA1');
    const managerA = await as('managerA');
    const { signal: secret } = await raise(staff, {
      unitId: s.units.unitA1,
      text: 'Gäller en kollegas sjukskrivning.',
    });
    const { signal: open } = await raise(staff, { unitId: s.units.unitA1, text: 'Skrivaren är trasig.' });
    const marked = await managerA('PUT', `/api/v1/confidential/signal/${secret.id}`, { reason: 'OSL 39 kap. 1 §' });
    expect(marked.statusCode, marked.body).toBe(200);
    const reads = () =>
      db
        .selectFrom('audit_log')
        .select(['actor_id', 'entity_id', 'before_json', 'after_json'])
        .where('action', '=', 'signal.read')
        .orderBy('id')
        .execute();

    await read(staff, open.id);
    expect((await (await as('staffB1'))('GET', `/api/v1/signals/${secret.id}`)).statusCode).toBe(404);
    expect(await reads()).toEqual([]);

    expect((await read(managerA, secret.id)).confidential).toBe(true);
    await read(staff, secret.id);
    const entries = await reads();
    expect(entries.map((e) => [e.actor_id, e.entity_id])).toEqual([
      [s.people.managerA.id, secret.id],
      [s.people.staffA1.id, secret.id],
    ]);
    expect(JSON.stringify(entries)).not.toContain('sjukskrivning');
    expect(JSON.stringify(entries)).not.toContain('OSL');
  });
});
