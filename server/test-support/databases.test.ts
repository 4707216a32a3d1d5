// Proves the test databases are what API tests assume: migrated, configured like production,
// isolated from each other, and that a failed migration leaves nothing half-done.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations, type Migration } from '../db/migrations/index.js';
import {
  describeOnDatabases,
  listTables,
  openTestDatabase,
  postgresSkipped,
  testDatabases,
  type TestDatabase,
} from './databases.js';
import { schemaExists } from './postgres.js';

async function appliedMigrations(database: TestDatabase): Promise<string[]> {
  const result = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(database.db);
  return result.rows.map((row) => row.name);
}

/** What the made-up migrations below create: a table with nothing but an id. */
async function createIdTable(db: Parameters<Migration['up']>[0], table: string): Promise<void> {
  await db.schema
    .createTable(table)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .execute();
}

describe('testDatabases', () => {
  it('always offers SQLite, and PostgreSQL exactly when TEST_DATABASE_URL is set', () => {
    const names = testDatabases().map((target) => target.name);
    expect(names).toEqual(postgresSkipped ? ['sqlite'] : ['sqlite', 'postgres']);
  });
});

describeOnDatabases('test database', (target) => {
  it('runs every migration', async () => {
    const database = await openTestDatabase(target);
    try {
      expect(await appliedMigrations(database)).toEqual(migrations.map((m) => m.name).sort());
      expect(await listTables(database)).toContain('organisation');
    } finally {
      await database.close();
    }
  });

  it('rolls back a migration that fails halfway, bookkeeping included', async () => {
    const createA: Migration = { name: '001-a', up: (db) => createIdTable(db, 'a') };
    const createBThenFail: Migration = {
      name: '002-b',
      up: async (db) => {
        await createIdTable(db, 'b');
        await sql`insert into b (id) values ('half')`.execute(db);
        throw new Error('migration 002-b failed halfway');
      },
    };
    const database = await openTestDatabase(target, { migrations: false });
    try {
      await expect(database.migrate([createA, createBThenFail])).rejects.toThrow('migration 002-b failed halfway');
      expect(await listTables(database)).toEqual(['a', 'schema_migrations']);
      expect(await appliedMigrations(database)).toEqual(['001-a']);

      // Once fixed, the same migration applies cleanly on top.
      const fixedB: Migration = { name: '002-b', up: (db) => createIdTable(db, 'b') };
      expect(await database.migrate([createA, fixedB])).toEqual({ applied: ['002-b'] });
      expect(await listTables(database)).toEqual(['a', 'b', 'schema_migrations']);
    } finally {
      await database.close();
    }
  });

  it('can be closed twice', async () => {
    const database = await openTestDatabase(target, { migrations: false });
    await database.close();
    await expect(database.close()).resolves.toBeUndefined();
  });
});

describe('SQLite test database', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function pragma(database: TestDatabase, name: string): unknown {
    if (database.sqlite === undefined) throw new Error('expected a SQLite handle');
    return database.sqlite.pragma(name, { simple: true });
  }

  it('has the pragmas production relies on', async () => {
    const database = await openTestDatabase({ name: 'sqlite', url: 'sqlite::memory:' });
    try {
      expect(pragma(database, 'foreign_keys')).toBe(1);
      expect(pragma(database, 'synchronous')).toBe(2);
      expect(pragma(database, 'busy_timeout')).toBe(5000);
      expect(pragma(database, 'secure_delete')).toBe(1);
      // In memory there is no WAL; SQLite reports "memory".
      expect(pragma(database, 'journal_mode')).toBe('memory');
    } finally {
      await database.close();
    }
  });

  it('uses WAL when the database is a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tillit-test-'));
    dirs.push(dir);
    const database = await openTestDatabase({ name: 'sqlite', url: `sqlite:${join(dir, 'tillit.db')}` });
    try {
      expect(pragma(database, 'journal_mode')).toBe('wal');
    } finally {
      await database.close();
    }
  });

  it('enforces foreign keys', async () => {
    const database = await openTestDatabase({ name: 'sqlite', url: 'sqlite::memory:' });
    try {
      await sql`create table parent (id text primary key)`.execute(database.db);
      await sql`create table child (parent_id text not null references parent (id))`.execute(database.db);
      await expect(sql`insert into child (parent_id) values ('missing')`.execute(database.db)).rejects.toThrow(
        /FOREIGN KEY/,
      );
    } finally {
      await database.close();
    }
  });
});

