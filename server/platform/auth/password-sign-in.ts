// The first factor with throttling around it, and the stage the new session starts in. The
// account's failures are forgotten only when the sign-in is complete: after a right password a
// wrong second-factor code still counts, so the password cannot be used to reset the count.
import type { LoginBody } from '../../../common/platform/auth.js';
import { AppError } from '../errors.js';
import type { ServiceContext } from '../principal.js';
import type { SecuritySettings } from './mfa-service.js';
import { authenticate } from './service.js';
import { sessionStageFor } from './session-stage.js';
import type { SessionStage } from './sessions.js';
import { accountKey, addressKey, assertNotThrottled, clearFailures, recordFailure } from './throttle.js';

export async function signInWithPassword(
  ctx: ServiceContext,
  body: LoginBody,
  settings: SecuritySettings,
  address: string,
): Promise<{ personId: string; stage: SessionStage }> {
  const account = accountKey(body.email);
  const keys = [account, addressKey(address)];
  // Checked before the password, so a blocked account learns nothing from a right password either.
  await assertNotThrottled(ctx.db, keys);
  let personId: string;
  try {
    personId = await authenticate(ctx, body);
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalidCredentials')
      throw (await recordFailure(ctx.db, keys, settings.throttle, ctx)) ?? error;
    throw error;
  }
  const stage = await sessionStageFor(ctx.db, personId, {
    requiredRoles: settings.requiredRoles,
    secondFactorDone: false,
  });
  if (stage === 'full') await clearFailures(ctx.db, account);
  return { personId, stage };
}

/** First-run setup is open to anyone until it is done: count refusals per address. */
export async function countSetupRefusal(
  ctx: ServiceContext,
  settings: SecuritySettings,
  address: string,
  error: unknown,
): Promise<unknown> {
  if (!(error instanceof AppError) || error.code !== 'setupDone') return error;
  return (await recordFailure(ctx.db, [addressKey(address)], settings.throttle, ctx)) ?? error;
}

export async function assertSetupNotThrottled(ctx: ServiceContext, address: string): Promise<void> {
  await assertNotThrottled(ctx.db, [addressKey(address)]);
}
