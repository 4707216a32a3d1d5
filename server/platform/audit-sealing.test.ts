// Entries are sealed soon after the response that wrote them, and two processes sealing the same
// PostgreSQL database never fork the chain or seal an entry twice.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase, type DbHandle } from '../db/index.js';
import type { Database } from '../db/schema.js';
import { seedScenario } from '../test-support/api-app.js';
import {
  describeOnDatabases,
  openTestDatabase,
  postgresSkipped,
  testDatabases,
  useTestDatabase,
  type TestDatabase,
} from '../test-support/databases.js';
import { withSearchPath } from '../test-support/postgres.js';
import { writeAudit } from './audit.js';
import { createSession } from './auth/sessions.js';
import { sealAuditLog } from './audit-chain.js';
import { verifyAuditChain } from './audit-verify.js';

async function unsealed(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('seq', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function waitUntilSealed(db: Kysely<Database>, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await unsealed(db)) > 0) {
    if (Date.now() > until) throw new Error('audit entries were not sealed in time');
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** A session made directly: signing in is not what these tests are about. */
async function sessionOf(db: Kysely<Database>, personId: string): Promise<Record<string, string>> {
  const session = await createSession(db, personId, 'password', { idleMinutes: 60, absoluteHours: 1 });
  return { cookie: `tillit_session=${session.token}`, 'x-csrf-token': session.csrfToken };
}

/** Builds an app as main.ts does (sealing on), with its log lines kept for inspection. */
async function appWithLog(db: Kysely<Database>): Promise<{ app: FastifyInstance; lines: string[] }> {
  const lines: string[] = [];
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', JOBS_ENABLED: 'false' });
  const { app } = await buildApp({ config, db, webRoot: '/nonexistent', logStream: { write: (l) => lines.push(l) } });
  await app.ready();
  return { app, lines };
}

describeOnDatabases('audit sealing after responses', (target) => {
  const database = useTestDatabase(target);

  it('seals the entries a request wrote shortly after its response, without being asked', async () => {
    const { db } = database();
    const s = await seedScenario(database());
    const { app, lines } = await appWithLog(db);
    try {
      const admin = await sessionOf(db, s.people.admin.id);
      const res = await app.inject({
        method: 'PATCH',
        url: `/api/v1/units/${s.units.unitA1}`,
        headers: admin,
        payload: { name: 'Hemtjänst Norra' },
      });
      expect(res.statusCode).toBe(200);
      await waitUntilSealed(db);
      const entry = await db
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .where('action', '=', 'unit.update')
        .executeTakeFirstOrThrow();
      expect(entry.seq).not.toBeNull();
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, unsealed: 0 });
      expect(lines).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('seals what is still waiting when the app closes', async () => {
    const { db } = database();
    const { app } = await appWithLog(db);
    // A response asks for a seal; the entry written right after it is caught by the close.
    await app.inject({ method: 'GET', url: '/api/v1/setup' });
    await writeAudit(db, { actorId: null, action: 'test.entry', entityType: 'test', entityId: 'late' });
    await app.close();
    expect(await unsealed(db)).toBe(0);
  });
});

async function sharedPostgres(): Promise<{ database: TestDatabase; pools: DbHandle[] }> {
  const target = testDatabases().find((t) => t.name === 'postgres');
  if (!target) throw new Error('TEST_DATABASE_URL is set, so a PostgreSQL target exists');
  const database = await openTestDatabase(target);
  const { schema } = database;
  if (schema === undefined) throw new Error('a PostgreSQL test database has a schema');
  const pools = [0, 1].map(() => openDatabase(withSearchPath(target.url, schema)));
  return { database, pools };
}

describe.skipIf(postgresSkipped)('audit sealing: two processes on one PostgreSQL database', () => {
  it('never forks the chain or seals an entry twice while both write and seal at once', async () => {
    const { database, pools } = await sharedPostgres();
    try {
      const errors: unknown[] = [];
      const sealedCounts: number[] = [];
      const seal = (db: Kysely<Database>) =>
        sealAuditLog(db).then(
          (n) => sealedCounts.push(n),
          (error: unknown) => errors.push(error),
        );
      const rounds = 25;
      const perRound = 4;
      for (let round = 0; round < rounds; round += 1) {
        const work: Array<Promise<unknown>> = [];
        for (const [p, pool] of pools.entries()) {
          for (let i = 0; i < perRound; i += 1)
            work.push(
              pool.db.transaction().execute((trx) =>
                writeAudit(trx, {
                  actorId: null,
                  action: 'test.entry',
                  entityType: 'test',
                  entityId: `p${String(p)}-r${String(round)}-${String(i)}`,
                }),
              ),
            );
          work.push(seal(pool.db), seal(pool.db));
        }
        await Promise.all(work);
      }
      await Promise.all(pools.map((pool) => seal(pool.db)));

      expect(errors).toEqual([]);
      const total = rounds * perRound * pools.length;
      // Every entry sealed exactly once: the sealers' counts add up to the number of entries.
      expect(sealedCounts.reduce((a, b) => a + b, 0)).toBe(total);
      const seqs = await database.db.selectFrom('audit_log').select('seq').orderBy('seq').execute();
      expect(seqs.map((r) => r.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, entries: total, unsealed: 0 });
    } finally {
      for (const pool of pools) await pool.close();
      await database.close();
    }
  });

  it('keeps one chain when two apps answer requests and seal after their responses', async () => {
    const { database, pools } = await sharedPostgres();
    const apps: Array<{ app: FastifyInstance; lines: string[] }> = [];
    try {
      const s = await seedScenario(database);
      for (const pool of pools) apps.push(await appWithLog(pool.db));
      const sessions = [
        await sessionOf(database.db, s.people.admin.id),
        await sessionOf(database.db, s.people.admin.id),
      ];
      const requests: Array<Promise<{ statusCode: number }>> = [];
      for (let i = 0; i < 30; i += 1)
        for (const [a, { app }] of apps.entries())
          requests.push(
            app.inject({
              method: 'PATCH',
              url: `/api/v1/units/${a === 0 ? s.units.unitA1 : s.units.unitB1}`,
              headers: sessions[a],
              payload: { description: `Ändring ${String(i)}` },
            }),
          );
      expect((await Promise.all(requests)).map((r) => r.statusCode)).toEqual(requests.map(() => 200));
      await waitUntilSealed(database.db);
      const report = await verifyAuditChain(database.db);
      expect(report).toMatchObject({ ok: true, unsealed: 0 });
      expect(report.entries).toBe(60);
      expect(apps.flatMap((a) => a.lines)).toEqual([]);
    } finally {
      for (const { app } of apps) await app.close();
      for (const pool of pools) await pool.close();
      await database.close();
    }
  });
});
