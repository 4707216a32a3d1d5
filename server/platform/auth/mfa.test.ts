import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { loginResultSchema } from '../../../common/platform/auth.js';
import { enrolmentSchema, mfaStatusSchema, recoveryCodesSchema } from '../../../common/platform/mfa.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { buildTestApp, seedScenario, sessionHeaders, signIn, testPassword } from '../../test-support/api-app.js';
import { testRecoveryCodes } from '../../test-support/second-factor.js';
import { totpCode, totpStep } from './totp.js';

type Headers = { cookie: string; 'x-csrf-token': string };

async function login(app: FastifyInstance, email: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: testPassword },
  });
  expect(res.statusCode).toBe(200);
  return { result: loginResultSchema.parse(res.json()), headers: sessionHeaders(res) };
}

const post = (app: FastifyInstance, url: string, headers: Headers, payload: object = {}) =>
  app.inject({ method: 'POST', url, headers, payload });
const get = (app: FastifyInstance, url: string, headers: Headers) => app.inject({ method: 'GET', url, headers });
const now = () => totpStep(Date.now());

describeOnDatabases('second factor (TOTP)', (target) => {
  const database = useTestDatabase(target);

  it('enrols from settings, then asks for a code at sign-in; the same code is refused a second time', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database());
    const full = await signIn(app, people.staffA1.email);
    const started = await post(app, '/api/v1/me/mfa/enrol', full);
    expect(started.statusCode).toBe(200);
    const enrolment = enrolmentSchema.parse(started.json());
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Tillit:staffa1%40testby\.se\?secret=[A-Z2-7]{32}&/);
    expect(enrolment.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const secret = enrolment.secret.replace(/ /g, '');
    expect(enrolment.otpauthUri).toContain(secret);
    // Not on until a first code proves the app has it.
    expect((await login(app, people.staffA1.email)).result.stage).toBe('full');

    const wrongFirst = await post(app, '/api/v1/me/mfa/enrol/confirm', full, { code: '000000' });
    expect(wrongFirst.statusCode).toBe(422);
    const confirmed = await post(app, '/api/v1/me/mfa/enrol/confirm', full, { code: totpCode(secret, now()) });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = recoveryCodesSchema.parse(confirmed.json());
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    const status = mfaStatusSchema.parse((await get(app, '/api/v1/me/mfa', full)).json());
    expect(status).toMatchObject({ enrolled: true, required: false, recoveryCodesLeft: 10 });

    const first = await login(app, people.staffA1.email);
    expect(first.result).toEqual({ stage: 'mfa' });
    expect((await get(app, '/api/v1/me', first.headers)).statusCode).toBe(401);
    // The code that confirmed the enrolment is used up already; the next step's code works.
    const reused = await post(app, '/api/v1/auth/mfa/verify', first.headers, { code: totpCode(secret, now()) });
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({ code: 'security.invalidCode', errors: [{ field: 'code' }] });
    const code = totpCode(secret, now() + 1);
    const verified = await post(app, '/api/v1/auth/mfa/verify', first.headers, { code });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ id: people.staffA1.id, mfa: { enrolled: true, required: false } });
    const renewed = sessionHeaders(verified);
    expect(renewed.cookie).not.toBe(first.headers.cookie);
    expect((await get(app, '/api/v1/me', renewed)).statusCode).toBe(200);
    // The half-way token was ended, not promoted.
    expect((await post(app, '/api/v1/auth/mfa/verify', first.headers, { code })).statusCode).toBe(401);

    const second = await login(app, people.staffA1.email);
    const replay = await post(app, '/api/v1/auth/mfa/verify', second.headers, { code });
    expect(replay.statusCode).toBe(422);
    const rows = await database()
      .db.selectFrom('sessions')
      .select(['auth_method', 'stage'])
      .where('person_id', '=', people.staffA1.id)
      .orderBy('created_at')
      .execute();
    expect(rows).toContainEqual({ auth_method: 'password+totp', stage: 'full' });
    const audit = await database()
      .db.selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', people.staffA1.id)
      .where('action', 'like', 'auth.mfa.%')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'auth.mfa.started',
      'auth.mfa.enrolled',
      'auth.mfa.failed',
      'auth.mfa.verified',
      'auth.mfa.failed',
    ]);
    await app.close();
  });

  it('accepts each recovery code once, and says how many are left', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database());
    const [code = ''] = testRecoveryCodes;
    const first = await login(app, people.admin.email);
    expect(first.result).toEqual({ stage: 'mfa' });
    const used = await post(app, '/api/v1/auth/mfa/verify', first.headers, { code: code.toLowerCase() });
    expect(used.statusCode).toBe(200);
    const full = sessionHeaders(used);
    expect(mfaStatusSchema.parse((await get(app, '/api/v1/me/mfa', full)).json()).recoveryCodesLeft).toBe(9);
    const again = await login(app, people.admin.email);
    expect((await post(app, '/api/v1/auth/mfa/verify', again.headers, { code })).statusCode).toBe(422);
    const methods = await database()
      .db.selectFrom('sessions')
      .select('auth_method')
      .where('person_id', '=', people.admin.id)
      .where('stage', '=', 'full')
      .execute();
    expect(methods).toEqual([{ auth_method: 'password+recovery' }]);
    const audit = await database()
      .db.selectFrom('audit_log')
      .select(['action', 'after_json'])
      .where('action', '=', 'auth.recovery.used')
      .execute();
    expect(audit).toEqual([{ action: 'auth.recovery.used', after_json: '{"recoveryCodesLeft":9}' }]);
    await app.close();
  });

  it('sends a role that requires a second factor to enrolment, and nowhere else, until it is set up', async () => {
    const { people } = await seedScenario(database());
    const { db } = database();
    await db
      .insertInto('person_roles')
      .values({ person_id: people.staffA1b.id, role: 'auditor', granted_at: new Date().toISOString() })
      .execute();
    const app = await buildTestApp(database());
    const half = await login(app, people.staffA1b.email);
    expect(half.result).toEqual({ stage: 'enrol' });
    for (const url of ['/api/v1/me', '/api/v1/units', '/api/v1/me/mfa', '/api/v1/audit', '/api/v1/notifications'])
      expect((await get(app, url, half.headers)).statusCode, url).toBe(401);
    expect((await post(app, '/api/v1/auth/mfa/verify', half.headers, { code: '123456' })).statusCode).toBe(401);
    expect((await post(app, '/api/v1/me/mfa/disable', half.headers, { code: '123456' })).statusCode).toBe(401);
    expect(
      (
        await post(app, '/api/v1/me/password', half.headers, {
          currentPassword: testPassword,
          newPassword: 'nytt lösenord här nu',
        })
      ).statusCode,
    ).toBe(401);

    const started = await post(app, '/api/v1/me/mfa/enrol', half.headers);
    expect(started.statusCode).toBe(200);
    const secret = enrolmentSchema.parse(started.json()).secret;
    const confirmed = await post(app, '/api/v1/me/mfa/enrol/confirm', half.headers, {
      code: totpCode(secret, now()),
    });
    expect(confirmed.statusCode).toBe(200);
    const full = sessionHeaders(confirmed);
    expect(full.cookie).not.toBe(half.headers.cookie);
    const me = await get(app, '/api/v1/me', full);
    expect(me.json()).toMatchObject({ id: people.staffA1b.id, mfa: { enrolled: true, required: true } });
    expect((await get(app, '/api/v1/me', half.headers)).statusCode).toBe(401);
    // Turning it off is refused while the role requires it.
    const off = await post(app, '/api/v1/me/mfa/disable', full, { code: totpCode(secret, now() + 1) });
    expect(off.statusCode).toBe(422);
    expect(off.json()).toMatchObject({ code: 'security.mfaRequiredByRole' });
    // A second half-way session of stage 'mfa' cannot start a new enrolment (that would bypass the code).
    const next = await login(app, people.staffA1b.email);
    expect(next.result).toEqual({ stage: 'mfa' });
    expect((await post(app, '/api/v1/me/mfa/enrol', next.headers)).statusCode).toBe(401);
    await app.close();
  });

  it('keeps the secret encrypted and the recovery codes hashed in the database', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database());
    const full = await signIn(app, people.staffA1.email);
    const enrolment = enrolmentSchema.parse((await post(app, '/api/v1/me/mfa/enrol', full)).json());
    const secret = enrolment.secret.replace(/ /g, '');
    const confirmed = await post(app, '/api/v1/me/mfa/enrol/confirm', full, { code: totpCode(secret, now()) });
    const { recoveryCodes } = recoveryCodesSchema.parse(confirmed.json());
    const { db } = database();
    const row = await db
      .selectFrom('mfa_totp')
      .selectAll()
      .where('person_id', '=', people.staffA1.id)
      .executeTakeFirstOrThrow();
    expect(row.confirmed_at).not.toBeNull();
    expect(row.secret_enc).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(row.secret_enc).not.toContain(secret);
    expect(row.secret_enc).not.toContain(Buffer.from(secret).toString('base64url'));
    const stored = await db
      .selectFrom('mfa_recovery_codes')
      .select('code_hash')
      .where('person_id', '=', people.staffA1.id)
      .execute();
    expect(stored).toHaveLength(10);
    const everything = JSON.stringify(stored);
    for (const code of recoveryCodes) {
      expect(everything).not.toContain(code);
      expect(everything).not.toContain(code.replace(/-/g, ''));
    }
    for (const r of stored) expect(r.code_hash).toMatch(/^[0-9a-f]{64}$/);
    const audit = JSON.stringify(await db.selectFrom('audit_log').selectAll().execute());
    expect(audit).not.toContain(secret);
    await app.close();
  });

  it('gives new recovery codes only with a current code, and the old ones stop working', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database());
    const full = await signIn(app, people.staffA1.email);
    const secret = enrolmentSchema.parse((await post(app, '/api/v1/me/mfa/enrol', full)).json()).secret;
    const first = recoveryCodesSchema.parse(
      (await post(app, '/api/v1/me/mfa/enrol/confirm', full, { code: totpCode(secret, now()) })).json(),
    );
    expect((await post(app, '/api/v1/me/mfa/recovery-codes', full, { code: '000000' })).statusCode).toBe(422);
    const fresh = await post(app, '/api/v1/me/mfa/recovery-codes', full, { code: totpCode(secret, now() + 1) });
    expect(fresh.statusCode).toBe(200);
    const second = recoveryCodesSchema.parse(fresh.json());
    expect(second.recoveryCodes).toHaveLength(10);
    expect(second.recoveryCodes.some((c) => first.recoveryCodes.includes(c))).toBe(false);
    const half = await login(app, people.staffA1.email);
    const old = await post(app, '/api/v1/auth/mfa/verify', half.headers, { code: first.recoveryCodes[0] ?? '' });
    expect(old.statusCode).toBe(422);
    const current = await post(app, '/api/v1/auth/mfa/verify', half.headers, { code: second.recoveryCodes[0] ?? '' });
    expect(current.statusCode).toBe(200);
    await app.close();
  });

  it('turns the second factor off with a current code when no role requires it', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database());
    const full = await signIn(app, people.staffA1.email);
    const secret = enrolmentSchema.parse((await post(app, '/api/v1/me/mfa/enrol', full)).json()).secret;
    await post(app, '/api/v1/me/mfa/enrol/confirm', full, { code: totpCode(secret, now()) });
    const wrong = await post(app, '/api/v1/me/mfa/disable', full, { code: '000000' });
    expect(wrong.statusCode).toBe(422);
    expect((await post(app, '/api/v1/me/mfa/disable', full, { code: totpCode(secret, now()) })).statusCode).toBe(422);
    const off = await post(app, '/api/v1/me/mfa/disable', full, { code: totpCode(secret, now() + 1) });
    expect(off.statusCode).toBe(200);
    expect(mfaStatusSchema.parse((await get(app, '/api/v1/me/mfa', full)).json())).toEqual({
      enrolled: false,
      required: false,
      confirmedAt: null,
      recoveryCodesLeft: 0,
    });
    expect((await login(app, people.staffA1.email)).result).toMatchObject({ stage: 'full' });
    const { db } = database();
    expect(
      await db.selectFrom('mfa_recovery_codes').select('id').where('person_id', '=', people.staffA1.id).execute(),
    ).toEqual([]);
    await app.close();
  });

  it('lets an administrator reset a lost second factor, which signs the person out everywhere', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database());
    const analyst = await signIn(app, people.analyst.email);
    const admin = await signIn(app, people.admin.email);
    const own = await post(app, `/api/v1/people/${people.admin.id}/mfa/reset`, admin);
    expect(own.statusCode).toBe(422);
    expect(own.json()).toMatchObject({ code: 'security.resetOwn' });
    const reset = await post(app, `/api/v1/people/${people.analyst.id}/mfa/reset`, admin);
    expect(reset.statusCode).toBe(200);
    expect((await get(app, '/api/v1/me', analyst)).statusCode).toBe(401);
    const { db } = database();
    expect(
      await db.selectFrom('mfa_totp').select('person_id').where('person_id', '=', people.analyst.id).execute(),
    ).toEqual([]);
    expect(
      await db.selectFrom('mfa_recovery_codes').select('id').where('person_id', '=', people.analyst.id).execute(),
    ).toEqual([]);
    const audit = await db
      .selectFrom('audit_log')
      .select(['actor_id', 'entity_id', 'before_json'])
      .where('action', '=', 'auth.mfa.reset')
      .execute();
    expect(audit).toEqual([
      { actor_id: people.admin.id, entity_id: people.analyst.id, before_json: '{"enrolled":true}' },
    ]);
    // At the next sign-in the analyst's role sends them to set up a new one.
    expect((await login(app, people.analyst.email)).result).toEqual({ stage: 'enrol' });
    await app.close();
  });
});
