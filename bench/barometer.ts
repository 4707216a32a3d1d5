// npm run bench (barometer part): a synthetic region (50,000 people, ~3,850 units, 7 levels) with
// 24 monthly waves of a 10-item pulse at ~70% response, on SQLite and on PostgreSQL. History is
// loaded in bulk and closed by the real closing code; then we measure answer submission through
// the HTTP API (production durability settings), the heatmap for the whole region and for one
// department, and one unit's trend over 24 waves, each beside the simplest direct SQL over the raw
// answers (the floor). Prints a table and a JSON summary. A benchmark, not a test: goals are
// reported, and a missed goal sets a non-zero exit code.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Kysely } from 'kysely';
import type { InstrumentDefinitionInput } from '../common/barometer/instrument.js';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/index.js';
import { migrateToLatest } from '../server/db/migrate.js';
import type { Database } from '../server/db/schema.js';
import { seedDemo } from '../server/demo/seed.js';
import { createSession } from '../server/platform/auth/sessions.js';
import { createNotifier } from '../server/platform/notifications/notify.js';
import { closeWave } from '../server/modules/barometer/closing.js';
import { snapshotTree } from '../server/modules/barometer/opening.js';
import { findWave } from '../server/modules/barometer/repo.js';
import { mulberry32 } from '../server/demo/random.js';
import { signInDemo, type BenchSession } from './sign-in.js';
import { syntheticRegion, type Region } from './synthetic-region.js';
import { time, type Timing } from './timing.js';
import { batches } from '../server/db/batches.js';

const waves = Number(process.env.BENCH_WAVES ?? 24);
const peopleTotal = Number(process.env.BENCH_PEOPLE ?? 50_000);
const responseRate = 0.7;
const submissions = Number(process.env.BENCH_SUBMISSIONS ?? 2_000);
const instrumentKey = 'benchPulse';

const same = (text: string) => ({ sv: text, nb: text, da: text, en: text });
/** Ten scale items in three dimensions, added through the API like any analyst's instrument. */
const pulse: InstrumentDefinitionInput = {
  key: instrumentKey,
  version: 1,
  names: same('Pulse'),
  items: Array.from({ length: 10 }, (_, i) => ({
    key: `q${i + 1}`,
    kind: 'scale' as const,
    text: same(`Item ${i + 1}`),
  })),
  dimensions: [
    { key: 'trust', names: same('Trust'), items: ['q1', 'q2', 'q3'], score100: true },
    { key: 'room', names: same('Room for action'), items: ['q4', 'q5', 'q6'], score100: true },
    { key: 'team', names: same('Team'), items: ['q7', 'q8', 'q9', 'q10'], score100: true },
  ],
};

/** Rows per insert, under both databases' parameter limits. */
const batch = (columns: number) => Math.floor(30_000 / columns);

async function loadRegion(db: Kysely<Database>, region: Region): Promise<void> {
  const root = await db
    .selectFrom('units')
    .select('id')
    .where('parent_id', 'is', null)
    .where('kind', '=', 'board')
    .executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  // The region hangs under the demo organisation's board, in place of its own.
  const board = region.units[0];
  const units = region.units.slice(1).map((u) => ({
    id: u.id,
    parent_id: u.parent_id === board?.id ? root.id : u.parent_id,
    code: u.code,
    name: u.name,
    kind: u.kind,
    description: '',
    active: 1,
    created_at: now,
    updated_at: now,
    deactivated_at: null,
  }));
  for (const rows of batches(units, batch(10))) await db.insertInto('units').values(rows).execute();
  const people = region.people.map((p, i) => ({
    id: p.id,
    email: `person.${i + 1}@region.example`,
    name: `Person ${i + 1}`,
    title: p.manager ? 'Chef' : 'Medarbetare',
    locale: null,
    notification_mode: 'digest',
    password_hash: null,
    password_changed_at: null,
    active: 1,
    created_at: now,
    updated_at: now,
    deactivated_at: null,
  }));
  for (const rows of batches(people, batch(12))) await db.insertInto('people').values(rows).execute();
  const memberships = region.people.map((p) => ({
    id: randomUUID(),
    person_id: p.id,
    unit_id: p.teamId,
    role: p.manager ? 'manager' : 'staff',
    started_at: now,
    ended_at: null,
  }));
  for (const rows of batches(memberships, batch(6))) await db.insertInto('memberships').values(rows).execute();
}

