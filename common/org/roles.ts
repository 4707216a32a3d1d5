import { isOneOf } from '../platform/one-of.js';

// The vocabulary of the steering chain. Labels live in the i18n catalogs (org.unitKinds.* etc.).

/** Units of our own organisation, from the political board down to the team. */
export const internalUnitKinds = ['board', 'administration', 'department', 'unit', 'team'] as const;
/** Parties of the steering chain outside the organisation. */
export const externalUnitKinds = ['citizens', 'partner', 'supervisory'] as const;
export const unitKinds = [...internalUnitKinds, ...externalUnitKinds] as const;
export type UnitKind = (typeof unitKinds)[number];

export function isExternalKind(kind: string): boolean {
  return isOneOf(externalUnitKinds, kind);
}

/** A person's role inside one unit. */
export const membershipRoles = ['staff', 'manager', 'deputy'] as const;
export type MembershipRole = (typeof membershipRoles)[number];

/** Organisation-wide roles. Later modules read the ones reserved for them. */
export const orgRoles = ['admin', 'analyst', 'safety_rep', 'case_handler', 'politician', 'auditor'] as const;
export type OrgRole = (typeof orgRoles)[number];

/** Who a mandate can be given to, besides a unit: a role in that unit or an organisation role. */
export const mandateHolderRoles = [...membershipRoles, ...orgRoles] as const;

export const isUnitKind = (value: unknown): value is UnitKind => isOneOf(unitKinds, value);
export const isMembershipRole = (value: unknown): value is MembershipRole => isOneOf(membershipRoles, value);
export const isOrgRole = (value: unknown): value is OrgRole => isOneOf(orgRoles, value);
