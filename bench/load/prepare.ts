// The load benchmark's database: a fresh one (an SQLite file in a temporary folder, or a new
// schema in BENCH_DATABASE_URL), migrated, with the demo organisation and a synthetic regional
// one imported beside it. People get no password from the import (in production they sign in
// through the organisation's identity provider), so the benchmark gives the virtual users one
// here, directly in the database: there is no API that sets another person's password.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type DbHandle } from '../../server/db/index.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import { demoPassword, seedDemo } from '../../server/demo/seed.js';
import { hashPassword } from '../../server/platform/auth/passwords.js';
import { loadPrincipal } from '../../server/platform/auth/principal-loader.js';
import { importOrg } from '../../server/modules/org/import-service.js';
import { createSchema, dropSchema, newSchemaName, withSearchPath } from '../../server/test-support/postgres.js';
import { syntheticOrgCsv } from '../synthetic-org.js';

export type UserKind = 'staff' | 'manager';

export interface BenchUser {
  email: string;
  kind: UserKind;
}

export interface SyntheticSize {
  departments: number;
  unitsPerDepartment: number;
  peoplePerUnit: number;
}

export interface PreparedDatabase {
  dialect: 'sqlite' | 'postgres';
  serverEnv: Record<string, string>;
  password: string;
  users: BenchUser[];
  units: number;
  people: number;
  preparedMs: number;
  cleanup: () => Promise<void>;
}

/** Demo sign-ins that need no second factor: the frontline and the three levels of managers. */
const demoUsers: BenchUser[] = [
  { email: 'medarbetare@exempelby.se', kind: 'staff' },
  { email: 'teamledare@exempelby.se', kind: 'manager' },
  { email: 'enhetschef@exempelby.se', kind: 'manager' },
  { email: 'forvaltningschef@exempelby.se', kind: 'manager' },
];

/** Picks `count` users: a quarter of them managers, the rest staff, spread over the organisation. */
function chooseUsers(count: number, size: SyntheticSize, managerShare: number): BenchUser[] {
  const units = size.departments * size.unitsPerDepartment;
  const managersWanted = Math.max(0, Math.round(count * managerShare) - 3);
  const staffWanted = Math.max(0, count - demoUsers.length - managersWanted);
  const users = [...demoUsers];
  // Person n of the synthetic file is its unit's manager when (n - 1) % peoplePerUnit is 0.
  for (let i = 0; i < Math.min(managersWanted, units); i += 1) {
    users.push({ email: `person.${i * size.peoplePerUnit + 1}@bench.example`, kind: 'manager' });
  }
  for (let i = 0; i < staffWanted; i += 1) {
    const unit = i % units;
    const seat = 1 + (Math.floor(i / units) % (size.peoplePerUnit - 1));
    users.push({ email: `person.${unit * size.peoplePerUnit + seat + 1}@bench.example`, kind: 'staff' });
  }
  return users.slice(0, count);
}

export async function prepareDatabase(options: {
  postgresUrl?: string;
  users: number;
  size: SyntheticSize;
}): Promise<PreparedDatabase> {
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'tillit-load-'));
  const postgres =
    options.postgresUrl === undefined ? undefined : { url: options.postgresUrl, schema: newSchemaName() };
  if (postgres) await createSchema(postgres.url, postgres.schema);
  const url = postgres ? withSearchPath(postgres.url, postgres.schema) : `sqlite:${join(dataDir, 'load.db')}`;
  const cleanup = async () => {
    if (postgres) await dropSchema(postgres.url, postgres.schema);
    rmSync(dataDir, { recursive: true, force: true });
  };
  const handle = openDatabase(url);
  let filled: { users: BenchUser[]; units: number; people: number };
  try {
    filled = await fill(handle, options);
  } catch (error) {
    await handle.close();
    await cleanup();
    throw error;
  }
  await handle.close();
  return {
    dialect: handle.dialect,
    serverEnv: { DATABASE_URL: url, OUTBOX_DIR: join(dataDir, 'outbox'), BACKUP_DIR: join(dataDir, 'backups') },
    password: demoPassword,
    ...filled,
    preparedMs: performance.now() - started,
    cleanup,
  };
}

async function fill(
  handle: DbHandle,
  options: { users: number; size: SyntheticSize },
): Promise<{ users: BenchUser[]; units: number; people: number }> {
  await migrateToLatest(handle.db, { dialect: handle.dialect });
  await seedDemo(handle.db);
  const admin = await handle.db
    .selectFrom('people')
    .select('id')
    .where('email', '=', 'admin@exempelby.se')
    .executeTakeFirstOrThrow();
  const principal = await loadPrincipal(handle.db, admin.id, { sessionId: 'load-benchmark' });
  const { departments, unitsPerDepartment, peoplePerUnit } = options.size;
  const csv = Buffer.from(syntheticOrgCsv(departments, unitsPerDepartment, peoplePerUnit));
  const ctx = { db: handle.db, principal, locale: 'sv' as const, requestId: randomUUID() };
  const imported = await importOrg(ctx, csv, 'apply');
  if (!imported.ok) throw new Error(`the synthetic import failed: ${JSON.stringify(imported.issues).slice(0, 500)}`);

  const users = chooseUsers(options.users, options.size, 0.25);
  const hash = await hashPassword(demoPassword);
  const synthetic = users.map((u) => u.email).filter((e) => e.endsWith('@bench.example'));
  for (let i = 0; i < synthetic.length; i += 200) {
    await handle.db
      .updateTable('people')
      .set({ password_hash: hash })
      .where('email', 'in', synthetic.slice(i, i + 200))
      .execute();
  }
  const count = async (table: 'units' | 'people') =>
    Number(
      (
        await handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { users, units: await count('units'), people: await count('people') };
}
