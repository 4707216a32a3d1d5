// Who may call the second-factor, password and throttling routes. The matrix signs callers in with
// full sessions (createSession), so the half-way stages are tested in mfa.test.ts instead.
import { testPassword } from '../../test-support/api-app.js';
import {
  adminOnly,
  everyone,
  signedInOnly,
  type AnonymousCase,
  type Role,
  type RoleCase,
} from '../../test-support/access-matrix.js';
import { testTotpSecret } from '../../test-support/second-factor.js';
import { totpCode, totpStep } from './totp.js';

export const securityAnonymous: Record<string, AnonymousCase> = {
  'POST /api/v1/auth/mfa/verify': signedInOnly,
  'GET /api/v1/me/mfa': signedInOnly,
  'POST /api/v1/me/mfa/enrol': signedInOnly,
  'POST /api/v1/me/mfa/enrol/confirm': signedInOnly,
  'POST /api/v1/me/mfa/recovery-codes': signedInOnly,
  'POST /api/v1/me/mfa/disable': signedInOnly,
  'POST /api/v1/me/password': signedInOnly,
  'POST /api/v1/people/{id}/mfa/reset': signedInOnly,
  'POST /api/v1/people/{id}/password': signedInOnly,
};

/** The scenario enrols admin and analyst (their roles require it); the others have no second factor. */
const enrolledOnly = (enrolled: number, others: number): Record<Role, number> => ({
  admin: enrolled,
  analyst: enrolled,
  managerA: others,
  staffA1: others,
  managerB: others,
});

export const securityRoleCases: RoleCase[] = [
  {
    op: 'GET /api/v1/me/mfa',
    what: 'read one’s second-factor status',
    url: () => '/api/v1/me/mfa',
    expect: everyone(200),
  },
  {
    op: 'POST /api/v1/me/mfa/enrol',
    what: 'start setting up a second factor (refused when one is set up)',
    url: () => '/api/v1/me/mfa/enrol',
    expect: enrolledOnly(409, 200),
  },
  {
    op: 'POST /api/v1/me/mfa/enrol/confirm',
    what: 'confirm an enrolment that was never started',
    url: () => '/api/v1/me/mfa/enrol/confirm',
    body: () => ({ code: '123456' }),
    expect: everyone(409),
  },
  {
    op: 'POST /api/v1/auth/mfa/verify',
    what: 'verify a code with a session that is already full',
    url: () => '/api/v1/auth/mfa/verify',
    body: () => ({ code: '123456' }),
    expect: everyone(401),
  },
  {
    op: 'POST /api/v1/me/mfa/recovery-codes',
    what: 'get new recovery codes with a current code',
    url: () => '/api/v1/me/mfa/recovery-codes',
    body: () => ({ code: totpCode(testTotpSecret, totpStep(Date.now())) }),
    expect: enrolledOnly(200, 409),
  },
  {
    op: 'POST /api/v1/me/mfa/disable',
    what: 'turn off a second factor (refused where a role requires one)',
    url: () => '/api/v1/me/mfa/disable',
    body: () => ({ code: totpCode(testTotpSecret, totpStep(Date.now())) }),
    expect: enrolledOnly(422, 409),
  },
  {
    op: 'POST /api/v1/me/password',
    what: 'change one’s own password',
    url: () => '/api/v1/me/password',
    body: () => ({ currentPassword: testPassword, newPassword: 'en helt annan lösenfras' }),
    expect: everyone(200),
  },
  {
    op: 'POST /api/v1/people/{id}/mfa/reset',
    what: 'reset another person’s second factor (lost phone)',
    url: (s) => `/api/v1/people/${s.people.staffA1b.id}/mfa/reset`,
    expect: adminOnly,
  },
  {
    op: 'POST /api/v1/people/{id}/password',
    what: 'set another person’s password',
    url: (s) => `/api/v1/people/${s.people.staffA1b.id}/password`,
    body: () => ({ newPassword: 'ett nytt lösenord för hen' }),
    expect: adminOnly,
  },
  {
    op: 'POST /api/v1/people/{id}/mfa/reset',
    what: 'reset the second factor of an id guessed by enumeration',
    url: () => '/api/v1/people/00000000-0000-4000-8000-000000000001/mfa/reset',
    expect: { admin: 404, analyst: 403, managerA: 403, staffA1: 403, managerB: 403 },
  },
];
