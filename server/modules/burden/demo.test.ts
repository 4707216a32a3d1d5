// The demo's burden data must show the module at work: an inventory with costs, a closed round
// with hours released and a trend, and an open round with work waiting for the frontline and a
// decision waiting for the department head.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { demandListSchema, overviewSchema, roundListSchema, toAssessSchema } from '../../../common/burden/api.js';
import { needsMeSchema } from '../../../common/platform/notifications.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { buildTestApp } from '../../test-support/api-app.js';
import { createSession } from '../../platform/auth/sessions.js';
import { seedDemo } from '../../demo/seed.js';

describeOnDatabases('burden demo data', (target) => {
  const database = useTestDatabase(target, { scope: 'file' });
  let app: FastifyInstance;
  beforeAll(async () => {
    await seedDemo(database().db);
    app = await buildTestApp(database());
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  const as = async (email: string) => {
    const { db } = database();
    const person = await db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    const session = await createSession(db, person.id, 'password', { idleMinutes: 60, absoluteHours: 1 });
    return async (url: string) =>
      app.inject({
        method: 'GET',
        url,
        headers: { cookie: `tillit_session=${session.token}`, 'x-csrf-token': session.csrfToken },
      });
  };

  it('has an inventory of about 25 active demands with real costs', async () => {
    const get = await as('medarbetare@exempelby.se');
    const list = demandListSchema.parse((await get('/api/v1/burden/demands?pageSize=100')).json());
    expect(list.total).toBeGreaterThanOrEqual(24);
    expect(list.items.every((d) => d.cost.annualHours > 0)).toBe(true);
    expect(list.items.map((d) => d.title)).toContain('Avvikelserapportering i verksamhetssystemet');
    const overview = overviewSchema.parse((await get('/api/v1/burden/overview')).json());
    expect(overview.trend.length).toBeGreaterThanOrEqual(6);
    expect(overview.cutChart.points.some((p) => p.candidate)).toBe(true);
    expect(overview.units.length).toBeGreaterThan(2);
  });

  it('has a closed round that released hours and an open one with work waiting', async () => {
    const frontline = await as('medarbetare@exempelby.se');
    const rounds = roundListSchema.parse((await frontline('/api/v1/burden/rounds')).json());
    const closed = rounds.items.find((r) => r.status === 'closed');
    expect(closed && closed.hoursBefore - closed.hoursAfter).toBeGreaterThan(0);
    expect(rounds.items.some((r) => r.status === 'open')).toBe(true);
    const toAssess = toAssessSchema.parse((await frontline('/api/v1/burden/to-assess')).json());
    expect(toAssess.items.filter((i) => i.round !== null && i.mine === null).length).toBeGreaterThanOrEqual(3);
    const home = needsMeSchema.parse((await frontline('/api/v1/home/needs-me')).json());
    expect(home.items.some((i) => i.module === 'burden' && i.kind === 'assess')).toBe(true);
    const head = await as('forvaltningschef@exempelby.se');
    const headHome = needsMeSchema.parse((await head('/api/v1/home/needs-me')).json());
    expect(headHome.items.some((i) => i.module === 'burden' && i.kind === 'decide')).toBe(true);
  });
});
