// Periodic work of one process: the job scheduler and the outbox delivery loop.
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { sealAuditLog } from './audit-chain.js';
import { deleteStaleThrottleRows } from './auth/throttle.js';
import { dailyAtUtc, every, createScheduler, type JobDefinition } from './jobs.js';
import { writeDigests } from './notifications/digest.js';
import { signalsJobs } from '../modules/signals/jobs.js';
import { burdenJobs } from '../modules/burden/jobs.js';
import { barometerJobs } from '../modules/barometer/jobs.js';
import { deliverOutbox, fileMailer, smtpMailer } from './notifications/delivery.js';
import { retentionJob } from './privacy/retention-job.js';

export function platformJobs(config: Config): JobDefinition[] {
  return [
    {
      name: 'notifications.digest',
      next: dailyAtUtc(config.DIGEST_HOUR_UTC),
      run: async (trx, now) => {
        await writeDigests(trx, now, { publicUrl: config.PUBLIC_URL, defaultLocale: 'sv' });
      },
    },
    {
      name: 'sessions.cleanup',
      next: every(60 * 60_000),
      run: async (trx, now) => {
        await trx.deleteFrom('sessions').where('expires_at', '<', now.toISOString()).execute();
        await deleteStaleThrottleRows(trx, now, {
          maxFailures: config.SIGNIN_MAX_FAILURES,
          blockMinutes: config.SIGNIN_BLOCK_MINUTES,
        });
      },
    },
    {
      // Each response already asks for a seal; this catches what a crash or a failing database left.
      name: 'audit.seal',
      next: every(60_000),
      run: async (trx) => {
        await sealAuditLog(trx);
      },
    },
    retentionJob,
  ];
}

export function startBackgroundWork(db: Kysely<Database>, config: Config, instanceId: string, log: FastifyBaseLogger) {
  const onError = (job: string, error: unknown) =>
    log.error({ job, err: error instanceof Error ? { name: error.name, message: error.message } : {} }, 'job failed');
  const scheduler = createScheduler(
    db,
    [...platformJobs(config), ...signalsJobs(config), ...burdenJobs(config), ...barometerJobs(config)],
    instanceId,
    onError,
  );
  const mailer = config.SMTP_URL
    ? smtpMailer(config.SMTP_URL, config.MAIL_FROM)
    : fileMailer(config.OUTBOX_DIR, config.MAIL_FROM);
  let outboxTimer: NodeJS.Timeout | undefined;
  let delivering: Promise<unknown> = Promise.resolve();
  if (config.JOBS_ENABLED) {
    scheduler.start(config.JOBS_INTERVAL_SECONDS * 1000);
    outboxTimer = setInterval(() => {
      delivering = deliverOutbox(db, mailer).catch((error: unknown) => onError('outbox', error));
    }, 5_000);
    outboxTimer.unref();
  }
  return {
    async stop() {
      if (outboxTimer) clearInterval(outboxTimer);
      await scheduler.stop();
      await delivering;
    },
  };
}
