// npm run bench:load: many concurrent users against one real server process, over HTTP. Prepares a
// fresh database (the demo organisation plus a synthetic regional one), starts the server from
// source, signs the users in, drives a realistic mix of reads and writes for a fixed time, and
// reports requests, throughput, p50/p95/p99 latency and errors per endpoint. Fails on any 5xx,
// any failed connection, and any SQLITE_BUSY or error in the server's log. Each user pauses a
// random 0..2×think-ms between clicks (a person reading the page); --think-ms 0 finds the ceiling.
//
//   npm run bench:load -- --users 100 --duration 30 --think-ms 1000 --size regional
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:load
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { unitListSchema } from '../common/org/units.js';
import { backupDatabase } from '../server/platform/backup.js';
import { createHttpClient } from '../server/test-support/http-client.js';
import { startServerProcess, type ServerProcess } from '../server/test-support/server-process.js';
import { prepareDatabase, type SyntheticSize } from './load/prepare.js';
import { createRecorder, formatTable } from './load/stats.js';
import { runVirtualUser, signInVirtualUser, type VirtualUser } from './load/virtual-user.js';

/** A request still unanswered after this long is counted as a timeout, not waited for. */
const timeoutSeconds = 60;

const sizes: Record<string, SyntheticSize> = {
  // 5,000 people in 512 units beside the demo's 373 people in 68 units.
  regional: { departments: 10, unitsPerDepartment: 50, peoplePerUnit: 10 },
  municipal: { departments: 4, unitsPerDepartment: 25, peoplePerUnit: 10 },
};

function wholeNumber(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}`);
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      users: { type: 'string', default: '100' },
      duration: { type: 'string', default: '30' },
      'think-ms': { type: 'string', default: '1000' },
      size: { type: 'string', default: 'regional' },
    },
  });
  const users = wholeNumber(values.users, 'users', 4);
  const seconds = wholeNumber(values.duration, 'duration', 1);
  const thinkMs = wholeNumber(values['think-ms'], 'think-ms', 0);
  const size = sizes[values.size];
  if (!size) throw new Error(`--size must be one of ${Object.keys(sizes).join(', ')}`);
  const postgresUrl = process.env.BENCH_DATABASE_URL || undefined;

  const out = (line: string) => process.stdout.write(`${line}\n`);
  const prepared = await prepareDatabase({ postgresUrl, users, size });
  out(
    `Tillit load benchmark on ${prepared.dialect}: ${prepared.units} units, ${prepared.people} people ` +
      `(prepared in ${(prepared.preparedMs / 1000).toFixed(1)} s)`,
  );
  const logProblems: string[] = [];
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess({
      env: { ...prepared.serverEnv, LOGIN_RATE_LIMIT: '100000' },
      onLine: (line) => {
        // pino levels 50 and 60 are errors; SQLITE_BUSY must never happen at any level.
        if (line.includes('SQLITE_BUSY') || /"level":(50|60)/.test(line)) logProblems.push(line);
      },
    });
    const client = createHttpClient(server.baseUrl, { maxSockets: users, timeoutMs: timeoutSeconds * 1000 });
    const signInStarted = Date.now();
    const virtualUsers: VirtualUser[] = [];
    for (let i = 0; i < prepared.users.length; i += 10) {
      const batch = prepared.users.slice(i, i + 10);
      virtualUsers.push(...(await Promise.all(batch.map((u) => signInVirtualUser(client, u, prepared.password)))));
    }
    const managers = virtualUsers.filter((vu) => vu.user.kind === 'manager').length;
    out(
      `Signed in ${virtualUsers.length} users (${managers} managers, ${virtualUsers.length - managers} staff) ` +
        `in ${((Date.now() - signInStarted) / 1000).toFixed(1)} s; driving them for ${seconds} s ` +
        `with ${thinkMs} ms mean think time`,
    );
    const first = virtualUsers[0];
    if (!first) throw new Error('no virtual users');
    const unitList = await client.request('GET', '/api/v1/units', { session: first.session });
    const unitIds = unitListSchema.parse(unitList.body).items.map((u) => u.id);

    const recorder = createRecorder();
    const started = Date.now();
    const deadline = started + seconds * 1000;
    const ctx = { client, recorder, unitIds };
    const backup = prepared.dialect === 'sqlite' ? backupHalfway(prepared.serverEnv, seconds) : undefined;
    await Promise.all(virtualUsers.map((vu) => runVirtualUser(ctx, vu, deadline, thinkMs)));
    const elapsed = (Date.now() - started) / 1000;
    if (backup) out(`Online backup during the load (a second SQLite connection): ${await backup}`);
    client.close();

    const rows = recorder.summarise(elapsed);
    out(`\n${formatTable(rows)}\n`);
    const errors = rows.find((r) => r.endpoint === 'total')?.errors ?? {};
    const serverErrors = Object.entries(errors).filter(([status]) => status === 'network' || Number(status) >= 500);
    for (const line of logProblems.slice(0, 10)) out(`server log: ${line}`);
    if (errors.timeout !== undefined) {
      out(
        `${errors.timeout} request(s) had no answer within ${timeoutSeconds} s: the server is saturated ` +
          '(fewer --users or a longer --think-ms measure it below saturation).',
      );
    }
    if (serverErrors.length > 0 || logProblems.length > 0) {
      out(
        `FAILED: ${serverErrors.map(([s, n]) => `${n} × ${s}`).join(', ') || 'no 5xx'}; ` +
          `${logProblems.length} error or SQLITE_BUSY line(s) in the server log`,
      );
      return 1;
    }
    out('No 5xx, no failed connection, no SQLITE_BUSY or error in the server log.');
    return 0;
  } finally {
    await server?.stop();
    await prepared.cleanup();
  }
}

/** Halfway through, the backup `npm run backup` makes: the one other connection a SQLite
 *  deployment has, and a chance for SQLITE_BUSY to show itself if it ever could. */
async function backupHalfway(env: Record<string, string>, seconds: number): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 2));
  const started = Date.now();
  const file = await backupDatabase(env.DATABASE_URL ?? '', env.BACKUP_DIR ?? '');
  return `${Date.now() - started} ms, ${(statSync(file).size / 1e6).toFixed(1)} MB`;
}

// Ctrl-C: exit through process.exit, whose hook kills the server process this script started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `Load benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
