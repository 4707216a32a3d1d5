// Seals new audit entries soon after the response that wrote them, without ever delaying a
// response: each API response asks for a seal, and at most one runs per interval in this process.
// Whatever this misses (a crash, a failing database) the minute job in background.ts seals.
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { sealAuditLog } from './audit-chain.js';

export interface AuditSealer {
  /** Asks for a seal within the interval; cheap to call on every response. */
  request: () => void;
  /** Runs a pending seal now and waits for the one in progress. No seals after this. */
  stop: () => Promise<void>;
}

export function createAuditSealer(db: Kysely<Database>, log: FastifyBaseLogger, intervalMs = 100): AuditSealer {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let requestedWhileRunning = false;
  let stopped = false;

  const seal = (): Promise<void> => {
    timer = undefined;
    const current = sealAuditLog(db).then(
      () => undefined,
      (error: unknown) => {
        log.error(
          { err: error instanceof Error ? { name: error.name, message: error.message } : {} },
          'audit seal failed',
        );
      },
    );
    running = current.then(() => {
      running = undefined;
      if (requestedWhileRunning && !stopped) {
        requestedWhileRunning = false;
        request();
      }
    });
    return running;
  };

  const request = (): void => {
    if (stopped || timer) return;
    if (running) {
      requestedWhileRunning = true;
      return;
    }
    timer = setTimeout(() => void seal(), intervalMs);
    timer.unref();
  };

  return {
    request,
    async stop() {
      stopped = true;
      const pending = timer !== undefined;
      clearTimeout(timer);
      timer = undefined;
      await running;
      if (pending || requestedWhileRunning) await seal();
    },
  };
}

/** Seals after every API response (one that wrote nothing costs one indexed read), and once more
 *  when the app closes, so a clean shutdown leaves nothing unsealed. */
export function registerAuditSealing(app: FastifyInstance, db: Kysely<Database>): AuditSealer {
  const sealer = createAuditSealer(db, app.log);
  app.addHook('onResponse', async (request) => {
    if (request.url.startsWith('/api/')) sealer.request();
  });
  app.addHook('onClose', async () => {
    await sealer.stop();
  });
  return sealer;
}
