import type { Me } from '../../../../common/platform/auth.js';
import { isAdmin } from '../../platform/use-me';

/** Managers and deputies lead units and may create units and people below their own. */
export function leadsAUnit(me: Me | null | undefined): boolean {
  return me?.memberships.some((m) => m.role === 'manager' || m.role === 'deputy') ?? false;
}

/** Who sees "New unit" and "New person"; the server still decides where they may create them. */
export function mayCreateInOrg(me: Me | null | undefined): boolean {
  return isAdmin(me) || leadsAUnit(me);
}
