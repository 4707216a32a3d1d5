// npm run test:durability: kills the real server with SIGKILL at random moments while managers
// write over HTTP, restarts it, and proves every acknowledged write survived and the database is
// consistent. See server/scripts/durability/run.ts.
//
//   npm run test:durability -- --cycles 50 --database both
//   (PostgreSQL: TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
import { parseArgs } from 'node:util';
import { formatReport, runDurability } from './durability/run.js';

const defaultPostgresUrl = 'postgres://postgres@127.0.0.1:5432/test';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      cycles: { type: 'string', default: '50' },
      database: { type: 'string', default: 'both' },
      writers: { type: 'string', default: '4' },
      seed: { type: 'string' },
    },
  });
  const cycles = Number(values.cycles);
  const writers = Number(values.writers);
  if (!Number.isInteger(cycles) || cycles < 1) throw new Error('--cycles must be a whole number of at least 1');
  if (!Number.isInteger(writers) || writers < 1) throw new Error('--writers must be a whole number of at least 1');
  const databases = values.database === 'both' ? (['sqlite', 'postgres'] as const) : [values.database];
  const postgresUrl = process.env.TEST_DATABASE_URL || defaultPostgresUrl;
  let failed = false;
  for (const database of databases) {
    if (database !== 'sqlite' && database !== 'postgres')
      throw new Error('--database must be sqlite, postgres or both');
    const report = await runDurability({
      database,
      cycles,
      writers,
      postgresUrl,
      seed: values.seed === undefined ? undefined : Number(values.seed),
      log: (line) => process.stdout.write(`${line}\n`),
    });
    process.stdout.write(`\n${formatReport(report)}\n\n`);
    if (report.failures.length > 0 || report.cycles < cycles) failed = true;
  }
  return failed ? 1 : 0;
}

// Ctrl-C: exit through process.exit, whose hook kills the server process this script started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Durability run failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
