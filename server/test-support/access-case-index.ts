// Every area's access cases. A new area adds its access-cases.ts here; an operation missing from
// the merged anonymous table fails the matrix.
import { orgAnonymous, orgRoleCases } from '../modules/org/access-cases.js';
import { platformAnonymous, platformRoleCases } from '../platform/access-cases.js';
import { auditAnonymous, auditRoleCases } from '../platform/audit-access-cases.js';
import { oidcAnonymous, oidcRoleCases } from '../platform/auth/oidc/access-cases.js';
import { securityAnonymous, securityRoleCases } from '../platform/auth/access-cases.js';
import { privacyAnonymous, privacyRoleCases } from '../platform/privacy/access-cases.js';
import { tokenAnonymous, tokenRoleCases } from '../platform/tokens/access-cases.js';
import { signalsAnonymous, signalsRoleCases } from '../modules/signals/access-cases.js';
import { burdenAnonymous, burdenRoleCases } from '../modules/burden/access-cases.js';
import { barometerAnonymous, barometerRoleCases } from '../modules/barometer/access-cases.js';
import type { AnonymousCase, RoleCase } from './access-matrix.js';

export const anonymousOutcomes: Record<string, AnonymousCase> = {
  ...platformAnonymous,
  ...auditAnonymous,
  ...orgAnonymous,
  ...oidcAnonymous,
  ...securityAnonymous,
  ...tokenAnonymous,
  ...privacyAnonymous,
  ...signalsAnonymous,
  ...burdenAnonymous,
  ...barometerAnonymous,
};

export const roleCases: RoleCase[] = [
  ...platformRoleCases,
  ...auditRoleCases,
  ...orgRoleCases,
  ...oidcRoleCases,
  ...securityRoleCases,
  ...tokenRoleCases,
  ...privacyRoleCases,
  ...signalsRoleCases,
  ...burdenRoleCases,
  ...barometerRoleCases,
];
