// Opens the database chosen by the configuration: embedded SQLite by default, PostgreSQL when
// DATABASE_URL is a postgres:// URL. Both get the same Kysely interface.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface DbHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The raw SQLite connection, for online backups. */
  sqlite?: SQLite.Database;
  close: () => Promise<void>;
}

export function isPostgresUrl(url: string): boolean {
  return url.startsWith('postgres://') || url.startsWith('postgresql://');
}

/** Pragmas we rely on for durability and privacy; checked after they are set. */
const sqlitePragmas: Array<[string, string | number]> = [
  ['journal_mode', 'wal'],
  ['synchronous', 2], // FULL
  ['foreign_keys', 1],
  ['busy_timeout', 5000],
  ['secure_delete', 1],
];

export function openSqlite(file: string): SQLite.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const conn = new SQLite(file);
  conn.pragma('journal_mode = WAL');
  // FULL, not NORMAL: with WAL, NORMAL already keeps a committed write through a crash of the
  // process (it is in the OS), but may lose the last commits on power loss; FULL syncs every commit.
  conn.pragma('synchronous = FULL');
  conn.pragma('foreign_keys = ON');
  conn.pragma('busy_timeout = 5000');
  conn.pragma('secure_delete = ON');
  // SQLite's own lower() folds only ASCII; searches must match "Åsa" with "åsa" as PostgreSQL does.
  conn.function('lower', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? value.toLowerCase() : value,
  );
  // PostgreSQL's strpos(), so substring search needs no LIKE escaping on either database.
  conn.function('strpos', { deterministic: true }, (haystack: unknown, needle: unknown) =>
    typeof haystack === 'string' && typeof needle === 'string' ? haystack.indexOf(needle) + 1 : 0,
  );
  for (const [name, expected] of sqlitePragmas) {
    const actual: unknown = conn.pragma(name, { simple: true });
    // An in-memory database cannot use WAL; it reports "memory" and that is fine for tests.
    if (name === 'journal_mode' && file === ':memory:') continue;
    if (String(actual).toLowerCase() !== String(expected)) {
      conn.close();
      throw new Error(`SQLite pragma ${name} is ${String(actual)}, expected ${String(expected)}`);
    }
  }
  return conn;
}

export function openDatabase(url: string): DbHandle {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url;
  const conn = openSqlite(file);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: conn }) });
  return { db, dialect: 'sqlite', sqlite: conn, close: () => db.destroy() };
}

export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
