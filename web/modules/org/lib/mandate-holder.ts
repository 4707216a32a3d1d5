import type { TFunction } from 'i18next';
import { mandateHolderRoles, membershipRoles } from '../../../../common/org/roles.js';
import type { Mandate } from '../../../../common/org/units.js';

export type HolderRole = (typeof mandateHolderRoles)[number];

export function isHolderRole(value: string): value is HolderRole {
  return mandateHolderRoles.some((role) => role === value);
}

/** A holder role is either a role inside a unit (manager) or an organisation role (auditor). */
export function holderRoleLabel(role: HolderRole, t: TFunction<'org'>): string {
  return membershipRoles.some((r) => r === role) ? t(`membershipRoles.${role}`) : t(`orgRoles.${role}`);
}

/** "Manager, Home care" / "Home care" / "Auditor": who holds the mandate, in words. */
export function holderText(mandate: Mandate, t: TFunction<'org'>): string {
  const role = mandate.holderRole ? holderRoleLabel(mandate.holderRole, t) : null;
  if (role && mandate.unitName) return t('mandates.holderRoleInUnit', { role, unit: mandate.unitName });
  return role ?? mandate.unitName ?? t('common.none');
}
