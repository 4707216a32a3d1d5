// Lets an API test run the same body on SQLite and on PostgreSQL (principle 4 of STYLE.md).
//
//   describeOnDatabases('people service', (target) => {
//     const database = useTestDatabase(target);
//     it('creates a person', async () => { const { db } = database(); ... });
//   });
//
// SQLite always runs, in memory. PostgreSQL runs when TEST_DATABASE_URL is set and otherwise
// shows up as a skipped suite, so a green run without PostgreSQL never looks complete.
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { openDatabase, type DbHandle, type Dialect } from '../db/index.js';
import { migrateToLatest, type MigrationResult } from '../db/migrate.js';
import type { Migration } from '../db/migrations/index.js';
import { createSchema, dropSchema, newSchemaName, postgresTestUrl, withSearchPath } from './postgres.js';
import { captureBaseline, resetOrDrop, type Baseline } from './postgres-recycling.js';

export interface TestDatabaseTarget {
  name: Dialect;
  url: string;
}

export interface TestDatabase extends DbHandle {
  target: TestDatabaseTarget;
  /** The PostgreSQL schema this database lives in; undefined on SQLite. */
  schema: string | undefined;
  /** Runs migrations (all of them by default) with the real migrator. */
  migrate: (migrations?: Migration[]) => Promise<MigrationResult>;
}

export interface OpenTestDatabaseOptions {
  /** Which migrations to run first: all of them by default, `false` for an empty database. */
  migrations?: Migration[] | false;
}

const sqliteTarget: TestDatabaseTarget = { name: 'sqlite', url: 'sqlite::memory:' };

/** True when PostgreSQL tests cannot run; use with `describe.skipIf(postgresSkipped)`. */
export const postgresSkipped = postgresTestUrl() === undefined;

/** The databases available to this run: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testDatabases(): TestDatabaseTarget[] {
  const url = postgresTestUrl();
  return url === undefined ? [sqliteTarget] : [sqliteTarget, { name: 'postgres', url }];
}

/**
 * Declares the same suite once per database, named `<title> [sqlite]` and `<title> [postgres]`.
 * Without TEST_DATABASE_URL the PostgreSQL suite is still declared, as skipped.
 */
export function describeOnDatabases(title: string, body: (target: TestDatabaseTarget) => void): void {
  describe(`${title} [sqlite]`, () => body(sqliteTarget));
  const url = postgresTestUrl();
  // A skipped suite is still collected, so its body gets a target it will never connect to.
  const target: TestDatabaseTarget = { name: 'postgres', url: url ?? 'postgres://skipped.invalid/test' };
  describe.skipIf(url === undefined)(`${title} [postgres]`, () => body(target));
}

/**
 * Opens a fresh, migrated database on the target. On PostgreSQL it lives in its own schema,
 * which close() drops; on SQLite it is in memory (or the file the target names). close() may be
 * called more than once, so a test can close it and still leave the cleanup hook in place.
 */
export async function openTestDatabase(
  target: TestDatabaseTarget,
  options: OpenTestDatabaseOptions = {},
): Promise<TestDatabase> {
  const migrations = options.migrations;
  // Fully migrated PostgreSQL schemas are recycled within a file (postgres-recycling.ts).
  if (target.name === 'postgres' && migrations === undefined) return openRecycledPostgres(target);
  const database = target.name === 'postgres' ? await openPostgres(target) : openSqlite(target);
  if (migrations !== false) {
    try {
      await database.migrate(migrations);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

function openSqlite(target: TestDatabaseTarget): TestDatabase {
  const handle = openDatabase(target.url);
  return { ...handle, target, schema: undefined, migrate: migrator(handle), close: once(handle.close) };
}

function migrator(handle: DbHandle): (migrations?: Migration[]) => Promise<MigrationResult> {
  return (migrations) => migrateToLatest(handle.db, { dialect: handle.dialect }, migrations);
}

async function openPostgres(target: TestDatabaseTarget): Promise<TestDatabase> {
  const schema = newSchemaName();
  await createSchema(target.url, schema);
  return postgresDatabase(target, schema, () => dropSchema(target.url, schema));
}

function postgresDatabase(target: TestDatabaseTarget, schema: string, release: () => Promise<unknown>): TestDatabase {
  const handle = openDatabase(withSearchPath(target.url, schema));
  const close = once(async () => {
    // Close the pool first so no open connection holds a lock the reset or drop would wait for.
    try {
      await handle.close();
    } finally {
      await release();
    }
  });
  return { ...handle, target, schema, migrate: migrator(handle), close };
}

/** This file's migrated schemas that are closed and reset, per server, and their baseline. */
const spareSchemas = new Map<string, string[]>();
const baselines = new Map<string, Baseline>();

async function openRecycledPostgres(target: TestDatabaseTarget): Promise<TestDatabase> {
  const spare = spareSchemas.get(target.url)?.pop();
  const schema = spare ?? newSchemaName();
  if (spare === undefined) await createSchema(target.url, schema);
  const recycle = async () => {
    const baseline = baselines.get(target.url);
    if (baseline === undefined) return dropSchema(target.url, schema);
    if (await resetOrDrop(target.url, schemaUrl, schema, baseline))
      spareSchemas.set(target.url, [...(spareSchemas.get(target.url) ?? []), schema]);
  };
  const schemaUrl = withSearchPath(target.url, schema);
  const database = postgresDatabase(target, schema, recycle);
  if (spare !== undefined) return database;
  try {
    await database.migrate();
    if (!baselines.has(target.url)) baselines.set(target.url, await captureBaseline(schemaUrl));
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

// The spares live until the file ends; the global setup sweeps up any a crashed run left.
afterAll(async () => {
  for (const [url, schemas] of spareSchemas) {
    spareSchemas.delete(url);
    for (const schema of schemas) await dropSchema(url, schema);
  }
});

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    running ??= fn();
    return running;
  };
}

/**
 * Registers hooks that open a database before each test (or once for the file, with
 * `scope: 'file'`) and close it after; returns a getter for the current one.
 */
export function useTestDatabase(
  target: TestDatabaseTarget,
  options: OpenTestDatabaseOptions & { scope?: 'test' | 'file' } = {},
): () => TestDatabase {
  let current: TestDatabase | undefined;
  const open = async (): Promise<void> => {
    current = await openTestDatabase(target, options);
  };
  const close = async (): Promise<void> => {
    const closing = current;
    current = undefined;
    await closing?.close();
  };
  if (options.scope === 'file') {
    beforeAll(open);
    afterAll(close);
  } else {
    beforeEach(open);
    afterEach(close);
  }
  return () => {
    if (current === undefined) throw new Error('The test database is only open inside a test.');
    return current;
  };
}

/** Names of the tables in the database (in its own schema on PostgreSQL), sorted. */
export async function listTables(database: DbHandle): Promise<string[]> {
  const query =
    database.dialect === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
      : sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`;
  const result = await query.execute(database.db);
  return result.rows.map((row) => row.name).sort();
}
