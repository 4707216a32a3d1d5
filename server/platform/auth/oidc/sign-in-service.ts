// Who a provider's assertion signs in. Only a connected (issuer, subject) pair counts: the same
// e-mail address at another provider, or at this provider under another subject, is a stranger,
// so no account can be taken over by creating a look-alike account elsewhere.
import { writeAudit } from '../../audit.js';
import { nowIso } from '../../clock.js';
import type { ServiceContext } from '../../principal.js';
import type { Assertion } from './client.js';
import { findPersonByIdentity, touchIdentity } from './identity-repo.js';

export type ProviderSignIn = { ok: true; personId: string } | { ok: false; page: 'notConnected' | 'inactive' };

export async function signInWithAssertion(ctx: ServiceContext, assertion: Assertion): Promise<ProviderSignIn> {
  const found = await findPersonByIdentity(ctx.db, assertion.issuer, assertion.subject);
  if (!found) {
    await recordProviderFailure(ctx, 'unknown_subject');
    return { ok: false, page: 'notConnected' };
  }
  if (!found.active) {
    await recordProviderFailure(ctx, 'inactive', { personId: found.personId });
    return { ok: false, page: 'inactive' };
  }
  await ctx.db.transaction().execute(async (trx) => {
    await touchIdentity(trx, assertion.issuer, assertion.subject, nowIso());
    await writeAudit(trx, {
      actorId: found.personId,
      action: 'auth.login',
      entityType: 'person',
      entityId: found.personId,
      after: { method: 'oidc', providerMfa: assertion.mfa },
      requestId: ctx.requestId,
    });
  });
  return { ok: true, personId: found.personId };
}

/** A callback that signed nobody in. Only a reason code is kept: no subject, no e-mail, nothing
 *  the provider said about the person; the person's id only when the account is known to us. */
export async function recordProviderFailure(
  ctx: ServiceContext,
  reason: string,
  known: { personId: string } | null = null,
): Promise<void> {
  await writeAudit(ctx.db, {
    actorId: ctx.principal?.personId ?? null,
    action: 'auth.oidc.failed',
    entityType: known ? 'person' : 'auth',
    entityId: known ? known.personId : 'oidc',
    after: { reason },
    requestId: ctx.requestId,
  });
}
