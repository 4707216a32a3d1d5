// The running e2e server's SQLite file, opened beside it (WAL lets a second connection read and
// write while the server runs). Journeys use it to see what the server stored, to move stored
// times into the past instead of adding a clock to production code, and to play the attacker who
// edits the file directly. Rows are read as plain records: these checks are about the file itself.
import SQLite from 'better-sqlite3';
import { join } from 'node:path';
import { z } from 'zod';
import type { TestServer } from './server.js';

export type Db = SQLite.Database;
export type Row = Record<string, unknown>;
const rowsSchema = z.array(z.record(z.string(), z.unknown()));
const namesSchema = z.array(z.object({ name: z.string() }));

/** Opens the server's database, runs `work` and closes it again, even when `work` throws. */
export function withDatabase<T>(server: TestServer, work: (db: Db) => T): T {
  const db = new SQLite(join(server.dataDir, 'tillit.db'), { fileMustExist: true });
  try {
    // The server writes too: wait for its transactions rather than failing with SQLITE_BUSY.
    db.pragma('busy_timeout = 5000');
    return work(db);
  } finally {
    db.close();
  }
}

export function rows(db: Db, sql: string, ...params: unknown[]): Row[] {
  return rowsSchema.parse(db.prepare(sql).all(...params));
}

export function tableNames(db: Db): string[] {
  const tables = namesSchema.parse(
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all(),
  );
  return tables.map((t) => t.name);
}

/** Every row of every table in which any column, read as text, contains one of `needles`. */
export function rowsContaining(db: Db, needles: readonly string[]): { table: string; row: Row }[] {
  const found: { table: string; row: Row }[] = [];
  for (const table of tableNames(db)) {
    const columns = namesSchema.parse(db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table));
    const tests = columns.flatMap((c) => needles.map(() => `instr(CAST("${c.name}" AS TEXT), ?) > 0`));
    if (tests.length === 0) continue;
    const params = columns.flatMap(() => needles);
    for (const row of rows(db, `SELECT * FROM "${table}" WHERE ${tests.join(' OR ')}`, ...params))
      found.push({ table, row });
  }
  return found;
}
