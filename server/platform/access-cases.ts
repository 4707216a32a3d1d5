// Who may call the platform routes (setup, sign-in, profile, notifications, home, audit).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { testPassword, type Scenario } from '../test-support/api-app.js';
import {
  adminOnly,
  everyone,
  noOrgRole,
  signedInOnly,
  type AnonymousCase,
  type RoleCase,
} from '../test-support/access-matrix.js';

export const platformAnonymous: Record<string, AnonymousCase> = {
  'GET /healthz': { status: 200 },
  'GET /api/v1/setup': { status: 200 },
  // Setup is open only until it has been done once.
  'POST /api/v1/setup': {
    status: 409,
    body: () => ({
      organisationName: 'Kapad kommun',
      defaultLocale: 'sv',
      adminName: 'Inkräktare',
      adminEmail: 'evil@example.com',
      adminPassword: 'a long enough password',
    }),
  },
  'POST /api/v1/auth/login': { status: 200, body: (s) => ({ email: s.people.staffA1.email, password: testPassword }) },
  'POST /api/v1/auth/logout': { status: 200 },
  'GET /api/v1/me': signedInOnly,
  'PATCH /api/v1/me/preferences': signedInOnly,
  'GET /api/v1/notifications': signedInOnly,
  'POST /api/v1/notifications/{id}/read': signedInOnly,
  'POST /api/v1/notifications/read-all': signedInOnly,
  'GET /api/v1/home/needs-me': signedInOnly,
  'GET /api/v1/audit': signedInOnly,
};

const notificationId = '0c6b1e2d-4f3a-4b5c-9d8e-7f6a5b4c3d2e';

/** An unread notification of staffA1's: only staffA1 can mark it; to anyone else it does not exist. */
async function insertNotification(db: Kysely<Database>, s: Scenario): Promise<void> {
  await db
    .insertInto('notifications')
    .values({
      id: notificationId,
      person_id: s.people.staffA1.id,
      kind: 'signals.answered',
      params_json: '{}',
      link: '/',
      created_at: new Date().toISOString(),
      read_at: null,
      emailed_at: null,
    })
    .execute();
}

export const platformRoleCases: RoleCase[] = [
  {
    op: 'GET /api/v1/audit',
    what: 'read the audit log',
    url: () => '/api/v1/audit',
    // Auditors check the chain (audit/verify) but do not read the entries, which name people.
    expect: { ...adminOnly, ...noOrgRole(403), deputyA: 403 },
  },
  { op: 'GET /api/v1/me', what: 'read one’s profile', url: () => '/api/v1/me', expect: everyone(200) },
  {
    op: 'PATCH /api/v1/me/preferences',
    what: 'change one’s language and notification mode',
    url: () => '/api/v1/me/preferences',
    body: () => ({ locale: 'en', notificationMode: 'digest' }),
    expect: { ...everyone(200), auditor: 200, staffB1: 200 },
  },
  {
    op: 'PATCH /api/v1/me/preferences',
    what: 'slip a role into one’s preferences (mass assignment)',
    url: () => '/api/v1/me/preferences',
    body: () => ({ locale: 'en', roles: ['admin'] }),
    expect: { ...everyone(422), staffB1: 422 },
  },
  {
    op: 'POST /api/v1/notifications/{id}/read',
    what: 'mark staffA1’s notification read',
    prepare: (s, db) => insertNotification(db, s),
    url: () => `/api/v1/notifications/${notificationId}/read`,
    expect: { admin: 404, analyst: 404, managerA: 404, staffA1: 200, managerB: 404, staffB1: 404 },
  },
  {
    op: 'GET /api/v1/notifications',
    what: 'read one’s notifications',
    url: () => '/api/v1/notifications',
    expect: everyone(200),
  },
  {
    op: 'POST /api/v1/notifications/read-all',
    what: 'mark all one’s notifications read',
    url: () => '/api/v1/notifications/read-all',
    expect: everyone(200),
  },
  {
    op: 'GET /api/v1/home/needs-me',
    what: 'see what needs one now',
    url: () => '/api/v1/home/needs-me',
    expect: everyone(200),
  },
];