/** One month of history: a wave opened on the frozen tree, ~70% answered, then closed for real. */
async function loadWave(
  db: Kysely<Database>,
  region: Region,
  month: number,
  seed: number,
): Promise<{ id: string; closeMs: number }> {
  const rng = mulberry32(seed);
  const id = randomUUID();
  const opens = new Date(Date.UTC(2024, month, 1)).toISOString();
  const closes = new Date(Date.UTC(2024, month, 15)).toISOString();
  await db
    .insertInto('barometer_waves')
    .values({
      id,
      title: `Puls ${opens.slice(0, 7)}`,
      instruments_json: JSON.stringify([{ key: instrumentKey, version: 1 }]),
      scope_unit_id: null,
      opens_at: opens,
      closes_at: closes,
      closed_at: null,
      status: 'open',
      min_group: 5,
      min_comments: 5,
      repeat: 'none',
      series_id: id,
      reminder_days_before_close: null,
      reminded: 0,
      dependent_unit_ids_json: '[]',
      created_by: null,
      created_at: opens,
      updated_at: opens,
    })
    .execute();
  const units = await db.selectFrom('units').select(['id', 'parent_id', 'name', 'code', 'kind', 'active']).execute();
  const org = await db.selectFrom('organisation').select('name').executeTakeFirstOrThrow();
  const tree = snapshotTree(units, { organisationNodeId: id, organisationName: org.name }).map((row) => ({
    ...row,
    wave_id: id,
  }));
  for (const rows of batches(tree, batch(9))) await db.insertInto('barometer_wave_units').values(rows).execute();

  const participation = region.people.map((p) => ({
    wave_id: id,
    person_id: p.id,
    unit_id: p.teamId,
    is_manager: p.manager ? 1 : 0,
    answered: rng() < responseRate ? 1 : 0,
  }));
  for (const rows of batches(participation, batch(5)))
    await db.insertInto('barometer_participation').values(rows).execute();
  // Each team has its own level, so the heatmap has something to show.
  const responses: { id: string; wave_id: string; unit_id: string; audience: string }[] = [];
  const answers: { id: string; response_id: string; item_key: string; target_unit_id: null; value: number }[] = [];
  for (const p of participation) {
    if (p.answered !== 1) continue;
    const responseId = randomUUID();
    responses.push({ id: responseId, wave_id: id, unit_id: p.unit_id, audience: 'all' });
    const level = 2 + (p.unit_id.charCodeAt(p.unit_id.length - 1) % 3);
    for (let q = 1; q <= 10; q += 1)
      answers.push({
        id: randomUUID(),
        response_id: responseId,
        item_key: `${instrumentKey}.q${q}`,
        target_unit_id: null,
        value: Math.min(5, Math.max(1, level + Math.floor(rng() * 3) - 1)),
      });
  }
  for (const rows of batches(responses, batch(4))) await db.insertInto('barometer_responses').values(rows).execute();
  for (const rows of batches(answers, batch(5))) await db.insertInto('barometer_answers').values(rows).execute();

  const started = performance.now();
  const notifier = createNotifier({ publicUrl: 'http://localhost', defaultLocale: 'sv' });
  await db.transaction().execute(async (trx) => {
    const wave = await findWave(trx, id);
    if (!wave) throw new Error('wave vanished');
    await closeWave(trx, notifier, wave, closes);
  });
  const closeMs = performance.now() - started;
  await db.updateTable('barometer_waves').set({ closed_at: closes }).where('id', '=', id).execute();
  return { id, closeMs };
}

interface DatabaseSummary {
  dialect: string;
  history: { waves: number; responses: number; answers: number; loadSeconds: number; closeWaveMsMedian: number };
  submission: { responses: number; seconds: number; responsesPerSecond: number; answersPerSecond: number };
  openWaveSeconds: number;
  timings: Array<Timing & { floorP50: number; floorP95: number; ratioP95: number }>;
}

