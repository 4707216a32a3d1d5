// A small scheduler for periodic work. Each due run is claimed by a conditional update of its row
// inside a transaction that also holds the job's own writes: when two processes share a
// PostgreSQL database, the second one's update waits for the first to commit, then matches no
// row and skips. A job that fails rolls back its claim too, so it is retried on the next tick.
// Jobs therefore take effect exactly once per due time. Work with outside effects (e-mail) goes
// through the outbox, which has its own claim.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

export interface JobDefinition {
  name: string;
  /** When the run after `from` is due. */
  next: (from: Date) => Date;
  run: (trx: Transaction<Database>, now: Date) => Promise<void>;
  /** Work that must see the run's writes committed (e.g. VACUUM, which cannot run in a transaction). */
  afterCommit?: (db: Kysely<Database>) => Promise<void>;
}

export const every = (ms: number) => (from: Date) => new Date(from.getTime() + ms);

/** The next occurrence of hour:00 UTC strictly after `from`. */
export const dailyAtUtc = (hour: number) => (from: Date) => {
  const next = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate(), hour));
  if (next.getTime() <= from.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
};

export interface Scheduler {
  /** Runs every due job once; returns the names of the jobs this process ran. */
  tick: (now?: Date) => Promise<string[]>;
  start: (intervalMs?: number) => void;
  stop: () => Promise<void>;
}

export function createScheduler(
  db: Kysely<Database>,
  jobs: JobDefinition[],
  instanceId: string,
  onError: (job: string, error: unknown) => void,
): Scheduler {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  async function ensureRows(now: Date) {
    for (const job of jobs) {
      await db
        .insertInto('jobs')
        .values({
          name: job.name,
          next_run_at: job.next(now).toISOString(),
          last_run_at: null,
          last_run_by: null,
          run_count: 0,
        })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
    }
  }

  async function runOne(job: JobDefinition, now: Date): Promise<boolean> {
    return db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('jobs').select(['next_run_at']).where('name', '=', job.name).executeTakeFirst();
      if (!row || Date.parse(row.next_run_at) > now.getTime()) return false;
      const claimed = await trx
        .updateTable('jobs')
        .set((eb) => ({
          next_run_at: job.next(now).toISOString(),
          last_run_at: now.toISOString(),
          last_run_by: instanceId,
          run_count: eb('run_count', '+', 1),
        }))
        .where('name', '=', job.name)
        .where('next_run_at', '=', row.next_run_at)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return false;
      await job.run(trx, now);
      return true;
    });
  }

  async function tick(now = new Date()): Promise<string[]> {
    await ensureRows(now);
    const ran: string[] = [];
    for (const job of jobs) {
      try {
        if (await runOne(job, now)) {
          ran.push(job.name);
          await job.afterCommit?.(db);
        }
      } catch (error) {
        onError(job.name, error);
      }
    }
    return ran;
  }

  return {
    tick,
    start(intervalMs = 30_000) {
      const loop = () => {
        running = tick().catch((error: unknown) => onError('scheduler', error));
      };
      loop();
      timer = setInterval(loop, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
