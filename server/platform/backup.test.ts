import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/index.js';
import { migrateToLatest } from '../db/migrate.js';
import { migrations as allMigrations } from '../db/migrations/index.js';
import { openTestDatabase, postgresSkipped } from '../test-support/databases.js';
import { postgresTestUrl } from '../test-support/postgres.js';
import { backupDatabase } from './backup.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tillit-backup-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('backup [sqlite]', () => {
  it('writes a consistent copy while another connection keeps writing', async () => {
    const dir = tempDir();
    const url = `sqlite:${join(dir, 'live.db')}`;
    const handle = openDatabase(url);
    await migrateToLatest(handle.db, { dialect: 'sqlite' });
    const insert = (i: number) =>
      handle.db
        .insertInto('audit_log')
        .values({
          at: new Date().toISOString(),
          actor_id: null,
          action: 'bench',
          entity_type: 'x',
          entity_id: String(i),
          before_json: null,
          after_json: null,
          request_id: null,
        })
        .execute();
    for (let i = 0; i < 500; i += 1) await insert(i);
    // Keep writing while the backup runs.
    let writing = true;
    const writer = (async () => {
      for (let i = 500; writing; i += 1) {
        await insert(i);
        // better-sqlite3 runs synchronously; yield so the backup's steps get their turn.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const file = await backupDatabase(url, join(dir, 'backups'));
    writing = false;
    await writer;
    await handle.close();

    const copy = new SQLite(file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const row = copy.prepare('select count(*) as n from audit_log').get();
    const n = row && typeof row === 'object' && 'n' in row ? Number(row.n) : 0;
    expect(n).toBeGreaterThanOrEqual(500);
    const migrations = copy.prepare('select name from schema_migrations').all();
    expect(migrations).toEqual(allMigrations.map((m) => ({ name: m.name })));
    copy.close();
  });
});

describe.skipIf(postgresSkipped)('backup [postgres]', () => {
  it('writes a pg_dump archive that pg_restore can read', async () => {
    const url = postgresTestUrl() ?? '';
    const database = await openTestDatabase({ name: 'postgres', url });
    try {
      const file = await backupDatabase(url, tempDir());
      expect(existsSync(file)).toBe(true);
      // The archive holds this test's freshly migrated schema, table by table.
      const listing = execFileSync('pg_restore', ['--list', file], { encoding: 'utf8' });
      expect(listing).toContain(`TABLE ${database.schema ?? '?'} units`);
      expect(listing).toContain(`TABLE ${database.schema ?? '?'} audit_log`);
    } finally {
      await database.close();
    }
  });
});
