// The demo organisation "Exempelby kommun": a Swedish municipality with a full steering chain,
// about 400 people, organisation roles, mandates and one sign-in per kind of user. Created once,
// in one transaction, and identical on every machine.
import type { Kysely, Transaction } from 'kysely';
import { batches } from '../db/batches.js';
import { seedDemoBurden } from './burden.js';
import { seedDemoBarometer } from './barometer.js';
import type { OrgRole } from '../../common/org/roles.js';
import { loadConfig } from '../config.js';
import type { Database } from '../db/schema.js';
import { hashPassword } from '../platform/auth/passwords.js';
import { secretBox } from '../platform/auth/secret-box.js';
import { writeAudit } from '../platform/audit.js';
import { buildDemoRows, type DemoPlan, type DemoRows } from './build-rows.js';
import { demoChain } from './chain.js';
import { demoMandates } from './mandates.js';
import type { SignInPlan } from './unit-plan.js';

/** The one password of every demo sign-in. It is public: never run the demo with real data. */
export const demoPassword = 'tillit-demo-2026';

/** The one TOTP secret of every demo sign-in whose role requires a second factor. Published with
 *  the demo, so it protects nothing: add it to an authenticator app, or compute codes from it. */
export const demoTotpSecret = 'DEMOTILLITEXEMPELBYDEMOSECRETAAA';

/** One sign-in per kind of user, each a person placed in a position of the plan. */
export const demoSignIns: readonly SignInPlan[] = [
  {
    role: 'admin',
    email: 'admin@exempelby.se',
    name: 'Karin Lindqvist',
    unit: 'FV',
    position: 'Systemförvaltare',
    description: 'Administrator: edit the steering chain, people, organisation roles and mandates; read the audit log.',
  },
  {
    role: 'analyst',
    email: 'analytiker@exempelby.se',
    name: 'Omar Haddad',
    unit: 'FV',
    position: 'Verksamhetsanalytiker',
    description: 'Analyst: organisation-wide view of the chain and of results, for follow-up and reports.',
  },
  {
    role: 'department_manager',
    email: 'forvaltningschef@exempelby.se',
    name: 'Birgitta Holm',
    unit: 'AO',
    position: 'manager',
    description: 'Head of Vård och omsorg (a department of 150 people) and member of the management team.',
  },
  {
    role: 'unit_manager',
    email: 'enhetschef@exempelby.se',
    name: 'Sara Nyström',
    unit: 'AO-HT1',
    position: 'manager',
    description: 'Manager of Hemtjänst Norra, a home-care unit with two teams: manage members, answer what comes up.',
  },
  {
    role: 'team_leader',
    email: 'teamledare@exempelby.se',
    name: 'Mikko Virtanen',
    unit: 'AO-HT1-T1',
    position: 'manager',
    description: 'Leader of the team Grupp Björken in Hemtjänst Norra: the first link of the chain.',
  },
  {
    role: 'frontline',
    email: 'medarbetare@exempelby.se',
    name: 'Hodan Warsame',
    unit: 'AO-HT1-T1',
    position: 'Undersköterska',
    description: 'Assistant nurse in home care: the frontline view, on a phone, in seconds.',
  },
  {
    role: 'safety_rep',
    email: 'skyddsombud@exempelby.se',
    name: 'Lejla Hodžić',
    unit: 'AO-SB1-A',
    position: 'Undersköterska och skyddsombud',
    description: 'Safety representative (skyddsombud) at Solgården nursing home: follows the work environment.',
  },
  {
    role: 'case_handler',
    email: 'visselblasning@exempelby.se',
    name: 'Parisa Karimi',
    unit: 'HR-STD',
    position: 'HR-specialist, visselblåsarfunktionen',
    description: 'Whistleblowing case handler: receives and follows up reports under the Swedish law 2021:890.',
  },
  {
    role: 'politician',
    email: 'politiker@exempelby.se',
    name: 'Lars-Erik Sandberg',
    unit: 'KS',
    position: 'Kommunstyrelsens ordförande',
    description: 'Chair of Kommunstyrelsen: the steering chain seen from the top, and what comes back up it.',
  },
  {
    role: 'auditor',
    email: 'revisor@exempelby.se',
    name: 'Ulla Forsberg',
    unit: 'REV',
    position: 'Förtroendevald revisor',
    description: 'Elected auditor: reads the chain, mandates and the audit log; changes nothing.',
  },
];

export interface DemoSignIn {
  role: string;
  email: string;
  name: string;
  description: string;
  /** Enrolled with demoTotpSecret: signing in asks for a code. */
  secondFactor: boolean;
}

export interface DemoSeedResult {
  /** False when an organisation already existed and nothing was written. */
  created: boolean;
  signIns: DemoSignIn[];
  password: string;
  totpSecret: string;
}

