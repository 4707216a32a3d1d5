// Runs pending migrations, each in its own transaction together with its bookkeeping row, so a
// migration that fails rolls back completely and leaves the previous schema intact. SQLite and
// PostgreSQL both have transactional DDL, which is what makes this safe.
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import { migrations as allMigrations, type Migration, type MigrationContext } from './migrations/index.js';

export interface MigrationResult {
  applied: string[];
}

export async function migrateToLatest(
  db: Kysely<Database>,
  ctx: MigrationContext,
  migrations: Migration[] = allMigrations,
): Promise<MigrationResult> {
  await db.schema
    .createTable('schema_migrations')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();

  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await sql<{ name: string }>`select name from schema_migrations where name = ${migration.name}`.execute(
      db,
    );
    if (done.rows.length > 0) continue;
    await db.transaction().execute(async (trx) => {
      // A second process migrating at the same moment fails on the primary key and rolls back.
      await sql`insert into schema_migrations (name, applied_at) values (${migration.name}, ${new Date().toISOString()})`.execute(
        trx,
      );
      await migration.up(trx, ctx);
    });
    applied.push(migration.name);
  }
  return { applied };
}
