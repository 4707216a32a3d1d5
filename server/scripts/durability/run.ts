// The crash-durability run: start the real server on a fresh database with the demo organisation,
// let several signed-in managers write over HTTP, kill the server with SIGKILL at a random
// moment, restart it on the same database, and prove that every acknowledged write is there and
// that the database is consistent. Repeated for the number of cycles asked for.
import { randomInt } from 'node:crypto';
import type { Dialect } from '../../db/index.js';
import { demoPassword } from '../../demo/seed.js';
import { createHttpClient, type HttpClient } from '../../test-support/http-client.js';
import {
  describeExit,
  restartServerProcess,
  startServerProcess,
  type ServerProcess,
} from '../../test-support/server-process.js';
import { checkIntegrity } from './integrity.js';
import { acknowledgedTotal, emptyLedger, type Ledger, type WriteKind } from './ledger.js';
import { seededRandom, type Random } from './random.js';
import { countCommitted, verifyLedger } from './verify-ledger.js';
import { runWriter, signInWriter, type Writer } from './writers.js';
import { createTarget, type DurabilityTarget } from './target.js';

/** Managers of the demo organisation (no second factor is required of them). */
const writerAccounts = ['forvaltningschef@exempelby.se', 'enhetschef@exempelby.se', 'teamledare@exempelby.se'];

export interface DurabilityOptions {
  database: Dialect;
  cycles: number;
  /** The PostgreSQL server to make a fresh schema in; required for database 'postgres'. */
  postgresUrl?: string;
  writers?: number;
  seed?: number;
  /** The kill comes this many milliseconds after the cycle's first acknowledged write, at random. */
  killAfterMs?: [number, number];
  /** Progress, one line per cycle. */
  log?: (line: string) => void;
}

export interface DurabilityReport {
  database: Dialect;
  cycles: number;
  seed: number;
  acknowledged: Record<WriteKind, number>;
  acknowledgedTotal: number;
  /** Acknowledged writes found intact after the last restart. */
  verifiedAtEnd: number;
  /** Sum over all restarts of the acknowledged writes found intact then. */
  verifiedChecks: number;
  /** Writes in flight at a kill, and how many of those were committed anyway. */
  unanswered: number;
  unansweredCommitted: number;
  settings: string[];
  integrityChecks: string[];
  failures: string[];
  durationMs: number;
  /** Where the data was kept because the run failed. */
  keptAt?: string;
}

