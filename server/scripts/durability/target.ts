// A fresh database for one durability run: an SQLite file in a temporary folder, or a new schema
// in the PostgreSQL database given, plus a way to open it beside the running server to verify it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type DbHandle, type Dialect } from '../../db/index.js';
import { createSchema, dropSchema, newSchemaName, withSearchPath } from '../../test-support/postgres.js';

export interface DurabilityTarget {
  dialect: Dialect;
  /** The server's environment for this database: DATABASE_URL and its folders. */
  serverEnv: Record<string, string>;
  /** Where the run keeps its files (and, on SQLite, the database). */
  dataDir: string;
  /** A connection of our own, beside the server's, for verification. */
  open: () => DbHandle;
  /** The settings the durability promise rests on, as the database reports them. */
  settings: () => Promise<string[]>;
  /** Removes the database and the folder, unless they are kept to look at a failure. */
  cleanup: (keep: boolean) => Promise<void>;
}

export async function createTarget(dialect: Dialect, postgresUrl?: string): Promise<DurabilityTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tillit-durability-'));
  const folders = { OUTBOX_DIR: join(dataDir, 'outbox'), BACKUP_DIR: join(dataDir, 'backups') };
  if (dialect === 'sqlite') {
    const url = `sqlite:${join(dataDir, 'tillit.db')}`;
    return {
      dialect,
      dataDir,
      serverEnv: { DATABASE_URL: url, ...folders },
      open: () => openDatabase(url),
      settings: async () => sqliteSettings(url),
      cleanup: async (keep) => {
        if (!keep) rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  if (postgresUrl === undefined) throw new Error('A PostgreSQL run needs a postgres:// URL');
  const schema = newSchemaName();
  await createSchema(postgresUrl, schema);
  const url = withSearchPath(postgresUrl, schema);
  return {
    dialect,
    dataDir,
    serverEnv: { DATABASE_URL: url, ...folders },
    open: () => openDatabase(url),
    settings: async () => postgresSettings(url, schema),
    cleanup: async (keep) => {
      if (keep) return;
      await dropSchema(postgresUrl, schema);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opened through the same function as the server, which sets these pragmas and asserts them. */
async function sqliteSettings(url: string): Promise<string[]> {
  const handle = openDatabase(url);
  try {
    const conn = handle.sqlite;
    if (!conn) throw new Error('an SQLite handle without its connection');
    const synchronous = Number(conn.pragma('synchronous', { simple: true }));
    const names = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];
    return [
      `journal_mode=${String(conn.pragma('journal_mode', { simple: true }))}`,
      `synchronous=${names[synchronous] ?? String(synchronous)}`,
      `file=${url.slice('sqlite:'.length)}`,
    ];
  } finally {
    await handle.close();
  }
}

async function postgresSettings(url: string, schema: string): Promise<string[]> {
  const handle = openDatabase(url);
  try {
    const out: string[] = [];
    for (const name of ['synchronous_commit', 'fsync', 'full_page_writes']) {
      const result = await sql<Record<string, string>>`select current_setting(${name}) as value`.execute(handle.db);
      out.push(`${name}=${result.rows[0]?.value ?? '?'}`);
    }
    out.push(`schema=${schema}`);
    return out;
  } finally {
    await handle.close();
  }
}
