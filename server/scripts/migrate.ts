// npm run db:migrate: applies pending migrations to the configured database and says which.
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/index.js';
import { migrateToLatest } from '../db/migrate.js';

const config = loadConfig();
const handle = openDatabase(config.DATABASE_URL);
migrateToLatest(handle.db, { dialect: handle.dialect })
  .then(async (result) => {
    process.stdout.write(
      result.applied.length > 0 ? `Applied: ${result.applied.join(', ')}\n` : 'The database is up to date.\n',
    );
    await handle.close();
  })
  .catch(async (error: unknown) => {
    process.stderr.write(
      `Migration failed, schema left as it was: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    await handle.close();
    process.exit(1);
  });
