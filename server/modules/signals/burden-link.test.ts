// A rule obstacle may point at a demand of the burden inventory, and the demand shows it as
// evidence; other kinds and unknown or removed demands are refused.
import { expect, it } from 'vitest';
import { problemSchema } from '../../../common/platform/problem.js';
import { createSignalResponse } from '../../../common/signals/signals.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp } from '../../test-support/api-app.js';
import { createDemand, demandBody, readDemand } from '../burden/burden-test-support.js';

describeOnDatabases('signals linked to burden demands', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('links a rule obstacle to a demand, and the demand lists it', async () => {
    const { s, as, db } = await start();
    const d = await createDemand(await as('admin'), demandBody(s));
    const staff = await as('staffA1');
    const raised = await staff('POST', '/api/v1/signals', {
      kind: 'rule_obstacle',
      unitId: s.units.unitA1,
      text: 'Veckorapporten tar tid från brukarna och ingen läser den.',
      burdenItemId: d.id,
    });
    expect(raised.statusCode, raised.body).toBe(200);
    const { signal } = createSignalResponse.parse(raised.json());
    expect(signal.burdenItem).toEqual({ id: d.id, title: d.title });
    const row = await db.selectFrom('signals').select('burden_item_id').where('id', '=', signal.id).executeTakeFirst();
    expect(row?.burden_item_id).toBe(d.id);
    const detail = await readDemand(await as('managerB'), d.id);
    expect(detail.linkedSignals).toMatchObject([{ id: signal.id, status: 'open', unit: { id: s.units.unitA1 } }]);
  });

  it('refuses a link from another kind, to an unknown demand, or to a removed one', async () => {
    const { s, as } = await start();
    const admin = await as('admin');
    const d = await createDemand(admin, demandBody(s));
    const staff = await as('staffA1');
    const raise = (kind: string, burdenItemId: string) =>
      staff('POST', '/api/v1/signals', { kind, unitId: s.units.unitA1, text: 'Regeln hindrar oss.', burdenItemId });
    const cases = [await raise('obstacle', d.id), await raise('rule_obstacle', '00000000-0000-4000-8000-000000000000')];
    await admin('POST', `/api/v1/burden/demands/${d.id}/remove`, { version: 1 });
    cases.push(await raise('rule_obstacle', d.id));
    for (const res of cases) {
      expect(res.statusCode, res.body).toBe(422);
      expect(problemSchema.parse(res.json()).errors?.[0]?.field).toBe('burdenItemId');
    }
  });
});
