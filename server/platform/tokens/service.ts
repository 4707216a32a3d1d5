// API tokens for integrations: administrators create them (scoped, optionally with an end date),
// see when each was last used, and revoke them. The secret is shown once and stored only as its
// SHA-256 (server/platform/auth/api-token-auth.ts checks it on every request).
import { randomBytes, randomUUID } from 'node:crypto';
import {
  apiTokenScopes,
  maxApiTokenLifetimeDays,
  type ApiToken,
  type CreateApiTokenBody,
  type CreatedApiToken,
} from '../../../common/platform/tokens.js';
import { apiTokenPrefix } from '../auth/api-token-auth.js';
import { digest } from '../auth/sessions.js';
import { writeAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { isAdmin, requireSignedIn, type AuthedContext, type ServiceContext } from '../principal.js';
import { presentApiToken } from './presenter.js';
import { findApiTokenRow, insertApiToken, listApiTokenRows, revokeApiTokenRow } from './repo.js';

/** Administrators, in a session of their own. A token may never mint or revoke tokens, whatever
 *  its scopes: a leaked one could otherwise make itself a successor before it is revoked. */
function requireTokenKeeper(ctx: ServiceContext): AuthedContext {
  const authed = requireSignedIn(ctx);
  if (authed.principal.token !== null || !isAdmin(authed.principal)) throw forbidden();
  return authed;
}

export async function listApiTokens(ctx: ServiceContext): Promise<ApiToken[]> {
  requireTokenKeeper(ctx);
  const rows = await listApiTokenRows(ctx.db);
  const now = Date.now();
  return rows.map((row) => presentApiToken(row, now));
}

function checkedExpiry(expiresAt: string | null | undefined): string | null {
  if (expiresAt === null || expiresAt === undefined) return null;
  const at = Date.parse(expiresAt);
  const now = Date.now();
  if (at <= now) throw invalid('apiToken.expiryPast', 'expiresAt');
  if (at > now + maxApiTokenLifetimeDays * 86_400_000) throw invalid('apiToken.expiryTooFar', 'expiresAt');
  return new Date(at).toISOString();
}

export async function createApiToken(ctx: ServiceContext, body: CreateApiTokenBody): Promise<CreatedApiToken> {
  const authed = requireTokenKeeper(ctx);
  const expiresAt = checkedExpiry(body.expiresAt);
  // 256 random bits; the prefix lets secret scanners (and people) recognise a leaked token.
  const token = `${apiTokenPrefix}${randomBytes(32).toString('base64url')}`;
  const scopes = apiTokenScopes.filter((scope) => body.scopes.includes(scope));
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await insertApiToken(trx, {
      id,
      name: body.name,
      token_hash: digest(token),
      scopes_json: JSON.stringify(scopes),
      created_by: authed.principal.personId,
      created_at: nowIso(),
      expires_at: expiresAt,
      last_used_at: null,
      revoked_at: null,
    });
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'apiToken.create',
      entityType: 'api_token',
      entityId: id,
      after: { name: body.name, scopes, expiresAt },
      requestId: ctx.requestId,
    });
  });
  const saved = await findApiTokenRow(ctx.db, id);
  if (!saved) throw notFound();
  return { token, apiToken: presentApiToken(saved) };
}

/** Takes effect on the next request: authentication reads the token's row every time. Revoking
 *  a revoked token changes nothing and is not logged again. */
export async function revokeApiToken(ctx: ServiceContext, id: string): Promise<ApiToken> {
  const authed = requireTokenKeeper(ctx);
  const existing = await findApiTokenRow(ctx.db, id);
  if (!existing) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    const at = nowIso();
    if (!(await revokeApiTokenRow(trx, id, at))) return;
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'apiToken.revoke',
      entityType: 'api_token',
      entityId: id,
      before: { name: existing.name, revokedAt: null },
      after: { name: existing.name, revokedAt: at },
      requestId: ctx.requestId,
    });
  });
  const saved = await findApiTokenRow(ctx.db, id);
  if (!saved) throw notFound();
  return presentApiToken(saved);
}
