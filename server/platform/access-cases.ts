// Who may call the platform routes (setup, sign-in, profile, notifications, home, audit).
import { testPassword } from '../test-support/api-app.js';
import { adminOnly, everyone, signedInOnly, type AnonymousCase, type RoleCase } from '../test-support/access-matrix.js';

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

export const platformRoleCases: RoleCase[] = [
  { op: 'GET /api/v1/audit', what: 'read the audit log', url: () => '/api/v1/audit', expect: adminOnly },
  { op: 'GET /api/v1/me', what: 'read one’s profile', url: () => '/api/v1/me', expect: everyone(200) },
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
