// Exactly which fields of a token leave the server: never its hash.
import { isApiTokenScope, type ApiToken, type ApiTokenStatus } from '../../../common/platform/tokens.js';
import type { ApiTokenRow } from './repo.js';

function scopesOf(json: string): ApiToken['scopes'] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter(isApiTokenScope) : [];
}

/** Decided here, with the server's clock, so the list shows what authentication will do. */
function statusOf(row: ApiTokenRow, now: number): ApiTokenStatus {
  if (row.revoked_at !== null) return 'revoked';
  if (row.expires_at !== null && Date.parse(row.expires_at) <= now) return 'expired';
  const creatorAdmin = row.creator_admin === true || Number(row.creator_admin) === 1;
  if (row.creator_active !== 1 || !creatorAdmin) return 'suspended';
  return 'active';
}

export function presentApiToken(row: ApiTokenRow, now = Date.now()): ApiToken {
  return {
    id: row.id,
    name: row.name,
    scopes: scopesOf(row.scopes_json),
    status: statusOf(row, now),
    createdBy: { id: row.created_by, name: row.creator_name },
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}
