// Who may check the audit log's hash chain: administrators and auditors. The log itself is in
// access-cases.ts.
import { adminOnly, signedInOnly, type AnonymousCase, type RoleCase } from '../test-support/access-matrix.js';

export const auditAnonymous: Record<string, AnonymousCase> = {
  'GET /api/v1/audit/verify': signedInOnly,
};

export const auditRoleCases: RoleCase[] = [
  {
    op: 'GET /api/v1/audit/verify',
    what: 'check the audit log’s hash chain',
    url: () => '/api/v1/audit/verify',
    expect: { ...adminOnly, auditor: 200, politician: 403, safetyRep: 403, caseHandler: 403, deputyA: 403 },
  },
];
