// Authenticates an `Authorization: Bearer tillit_…` request. Only the SHA-256 of a token is
// stored; a revoked or expired token, or one whose creator is no longer an active administrator,
// is refused.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { isAdmin, type Principal } from '../principal.js';
import { loadPrincipal } from './principal-loader.js';
import { digest } from './sessions.js';

export const apiTokenPrefix = 'tillit_';

export async function loadApiTokenPrincipal(db: Kysely<Database>, token: string): Promise<Principal | null> {
  if (!token.startsWith(apiTokenPrefix)) return null;
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'created_by', 'scopes_json', 'expires_at', 'last_used_at'])
    .where('token_hash', '=', digest(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  if (row.expires_at && Date.parse(row.expires_at) <= now) return null;
  const principal = await loadPrincipal(db, row.created_by, { tokenId: row.id, scopes: parseScopes(row.scopes_json) });
  // Tokens act for an administrator: once the creator is not one (or not active), they stop.
  if (!principal || !isAdmin(principal)) return null;
  // "Last used" to the minute is enough to spot an unused token, without a write per request.
  if (!row.last_used_at || now - Date.parse(row.last_used_at) > 60_000)
    await db
      .updateTable('api_tokens')
      .set({ last_used_at: new Date(now).toISOString() })
      .where('id', '=', row.id)
      .execute();
  return principal;
}

function parseScopes(json: string): ReadonlySet<string> {
  const value: unknown = JSON.parse(json);
  return new Set(Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : []);
}
