// Every area's access cases. A new area adds its access-cases.ts here; an operation missing from
// the merged anonymous table fails the matrix.
import { orgAnonymous, orgRoleCases } from '../modules/org/access-cases.js';
import { platformAnonymous, platformRoleCases } from '../platform/access-cases.js';
import type { AnonymousCase, RoleCase } from './access-matrix.js';

export const anonymousOutcomes: Record<string, AnonymousCase> = {
  ...platformAnonymous,
  ...orgAnonymous,
};

export const roleCases: RoleCase[] = [...platformRoleCases, ...orgRoleCases];
