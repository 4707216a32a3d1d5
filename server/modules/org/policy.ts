// Who may see and change what in the organisation model. The one place these rules live;
// every org service call asks it before reading or writing.
//
// - Everyone signed in sees the unit tree, managers' names and the mandates register: people
//   need them to know who decides what (openness, and routing in later modules).
// - Members of a unit see its people; managers and deputies see and manage their units and
//   everything below them; analysts see everyone; administrators may do everything.
// - Organisation-wide roles, deactivating people, mandates and import/export: administrators.
// - Confidential mandates are seen only by those named in mandate-confidentiality.ts.
import { subtreeIds, type TreeNode } from '../../../common/org/tree.js';
import { isAdmin, type Principal } from '../../platform/principal.js';

export interface OrgScope {
  principal: Principal;
  /** Units the principal manages (as manager or deputy), with all their descendants. */
  managed: ReadonlySet<string>;
  /** Units the principal is an active member of. */
  memberOf: ReadonlySet<string>;
}

export function orgScope(principal: Principal, tree: readonly TreeNode[]): OrgScope {
  const managed = new Set<string>();
  const memberOf = new Set<string>();
  for (const m of principal.memberships) {
    memberOf.add(m.unitId);
    if (m.role === 'manager' || m.role === 'deputy') for (const id of subtreeIds(tree, m.unitId)) managed.add(id);
  }
  return { principal, managed, memberOf };
}

const seesEveryone = (s: OrgScope) => isAdmin(s.principal) || s.principal.roles.has('analyst');

export const orgPolicy = {
  canEditUnit: (s: OrgScope, unitId: string) => isAdmin(s.principal) || s.managed.has(unitId),
  canCreateUnitUnder: (s: OrgScope, parentId: string | null) =>
    isAdmin(s.principal) || (parentId !== null && s.managed.has(parentId)),
  canSeeMembers: (s: OrgScope, unitId: string) => seesEveryone(s) || s.managed.has(unitId) || s.memberOf.has(unitId),
  canManageMembers: (s: OrgScope, unitId: string) => isAdmin(s.principal) || s.managed.has(unitId),
  seesEveryone,
  /** Units whose people the principal may see, when they cannot see everyone. */
  visibleMemberUnits: (s: OrgScope): Set<string> => new Set([...s.managed, ...s.memberOf]),
  /** Colleagues see each other through current memberships; managers also see people who have
   *  left their units, so the history they manage stays readable. */
  canSeePerson: (s: OrgScope, personId: string, currentUnitIds: readonly string[], everUnitIds: readonly string[]) =>
    personId === s.principal.personId ||
    seesEveryone(s) ||
    currentUnitIds.some((id) => s.memberOf.has(id)) ||
    everUnitIds.some((id) => s.managed.has(id)),
  canEditPerson: (s: OrgScope, personUnitIds: readonly string[]) =>
    isAdmin(s.principal) || personUnitIds.some((id) => s.managed.has(id)),
  /** Managers search all active people when choosing someone to add to a unit they manage. */
  canSearchDirectory: (s: OrgScope) => seesEveryone(s) || s.managed.size > 0,
  canCreatePersonIn: (s: OrgScope, unitId: string) => isAdmin(s.principal) || s.managed.has(unitId),
  canManageRoles: (s: OrgScope) => isAdmin(s.principal),
  canDeactivatePerson: (s: OrgScope) => isAdmin(s.principal),
  canManageMandates: (s: OrgScope) => isAdmin(s.principal),
  canImport: (s: OrgScope) => isAdmin(s.principal),
  canExport: (s: OrgScope) => seesEveryone(s),
};
