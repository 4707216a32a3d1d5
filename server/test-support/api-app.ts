// Builds the real app on a test database, with a small named organisation to act in, and signs
// people in through the real login endpoint. No mocks: requests go through app.inject().
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { afterEach } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { TestDatabase } from './databases.js';
import { loginResultSchema } from '../../common/platform/auth.js';
import type { Database } from '../db/schema.js';
import { hashPassword } from '../platform/auth/passwords.js';
import { completeSecondStep, enrolForTests } from './second-factor.js';

export const testPassword = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

/** The scenario "two departments": ids by name, every person signs in with testPassword. */
export interface Scenario {
  units: Record<'board' | 'admin' | 'deptA' | 'unitA1' | 'teamA1a' | 'deptB' | 'unitB1' | 'citizens', string>;
  people: Record<
    'admin' | 'analyst' | 'managerA' | 'staffA1' | 'staffA1b' | 'managerB' | 'staffB1',
    { id: string; email: string }
  >;
}

export async function seedScenario(database: TestDatabase): Promise<Scenario> {
  const { db } = database;
  passwordHash ??= hashPassword(testPassword);
  const hash = await passwordHash;
  const now = new Date().toISOString();
  await db
    .insertInto('organisation')
    .values({ id: randomUUID(), name: 'Testby kommun', default_locale: 'sv', created_at: now })
    .execute();
  const unit = async (code: string, kind: string, parent: string | null) => {
    const id = randomUUID();
    await db
      .insertInto('units')
      .values({
        id,
        parent_id: parent,
        code,
        name: `Enhet ${code}`,
        kind,
        description: '',
        active: 1,
        created_at: now,
        updated_at: now,
        deactivated_at: null,
      })
      .execute();
    return id;
  };
  const board = await unit('KS', 'board', null);
  const admin = await unit('FV', 'administration', board);
  const deptA = await unit('A', 'department', admin);
  const unitA1 = await unit('A1', 'unit', deptA);
  const teamA1a = await unit('A1a', 'team', unitA1);
  const deptB = await unit('B', 'department', admin);
  const unitB1 = await unit('B1', 'unit', deptB);
  const citizens = await unit('INV', 'citizens', null);
  const person = (key: string, memberships: Array<[string, string]>, roles: string[] = []) =>
    insertPerson(db, hash, key, memberships, roles);
  const adminPerson = await person('admin', [], ['admin']);
  const analystPerson = await person('analyst', [], ['analyst']);
  // Their roles require a second factor (config MFA_REQUIRED_ROLES): enrolled with testTotpSecret.
  await enrolForTests(db, [adminPerson, analystPerson]);
  return {
    units: { board, admin, deptA, unitA1, teamA1a, deptB, unitB1, citizens },
    people: {
      admin: adminPerson,
      analyst: analystPerson,
      managerA: await person('managerA', [[deptA, 'manager']]),
      staffA1: await person('staffA1', [[unitA1, 'staff']]),
      staffA1b: await person('staffA1b', [[unitA1, 'staff']]),
      managerB: await person('managerB', [[deptB, 'manager']]),
      staffB1: await person('staffB1', [[unitB1, 'staff']]),
    },
  };
}

async function insertPerson(
  db: Kysely<Database>,
  hash: string,
  key: string,
  memberships: Array<[string, string]>,
  roles: string[],
): Promise<{ id: string; email: string }> {
  const now = new Date().toISOString();
  const id = randomUUID();
  const email = `${key.toLowerCase()}@testby.se`;
  await db
    .insertInto('people')
    .values({
      id,
      email,
      name: `Person ${key}`,
      title: '',
      locale: null,
      notification_mode: 'immediate',
      password_hash: hash,
      active: 1,
      created_at: now,
      updated_at: now,
      deactivated_at: null,
    })
    .execute();
  for (const [unitId, role] of memberships)
    await db
      .insertInto('memberships')
      .values({ id: randomUUID(), person_id: id, unit_id: unitId, role, started_at: now, ended_at: null })
      .execute();
  for (const role of roles)
    await db.insertInto('person_roles').values({ person_id: id, role, granted_at: now }).execute();
  return { id, email };
}

