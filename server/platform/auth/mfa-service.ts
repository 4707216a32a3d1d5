// The second factor: enrolment (QR code, then a first code, then recovery codes shown once),
// the check after the password, new recovery codes, turning it off, and an administrator's reset
// for a lost phone. Every code check counts toward sign-in throttling when it fails.
import QRCode from 'qrcode';
import type { Kysely } from 'kysely';
import type { Enrolment, MfaStatus } from '../../../common/platform/mfa.js';
import type { OrgRole } from '../../../common/org/roles.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../errors.js';
import { isAdmin, requireSignedIn, type ServiceContext } from '../principal.js';
import {
  consumeRecoveryCode,
  looksLikeRecoveryCode,
  replaceRecoveryCodes,
  unusedRecoveryCodes,
} from './recovery-codes.js';
import { secretBox, type SecretBox } from './secret-box.js';
import { endAllSessionsOf } from './sessions.js';
import {
  accountKey,
  addressKey,
  assertNotThrottled,
  clearFailures,
  recordFailure,
  type ThrottlePolicy,
} from './throttle.js';
import { consumeTotp, isEnrolled, loadTotp, removeSecondFactor, saveUnconfirmedSecret } from './totp-store.js';
import { generateTotpSecret, groupSecret, otpauthUri } from './totp.js';

export interface SecuritySettings {
  box: SecretBox;
  throttle: ThrottlePolicy;
  requiredRoles: readonly OrgRole[];
}

export function securitySettings(config: Config): SecuritySettings {
  return {
    box: secretBox(config.SECRET_KEY),
    throttle: { maxFailures: config.SIGNIN_MAX_FAILURES, blockMinutes: config.SIGNIN_BLOCK_MINUTES },
    requiredRoles: config.MFA_REQUIRED_ROLES,
  };
}

/** The name authenticator apps show above the code. */
const issuer = 'Tillit';

async function activePerson(db: Kysely<Database>, personId: string) {
  const person = await db
    .selectFrom('people')
    .select(['id', 'email'])
    .where('id', '=', personId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!person) throw notFound();
  return person;
}

export async function isSecondFactorRequired(
  db: Kysely<Database>,
  personId: string,
  requiredRoles: readonly OrgRole[],
): Promise<boolean> {
  if (requiredRoles.length === 0) return false;
  const row = await db
    .selectFrom('person_roles')
    .select('role')
    .where('person_id', '=', personId)
    .where('role', 'in', [...requiredRoles])
    .executeTakeFirst();
  return row !== undefined;
}

export async function mfaStatus(ctx: ServiceContext, settings: SecuritySettings): Promise<MfaStatus> {
  const { principal } = requireSignedIn(ctx);
  const [totp, required, left] = await Promise.all([
    ctx.db
      .selectFrom('mfa_totp')
      .select('confirmed_at')
      .where('person_id', '=', principal.personId)
      .where('confirmed_at', 'is not', null)
      .executeTakeFirst(),
    isSecondFactorRequired(ctx.db, principal.personId, settings.requiredRoles),
    unusedRecoveryCodes(ctx.db, principal.personId),
  ]);
  return {
    enrolled: totp !== undefined,
    required,
    confirmedAt: totp?.confirmed_at ?? null,
    recoveryCodesLeft: totp ? left : 0,
  };
}

/** A new, unconfirmed secret; starting again replaces it. A confirmed one is never replaced here. */
export async function startEnrolment(
  ctx: ServiceContext,
  personId: string,
  settings: SecuritySettings,
): Promise<Enrolment> {
  const person = await activePerson(ctx.db, personId);
  if (await isEnrolled(ctx.db, personId)) throw conflict('security.mfaAlreadyEnrolled');
  const secret = generateTotpSecret();
  await ctx.db.transaction().execute(async (trx) => {
    await saveUnconfirmedSecret(trx, settings.box, personId, secret, nowIso());
    await writeAudit(trx, {
      actorId: personId,
      action: 'auth.mfa.started',
      entityType: 'person',
      entityId: personId,
      requestId: ctx.requestId,
    });
  });
  const uri = otpauthUri({ secret, account: person.email, issuer });
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { otpauthUri: uri, qrSvg, secret: groupSecret(secret) };
}

/** The first code proves the app has the secret; the answer is the recovery codes, shown once. */
export async function confirmEnrolment(
  ctx: ServiceContext,
  personId: string,
  code: string,
  settings: SecuritySettings,
): Promise<string[]> {
  await activePerson(ctx.db, personId);
  const existing = await loadTotp(ctx.db, settings.box, personId);
  if (!existing) throw conflict('security.mfaNotStarted');
  if (existing.confirmed) throw conflict('security.mfaAlreadyEnrolled');
  return ctx.db.transaction().execute(async (trx) => {
    const now = new Date();
    if (!(await consumeTotp(trx, settings.box, personId, code, now, { confirm: true })))
      throw invalid('security.invalidCode', 'code');
    const codes = await replaceRecoveryCodes(trx, personId, now.toISOString());
    await writeAudit(trx, {
      actorId: personId,
      action: 'auth.mfa.enrolled',
      entityType: 'person',
      entityId: personId,
      requestId: ctx.requestId,
    });
    return codes;
  });
}

