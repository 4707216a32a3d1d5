// npm run audit:verify, run as the operator runs it: a separate process against the configured
// database, a plain report, exit code 0 for an intact chain and 1 for a broken one.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { writeAuditMany } from '../platform/audit.js';
import { hashOfStored, readChain } from '../platform/audit-chain.js';
import { describeOnDatabases, openTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { withSearchPath } from '../test-support/postgres.js';

const script = resolve('server/scripts/audit-verify.ts');

function runVerify(databaseUrl: string, args: string[] = []): Promise<{ code: number | null; out: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('exit', (code) => done({ code, out }));
  });
}

/** Changes the entry at `seq` and recomputes the hashes from there to the head, as an attacker
 *  who knows the canonical form would. */
async function rewriteFrom(db: Kysely<Database>, seq: number): Promise<void> {
  const chain = await readChain(db);
  const before = await db
    .selectFrom('audit_log')
    .select('hash')
    .where('seq', '=', seq - 1)
    .executeTakeFirstOrThrow();
  let prevHash = before.hash ?? '';
  for (let at = seq; at <= chain.head_seq; at += 1) {
    const row = await db.selectFrom('audit_log').selectAll().where('seq', '=', at).executeTakeFirstOrThrow();
    const changed = at === seq ? { ...row, entity_id: 'rewritten' } : row;
    const hash = hashOfStored(changed, at, prevHash);
    await db
      .updateTable('audit_log')
      .set({ entity_id: changed.entity_id, prev_hash: prevHash, hash })
      .where('id', '=', row.id)
      .execute();
    prevHash = hash;
  }
  await db.updateTable('audit_chain').set({ head_hash: prevHash }).where('id', '=', 1).execute();
}

describeOnDatabases('npm run audit:verify', (target) => {
  let database: TestDatabase | undefined;
  let folder: string | undefined;
  afterEach(async () => {
    await database?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
    database = folder = undefined;
  });

  /** A database another process can open too: a file for SQLite, a schema for PostgreSQL. */
  async function sharedDatabase(): Promise<{ db: TestDatabase; url: string }> {
    if (target.name === 'sqlite') {
      folder = await mkdtemp(join(tmpdir(), 'tillit-audit-'));
      const url = `sqlite:${join(folder, 'tillit.db')}`;
      database = await openTestDatabase({ name: 'sqlite', url });
      return { db: database, url };
    }
    database = await openTestDatabase(target);
    if (database.schema === undefined) throw new Error('a PostgreSQL test database has a schema');
    return { db: database, url: withSearchPath(target.url, database.schema) };
  }

  it('seals, reports an intact chain with its head and exits 0; reports the first broken link and exits 1', async () => {
    const { db, url } = await sharedDatabase();
    await writeAuditMany(
      db.db,
      [1, 2, 3, 4].map((i) => ({ actorId: null, action: 'test.entry', entityType: 'test', entityId: `e${String(i)}` })),
    );

    const intact = await runVerify(url);
    expect(intact.out).toContain('Audit log: the chain is intact.');
    expect(intact.out).toContain('Entries checked: 4 (seq 1 to 4)');
    const head = await db.db.selectFrom('audit_chain').select('head_hash').executeTakeFirstOrThrow();
    expect(intact.out).toContain(`Head: seq 4, hash ${head.head_hash}`);
    expect(intact.code).toBe(0);

    // Someone with database access rewrites the tail and recomputes every hash after it: the
    // chain is consistent again, but the head written down earlier no longer matches.
    await rewriteFrom(db.db, 3);
    const rewritten = await runVerify(url, ['4', head.head_hash]);
    expect(rewritten.out).toContain('Audit log: the chain is intact.');
    expect(rewritten.out).toContain('The hash written down for seq 4 DIFFERS');
    expect(rewritten.code).toBe(1);
    const noted = await db.db.selectFrom('audit_chain').select('head_hash').executeTakeFirstOrThrow();
    const same = await runVerify(url, ['4', noted.head_hash.toUpperCase()]);
    expect(same.out).toContain('The hash written down for seq 4 matches');
    expect(same.code).toBe(0);

    await db.db.updateTable('audit_log').set({ entity_id: 'forged' }).where('seq', '=', 3).execute();
    const broken = await runVerify(url);
    expect(broken.out).toContain('Audit log: BROKEN at seq 3');
    expect(broken.out).toContain('its content was changed');
    expect(broken.code).toBe(1);
  }, 60_000);
});
