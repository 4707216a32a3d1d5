// Who may call the routes of sign-in with the identity provider and of connected accounts. The
// matrix app runs without OIDC configuration, so starting answers 404 and a callback lands on the
// sign-in page with an error (302), whatever it is sent.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Scenario } from '../../../test-support/api-app.js';
import {
  adminOnly,
  everyone,
  signedInOnly,
  type AnonymousCase,
  type RoleCase,
} from '../../../test-support/access-matrix.js';

export const oidcAnonymous: Record<string, AnonymousCase> = {
  'GET /api/v1/auth/providers': { status: 200 },
  'GET /api/v1/auth/oidc/start': { status: 404 },
  'GET /api/v1/auth/oidc/callback': { status: 302 },
  'GET /api/v1/me/identity': signedInOnly,
  'DELETE /api/v1/me/identity': signedInOnly,
  'GET /api/v1/people/{id}/identity': signedInOnly,
  'DELETE /api/v1/people/{id}/identity': signedInOnly,
};

async function connectStaffA1(s: Scenario, db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('person_identities')
    .values({
      issuer: 'https://idp.testby.se',
      subject: `staff-${randomUUID()}`,
      person_id: s.people.staffA1.id,
      created_at: new Date().toISOString(),
      last_used_at: null,
    })
    .execute();
}

export const oidcRoleCases: RoleCase[] = [
  {
    op: 'GET /api/v1/auth/providers',
    what: 'see the sign-in options',
    url: () => '/api/v1/auth/providers',
    expect: everyone(200),
  },
  {
    op: 'GET /api/v1/me/identity',
    what: 'see one’s own connected account',
    url: () => '/api/v1/me/identity',
    expect: everyone(200),
  },
  {
    op: 'DELETE /api/v1/me/identity',
    what: 'disconnect one’s own account',
    url: () => '/api/v1/me/identity',
    expect: everyone(200),
  },
  {
    op: 'GET /api/v1/people/{id}/identity',
    what: 'see whether someone has a connected account',
    url: (s) => `/api/v1/people/${s.people.staffA1.id}/identity`,
    prepare: connectStaffA1,
    expect: adminOnly,
  },
  {
    op: 'DELETE /api/v1/people/{id}/identity',
    what: 'remove someone’s connected account',
    url: (s) => `/api/v1/people/${s.people.staffA1.id}/identity`,
    prepare: connectStaffA1,
    expect: adminOnly,
  },
  {
    op: 'DELETE /api/v1/people/{id}/identity',
    what: 'remove the connected account of a guessed id',
    url: () => `/api/v1/people/${randomUUID()}/identity`,
    expect: { admin: 404, analyst: 403, managerA: 403, staffA1: 403, managerB: 403 },
  },
];
