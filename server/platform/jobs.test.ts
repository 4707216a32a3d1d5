// The scheduler's promise: a due job takes effect exactly once per due time, a failed run leaves
// no trace and is retried, and two processes sharing PostgreSQL never both run the same due time.
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase, type DbHandle } from '../db/index.js';
import type { Database } from '../db/schema.js';
import {
  describeOnDatabases,
  openTestDatabase,
  postgresSkipped,
  testDatabases,
  useTestDatabase,
} from '../test-support/databases.js';
import { withSearchPath } from '../test-support/postgres.js';
import { createScheduler, dailyAtUtc, every, type JobDefinition } from './jobs.js';

const minute = 60_000;
const t0 = new Date('2026-03-02T08:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * minute);

/** A table for the jobs' own writes, so the tests can see which runs took effect. */
async function createEffectsTable(db: Kysely<Database>): Promise<void> {
  await sql`create table job_effects (job text not null, due text not null, instance text not null)`.execute(db);
}

async function effects(db: Kysely<Database>): Promise<Array<{ job: string; due: string; instance: string }>> {
  const result = await sql<{
    job: string;
    due: string;
    instance: string;
  }>`select job, due, instance from job_effects order by due, instance`.execute(db);
  return result.rows;
}

function recordingJob(name: string, instance: string, options: { fail?: () => boolean } = {}): JobDefinition {
  return {
    name,
    next: every(10 * minute),
    run: async (trx, now) => {
      await sql`insert into job_effects (job, due, instance) values (${name}, ${now.toISOString()}, ${instance})`.execute(
        trx,
      );
      if (options.fail?.()) throw new Error('the job failed half-way');
    },
  };
}

async function jobRow(db: Kysely<Database>, name: string) {
  return db.selectFrom('jobs').selectAll().where('name', '=', name).executeTakeFirstOrThrow();
}

describeOnDatabases('job scheduler', (target) => {
  const database = useTestDatabase(target);

  it('registers a job due one interval later, runs it once when due and moves next_run_at on', async () => {
    const { db } = database();
    await createEffectsTable(db);
    const errors: string[] = [];
    const scheduler = createScheduler(db, [recordingJob('count', 'a')], 'a', (job) => errors.push(job));

    expect(await scheduler.tick(at(0))).toEqual([]);
    expect(await jobRow(db, 'count')).toMatchObject({
      next_run_at: at(10).toISOString(),
      run_count: 0,
      last_run_at: null,
    });
    expect(await scheduler.tick(at(5))).toEqual([]);

    expect(await scheduler.tick(at(10))).toEqual(['count']);
    expect(await jobRow(db, 'count')).toMatchObject({
      next_run_at: at(20).toISOString(),
      last_run_at: at(10).toISOString(),
      last_run_by: 'a',
      run_count: 1,
    });
    expect(await scheduler.tick(at(10))).toEqual([]);
    expect(await scheduler.tick(at(19))).toEqual([]);
    // A scheduler that was down for a while runs once on return, not once per missed time.
    expect(await scheduler.tick(at(95))).toEqual(['count']);
    expect(await jobRow(db, 'count')).toMatchObject({ next_run_at: at(105).toISOString(), run_count: 2 });
    expect((await effects(db)).map((e) => e.due)).toEqual([at(10).toISOString(), at(95).toISOString()]);
    expect(errors).toEqual([]);
  });

  it('rolls back a failing job’s own writes and its claim, and runs it again on the next tick', async () => {
    const { db } = database();
    await createEffectsTable(db);
    let failures = 1;
    const errors: Array<{ job: string; message: string }> = [];
    const failing = recordingJob('flaky', 'a', { fail: () => failures-- > 0 });
    const steady = recordingJob('steady', 'a');
    const scheduler = createScheduler(db, [failing, steady], 'a', (job, error) =>
      errors.push({ job, message: error instanceof Error ? error.message : String(error) }),
    );
    await scheduler.tick(at(0));

    expect(await scheduler.tick(at(10))).toEqual(['steady']);
    expect(errors).toEqual([{ job: 'flaky', message: 'the job failed half-way' }]);
    expect((await effects(db)).map((e) => e.job)).toEqual(['steady']);
    expect(await jobRow(db, 'flaky')).toMatchObject({
      next_run_at: at(10).toISOString(),
      run_count: 0,
      last_run_at: null,
    });

    expect(await scheduler.tick(at(11))).toEqual(['flaky']);
    expect((await effects(db)).map((e) => `${e.job}@${e.due}`)).toEqual([
      `steady@${at(10).toISOString()}`,
      `flaky@${at(11).toISOString()}`,
    ]);
    expect(await jobRow(db, 'flaky')).toMatchObject({ next_run_at: at(21).toISOString(), run_count: 1 });
    expect(errors).toHaveLength(1);
  });

  it('does not reset the schedule of a job that is already registered', async () => {
    const { db } = database();
    await createEffectsTable(db);
    const first = createScheduler(db, [recordingJob('count', 'a')], 'a', () => undefined);
    await first.tick(at(0));
    const restarted = createScheduler(db, [recordingJob('count', 'b')], 'b', () => undefined);
    expect(await restarted.tick(at(9))).toEqual([]);
    expect(await jobRow(db, 'count')).toMatchObject({ next_run_at: at(10).toISOString() });
    expect(await restarted.tick(at(10))).toEqual(['count']);
  });
});

describe.skipIf(postgresSkipped)('job scheduler: two processes on one PostgreSQL database', () => {
  it('runs each due time exactly once when two schedulers with separate pools tick at the same moment', async () => {
    const target = testDatabases().find((t) => t.name === 'postgres');
    if (!target) throw new Error('TEST_DATABASE_URL is set, so a PostgreSQL target exists');
    const database = await openTestDatabase(target);
    const pools: DbHandle[] = [];
    try {
      const { schema } = database;
      if (schema === undefined) throw new Error('a PostgreSQL test database has a schema');
      await createEffectsTable(database.db);
      for (let i = 0; i < 2; i += 1) pools.push(openDatabase(withSearchPath(target.url, schema)));
      const errors: unknown[] = [];
      const schedulers = pools.map((pool, i) =>
        createScheduler(
          pool.db,
          [recordingJob('shared', `p${i}`), recordingJob('other', `p${i}`)],
          `p${i}`,
          (_job, error) => errors.push(error),
        ),
      );

      await Promise.all(schedulers.map((s) => s.tick(at(0))));
      const rounds = 12;
      const ranPerRound: string[][] = [];
      for (let round = 1; round <= rounds; round += 1) {
        const now = at(round * 10);
        const ran = await Promise.all(schedulers.map((s) => s.tick(now)));
        ranPerRound.push(ran.flat().sort());
      }

      expect(errors).toEqual([]);
      expect(ranPerRound).toEqual(Array.from({ length: rounds }, () => ['other', 'shared']));
      const rows = await effects(database.db);
      for (const job of ['shared', 'other']) {
        const dues = rows.filter((r) => r.job === job).map((r) => r.due);
        expect(dues).toEqual(Array.from({ length: rounds }, (_, i) => at((i + 1) * 10).toISOString()));
      }
      expect(await jobRow(database.db, 'shared')).toMatchObject({
        run_count: rounds,
        next_run_at: at((rounds + 1) * 10).toISOString(),
      });
    } finally {
      for (const pool of pools) await pool.close();
      await database.close();
    }
  });
});

describe('dailyAtUtc', () => {
  it('gives today’s hour when it is still ahead, otherwise tomorrow’s, in UTC', () => {
    const six = dailyAtUtc(6);
    expect(six(new Date('2026-03-02T05:59:59.999Z')).toISOString()).toBe('2026-03-02T06:00:00.000Z');
    expect(six(new Date('2026-03-02T06:00:00.000Z')).toISOString()).toBe('2026-03-03T06:00:00.000Z');
    expect(six(new Date('2026-03-02T06:00:00.001Z')).toISOString()).toBe('2026-03-03T06:00:00.000Z');
    expect(six(new Date('2026-03-02T23:30:00.000Z')).toISOString()).toBe('2026-03-03T06:00:00.000Z');
  });

  it('crosses month and year ends, leap days, and ignores daylight saving time', () => {
    expect(dailyAtUtc(6)(new Date('2026-01-31T07:00:00Z')).toISOString()).toBe('2026-02-01T06:00:00.000Z');
    expect(dailyAtUtc(0)(new Date('2026-12-31T00:00:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(dailyAtUtc(23)(new Date('2028-02-28T23:00:00Z')).toISOString()).toBe('2028-02-29T23:00:00.000Z');
    // Sweden moves its clocks on 2026-03-29 at 01:00 UTC; UTC hours do not move.
    expect(dailyAtUtc(6)(new Date('2026-03-28T12:00:00Z')).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(dailyAtUtc(6)(new Date('2026-03-29T12:00:00Z')).toISOString()).toBe('2026-03-30T06:00:00.000Z');
  });

  it('is strictly after the given time, so a run at the due time is never scheduled for the same moment', () => {
    for (let hour = 0; hour < 24; hour += 1) {
      const from = new Date(Date.UTC(2026, 5, 15, hour));
      const next = dailyAtUtc(hour)(from);
      expect(next.getTime() - from.getTime()).toBe(24 * 60 * minute);
    }
  });

  it('every() adds the interval', () => {
    expect(every(90 * minute)(t0).toISOString()).toBe('2026-03-02T09:30:00.000Z');
  });
});
