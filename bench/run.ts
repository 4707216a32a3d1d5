// npm run bench: measures the foundation's hot paths on a real database and checks each against
// its goal. Figures are in-process (app.inject), so they measure our code and the database, not
// the network. Set BENCH_DATABASE_URL=postgres://... to run on PostgreSQL instead of SQLite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/index.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { seedDemo } from '../server/demo/seed.js';
import { signInDemo } from './sign-in.js';
import { time, type Timing } from './timing.js';
import { syntheticOrgCsv } from './synthetic-org.js';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tillit-bench-'));
  const url = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dir, 'bench.db')}`;
  const handle = openDatabase(url);
  const results: Timing[] = [];
  try {
    await migrateToLatest(handle.db, { dialect: handle.dialect });
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      JOBS_ENABLED: 'false',
      DATABASE_URL: url,
      LOGIN_RATE_LIMIT: '1000',
    });
    const seedStart = performance.now();
    const seeded = await seedDemo(handle.db, {
      secretKey: config.SECRET_KEY,
      mfaRequiredRoles: config.MFA_REQUIRED_ROLES,
    });
    const seedMs = performance.now() - seedStart;
    const { app } = await buildApp({ config, db: handle.db, webRoot: join(dir, 'no-web') });
    const login = (email: string) => signInDemo(app, email, seeded);
    const adminSession = await login('admin@exempelby.se');
    const staffSession = await login('medarbetare@exempelby.se');
    const admin = adminSession.cookie;
    const staff = staffSession.cookie;
    const get = (path: string, cookie: string) => async () => {
      const res = await app.inject({ method: 'GET', url: path, headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode}`);
    };
    const units = await app.inject({ method: 'GET', url: '/api/v1/units', headers: { cookie: admin } });
    const firstUnit = units.json<{ items: Array<{ id: string }> }>().items[0]?.id ?? '';

    results.push(await time('GET /units (whole chain, admin)', 200, 50, get('/api/v1/units', admin)));
    results.push(await time('GET /units/:id (unit page)', 200, 50, get(`/api/v1/units/${firstUnit}`, admin)));
    results.push(await time('GET /people?q=an (search, staff scope)', 200, 50, get('/api/v1/people?q=an', staff)));
    results.push(await time('GET /people?q=an (search, admin)', 200, 50, get('/api/v1/people?q=an', admin)));
    results.push(await time('GET /me (every page load)', 200, 20, get('/api/v1/me', staff)));
    results.push(
      await time('POST /auth/login (argon2id)', 20, 300, async () => void (await login('medarbetare@exempelby.se'))),
    );

    // Regional scale import: 10 departments x 50 units x 10 people = 5,000 people, 512 units.
    const csv = Buffer.from(syntheticOrgCsv(10, 50, 10));
    const importOnce = (mode: string) => async () => {
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/org/import?mode=${mode}`,
        headers: { ...adminSession, 'content-type': 'text/csv' },
        payload: csv,
      });
      if (res.statusCode !== 200) throw new Error(`import ${mode}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    };
    const dry = await time('CSV dry run, 5,000 people + 512 units', 3, 3000, importOnce('dry-run'));
    results.push(dry);
    const applyStart = performance.now();
    await importOnce('apply')();
    const applyMs = performance.now() - applyStart;
    results.push({ name: 'CSV apply, 5,000 people + 512 units (once)', p50: applyMs, p95: applyMs, goalP95: 15000 });
    results.push(await time('GET /units after import (1,100 units)', 100, 100, get('/api/v1/units', admin)));
    results.push(
      await time('GET /people?q=nummer 12 (5,400 people)', 100, 100, get('/api/v1/people?q=nummer%2012', admin)),
    );
    await app.close();

    process.stdout.write(`\nTillit benchmark on ${handle.dialect} (${new Date().toISOString()})\n`);
    process.stdout.write(`Demo seed: ${seedMs.toFixed(0)} ms (${seeded.created ? 'created' : 'existing'})\n\n`);
    process.stdout.write(
      `${'operation'.padEnd(46)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'goal p95'.padStart(9)}\n`,
    );
    let failed = 0;
    for (const r of results) {
      const ok = r.p95 <= r.goalP95;
      if (!ok) failed += 1;
      process.stdout.write(
        `${r.name.padEnd(46)} ${r.p50.toFixed(1).padStart(9)} ${r.p95.toFixed(1).padStart(9)} ${String(r.goalP95).padStart(9)} ${ok ? 'ok' : 'MISSED'}\n`,
      );
    }
    if (failed > 0) {
      process.stdout.write(`\n${failed} goal(s) missed.\n`);
      process.exitCode = 1;
    }
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
