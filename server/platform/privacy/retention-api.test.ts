// Retention settings: administrators read and change each class's period within its range; a
// change is audited and used by the next purge; out-of-range values are refused with a message
// that names the range.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { problemSchema } from '../../../common/platform/problem.js';
import { retentionListSchema, retentionPolicySchema } from '../../../common/platform/privacy.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp } from '../../test-support/api-app.js';
import { runRetention } from './retention-service.js';

describeOnDatabases('retention settings API', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('lists every class with its default and range', async () => {
    const { as } = await start();
    const res = await (await as('admin'))('GET', '/api/v1/retention');
    expect(res.statusCode).toBe(200);
    const list = retentionListSchema.parse(res.json());
    expect(list.items.map((i) => [i.dataClass, i.days, i.minDays, i.maxDays])).toEqual([
      ['sessions.expired', 0, 0, 0],
      ['auth_throttle', 1, 1, 30],
      ['notifications.read', 180, 7, 1825],
      ['outbox.sent', 30, 1, 365],
      ['people.deactivated', 730, 30, 3650],
      ['audit.log', 1825, 365, 3650],
    ]);
    expect(list.items.every((i) => i.updatedAt === null && i.days === i.defaultDays)).toBe(true);
  });

  it('changes a period, audits it, and the next purge uses it', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const res = await admin('PUT', '/api/v1/retention/notifications.read', { days: 7 });
    expect(res.statusCode).toBe(200);
    expect(retentionPolicySchema.parse(res.json())).toMatchObject({
      dataClass: 'notifications.read',
      days: 7,
      defaultDays: 180,
      updatedByName: 'Person admin',
    });
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'retention.update')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      actor_id: s.people.admin.id,
      entity_type: 'retention',
      entity_id: 'notifications.read',
    });
    expect([JSON.parse(audit.before_json ?? 'null'), JSON.parse(audit.after_json ?? 'null')]).toEqual([
      { days: 180 },
      { days: 7 },
    ]);

    const now = new Date();
    const readAt = new Date(now.getTime() - 10 * 24 * 60 * 60 * 1000).toISOString();
    const id = randomUUID();
    await db
      .insertInto('notifications')
      .values({
        id,
        person_id: s.people.staffA1.id,
        kind: 'x',
        params_json: '{}',
        link: '/',
        created_at: readAt,
        read_at: readAt,
        emailed_at: null,
      })
      .execute();
    await db.transaction().execute((trx) => runRetention(trx, now));
    expect(await db.selectFrom('notifications').select('id').where('id', '=', id).execute()).toEqual([]);
  });

  it('refuses values outside the class’s range, or not whole days, naming the range in the reader’s language', async () => {
    const { as, db } = await start();
    const admin = await as('admin');
    for (const days of [6, 1826, 30.5, -1]) {
      const res = await admin('PUT', '/api/v1/retention/notifications.read', { days });
      expect(res.statusCode, String(days)).toBe(422);
      expect(problemSchema.parse(res.json())).toMatchObject({
        code: 'retentionRange',
        errors: [{ field: 'days', message: 'Ange ett helt antal dagar mellan 7 och 1825.' }],
      });
    }
    const english = await admin('PUT', '/api/v1/retention/sessions.expired', { days: 1 }, { 'accept-language': 'en' });
    expect(problemSchema.parse(english.json()).errors?.[0]?.message).toBe('This retention period cannot be changed.');
    expect((await admin('PUT', '/api/v1/retention/notifications.read', { days: '30' })).statusCode).toBe(422);
    expect((await admin('PUT', '/api/v1/retention/no.such.class', { days: 30 })).statusCode).toBe(404);
    expect((await admin('PUT', '/api/v1/retention/notifications.read', { days: 30, extra: 1 })).statusCode).toBe(422);
    expect(await db.selectFrom('retention_policies').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('audit_log').select('id').where('action', '=', 'retention.update').execute()).toEqual(
      [],
    );
  });

  it('is for administrators only', async () => {
    const { as, db } = await start();
    for (const who of ['analyst', 'managerA', 'staffA1'] as const) {
      const call = await as(who);
      expect((await call('GET', '/api/v1/retention')).statusCode, who).toBe(403);
      expect((await call('PUT', '/api/v1/retention/outbox.sent', { days: 365 })).statusCode, who).toBe(403);
    }
    expect(await db.selectFrom('retention_policies').selectAll().execute()).toEqual([]);
  });
});
