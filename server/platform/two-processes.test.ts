// Two real server processes on one PostgreSQL database, as in a deployment with two instances
// behind a load balancer: a session made on one works on the other and ends on both, and a
// scheduled job runs once per due time however many processes look for it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meSchema } from '../../common/platform/auth.js';
import { openDatabase, type DbHandle } from '../db/index.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Database } from '../db/schema.js';
import { demoPassword, seedDemo } from '../demo/seed.js';
import { digest } from './auth/sessions.js';
import { postgresSkipped } from '../test-support/databases.js';
import { createHttpClient, signInOverHttp, type HttpClient } from '../test-support/http-client.js';
import { createSchema, dropSchema, newSchemaName, postgresTestUrl, withSearchPath } from '../test-support/postgres.js';
import { startServerProcess, type ServerProcess } from '../test-support/server-process.js';

const job = 'sessions.cleanup';
const settleMs = 2_500; // more than two scheduler ticks of each process (JOBS_INTERVAL_SECONDS=1)

async function jobRow(db: Kysely<Database>) {
  return db.selectFrom('jobs').selectAll().where('name', '=', job).executeTakeFirstOrThrow();
}

/** An expired session: the visible work of the cleanup job is to delete it. */
async function insertExpiredSession(db: Kysely<Database>, token: string): Promise<void> {
  const person = await db.selectFrom('people').select('id').limit(1).executeTakeFirstOrThrow();
  const past = new Date(Date.now() - 60 * 60_000).toISOString();
  await db
    .insertInto('sessions')
    .values({
      id: digest(token),
      person_id: person.id,
      auth_method: 'password',
      created_at: past,
      last_seen_at: past,
      expires_at: past,
      stage: 'full',
      csrf_token: 'unused',
    })
    .execute();
}

async function sessionExists(db: Kysely<Database>, token: string): Promise<boolean> {
  return (
    (await db.selectFrom('sessions').select('id').where('id', '=', digest(token)).executeTakeFirst()) !== undefined
  );
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(postgresSkipped)('two server processes on one PostgreSQL database', () => {
  const baseUrl = postgresTestUrl() ?? '';
  const schema = newSchemaName();
  let dataDir = '';
  let handle: DbHandle | undefined;
  let servers: ServerProcess[] = [];
  let clients: HttpClient[] = [];
  const db = () => {
    if (!handle) throw new Error('the database is open only inside the tests');
    return handle.db;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tillit-two-processes-'));
    await createSchema(baseUrl, schema);
    const url = withSearchPath(baseUrl, schema);
    handle = openDatabase(url);
    await migrateToLatest(handle.db, { dialect: 'postgres' });
    await seedDemo(handle.db);
    // The job is due already when both processes start, so their first looks race for it.
    await handle.db
      .insertInto('jobs')
      .values({ name: job, next_run_at: new Date(0).toISOString(), last_run_at: null, last_run_by: null, run_count: 0 })
      .execute();
    await insertExpiredSession(handle.db, 'due-time-1');
    const env = {
      DATABASE_URL: url,
      OUTBOX_DIR: join(dataDir, 'outbox'),
      BACKUP_DIR: join(dataDir, 'backups'),
      JOBS_ENABLED: 'true',
      JOBS_INTERVAL_SECONDS: '1',
      LOG_LEVEL: 'warn',
    };
    servers = await Promise.all([startServerProcess({ env }), startServerProcess({ env })]);
    clients = servers.map((s) => createHttpClient(s.baseUrl));
  }, 120_000);

  afterAll(async () => {
    for (const client of clients) client.close();
    await Promise.all(servers.map((s) => s.stop()));
    await handle?.close();
    await dropSchema(baseUrl, schema);
    if (dataDir !== '') rmSync(dataDir, { recursive: true, force: true });
  });

  it('accepts a session made on one process on the other, and ends it there for both', async () => {
    const [a, b] = clients;
    if (!a || !b) throw new Error('two processes are running');
    const session = await signInOverHttp(a, 'enhetschef@exempelby.se', demoPassword);

    const onB = await b.request('GET', '/api/v1/me', { session });
    expect(onB.status).toBe(200);
    expect(meSchema.parse(onB.body).email).toBe('enhetschef@exempelby.se');
    // A change on B needs the CSRF token issued by A, and is seen by A.
    const noToken = await b.request('PATCH', '/api/v1/me/preferences', {
      session: { ...session, csrfToken: 'not-the-token' },
      json: { locale: 'en' },
    });
    expect(noToken.status).toBe(403);
    expect((await b.request('PATCH', '/api/v1/me/preferences', { session, json: { locale: 'en' } })).status).toBe(200);
    expect(meSchema.parse((await a.request('GET', '/api/v1/me', { session })).body).locale).toBe('en');

    expect((await b.request('POST', '/api/v1/auth/logout', { session })).status).toBe(200);
    expect((await a.request('GET', '/api/v1/me', { session })).status).toBe(401);
    expect((await b.request('GET', '/api/v1/me', { session })).status).toBe(401);
  });

  it('runs a due job once per due time, whichever process looks first', { timeout: 30_000 }, async () => {
    const instances = servers.map((s) => `-${s.pid}-`);
    const dueTimes = 3;
    for (let due = 1; due <= dueTimes; due += 1) {
      if (due > 1) {
        await insertExpiredSession(db(), `due-time-${due}`);
        await db()
          .updateTable('jobs')
          .set({ next_run_at: new Date(0).toISOString() })
          .where('name', '=', job)
          .execute();
      }
      await waitFor(async () => (await jobRow(db())).run_count >= due, 10_000);
      // Both processes look again (twice each) before the count is read: a second run would show.
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      const row = await jobRow(db());
      expect(row.run_count).toBe(due);
      expect(Date.parse(row.next_run_at)).toBeGreaterThan(Date.now());
      expect(await sessionExists(db(), `due-time-${due}`)).toBe(false);
      const by = row.last_run_by ?? '';
      expect(instances.some((instance) => by.includes(instance))).toBe(true);
    }
  });
});
