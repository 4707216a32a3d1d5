// The demo organisation must look like a real municipality to the product (a deep steering
// chain, managers everywhere, shared specialists), be the same on every machine and both
// databases, and never be written twice or half-way.
import { verify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mandateHolderRoles, membershipRoles, orgRoles, unitKinds } from '../../common/org/roles.js';
import { unitCode } from '../../common/org/units.js';
import { email } from '../../common/platform/fields.js';
import type { Database } from '../db/schema.js';
import {
  describeOnDatabases,
  openTestDatabase,
  postgresSkipped,
  testDatabases,
  type TestDatabase,
  type TestDatabaseTarget,
} from '../test-support/databases.js';
import { demoPassword, demoSignIns, seedDemo, type DemoSeedResult } from './seed.js';

function byKey<T>(rows: T[], key: (row: T) => string): T[] {
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Everything the seed writes except password hashes (their salts are random by design). */
async function snapshot(db: Kysely<Database>) {
  const people = await db.selectFrom('people').selectAll().execute();
  return {
    organisation: byKey(await db.selectFrom('organisation').selectAll().execute(), (r) => r.id),
    units: byKey(await db.selectFrom('units').selectAll().execute(), (r) => r.id),
    people: byKey(
      people.map(({ password_hash: _hash, ...rest }) => rest),
      (r) => r.id,
    ),
    personRoles: byKey(await db.selectFrom('person_roles').selectAll().execute(), (r) => `${r.person_id} ${r.role}`),
    memberships: byKey(await db.selectFrom('memberships').selectAll().execute(), (r) => r.id),
    mandates: byKey(await db.selectFrom('mandates').selectAll().execute(), (r) => r.id),
  };
}

async function seededDatabase(target: TestDatabaseTarget): Promise<{ database: TestDatabase; result: DemoSeedResult }> {
  const database = await openTestDatabase(target);
  try {
    return { database, result: await seedDemo(database.db) };
  } catch (error) {
    await database.close();
    throw error;
  }
}

const internalKindsWithManagers = ['administration', 'department', 'unit', 'team'];
const isoUtc = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describeOnDatabases('demo seed', (target) => {
  let database: TestDatabase;
  let first: DemoSeedResult;
  let data: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    ({ database, result: first } = await seededDatabase(target));
    data = await snapshot(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  it('creates Exempelby kommun with 300-500 people', () => {
    expect(first.created).toBe(true);
    expect(data.organisation).toEqual([expect.objectContaining({ name: 'Exempelby kommun', default_locale: 'sv' })]);
    expect(data.people.length).toBeGreaterThanOrEqual(300);
    expect(data.people.length).toBeLessThanOrEqual(500);
    expect(data.mandates.length).toBeGreaterThanOrEqual(6);
  });

  it('builds a chain with four levels below the board, and external parties at the top', () => {
    const units = new Map(data.units.map((u) => [u.id, u]));
    const kindPath = (id: string | null): string[] => {
      const unit = id === null ? undefined : units.get(id);
      return unit === undefined ? [] : [...kindPath(unit.parent_id), unit.kind];
    };
    const paths = data.units.map((u) => kindPath(u.id).join('>'));
    expect(paths).toContain('board>administration>department>unit>team');
    for (const kind of ['citizens', 'partner', 'supervisory']) {
      const external = data.units.filter((u) => u.kind === kind);
      expect(external.length).toBeGreaterThan(0);
      expect(external.every((u) => u.parent_id === null)).toBe(true);
    }
    expect(data.units.filter((u) => u.kind === 'department').length).toBeGreaterThanOrEqual(4);
  });

  it('gives every active internal unit an active manager', () => {
    const activePeople = new Set(data.people.filter((p) => p.active === 1).map((p) => p.id));
    const managed = new Set(
      data.memberships
        .filter((m) => m.role === 'manager' && m.ended_at === null && activePeople.has(m.person_id))
        .map((m) => m.unit_id),
    );
    const unmanaged = data.units
      .filter((u) => u.active === 1 && internalKindsWithManagers.includes(u.kind) && !managed.has(u.id))
      .map((u) => u.code);
    expect(unmanaged).toEqual([]);
    expect(data.memberships.filter((m) => m.role === 'deputy').length).toBeGreaterThan(0);
  });

  it('has at least 15 people in two or more units', () => {
    const units = new Map<string, Set<string>>();
    for (const m of data.memberships.filter((row) => row.ended_at === null)) {
      units.set(m.person_id, (units.get(m.person_id) ?? new Set()).add(m.unit_id));
    }
    expect([...units.values()].filter((set) => set.size >= 2).length).toBeGreaterThanOrEqual(15);
  });

  it('writes values the API accepts: ids, e-mails, codes, kinds, roles, timestamps', () => {
    const ids = [...data.units, ...data.people, ...data.memberships, ...data.mandates].map((r) => r.id);
    expect(ids.filter((id) => !z.uuid().safeParse(id).success)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const emails = data.people.map((p) => p.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.filter((e) => email.safeParse(e).data !== e || !e.endsWith('@exempelby.se'))).toEqual([]);
    expect(data.units.filter((u) => !unitCode.safeParse(u.code).success || u.description === '')).toEqual([]);
    expect(data.units.every((u) => z.enum(unitKinds).safeParse(u.kind).success)).toBe(true);
    expect(data.memberships.every((m) => z.enum(membershipRoles).safeParse(m.role).success)).toBe(true);
    expect(data.personRoles.every((r) => z.enum(orgRoles).safeParse(r.role).success)).toBe(true);
    expect(
      data.mandates.every((m) => m.holder_role === null || mandateHolderRoles.some((r) => r === m.holder_role)),
    ).toBe(true);
    const times = [
      ...data.units.flatMap((u) => [u.created_at, u.updated_at]),
      ...data.people.flatMap((p) => [p.created_at, p.updated_at]),
      ...data.memberships.map((m) => m.started_at),
      ...data.mandates.map((m) => m.created_at),
    ];
    expect(times.filter((t) => !isoUtc.test(t))).toEqual([]);
  });

  it('gives each organisation role to someone, and board members the politician role', () => {
    expect(new Set(data.personRoles.map((r) => r.role))).toEqual(new Set(orgRoles));
    const politicians = new Set(data.personRoles.filter((r) => r.role === 'politician').map((r) => r.person_id));
    const boards = new Set(data.units.filter((u) => u.kind === 'board').map((u) => u.id));
    const boardMembers = data.memberships.filter((m) => boards.has(m.unit_id));
    expect(boardMembers.length).toBeGreaterThan(0);
    expect(boardMembers.every((m) => m.role === 'staff' && politicians.has(m.person_id))).toBe(true);
  });

  it('lets every demo sign-in sign in with the demo password, and nobody else', async () => {
    expect(first.password).toBe(demoPassword);
    expect(demoPassword.length).toBeGreaterThanOrEqual(12);
    expect(first.signIns.map((s) => s.email)).toEqual(demoSignIns.map((s) => s.email));
    const rows = await database.db.selectFrom('people').select(['email', 'password_hash']).execute();
    const withPassword = rows.filter((r) => r.password_hash !== null);
    expect(withPassword.map((r) => r.email).sort()).toEqual(demoSignIns.map((s) => s.email).sort());
    for (const row of withPassword) {
      expect(await verify(row.password_hash ?? '', demoPassword)).toBe(true);
    }
  });

  it('places each sign-in where its role says', () => {
    const person = (mail: string) => data.people.find((p) => p.email === mail);
    const unitKind = new Map(data.units.map((u) => [u.id, u.kind]));
    const parents = new Set(data.units.map((u) => u.parent_id));
    const placements = (personId: string) =>
      data.memberships
        .filter((m) => m.person_id === personId)
        .map((m) => `${m.role}@${unitKind.get(m.unit_id) ?? ''}${parents.has(m.unit_id) ? '+children' : ''}`);
    const expected: Record<string, string> = {
      department_manager: 'manager@department+children',
      unit_manager: 'manager@unit+children',
      team_leader: 'manager@team',
      frontline: 'staff@team',
    };
    for (const signIn of first.signIns) {
      const row = person(signIn.email);
      expect(row?.name).toBe(signIn.name);
      if (row === undefined) continue;
      const roles = data.personRoles.filter((r) => r.person_id === row.id).map((r) => r.role);
      const placement = expected[signIn.role];
      if (placement === undefined) expect(roles).toContain(signIn.role);
      else expect(placements(row.id)).toContain(placement);
    }
  });

  it('writes one audit entry with the counts', async () => {
    const audit = await database.db.selectFrom('audit_log').selectAll().execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'demo.seed', entity_type: 'organisation', actor_id: null });
    expect(JSON.parse(audit[0]?.after_json ?? '{}')).toMatchObject({ people: data.people.length });
  });

  it('creates nothing on a second run but still returns the sign-ins', async () => {
    const again = await seedDemo(database.db);
    expect(again).toEqual({ ...first, created: false });
    expect(await snapshot(database.db)).toEqual(data);
    expect(await database.db.selectFrom('audit_log').select('id').execute()).toHaveLength(1);
  });

  it('produces identical rows in another fresh database', async () => {
    const other = await seededDatabase(target);
    try {
      expect(await snapshot(other.database.db)).toEqual(data);
    } finally {
      await other.database.close();
    }
  });

  it('leaves nothing behind when a write fails half-way', async () => {
    const broken = await openTestDatabase(target);
    try {
      // A person holding a sign-in's address makes the people insert fail after the units went in.
      await broken.db
        .insertInto('people')
        .values({
          id: '00000000-0000-4000-8000-000000000001',
          email: 'admin@exempelby.se',
          name: 'Someone Else',
          title: '',
          locale: null,
          notification_mode: 'immediate',
          password_hash: null,
          active: 1,
          created_at: '2025-01-01T00:00:00.000Z',
          updated_at: '2025-01-01T00:00:00.000Z',
          deactivated_at: null,
        })
        .execute();
      await expect(seedDemo(broken.db)).rejects.toThrow();
      for (const table of ['organisation', 'units', 'memberships', 'audit_log'] as const) {
        expect(await broken.db.selectFrom(table).selectAll().execute()).toHaveLength(0);
      }
      expect(await broken.db.selectFrom('people').selectAll().execute()).toHaveLength(1);
    } finally {
      await broken.close();
    }
  });
});

describe.skipIf(postgresSkipped)('demo seed across databases', () => {
  it('writes the same rows on SQLite and PostgreSQL', async () => {
    const seeded = await Promise.all(testDatabases().map((target) => seededDatabase(target)));
    try {
      const [sqlite, postgres] = await Promise.all(seeded.map(({ database }) => snapshot(database.db)));
      expect(postgres).toEqual(sqlite);
    } finally {
      await Promise.all(seeded.map(({ database }) => database.close()));
    }
  });
});
