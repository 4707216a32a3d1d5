// Changing one's own password, and an administrator setting someone's. Either way every session of
// the person ends: whoever knew the old password (or held a session opened with it) is out. The
// person changing their own password gets a new session in place of the one they used.
import type { Kysely, Transaction } from 'kysely';
import type { ChangePasswordBody } from '../../../common/platform/auth.js';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError, forbidden, invalid, notFound } from '../errors.js';
import { isAdmin, requireSignedIn, type ServiceContext } from '../principal.js';
import { assertAcceptablePassword } from './password-rules.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { createSession, endAllSessionsOf, type AuthMethod, type NewSession, type SessionPolicy } from './sessions.js';
import { accountKey, addressKey, assertNotThrottled, recordFailure, type ThrottlePolicy } from './throttle.js';

const authMethods: readonly AuthMethod[] = [
  'password',
  'setup',
  'oidc',
  'password+totp',
  'oidc+totp',
  'password+recovery',
  'oidc+recovery',
];
const asAuthMethod = (value: string | undefined): AuthMethod =>
  authMethods.find((method) => method === value) ?? 'password';

async function organisationName(db: Kysely<Database>): Promise<string | undefined> {
  return (await db.selectFrom('organisation').select('name').executeTakeFirst())?.name;
}

export async function changePassword(
  ctx: ServiceContext,
  body: ChangePasswordBody,
  options: { throttle: ThrottlePolicy; sessions: SessionPolicy; address: string },
): Promise<NewSession> {
  const { principal } = requireSignedIn(ctx);
  const person = await ctx.db
    .selectFrom('people')
    .select(['id', 'email', 'password_hash'])
    .where('id', '=', principal.personId)
    .executeTakeFirstOrThrow();
  const keys = [accountKey(person.email), addressKey(options.address)];
  await assertNotThrottled(ctx.db, keys);
  if (!(await verifyPassword(person.password_hash, body.currentPassword))) {
    await writeAudit(ctx.db, {
      actorId: person.id,
      action: 'auth.password.failed',
      entityType: 'person',
      entityId: person.id,
      requestId: ctx.requestId,
    });
    const blocked = await recordFailure(ctx.db, keys, options.throttle, ctx);
    throw blocked ?? invalid('security.wrongPassword', 'currentPassword');
  }
  if (body.newPassword === body.currentPassword) throw invalid('security.passwordUnchanged', 'newPassword');
  await assertAcceptablePassword(
    body.newPassword,
    { email: person.email, organisationName: await organisationName(ctx.db) },
    'newPassword',
  );
  const passwordHash = await hashPassword(body.newPassword);
  const current = await ctx.db
    .selectFrom('sessions')
    .select('auth_method')
    .where('id', '=', principal.sessionId)
    .executeTakeFirst();
  return ctx.db.transaction().execute(async (trx) => {
    await storePassword(trx, person.id, passwordHash);
    await writeAudit(trx, {
      actorId: person.id,
      action: 'auth.password.changed',
      entityType: 'person',
      entityId: person.id,
      requestId: ctx.requestId,
    });
    // The session that made the change is renewed: same sign-in method, new token.
    return createSession(trx, person.id, asAuthMethod(current?.auth_method), options.sessions);
  });
}

/** A new password ends every session of the person: whoever knew the old one is out. */
async function storePassword(trx: Transaction<Database>, personId: string, passwordHash: string): Promise<void> {
  const now = nowIso();
  await trx
    .updateTable('people')
    .set({ password_hash: passwordHash, password_changed_at: now, updated_at: now })
    .where('id', '=', personId)
    .execute();
  await endAllSessionsOf(trx, personId);
}

/** For people without a password yet (added by hand or by import) or who have forgotten theirs. */
export async function setPasswordOf(ctx: ServiceContext, personId: string, newPassword: string): Promise<void> {
  const { principal } = requireSignedIn(ctx);
  if (!isAdmin(principal)) throw forbidden();
  const person = await ctx.db
    .selectFrom('people')
    .select(['id', 'email', 'active'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) throw notFound();
  // One's own password needs the current one, on the security page.
  if (person.id === principal.personId) throw new AppError(422, 'security.setOwnPassword');
  if (person.active !== 1) throw invalid('personInactive');
  await assertAcceptablePassword(
    newPassword,
    { email: person.email, organisationName: await organisationName(ctx.db) },
    'newPassword',
  );
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await storePassword(trx, person.id, passwordHash);
    await writeAudit(trx, {
      actorId: principal.personId,
      action: 'person.password.set',
      entityType: 'person',
      entityId: person.id,
      requestId: ctx.requestId,
    });
  });
}
