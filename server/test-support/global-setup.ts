// Runs once per `vitest run`, in the main process: says once whether PostgreSQL tests will run,
// fails fast if TEST_DATABASE_URL points at a server that does not answer, and sweeps up test
// schemas that crashed runs left behind.
import { dropStaleSchemas, postgresSkipNotice, postgresTestUrl } from './postgres.js';

export default async function setup(): Promise<void> {
  const url = postgresTestUrl();
  if (url === undefined) {
    process.stderr.write(`${postgresSkipNotice}\n`);
    return;
  }
  try {
    await dropStaleSchemas(url);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`TEST_DATABASE_URL is set but PostgreSQL does not answer there: ${reason}`, { cause: error });
  }
}
