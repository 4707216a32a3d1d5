// Consistent backups while the server runs: SQLite's online backup API (a snapshot that
// concurrent writers cannot tear), or pg_dump, which reads one MVCC snapshot.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { isPostgresUrl } from '../db/index.js';

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export async function backupDatabase(databaseUrl: string, backupDir: string, now = new Date()): Promise<string> {
  await mkdir(backupDir, { recursive: true });
  if (isPostgresUrl(databaseUrl)) {
    const target = resolve(join(backupDir, `tillit-${stamp(now)}.pgdump`));
    await new Promise<void>((done, fail) => {
      // The URL goes in an environment variable, not the argument list other users can read.
      const child = spawn('pg_dump', ['--format=custom', '--no-owner', `--file=${target}`], {
        env: { ...process.env, PGDATABASE: databaseUrl },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.on('error', fail);
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`pg_dump exited with ${String(code)}`))));
    });
    return target;
  }
  const file = databaseUrl.startsWith('sqlite:') ? databaseUrl.slice('sqlite:'.length) : databaseUrl;
  const target = resolve(join(backupDir, `tillit-${stamp(now)}.db`));
  const source = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  return target;
}
