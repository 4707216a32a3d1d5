// Steps on one signal at the same moment, on PostgreSQL (SQLite has one writer at a time): each
// step takes the next place on the timeline, and the escalation job never moves a signal a leader
// has just taken on.
import { describe, expect, it } from 'vitest';
import type { Notifier } from '../../platform/notifications/notify.js';
import { useScenarioApp } from '../../test-support/api-app.js';
import { postgresSkipped, testDatabases, useTestDatabase } from '../../test-support/databases.js';
import { raise, read } from './signals-test-support.js';

const postgres = testDatabases().find((t) => t.name === 'postgres');

describe.skipIf(postgresSkipped || !postgres)('signals: steps at the same moment [postgres]', () => {
  const database = useTestDatabase(postgres ?? { name: 'postgres', url: 'postgres://skipped.invalid/test' });
  const start = useScenarioApp(database);

  it('gives a reply and an answer sent together each its own place on the timeline', async () => {
    const { s, as } = await start();
    const staff = await as('staffA1');
    const manager = await as('managerA');
    for (let round = 0; round < 4; round += 1) {
      const { signal } = await raise(staff, { unitId: s.units.unitA1, text: `Hinder ${round}` });
      const [reply, answer, restrict] = await Promise.all([
        staff('POST', `/api/v1/signals/${signal.id}/replies`, { text: 'Det brådskar.' }),
        manager('POST', `/api/v1/signals/${signal.id}/answers`, {
          type: 'take',
          text: 'Vi tar det.',
          plannedBy: '2030-01-31',
        }),
        manager('PUT', `/api/v1/signals/${signal.id}/restricted`, { restricted: true }),
      ]);
      expect([reply.statusCode, answer.statusCode, restrict.statusCode], reply.body + answer.body).toEqual([
        200, 200, 200,
      ]);
      const kinds = (await read(staff, signal.id)).timeline.map((e) => e.kind);
      expect([...kinds].sort()).toEqual(['created', 'reply', 'restricted', 'take']);
    }
  });

  it('leaves a signal taken on while the escalation job ran where it is', async () => {
    const { s, as, db } = await start();
    const staff = await as('staffA1');
    const manager = await as('managerA');
    await raise(staff, { unitId: s.units.unitA1, text: 'Försenat hinder ett' });
    const second = await raise(staff, { unitId: s.units.unitA1, text: 'Försenat hinder två' });
    const later = new Date(Date.parse(second.signal.dueAt) + 60_000);
    // The job has read both overdue signals; while it notifies about the first, a leader takes the
    // second on (in a transaction of their own, committed before the job reaches it).
    let taken: Promise<{ statusCode: number }> | null = null;
    const notifier: Notifier = {
      notify: async () => {
        taken ??= manager('POST', `/api/v1/signals/${second.signal.id}/answers`, {
          type: 'take',
          text: 'Vi tar det nu.',
          plannedBy: '2030-01-31',
        });
        expect((await taken).statusCode).toBe(200);
      },
    };
    const { escalateOverdue } = await import('./escalation.js');
    const moved = await db.transaction().execute((trx) => escalateOverdue(trx, notifier, later));
    expect(taken).not.toBeNull();
    expect(moved).toBe(1);
    const row = await db
      .selectFrom('signals')
      .select(['status', 'escalation_level'])
      .where('id', '=', second.signal.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'taken', escalation_level: 0 });
    const steps = await db
      .selectFrom('signal_events')
      .select('kind')
      .where('signal_id', '=', second.signal.id)
      .orderBy('seq')
      .execute();
    expect(steps.map((e) => e.kind)).toEqual(['created', 'take']);
  });
});
