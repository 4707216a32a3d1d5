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
      // Connection details go in libpq's environment variables, not in the argument list that
      // other users of the machine can read.
      const url = new URL(databaseUrl);
      const env = {
        ...process.env,
        PGHOST: decodeURIComponent(url.hostname) || 'localhost',
        PGPORT: url.port || '5432',
        PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
        ...(url.username && { PGUSER: decodeURIComponent(url.username) }),
        ...(url.password && { PGPASSWORD: decodeURIComponent(url.password) }),
      };
      const child = spawn('pg_dump', ['--format=custom', '--no-owner', `--file=${target}`], {
        env,
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
    // After the first step, copy all remaining pages in one step: a write by another connection
    // between steps restarts the backup, and a single step reads one consistent snapshot.
    await source.backup(target, { progress: ({ totalPages }) => totalPages });
  } finally {
    source.close();
  }
  return target;
}