export interface DemoSecurity {
  /** config.SECRET_KEY: seals the demo's TOTP secret like any other. */
  secretKey: string;
  /** config.MFA_REQUIRED_ROLES: the sign-ins with one of these roles get the demo secret. */
  mfaRequiredRoles: readonly OrgRole[];
}

function defaultSecurity(): DemoSecurity {
  const config = loadConfig({});
  return { secretKey: config.SECRET_KEY, mfaRequiredRoles: config.MFA_REQUIRED_ROLES };
}

export const demoPlan: DemoPlan = {
  organisationName: 'Exempelby kommun',
  chain: demoChain,
  mandates: demoMandates,
  signIns: demoSignIns,
};

async function organisationExists(db: Kysely<Database> | Transaction<Database>): Promise<boolean> {
  const row = await db.selectFrom('organisation').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Parents before children: units before the people, memberships and mandates that point to them. */
async function insertRows(trx: Transaction<Database>, rows: DemoRows): Promise<void> {
  await trx.insertInto('organisation').values(rows.organisation).execute();
  for (const batch of batches(rows.units)) await trx.insertInto('units').values(batch).execute();
  for (const batch of batches(rows.people)) await trx.insertInto('people').values(batch).execute();
  for (const batch of batches(rows.personRoles)) await trx.insertInto('person_roles').values(batch).execute();
  for (const batch of batches(rows.memberships)) await trx.insertInto('memberships').values(batch).execute();
  for (const batch of batches(rows.mandates)) await trx.insertInto('mandates').values(batch).execute();
}

/** The sign-ins (by e-mail, with their person ids) whose organisation roles require a second factor. */
function enrolledSignIns(rows: DemoRows, requiredRoles: readonly OrgRole[]): Map<string, string> {
  const signInEmails = new Set(demoSignIns.map((s) => s.email));
  const required = new Set(
    rows.personRoles.filter((r) => requiredRoles.some((role) => role === r.role)).map((r) => r.person_id),
  );
  return new Map(
    rows.people.filter((p) => signInEmails.has(p.email) && required.has(p.id)).map((p) => [p.email, p.id] as const),
  );
}

/** As if each had scanned demoTotpSecret: sealed like any secret, confirmed, no code used yet. */
async function enrolDemoSecondFactors(
  trx: Transaction<Database>,
  enrolled: ReadonlyMap<string, string>,
  secretKey: string,
): Promise<void> {
  const box = secretBox(secretKey);
  const at = '2026-01-01T00:00:00.000Z';
  for (const personId of enrolled.values())
    await trx
      .insertInto('mfa_totp')
      .values({
        person_id: personId,
        secret_enc: box.seal(demoTotpSecret, personId),
        confirmed_at: at,
        last_step: 0,
        created_at: at,
      })
      .execute();
}

/**
 * Creates Exempelby kommun unless an organisation already exists. Returns the sign-ins either way,
 * so the server can print them on every demo start.
 */
export async function seedDemo(
  db: Kysely<Database>,
  security: DemoSecurity = defaultSecurity(),
): Promise<DemoSeedResult> {
  const rows = buildDemoRows(demoPlan, new Map());
  const enrolled = enrolledSignIns(rows, security.mfaRequiredRoles);
  const signIns = demoSignIns.map(({ role, email, name, description }) => ({
    role,
    email,
    name,
    description,
    secondFactor: enrolled.has(email),
  }));
  const result = { signIns, password: demoPassword, totpSecret: demoTotpSecret };
  if (await organisationExists(db)) return { created: false, ...result };

  // Hashed before the transaction opens, so the database is not held while argon2 works.
  const hashes = new Map(
    await Promise.all(demoSignIns.map(async (s) => [s.email, await hashPassword(demoPassword)] as const)),
  );
  const rowsWithHashes = buildDemoRows(demoPlan, hashes);

  const created = await db.transaction().execute(async (trx) => {
    // Checked again inside the transaction: another process may have seeded in the meantime.
    if (await organisationExists(trx)) return false;
    await insertRows(trx, rowsWithHashes);
    await enrolDemoSecondFactors(trx, enrolled, security.secretKey);
    await seedDemoBurden(trx);
    await seedDemoBarometer(trx);
    await writeAudit(trx, {
      actorId: null,
      action: 'demo.seed',
      entityType: 'organisation',
      entityId: rows.organisation.id,
      after: {
        name: rows.organisation.name,
        units: rows.units.length,
        people: rows.people.length,
        memberships: rows.memberships.length,
        personRoles: rows.personRoles.length,
        mandates: rows.mandates.length,
        signIns: demoSignIns.length,
      },
    });
    return true;
  });
  return { created, ...result };
}
