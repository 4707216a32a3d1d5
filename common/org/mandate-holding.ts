// Who holds a mandate of the register. A mandate is given to a unit, to a role, or to a role in a
// unit; a person holds it through their current memberships and organisation roles.
import { isMembershipRole, isOrgRole } from './roles.js';

export interface MandateHolderSpec {
  unitId: string | null;
  holderRole: string | null;
}

export interface PersonStanding {
  roles: ReadonlySet<string>;
  memberships: ReadonlyArray<{ unitId: string; role: string }>;
}

/**
 * - a role in a unit ("manager of Home care North"): whoever has that membership role there;
 * - an organisation role, optionally in a unit ("safety representative"): whoever has the role
 *   (and, with a unit, is a member of it);
 * - a unit alone: the unit's managers and deputies, who decide on the unit's behalf.
 */
export function holdsMandate(person: PersonStanding, mandate: MandateHolderSpec): boolean {
  const { unitId, holderRole } = mandate;
  const inUnit = (roles?: readonly string[]) =>
    person.memberships.some((m) => m.unitId === unitId && (roles === undefined || roles.includes(m.role)));
  if (holderRole === null) return unitId !== null && inUnit(['manager', 'deputy']);
  if (isMembershipRole(holderRole)) return unitId !== null && inUnit([holderRole]);
  if (isOrgRole(holderRole)) return person.roles.has(holderRole) && (unitId === null || inUnit());
  return false;
}
