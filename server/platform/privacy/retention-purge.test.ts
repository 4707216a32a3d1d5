// The daily purge with the clock moved: expired data goes, fresh data stays, people are anonymised
// rather than deleted, one audit entry per class that removed something, and running it again
// changes nothing.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { sealAuditLog } from '../audit-chain.js';
import { verifyAuditChain } from '../audit-verify.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { seedScenario } from '../../test-support/api-app.js';
import { anonymisedEmail } from './retention-anonymise.js';
import { before, day, email, notification, parsed, purgeEntries, remaining } from './retention-fixtures.js';
import { cutoffFor, runRetention } from './retention-service.js';

describeOnDatabases('retention purge', (target) => {
  const database = useTestDatabase(target);

  it('deletes what expired, keeps what is fresh or pending, audits per class, and is idempotent', async () => {
    const { db } = database();
    const s = await seedScenario(database());
    const now = new Date();
    const staff = s.people.staffA1.id;
    const readOld = await notification(db, staff, before(now, 220), before(now, 200));
    const readFresh = await notification(db, staff, before(now, 20), before(now, 10));
    const unreadOld = await notification(db, staff, before(now, 400), null);
    const sentOld = await email(db, staff, 'sent', before(now, 41), before(now, 40));
    const failedOld = await email(db, staff, 'failed', before(now, 40), null);
    const sentFresh = await email(db, staff, 'sent', before(now, 5), before(now, 5));
    const pendingOld = await email(db, staff, 'pending', before(now, 100), null);
    await db
      .insertInto('auth_throttle')
      .values([
        { key: 'old', failures: 3, window_started_at: before(now, 3), blocked_until: null },
        { key: 'fresh', failures: 1, window_started_at: now.toISOString(), blocked_until: null },
        {
          key: 'blocked',
          failures: 9,
          window_started_at: before(now, 3),
          blocked_until: new Date(now.getTime() + day).toISOString(),
        },
      ])
      .execute();

    await db.transaction().execute((trx) => runRetention(trx, now));

    expect(await remaining(db, 'notifications', [readOld, readFresh, unreadOld])).toEqual([readFresh, unreadOld]);
    expect(await remaining(db, 'outbox', [sentOld, failedOld, sentFresh, pendingOld])).toEqual([sentFresh, pendingOld]);
    expect((await db.selectFrom('auth_throttle').select('key').orderBy('key').execute()).map((r) => r.key)).toEqual([
      'blocked',
      'fresh',
    ]);
    const entries = await purgeEntries(db);
    expect(entries.map((e) => ({ ...e, after_json: parsed(e.after_json) }))).toEqual([
      {
        actor_id: null,
        entity_id: 'auth_throttle',
        after_json: { dataClass: 'auth_throttle', count: 1, cutoff: cutoffFor(now, 1) },
      },
      {
        actor_id: null,
        entity_id: 'notifications.read',
        after_json: { dataClass: 'notifications.read', count: 1, cutoff: cutoffFor(now, 180) },
      },
      {
        actor_id: null,
        entity_id: 'outbox.sent',
        after_json: { dataClass: 'outbox.sent', count: 2, cutoff: cutoffFor(now, 30) },
      },
    ]);
    // Never the deleted data itself.
    for (const entry of entries) expect(entry.after_json).not.toMatch(/mottagare|testby|Ämne/);

    await db.transaction().execute((trx) => runRetention(trx, now));
    expect(await purgeEntries(db)).toHaveLength(3);

    // 171 days later the notification read 10 days ago has been read for 181 days: it goes too.
    const later = new Date(now.getTime() + 171 * day);
    await db.transaction().execute((trx) => runRetention(trx, later));
    expect(await remaining(db, 'notifications', [readFresh, unreadOld])).toEqual([unreadOld]);
  });

  it('anonymises people deactivated longer than the period, keeping their id and history', async () => {
    const { db } = database();
    const s = await seedScenario(database());
    const now = new Date();
    const gone = s.people.staffA1b.id;
    const recent = s.people.staffB1.id;
    for (const [id, days] of [
      [gone, 731],
      [recent, 700],
    ] as const)
      await db
        .updateTable('people')
        .set({ active: 0, deactivated_at: before(now, days) })
        .where('id', '=', id)
        .execute();
    const at = now.toISOString();
    await db.insertInto('person_roles').values({ person_id: gone, role: 'safety_rep', granted_at: at }).execute();
    await db
      .insertInto('person_identities')
      .values({ issuer: 'https://idp.testby.se', subject: 'gone', person_id: gone, created_at: at, last_used_at: null })
      .execute();
    await db
      .insertInto('mfa_totp')
      .values({ person_id: gone, secret_enc: 'x', confirmed_at: at, last_step: 0, created_at: at })
      .execute();
    await db
      .insertInto('mfa_recovery_codes')
      .values({ id: randomUUID(), person_id: gone, code_hash: 'h', created_at: at, used_at: null })
      .execute();
    await notification(db, gone, at, null);
    await email(db, gone, 'pending', at, null);
    await db
      .insertInto('audit_log')
      .values({
        at,
        actor_id: null,
        action: 'person.deactivate',
        entity_type: 'person',
        entity_id: gone,
        before_json: null,
        after_json: null,
        request_id: null,
      })
      .execute();

    await db.transaction().execute((trx) => runRetention(trx, now));

    const person = await db.selectFrom('people').selectAll().where('id', '=', gone).executeTakeFirstOrThrow();
    expect(person).toMatchObject({
      name: 'Anonymiserad person',
      email: anonymisedEmail(gone),
      title: '',
      password_hash: null,
      anonymised_at: now.toISOString(),
    });
    for (const table of [
      'person_roles',
      'person_identities',
      'mfa_totp',
      'mfa_recovery_codes',
      'notifications',
      'outbox',
    ] as const)
      expect(await db.selectFrom(table).select('person_id').where('person_id', '=', gone).execute(), table).toEqual([]);
    expect(await db.selectFrom('memberships').select('unit_id').where('person_id', '=', gone).execute()).toEqual([
      { unit_id: s.units.unitA1 },
    ]);
    expect(await db.selectFrom('audit_log').select('id').where('entity_id', '=', gone).execute()).toHaveLength(1);
    const kept = await db
      .selectFrom('people')
      .select(['name', 'anonymised_at'])
      .where('id', '=', recent)
      .executeTakeFirstOrThrow();
    expect(kept).toEqual({ name: 'Person staffB1', anonymised_at: null });
    const entries = await purgeEntries(db);
    expect(entries.map((e) => e.entity_id)).toEqual(['people.deactivated']);
    expect(JSON.parse(entries[0]?.after_json ?? 'null')).toEqual({
      dataClass: 'people.deactivated',
      count: 1,
      cutoff: cutoffFor(now, 730),
    });

    await db.transaction().execute((trx) => runRetention(trx, new Date(now.getTime() + day)));
    expect(await purgeEntries(db)).toHaveLength(1);
  });

  it('prunes the audit log only from the sealed tail of the chain, which still verifies', async () => {
    const { db } = database();
    await seedScenario(database());
    const now = new Date();
    const entry = (at: string, action: string) => ({
      at,
      actor_id: null,
      action,
      entity_type: 'unit',
      entity_id: randomUUID(),
      before_json: null,
      after_json: null,
      request_id: null,
    });
    await db
      .insertInto('audit_log')
      .values([
        entry(before(now, 2200), 'old.one'),
        entry(before(now, 1900), 'old.two'),
        entry(before(now, 30), 'recent'),
      ])
      .execute();
    await sealAuditLog(db);
    await db.transaction().execute((trx) => runRetention(trx, now));
    expect((await db.selectFrom('audit_log').select('action').orderBy('id').execute()).map((r) => r.action)).toEqual([
      'recent',
      'retention.purge',
    ]);
    const purge = await purgeEntries(db);
    expect(JSON.parse(purge[0]?.after_json ?? 'null')).toEqual({
      dataClass: 'audit.log',
      count: 2,
      cutoff: cutoffFor(now, 1825),
    });
    await sealAuditLog(db);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, firstBroken: null });
  });
});