describe.skipIf(postgresSkipped)('PostgreSQL test database', () => {
  const postgres = testDatabases().find((target) => target.name === 'postgres');

  async function open(): Promise<TestDatabase> {
    if (postgres === undefined) throw new Error('PostgreSQL target missing although not skipped');
    return openTestDatabase(postgres);
  }

  it('keeps two test databases apart', async () => {
    const first = await open();
    const second = await open();
    try {
      expect(first.schema).not.toEqual(second.schema);
      for (const database of [first, second]) {
        await sql`create table probe (id text primary key)`.execute(database.db);
      }
      await sql`insert into probe (id) values ('only-in-first')`.execute(first.db);
      const count = async (database: TestDatabase): Promise<number> => {
        const result = await sql<{ n: string }>`select count(*) as n from probe`.execute(database.db);
        return Number(result.rows[0]?.n);
      };
      expect(await count(first)).toBe(1);
      expect(await count(second)).toBe(0);
      // Migrated tables are per schema too, not shared through public.
      const current = await sql<{ schema: string }>`select current_schema() as schema`.execute(first.db);
      expect(current.rows[0]?.schema).toBe(first.schema);
    } finally {
      await first.close();
      await second.close();
    }
  });

  async function rowCounts(database: TestDatabase): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of await listTables(database)) {
      const result = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(database.db);
      counts[table] = Number(result.rows[0]?.n);
    }
    return counts;
  }

  async function nextAuditId(database: TestDatabase): Promise<string> {
    const result = await sql<{ id: string }>`select nextval('audit_log_id_seq')::text as id`.execute(database.db);
    return result.rows[0]?.id ?? '';
  }

  it('hands a closed schema to the next test only after emptying it back to what the migrations left', async () => {
    const first = await open();
    const fresh = await rowCounts(first);
    const firstId = await nextAuditId(first);
    await sql`insert into organisation (id, name, default_locale, created_at)
              values ('org-left-behind', 'Kvarlämnad kommun', 'sv', '2026-01-01T00:00:00.000Z')`.execute(first.db);
    expect((await rowCounts(first)).organisation).toBe((fresh.organisation ?? 0) + 1);
    await first.close();

    const second = await open();
    try {
      expect(second.schema).toBe(first.schema);
      expect(await rowCounts(second)).toEqual(fresh);
      expect(await nextAuditId(second)).toBe(firstId);
      expect(await appliedMigrations(second)).toEqual(migrations.map((m) => m.name).sort());
    } finally {
      await second.close();
    }
  });

  it('drops a closed schema whose structure a test changed, instead of handing it on', async () => {
    const database = await open();
    const schema = database.schema;
    if (schema === undefined || postgres === undefined) throw new Error('expected a PostgreSQL schema');
    await sql`alter table organisation add column probe text`.execute(database.db);
    await database.close();
    expect(await schemaExists(postgres.url, schema)).toBe(false);
    const next = await open();
    try {
      expect(next.schema).not.toBe(schema);
      const columns = await sql<{ name: string }>`select column_name as name from information_schema.columns
        where table_schema = current_schema() and table_name = 'organisation'`.execute(next.db);
      expect(columns.rows.map((c) => c.name)).not.toContain('probe');
    } finally {
      await next.close();
    }
  });

  it('drops a schema opened without the full migration list when it is closed', async () => {
    if (postgres === undefined) throw new Error('PostgreSQL target missing although not skipped');
    const database = await openTestDatabase(postgres, { migrations: false });
    const schema = database.schema;
    if (schema === undefined) throw new Error('expected a PostgreSQL schema');
    expect(await schemaExists(postgres.url, schema)).toBe(true);
    await database.close();
    expect(await schemaExists(postgres.url, schema)).toBe(false);
  });
});