/** The people of the other roles, for the access matrix (kept out of the scenario so that other
 *  suites' counts of people and members stay as they are). staffB1 is in the scenario already. */
export type EveryRolePeople = Record<
  'auditor' | 'politician' | 'safetyRep' | 'caseHandler' | 'deputyA',
  { id: string; email: string }
>;

export async function seedEveryRole(database: TestDatabase, s: Scenario): Promise<EveryRolePeople> {
  const { db } = database;
  passwordHash ??= hashPassword(testPassword);
  const hash = await passwordHash;
  const people: EveryRolePeople = {
    auditor: await insertPerson(db, hash, 'auditor', [], ['auditor']),
    politician: await insertPerson(db, hash, 'politician', [], ['politician']),
    safetyRep: await insertPerson(db, hash, 'safetyRep', [[s.units.unitA1, 'staff']], ['safety_rep']),
    caseHandler: await insertPerson(db, hash, 'caseHandler', [], ['case_handler']),
    deputyA: await insertPerson(db, hash, 'deputyA', [[s.units.deptA, 'deputy']], []),
  };
  await enrolForTests(db, [people.auditor, people.safetyRep, people.caseHandler]);
  return people;
}

/** The database of each app buildTestApp made, for signIn's second step. */
const databaseOf = new WeakMap<FastifyInstance, Kysely<Database>>();

export async function buildTestApp(database: TestDatabase, env: Record<string, string> = {}): Promise<FastifyInstance> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JOBS_ENABLED: 'false', ...env });
  const { app } = await buildApp({ config, db: database.db, webRoot: '/nonexistent' });
  await app.ready();
  databaseOf.set(app, database.db);
  return app;
}

/** Signs in through POST /api/v1/auth/login and returns the headers a browser would send: the
 *  session and CSRF cookies, and the CSRF token echoed in its header. When the person has (or
 *  must set up) a second factor, the second step is taken too (test-support/second-factor.ts). */
export async function signIn(
  app: FastifyInstance,
  email: string,
  password = testPassword,
): Promise<{ cookie: string; 'x-csrf-token': string }> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (response.statusCode !== 200)
    throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  const result = loginResultSchema.parse(response.json());
  if (result.stage === 'full') return sessionHeaders(response);
  return completeSecondStep(app, databaseOf.get(app), email, result.stage, sessionHeaders(response), sessionHeaders);
}

/** The headers that carry the session a response just set. */
export function sessionHeaders(response: LightMyRequestResponse): { cookie: string; 'x-csrf-token': string } {
  const session = response.cookies.find((c) => c.name === 'tillit_session');
  const csrf = response.cookies.find((c) => c.name === 'tillit_csrf');
  if (!session || !csrf) throw new Error('no session cookies');
  return { cookie: `tillit_session=${session.value}; tillit_csrf=${csrf.value}`, 'x-csrf-token': csrf.value };
}

export type PersonKey = keyof Scenario['people'];

/** One request as a signed-in person; the session cookie is added to the given headers. */
export type Caller = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
  headers?: Record<string, string>,
) => Promise<LightMyRequestResponse>;

/**
 * For a suite that acts in the scenario: returns start(), which seeds it, builds the app and
 * hands out callers signed in as a named person. Every app it builds is closed after its test.
 *
 *   const start = useScenarioApp(database);
 *   it('...', async () => { const { s, as } = await start(); const admin = await as('admin'); ... });
 */
export function useScenarioApp(database: () => TestDatabase) {
  const apps: FastifyInstance[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });
  return async function start() {
    const s = await seedScenario(database());
    const app = await buildTestApp(database());
    apps.push(app);
    const as = async (who: PersonKey): Promise<Caller> => {
      const session = await signIn(app, s.people[who].email);
      return (method, url, payload, headers = {}) =>
        app.inject({ method, url, headers: { ...session, ...headers }, ...(payload === undefined ? {} : { payload }) });
    };
    return { s, app, as, db: database().db };
  };
}
