// The purge as the scheduler runs it: once a day as the platform job privacy.retention, each
// class behind its own savepoint, so one failing class rolls back alone.
import { expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { platformJobs } from '../background.js';
import { createScheduler } from '../jobs.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { seedScenario } from '../../test-support/api-app.js';
import { registerRetentionClass, type RetentionClass } from './retention-classes.js';
import { before, day, email, notification, parsed, purgeEntries, remaining } from './retention-fixtures.js';
import { cutoffFor, runRetention } from './retention-service.js';

/** A later module's class that deletes every notification and then fails, when told to. */
let failNext = false;
const failingClass: RetentionClass = {
  key: 'test.failing',
  namespace: 'privacy',
  textKey: 'test',
  defaultDays: 1,
  minDays: 1,
  maxDays: 1,
  purge: async (trx) => {
    if (!failNext) return { count: 0 };
    await trx.deleteFrom('notifications').execute();
    throw new TypeError('the purge broke half-way');
  },
};

describeOnDatabases('retention job', (target) => {
  const database = useTestDatabase(target);

  it('runs once a day from the scheduler, as the platform job privacy.retention', async () => {
    const { db } = database();
    const s = await seedScenario(database());
    const now = new Date();
    const expired = await notification(db, s.people.staffA1.id, before(now, 300), before(now, 200));
    const errors: unknown[] = [];
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const scheduler = createScheduler(db, platformJobs(config), 'test', (_job, error) => errors.push(error));
    expect(await scheduler.tick(now)).not.toContain('privacy.retention');
    const tomorrow = new Date(now.getTime() + day);
    expect(await scheduler.tick(tomorrow)).toContain('privacy.retention');
    expect(await scheduler.tick(tomorrow)).not.toContain('privacy.retention');
    expect(errors).toEqual([]);
    expect(await remaining(db, 'notifications', [expired])).toEqual([]);
  });

  it('rolls back a failing class alone, says so in the audit log, and lets the others finish', async () => {
    registerRetentionClass(failingClass);
    const { db } = database();
    const s = await seedScenario(database());
    const now = new Date();
    const unread = await notification(db, s.people.staffA1.id, before(now, 1), null);
    const sentOld = await email(db, s.people.staffA1.id, 'sent', before(now, 60), before(now, 60));
    failNext = true;
    try {
      await db.transaction().execute((trx) => runRetention(trx, now));
    } finally {
      failNext = false;
    }
    expect(await remaining(db, 'notifications', [unread])).toEqual([unread]);
    expect(await remaining(db, 'outbox', [sentOld])).toEqual([]);
    const failed = await db
      .selectFrom('audit_log')
      .select(['entity_id', 'after_json'])
      .where('action', '=', 'retention.failed')
      .execute();
    expect(failed.map((f) => ({ ...f, after_json: parsed(f.after_json) }))).toEqual([
      {
        entity_id: 'test.failing',
        after_json: { dataClass: 'test.failing', cutoff: cutoffFor(now, 1), error: 'TypeError' },
      },
    ]);
    expect((await purgeEntries(db)).map((e) => e.entity_id)).toEqual(['outbox.sent']);
  });
});
