// Who may call the privacy routes (access request, retention, confidential marking), and what a
// confidential mandate does to the org routes: run by server/platform/access-matrix.test.ts.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Scenario } from '../../test-support/api-app.js';
import {
  adminOnly,
  signedInOnly,
  type AnonymousCase,
  type Expectation,
  type RoleCase,
} from '../../test-support/access-matrix.js';

export const privacyAnonymous: Record<string, AnonymousCase> = {
  'GET /api/v1/people/{id}/access-request': signedInOnly,
  'GET /api/v1/retention': signedInOnly,
  'PUT /api/v1/retention/{dataClass}': signedInOnly,
  'PUT /api/v1/confidential/{entityType}/{entityId}': signedInOnly,
  'DELETE /api/v1/confidential/{entityType}/{entityId}': signedInOnly,
};

const mandateId = '0b7e5c1a-4d2f-4e8a-9c3b-6f1a2d3e4c5b';

/** A mandate of unitA1 held by its manager; with `confidential`, marked by the administrator. */
async function insertMandate(s: Scenario, db: Kysely<Database>, confidential: boolean): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('mandates')
    .values({
      id: mandateId,
      unit_id: s.units.unitA1,
      holder_role: 'manager',
      title: 'Beslut om skyddade personuppgifter',
      description: '',
      delegated_by: '',
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  if (confidential)
    await db
      .insertInto('confidential_records')
      .values({
        entity_type: 'mandate',
        entity_id: mandateId,
        reason: 'OSL 21 kap. 3 §',
        marked_by: s.people.admin.id,
        marked_at: now,
      })
      .execute();
}

/** managerA and deputyA lead deptA, above unitA1, and the auditor examines delegations: they see
 *  the confidential mandate but may not mark or change it (403). Everyone else but the
 *  administrator gets 404, as for a mandate that does not exist. */
const onConfidential: Expectation = {
  admin: 200,
  analyst: 404,
  managerA: 403,
  staffA1: 404,
  managerB: 404,
  auditor: 403,
  deputyA: 403,
  politician: 404,
  safetyRep: 404,
  caseHandler: 404,
  staffB1: 404,
};

export const privacyRoleCases: RoleCase[] = [
  {
    op: 'GET /api/v1/people/{id}/access-request',
    // For staffA1 it is their own data: still refused, the organisation answers access requests.
    what: 'export everything about staffA1',
    url: (s) => `/api/v1/people/${s.people.staffA1.id}/access-request`,
    expect: { ...adminOnly, auditor: 403, caseHandler: 403 },
  },
  {
    op: 'GET /api/v1/retention',
    what: 'read the retention periods',
    url: () => '/api/v1/retention',
    expect: adminOnly,
  },
  {
    op: 'PUT /api/v1/retention/{dataClass}',
    what: 'keep read notifications 90 days',
    url: () => '/api/v1/retention/notifications.read',
    body: () => ({ days: 90 }),
    expect: adminOnly,
  },
  {
    op: 'PUT /api/v1/confidential/{entityType}/{entityId}',
    what: 'mark a public mandate of unitA1 confidential',
    prepare: (s, db) => insertMandate(s, db, false),
    url: () => `/api/v1/confidential/mandate/${mandateId}`,
    body: () => ({ reason: 'OSL 18 kap. 8 §' }),
    expect: adminOnly,
  },
  {
    op: 'PUT /api/v1/confidential/{entityType}/{entityId}',
    what: 'change the reason of a confidential mandate of unitA1',
    prepare: (s, db) => insertMandate(s, db, true),
    url: () => `/api/v1/confidential/mandate/${mandateId}`,
    body: () => ({ reason: 'OSL 18 kap. 8 §' }),
    expect: onConfidential,
  },
  {
    op: 'DELETE /api/v1/confidential/{entityType}/{entityId}',
    what: 'make a confidential mandate of unitA1 public',
    prepare: (s, db) => insertMandate(s, db, true),
    url: () => `/api/v1/confidential/mandate/${mandateId}`,
    expect: onConfidential,
  },
  {
    op: 'PUT /api/v1/confidential/{entityType}/{entityId}',
    what: 'mark a record of a type nobody registered',
    url: () => `/api/v1/confidential/payslip/${mandateId}`,
    body: () => ({ reason: 'OSL 39 kap. 3 §' }),
    expect: { admin: 404, analyst: 404, managerA: 404, staffA1: 404, managerB: 404 },
  },
  {
    op: 'PATCH /api/v1/mandates/{id}',
    what: 'edit a confidential mandate of unitA1',
    prepare: (s, db) => insertMandate(s, db, true),
    url: () => `/api/v1/mandates/${mandateId}`,
    body: () => ({ title: 'Ändrat' }),
    expect: onConfidential,
  },
  {
    op: 'POST /api/v1/mandates/{id}/deactivate',
    what: 'deactivate a confidential mandate of unitA1',
    prepare: (s, db) => insertMandate(s, db, true),
    url: () => `/api/v1/mandates/${mandateId}/deactivate`,
    expect: onConfidential,
  },
];