export async function runDurability(options: DurabilityOptions): Promise<DurabilityReport> {
  const started = Date.now();
  const seed = options.seed ?? randomInt(2 ** 31);
  const random = seededRandom(seed);
  const log = options.log ?? (() => undefined);
  const target = await createTarget(options.database, options.postgresUrl);
  const ledger = emptyLedger();
  const report: DurabilityReport = {
    database: options.database,
    cycles: 0,
    seed,
    acknowledged: ledger.acknowledged,
    acknowledgedTotal: 0,
    verifiedAtEnd: 0,
    verifiedChecks: 0,
    unanswered: 0,
    unansweredCommitted: 0,
    settings: [],
    integrityChecks: [],
    failures: [],
    durationMs: 0,
  };
  const onLine = (line: string) => {
    // pino writes level 50 (error) and 60 (fatal) for what went wrong inside the server.
    if (/"level":(50|60)/.test(line) || line.includes('SQLITE_BUSY')) report.failures.push(`server log: ${line}`);
  };
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess({ env: { ...target.serverEnv, LOG_LEVEL: 'warn' }, demo: true, onLine });
    let client = createHttpClient(server.baseUrl);
    const writers: Writer[] = [];
    for (let i = 0; i < (options.writers ?? 4); i += 1) {
      const email = writerAccounts[i % writerAccounts.length] ?? '';
      writers.push(await signInWriter(client, i + 1, email, demoPassword));
    }
    report.settings = await target.settings();
    const [minMs, maxMs] = options.killAfterMs ?? [150, 1200];
    for (let cycle = 1; cycle <= options.cycles; cycle += 1) {
      const unansweredBefore = ledger.unanswered.length;
      await writeUntilKilled(server, client, writers, ledger, random, random.between(minMs, maxMs), report);
      client.close();
      server = await restartServerProcess(server);
      client = createHttpClient(server.baseUrl);
      const verified = await verify(target, ledger, ledger.unanswered.slice(unansweredBefore), report);
      report.cycles = cycle;
      report.verifiedAtEnd = verified;
      report.verifiedChecks += verified;
      log(
        `[${options.database}] cycle ${cycle}/${options.cycles}: ${acknowledgedTotal(ledger)} acknowledged, ` +
          `${verified} verified, ${ledger.unanswered.length - unansweredBefore} in flight at the kill, ` +
          `${report.failures.length} failures`,
      );
      if (report.failures.length > 0) break;
    }
    client.close();
  } catch (error) {
    report.failures.push(`the run stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    await server?.stop();
    report.acknowledgedTotal = acknowledgedTotal(ledger);
    report.unanswered = ledger.unanswered.length;
    report.durationMs = Date.now() - started;
    const keep = report.failures.length > 0;
    await target.cleanup(keep);
    if (keep) report.keptAt = target.dataDir;
  }
  return report;
}

async function writeUntilKilled(
  server: ServerProcess,
  client: HttpClient,
  writers: Writer[],
  ledger: Ledger,
  random: Random,
  killAfterMs: number,
  report: DurabilityReport,
): Promise<void> {
  let stop = false;
  const runs = writers.map((writer) =>
    runWriter(writer, client, ledger, random, () => stop).catch((error: unknown) => [
      `writer ${writer.index} broke: ${error instanceof Error ? error.message : String(error)}`,
    ]),
  );
  // The kill comes at a random moment after the first write of this cycle was acknowledged, so
  // that every cycle has something to lose however slow the machine is.
  const before = acknowledgedTotal(ledger);
  const patience = Date.now() + 30_000;
  while (acknowledgedTotal(ledger) === before && Date.now() < patience) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  const exit = await server.kill('SIGKILL');
  if (exit.signal !== 'SIGKILL') report.failures.push(`the server exited by itself (${describeExit(exit)})`);
  stop = true;
  for (const failures of await Promise.all(runs)) report.failures.push(...failures);
}

async function verify(
  target: DurabilityTarget,
  ledger: Ledger,
  unanswered: Ledger['unanswered'],
  report: DurabilityReport,
): Promise<number> {
  const handle = target.open();
  try {
    const committed = await countCommitted(handle.db, unanswered);
    report.unansweredCommitted += committed;
    const check = await verifyLedger(handle.db, ledger);
    report.failures.push(...check.failures);
    if (check.failures.length === 0 && check.verified !== acknowledgedTotal(ledger))
      report.failures.push(`${check.verified} writes verified, but ${acknowledgedTotal(ledger)} were acknowledged`);
    const integrity = await checkIntegrity(handle);
    report.failures.push(...integrity.failures);
    report.integrityChecks = integrity.checked;
    return check.verified;
  } finally {
    await handle.close();
  }
}

export function formatReport(report: DurabilityReport): string {
  const kinds = Object.entries(report.acknowledged)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  const lines = [
    `Crash durability on ${report.database}: ${report.failures.length === 0 ? 'PASSED' : 'FAILED'}`,
    `  SIGKILL and restart cycles: ${report.cycles}   seed: ${report.seed}   time: ${(report.durationMs / 1000).toFixed(1)} s`,
    `  database settings: ${report.settings.join(', ')}`,
    `  writes acknowledged: ${report.acknowledgedTotal} (${kinds})`,
    `  acknowledged writes verified after the last restart: ${report.verifiedAtEnd}; ` +
      `verifications over all restarts: ${report.verifiedChecks}`,
    `  writes in flight at a kill: ${report.unanswered}, of which committed anyway: ${report.unansweredCommitted}`,
    `  integrity after every restart: ${report.integrityChecks.join('; ')}`,
    `  failures: ${report.failures.length}`,
    ...report.failures.slice(0, 20).map((f) => `    - ${f}`),
  ];
  if (report.keptAt) lines.push(`  data kept in ${report.keptAt}`);
  return lines.join('\n');
}