/** Counts a wrong code and refuses, with the throttling answer if this failure started a block. */
async function refuseCode(
  ctx: ServiceContext,
  personId: string,
  keys: readonly string[],
  settings: SecuritySettings,
): Promise<never> {
  await writeAudit(ctx.db, {
    actorId: personId,
    action: 'auth.mfa.failed',
    entityType: 'person',
    entityId: personId,
    requestId: ctx.requestId,
  });
  const blocked = await recordFailure(ctx.db, keys, settings.throttle, ctx);
  throw blocked ?? invalid('security.invalidCode', 'code');
}

/** The second step of signing in: a code from the app, or one of the recovery codes. */
export async function verifySecondFactor(
  ctx: ServiceContext,
  personId: string,
  code: string,
  settings: SecuritySettings,
  address: string,
): Promise<'totp' | 'recovery'> {
  const person = await activePerson(ctx.db, personId);
  const keys = [accountKey(person.email), addressKey(address)];
  await assertNotThrottled(ctx.db, keys);
  const now = new Date();
  const kind = looksLikeRecoveryCode(code) ? 'recovery' : 'totp';
  const accepted =
    kind === 'recovery'
      ? await consumeRecoveryCode(ctx.db, personId, code, now.toISOString())
      : await consumeTotp(ctx.db, settings.box, personId, code, now);
  if (!accepted) return refuseCode(ctx, personId, keys, settings);
  await clearFailures(ctx.db, keys[0] ?? '');
  await writeAudit(ctx.db, {
    actorId: personId,
    action: kind === 'recovery' ? 'auth.recovery.used' : 'auth.mfa.verified',
    entityType: 'person',
    entityId: personId,
    ...(kind === 'recovery' && { after: { recoveryCodesLeft: await unusedRecoveryCodes(ctx.db, personId) } }),
    requestId: ctx.requestId,
  });
  return kind;
}

/** For changes to the second factor itself: the signed-in person proves they still have the app. */
async function requireCurrentCode(
  ctx: ServiceContext,
  code: string,
  settings: SecuritySettings,
  address: string,
): Promise<string> {
  const { principal } = requireSignedIn(ctx);
  if (!(await isEnrolled(ctx.db, principal.personId))) throw conflict('security.mfaNotEnrolled');
  const keys = [accountKey(principal.email), addressKey(address)];
  await assertNotThrottled(ctx.db, keys);
  if (!(await consumeTotp(ctx.db, settings.box, principal.personId, code, new Date())))
    return refuseCode(ctx, principal.personId, keys, settings);
  return principal.personId;
}

export async function regenerateRecoveryCodes(
  ctx: ServiceContext,
  code: string,
  settings: SecuritySettings,
  address: string,
): Promise<string[]> {
  const personId = await requireCurrentCode(ctx, code, settings, address);
  return ctx.db.transaction().execute(async (trx) => {
    const codes = await replaceRecoveryCodes(trx, personId, nowIso());
    await writeAudit(trx, {
      actorId: personId,
      action: 'auth.recovery.regenerated',
      entityType: 'person',
      entityId: personId,
      requestId: ctx.requestId,
    });
    return codes;
  });
}

export async function disableSecondFactor(
  ctx: ServiceContext,
  code: string,
  settings: SecuritySettings,
  address: string,
): Promise<void> {
  const { principal } = requireSignedIn(ctx);
  if (await isSecondFactorRequired(ctx.db, principal.personId, settings.requiredRoles))
    throw new AppError(422, 'security.mfaRequiredByRole');
  const personId = await requireCurrentCode(ctx, code, settings, address);
  await ctx.db.transaction().execute(async (trx) => {
    await removeSecondFactor(trx, personId);
    await writeAudit(trx, {
      actorId: personId,
      action: 'auth.mfa.disabled',
      entityType: 'person',
      entityId: personId,
      requestId: ctx.requestId,
    });
  });
}

/** A lost phone: an administrator removes the person's second factor and signs them out
 *  everywhere; at their next sign-in they set up a new one (if a role requires it, they must). */
export async function resetSecondFactor(ctx: ServiceContext, personId: string): Promise<void> {
  const { principal } = requireSignedIn(ctx);
  if (!isAdmin(principal)) throw forbidden();
  const person = await ctx.db.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst();
  if (!person) throw notFound();
  // Without a code: so not for oneself, or a stolen session could strip its own second factor.
  if (personId === principal.personId) throw new AppError(422, 'security.resetOwn');
  await ctx.db.transaction().execute(async (trx) => {
    const enrolled = await isEnrolled(trx, personId);
    await removeSecondFactor(trx, personId);
    await endAllSessionsOf(trx, personId);
    await writeAudit(trx, {
      actorId: principal.personId,
      action: 'auth.mfa.reset',
      entityType: 'person',
      entityId: personId,
      before: { enrolled },
      after: { enrolled: false },
      requestId: ctx.requestId,
    });
  });
}