async function runOn(url: string): Promise<DatabaseSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'tillit-bench-barometer-'));
  const handle = openDatabase(url);
  const { db } = handle;
  try {
    await migrateToLatest(db, { dialect: handle.dialect });
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      JOBS_ENABLED: 'false',
      DATABASE_URL: url,
      LOGIN_RATE_LIMIT: '100000',
    });
    const seeded = await seedDemo(db, { secretKey: config.SECRET_KEY, mfaRequiredRoles: config.MFA_REQUIRED_ROLES });
    const region = syntheticRegion(peopleTotal);
    const loadStart = performance.now();
    await loadRegion(db, region);
    const { app } = await buildApp({ config, db, webRoot: join(dir, 'no-web') });
    const admin: BenchSession = await signInDemo(app, 'admin@exempelby.se', seeded);
    const post = async (path: string, session: BenchSession, payload: object) => {
      const res = await app.inject({ method: 'POST', url: `/api/v1/barometer${path}`, headers: session, payload });
      if (res.statusCode !== 200) throw new Error(`POST ${path}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      return res;
    };
    await post('/instruments', admin, { definition: pulse });

    const history: { id: string; closeMs: number }[] = [];
    for (let month = 0; month < waves; month += 1) history.push(await loadWave(db, region, month, 1000 + month));
    const closeTimes = history.map((h) => h.closeMs);
    const loadSeconds = (performance.now() - loadStart) / 1000;
    closeTimes.sort((a, b) => a - b);
    const counted = await db
      .selectFrom('barometer_answers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const responsesCounted = await db
      .selectFrom('barometer_responses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();

    // A live wave, opened through the API: frozen tree, 50,000 invitations.
    const openStart = performance.now();
    const opened = await post('/waves', admin, {
      title: 'Puls nu',
      instruments: [{ key: instrumentKey }],
      scopeUnitId: null,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    });
    const openWaveSeconds = (performance.now() - openStart) / 1000;
    const liveId = opened.json<{ id: string }>().id;

    // Submissions through HTTP by distinct people, a few at a time as a busy morning would bring.
    const responders = region.people.slice(0, submissions);
    const sessions = await Promise.all(
      responders.map(async (p) => {
        const s = await createSession(db, p.id, 'password', { idleMinutes: 60, absoluteHours: 2 });
        return { cookie: `tillit_session=${s.token}`, 'x-csrf-token': s.csrfToken };
      }),
    );
    const body = {
      answers: Array.from({ length: 10 }, (_, i) => ({ itemKey: `${instrumentKey}.q${i + 1}`, value: 1 + (i % 5) })),
    };
    const submitStart = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < sessions.length) {
        const session = sessions[next];
        next += 1;
        if (!session) break;
        const res = await app.inject({
          method: 'POST',
          url: `/api/v1/barometer/waves/${liveId}/responses`,
          headers: session,
          payload: body,
        });
        if (res.statusCode !== 200) throw new Error(`submit: ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const submitSeconds = (performance.now() - submitStart) / 1000;

    // Results: the newest closed wave, whole region and one department; one unit's trend.
    const newest = { id: history[history.length - 1]?.id ?? '' };
    const section = region.units.find((u) => u.depth === 4) ?? region.units[0];
    const get = (path: string) => async () => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/barometer${path}`,
        headers: { cookie: admin.cookie },
      });
      if (res.statusCode !== 200) throw new Error(`GET ${path}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    };
    const subtreeOf = (rootId: string) => {
      const ids = new Set([rootId]);
      for (const u of region.units) if (u.parent_id && ids.has(u.parent_id)) ids.add(u.id);
      return [...ids];
    };
    const departmentUnits = subtreeOf(region.departmentId);
    const sectionUnits = subtreeOf(section?.id ?? region.departmentId);
    // The floor: the simplest SQL that computes the same means from the raw answers, with no
    // tree roll-up, no scale rules and no anonymity.
    const floorByUnit = (waveId: string, unitIds: string[] | null) => async () => {
      let query = db
        .selectFrom('barometer_answers as a')
        .innerJoin('barometer_responses as r', 'r.id', 'a.response_id')
        .select([
          'r.unit_id',
          'a.item_key',
          (eb) => eb.fn.count('a.value').as('n'),
          (eb) => eb.fn.avg('a.value').as('mean'),
        ])
        .where('r.wave_id', '=', waveId);
      if (unitIds) query = query.where('r.unit_id', 'in', unitIds);
      await query.groupBy(['r.unit_id', 'a.item_key']).execute();
    };
    const floorTrend = (unitIds: string[]) => async () => {
      await db
        .selectFrom('barometer_answers as a')
        .innerJoin('barometer_responses as r', 'r.id', 'a.response_id')
        .select([
          'r.wave_id',
          'a.item_key',
          (eb) => eb.fn.count('a.value').as('n'),
          (eb) => eb.fn.avg('a.value').as('mean'),
        ])
        .where('r.unit_id', 'in', unitIds)
        .groupBy(['r.wave_id', 'a.item_key'])
        .execute();
    };
    const pairs: Array<[Timing, Timing]> = [
      [
        await time('heatmap, whole region (admin)', 40, 100, get(`/waves/${newest.id}/heatmap`)),
        await time('floor: GROUP BY unit, item over the wave', 20, Infinity, floorByUnit(newest.id, null)),
      ],
      [
        await time(
          'heatmap, one department',
          40,
          100,
          get(`/waves/${newest.id}/heatmap?unitId=${region.departmentId}`),
        ),
        await time('floor: the department', 20, Infinity, floorByUnit(newest.id, departmentUnits)),
      ],
      [
        await time(
          `trend, one section over ${waves} waves`,
          40,
          100,
          get(`/units/${section?.id ?? ''}/trend?instrument=${instrumentKey}`),
        ),
        await time('floor: the section over all waves', 20, Infinity, floorTrend(sectionUnits)),
      ],
    ];
    await app.close();
    return {
      dialect: handle.dialect,
      history: {
        waves,
        responses: Number(responsesCounted.n),
        answers: Number(counted.n),
        loadSeconds,
        closeWaveMsMedian: closeTimes[Math.floor(closeTimes.length / 2)] ?? Number.NaN,
      },
      submission: {
        responses: sessions.length,
        seconds: submitSeconds,
        responsesPerSecond: sessions.length / submitSeconds,
        answersPerSecond: (sessions.length * 10) / submitSeconds,
      },
      openWaveSeconds,
      timings: pairs.map(([ours, floor]) => ({
        ...ours,
        floorP50: floor.p50,
        floorP95: floor.p95,
        ratioP95: ours.p95 / floor.p95,
      })),
    };
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh PostgreSQL database for the run, on the server the URL names; null if unreachable. */
async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const base = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = 'tillit_bench_barometer';
  const client = new pg.Client({ connectionString: base });
  try {
    await client.connect();
  } catch {
    return null;
  }
  await client.query(`DROP DATABASE IF EXISTS ${name}`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: base });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name}`);
      await again.end();
    },
  };
}

/** Prints one database's figures as soon as they are measured; returns how many goals it missed. */
function report(s: DatabaseSummary): number {
  let missed = 0;
  process.stdout.write(
    `\nBarometer on ${s.dialect}: ${s.history.waves} waves, ${s.history.responses.toLocaleString('en')} responses, ` +
      `${s.history.answers.toLocaleString('en')} answers loaded and closed in ${s.history.loadSeconds.toFixed(0)} s ` +
      `(closing one wave: median ${(s.history.closeWaveMsMedian / 1000).toFixed(1)} s); opening a wave for everyone: ` +
      `${s.openWaveSeconds.toFixed(1)} s\n`,
  );
  const rate = s.submission.responsesPerSecond;
  process.stdout.write(
    `Answer submission over HTTP: ${rate.toFixed(0)} responses/s (${s.submission.answersPerSecond.toFixed(0)} item answers/s), goal 1000 responses/s ${rate >= 1000 ? 'ok' : 'MISSED'}\n`,
  );
  if (rate < 1000) missed += 1;
  process.stdout.write(
    `${'operation'.padEnd(40)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'floor p95'.padStart(9)} ${'ratio'.padStart(6)}\n`,
  );
  for (const t of s.timings) {
    const ok = t.p95 <= t.goalP95 && t.ratioP95 <= 1.5;
    if (!ok) missed += 1;
    process.stdout.write(
      `${t.name.padEnd(40)} ${t.p50.toFixed(1).padStart(8)} ${t.p95.toFixed(1).padStart(8)} ${t.floorP95.toFixed(1).padStart(9)} ${t.ratioP95.toFixed(2).padStart(6)} ${ok ? 'ok' : 'MISSED'}\n`,
    );
  }
  return missed;
}

const reportedMisses = new Map<DatabaseSummary, number>();

/** Runs one database and reports it at once, so a long PostgreSQL run never hides SQLite's figures. */
async function measure(url: string): Promise<DatabaseSummary> {
  const summary = await runOn(url);
  reportedMisses.set(summary, report(summary));
  return summary;
}

async function main(): Promise<void> {
  const summaries: DatabaseSummary[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'tillit-bench-barometer-sqlite-'));
  try {
    if (process.env.BENCH_ONLY !== 'postgres') summaries.push(await measure(`sqlite:${join(dir, 'bench.db')}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.env.BENCH_ONLY !== 'sqlite') {
    const postgres = await freshPostgres();
    if (!postgres) process.stdout.write('PostgreSQL not reachable: its figures are skipped.\n');
    else
      try {
        summaries.push(await measure(postgres.url));
      } finally {
        await postgres.drop();
      }
  }

  let missed = 0;
  for (const s of summaries) missed += reportedMisses.get(s) ?? 0;
  process.stdout.write(`\n${JSON.stringify({ barometer: summaries }, null, 2)}\n`);
  if (missed > 0) {
    process.stdout.write(
      `\n${missed} barometer goal(s) missed (heatmap p95 < 100 ms within 1.5x of the floor; 1,000 responses/s).\n`,
    );
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
