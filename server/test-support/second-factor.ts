// The second step of signing in, for API tests, done through the real endpoints as a person with
// the authenticator app would do it. People of the scenario whose roles require a second factor
// (admin, analyst) are enrolled with a known secret and known recovery codes.
//
// A code works only once, so signing one person in several times within 30 seconds needs care:
// each enrolled person has an allocator that hands out the next step still inside the accepted
// window (now, then now + 1; never one the database has seen), and then the person's recovery
// codes, as a person would use them. Allocation is synchronous, so sign-ins running at the same
// time (two apps on one database) never get the same code. Nothing is reset or bypassed.
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { enrolmentSchema, recoveryCodesSchema } from '../../common/platform/mfa.js';
import { loadConfig } from '../config.js';
import type { Database } from '../db/schema.js';
import { normaliseRecoveryCode } from '../platform/auth/recovery-codes.js';
import { secretBox } from '../platform/auth/secret-box.js';
import { totpCode, totpStep } from '../platform/auth/totp.js';

/** The TOTP secret of the scenario's enrolled people. Known to tests only. */
export const testTotpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** Their recovery codes (the same ten for each, stored as hashes like any others). */
export const testRecoveryCodes: readonly string[] = [
  'TEST-AAAA-2345',
  'TEST-BBBB-2345',
  'TEST-CCCC-2345',
  'TEST-DDDD-2345',
  'TEST-EEEE-2345',
  'TEST-FFFF-2345',
  'TEST-GGGG-2345',
  'TEST-HHHH-2345',
  'TEST-JJJJ-2345',
  'TEST-KKKK-2345',
];

/** The secret box of a test app built with the default configuration. */
export const testSecretBox = secretBox(loadConfig({ NODE_ENV: 'test' }).SECRET_KEY);

const hashOf = (code: string) => createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');

interface CodeAllocator {
  secret: string;
  lastStep: number;
  recoveryCodes: readonly string[];
  recoveryUsed: number;
}

/** By e-mail; the latest enrolment of an address wins (each test seeds its own scenario). */
const allocators = new Map<string, CodeAllocator>();

function remember(email: string, secret: string, recoveryCodes: readonly string[]): void {
  allocators.set(email.toLowerCase(), { secret, lastStep: 0, recoveryCodes, recoveryUsed: 0 });
}

/** The next code this person can use: an unused TOTP step in the window, else a recovery code. */
export function nextSecondFactorCode(email: string, lastStepInDatabase = 0): string {
  const allocator = allocators.get(email.toLowerCase());
  if (!allocator) throw new Error(`${email} was not enrolled by the test helpers`);
  const now = totpStep(Date.now());
  const step = Math.max(now, allocator.lastStep + 1, lastStepInDatabase + 1);
  if (step <= now + 1) {
    allocator.lastStep = step;
    return totpCode(allocator.secret, step);
  }
  const code = allocator.recoveryCodes[allocator.recoveryUsed];
  allocator.recoveryUsed += 1;
  if (!code) throw new Error(`no second-factor code left for ${email} in this 30-second window`);
  return code;
}

/** Enrols people directly in the database, as if they had scanned testTotpSecret. */
export async function enrolForTests(
  db: Kysely<Database>,
  people: ReadonlyArray<{ id: string; email: string }>,
): Promise<void> {
  const now = new Date().toISOString();
  for (const { id: personId, email } of people) {
    remember(email, testTotpSecret, testRecoveryCodes);
    await db
      .insertInto('mfa_totp')
      .values({
        person_id: personId,
        secret_enc: testSecretBox.seal(testTotpSecret, personId),
        confirmed_at: now,
        last_step: 0,
        created_at: now,
      })
      .execute();
    await db
      .insertInto('mfa_recovery_codes')
      .values(
        testRecoveryCodes.map((code) => ({
          id: randomUUID(),
          person_id: personId,
          code_hash: hashOf(code),
          created_at: now,
          used_at: null,
        })),
      )
      .execute();
  }
}

type Headers = { cookie: string; 'x-csrf-token': string };

async function lastStepOf(db: Kysely<Database> | undefined, email: string): Promise<number> {
  if (!db) return 0;
  const row = await db
    .selectFrom('mfa_totp')
    .innerJoin('people', 'people.id', 'mfa_totp.person_id')
    .select('mfa_totp.last_step')
    .where('people.email', '=', email.toLowerCase())
    .executeTakeFirst();
  return Number(row?.last_step ?? 0);
}

/** Takes a half-way session ('mfa' or 'enrol') to a full one through the real endpoints. */
export async function completeSecondStep(
  app: FastifyInstance,
  db: Kysely<Database> | undefined,
  email: string,
  stage: 'mfa' | 'enrol',
  partial: Headers,
  sessionHeaders: (response: LightMyRequestResponse) => Headers,
): Promise<Headers> {
  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, headers: partial, payload });
  let response: LightMyRequestResponse;
  if (stage === 'mfa') {
    response = await post('/api/v1/auth/mfa/verify', {
      code: nextSecondFactorCode(email, await lastStepOf(db, email)),
    });
  } else {
    const started = await post('/api/v1/me/mfa/enrol', {});
    if (started.statusCode !== 200) throw new Error(`enrolment of ${email} failed: ${started.body}`);
    const { secret } = enrolmentSchema.parse(started.json());
    const step = totpStep(Date.now());
    response = await post('/api/v1/me/mfa/enrol/confirm', { code: totpCode(secret, step) });
    if (response.statusCode === 200) {
      remember(email, secret, recoveryCodesSchema.parse(response.json()).recoveryCodes);
      const allocator = allocators.get(email.toLowerCase());
      if (allocator) allocator.lastStep = step;
    }
  }
  if (response.statusCode !== 200)
    throw new Error(`second step (${stage}) of ${email} failed: ${response.statusCode} ${response.body}`);
  return sessionHeaders(response);
}
