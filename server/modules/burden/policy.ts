// Who may see and do what with the burden inventory. The one place these rules live; every burden
// service call asks it.
//
// - Openness: everyone signed in sees the inventory, every demand, its aggregated assessments and
//   its decisions. Assessments are shown only aggregated; comments without names.
// - Create: administrators, and managers for units they lead (the owner unit within what they manage).
// - Edit and remove: the owner person, managers of the owner unit and the chain above, administrators.
// - Assess: only performers (an active membership that a performer entry covers).
// - Open and close a round: administrators, or managers of the scope unit (or above); a round of a
//   chosen set: administrators, or a manager who manages every demand's owner unit.
// - Propose: the owner person, managers of the owner unit and above, administrators.
// - Decide: a holder of a mandate on the owner unit or a unit above it, managers of the owner unit
//   and above, administrators.
// - Import and settings: administrators.
import { ancestorsOf } from '../../../common/org/tree.js';
import { isAdmin } from '../../platform/principal.js';
import type { OrgScope } from '../org/policy.js';
import type { World } from './world.js';

export interface DemandFacts {
  ownerUnitId: string;
  ownerPersonId: string | null;
}

export interface MandateFacts {
  unitId: string | null;
  holderRole: string | null;
}

const isOwner = (s: OrgScope, d: DemandFacts) => d.ownerPersonId !== null && d.ownerPersonId === s.principal.personId;

/** A mandate on the owner unit or above, held by the principal through a role or a membership there. */
function holdsMandateFor(s: OrgScope, world: World, mandates: readonly MandateFacts[], ownerUnitId: string): boolean {
  const chain = new Set(ancestorsOf(world.links, ownerUnitId).map((u) => u.id));
  return mandates.some((m) => {
    if (m.unitId === null || !chain.has(m.unitId) || m.holderRole === null) return false;
    const role = m.holderRole;
    return (
      [...s.principal.roles].some((r) => r === role) ||
      s.principal.memberships.some((ms) => ms.unitId === m.unitId && ms.role === role)
    );
  });
}

export const burdenPolicy = {
  canCreateFor: (s: OrgScope, ownerUnitId: string) => isAdmin(s.principal) || s.managed.has(ownerUnitId),
  /** Whether the person may create demands at all (the form's button). */
  canCreateAny: (s: OrgScope) => isAdmin(s.principal) || s.managed.size > 0,
  canEdit: (s: OrgScope, d: DemandFacts) => isAdmin(s.principal) || isOwner(s, d) || s.managed.has(d.ownerUnitId),
  canAssess: (performers: ReadonlySet<string>, s: OrgScope) => performers.has(s.principal.personId),
  canOpenRoundFor: (s: OrgScope, scopeUnitId: string) => isAdmin(s.principal) || s.managed.has(scopeUnitId),
  canOpenRoundOf: (s: OrgScope, ownerUnitIds: readonly string[]) =>
    isAdmin(s.principal) || (ownerUnitIds.length > 0 && ownerUnitIds.every((id) => s.managed.has(id))),
  canOpenAnyRound: (s: OrgScope) => isAdmin(s.principal) || s.managed.size > 0,
  canCloseRound: (s: OrgScope, round: { scopeUnitId: string | null; createdBy: string }) =>
    isAdmin(s.principal) ||
    (round.scopeUnitId !== null ? s.managed.has(round.scopeUnitId) : round.createdBy === s.principal.personId),
  canPropose: (s: OrgScope, d: DemandFacts) => isAdmin(s.principal) || isOwner(s, d) || s.managed.has(d.ownerUnitId),
  canDecide: (s: OrgScope, world: World, mandates: readonly MandateFacts[], d: DemandFacts) =>
    isAdmin(s.principal) || s.managed.has(d.ownerUnitId) || holdsMandateFor(s, world, mandates, d.ownerUnitId),
  canImport: (s: OrgScope) => isAdmin(s.principal),
  canChangeSettings: (s: OrgScope) => isAdmin(s.principal),
};
