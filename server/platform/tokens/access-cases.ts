// Who may manage API tokens: administrators only, in a session (a token is refused by the request
// context before the service runs, see tokens.test.ts). Run by server/platform/access-matrix.test.ts.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { adminOnly, signedInOnly, type AnonymousCase, type RoleCase } from '../../test-support/access-matrix.js';
import type { Scenario } from '../../test-support/api-app.js';

export const tokenAnonymous: Record<string, AnonymousCase> = {
  'GET /api/v1/api-tokens': signedInOnly,
  'POST /api/v1/api-tokens': signedInOnly,
  'POST /api/v1/api-tokens/{id}/revoke': signedInOnly,
};

const existingTokenId = '5b0e6c1d-3f2a-4e8b-9c7d-1a2b3c4d5e6f';

async function insertToken(s: Scenario, db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: existingTokenId,
      name: 'Lönesystemet',
      token_hash: 'f'.repeat(64),
      scopes_json: '["org:read"]',
      created_by: s.people.admin.id,
      created_at: new Date().toISOString(),
      expires_at: null,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
}

export const tokenRoleCases: RoleCase[] = [
  { op: 'GET /api/v1/api-tokens', what: 'list the API tokens', url: () => '/api/v1/api-tokens', expect: adminOnly },
  {
    op: 'POST /api/v1/api-tokens',
    what: 'create an API token',
    url: () => '/api/v1/api-tokens',
    body: () => ({ name: 'Lönesystemet', scopes: ['org:read', 'org:write'] }),
    expect: adminOnly,
  },
  {
    op: 'POST /api/v1/api-tokens/{id}/revoke',
    what: 'revoke an API token',
    prepare: insertToken,
    url: () => `/api/v1/api-tokens/${existingTokenId}/revoke`,
    expect: adminOnly,
  },
];
