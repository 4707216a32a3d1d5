// Connected provider accounts: a person connects and disconnects their own from Settings; an
// administrator sees whether someone has one and can remove it.
import type { IdentityList } from '../../../../common/platform/identity.js';
import { writeAudit } from '../../audit.js';
import { nowIso } from '../../clock.js';
import { conflict, forbidden, notFound } from '../../errors.js';
import { isAdmin, requireSignedIn, type AuthedContext, type ServiceContext } from '../../principal.js';
import type { Assertion } from './client.js';
import {
  connectIdentity,
  endProviderSessionsOf,
  findPersonByIdentity,
  identitiesOf,
  personState,
  removeIdentitiesOf,
  type IdentityRow,
} from './identity-repo.js';
import { recordProviderFailure } from './sign-in-service.js';

function present(rows: IdentityRow[]): IdentityList {
  // The subject stays on the server: it is the provider's key for the person and no one's business.
  return {
    identities: rows.map((row) => ({ issuer: row.issuer, connectedAt: row.created_at, lastUsedAt: row.last_used_at })),
  };
}

export async function listMyIdentities(ctx: ServiceContext): Promise<IdentityList> {
  const { principal } = requireSignedIn(ctx);
  return present(await identitiesOf(ctx.db, principal.personId));
}

/** Connects the provider account just verified to the signed-in person. 'taken' when it is
 *  already connected to someone else: it is never moved silently from one person to another. */
export async function connectMyIdentity(ctx: ServiceContext, assertion: Assertion): Promise<'linked' | 'taken'> {
  const { principal } = requireSignedIn(ctx);
  const owner = await findPersonByIdentity(ctx.db, assertion.issuer, assertion.subject);
  if (owner && owner.personId !== principal.personId) {
    await recordProviderFailure(ctx, 'identity_taken');
    return 'taken';
  }
  await ctx.db.transaction().execute(async (trx) => {
    await connectIdentity(trx, { ...assertion, personId: principal.personId, at: nowIso() });
    await writeAudit(trx, {
      actorId: principal.personId,
      action: 'auth.oidc.link',
      entityType: 'person',
      entityId: principal.personId,
      after: { issuer: assertion.issuer, subject: assertion.subject },
      requestId: ctx.requestId,
    });
  });
  return 'linked';
}

export async function disconnectMyIdentities(ctx: ServiceContext): Promise<IdentityList> {
  const authed = requireSignedIn(ctx);
  const state = await personState(ctx.db, authed.principal.personId);
  // Without a password the provider is the only way in; disconnecting would lock the person out.
  if (!state?.hasPassword) throw conflict('identityOnlySignIn');
  await removeIdentities(authed, authed.principal.personId, authed.principal.sessionId);
  return { identities: [] };
}

function requireAdmin(ctx: ServiceContext): AuthedContext {
  const authed = requireSignedIn(ctx);
  if (!isAdmin(authed.principal)) throw forbidden();
  return authed;
}

export async function listIdentitiesOfPerson(ctx: ServiceContext, personId: string): Promise<IdentityList> {
  requireAdmin(ctx);
  if (!(await personState(ctx.db, personId))) throw notFound();
  return present(await identitiesOf(ctx.db, personId));
}

export async function removeIdentitiesOfPerson(ctx: ServiceContext, personId: string): Promise<IdentityList> {
  const authed = requireAdmin(ctx);
  if (!(await personState(ctx.db, personId))) throw notFound();
  await removeIdentities(authed, personId, authed.principal.sessionId);
  return { identities: [] };
}

/** Removes the connection and ends the sessions it opened (usually the reason for removing it is
 *  that the account should no longer get in), except the session making the change. */
async function removeIdentities(ctx: AuthedContext, personId: string, keepSessionId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await identitiesOf(trx, personId);
    if (before.length === 0) return;
    await removeIdentitiesOf(trx, personId);
    await endProviderSessionsOf(trx, personId, keepSessionId);
    for (const row of before)
      await writeAudit(trx, {
        actorId: ctx.principal.personId,
        action: 'auth.oidc.unlink',
        entityType: 'person',
        entityId: personId,
        before: { issuer: row.issuer, subject: row.subject },
        requestId: ctx.requestId,
      });
  });
}
