import type { Me } from '../../../../common/platform/auth.js';
import { isAdmin } from '../../platform/use-me';

/** Administrators and managers may register demands (the server checks the owner unit). */
export function mayCreateDemand(me: Me | null | undefined): boolean {
  return isAdmin(me) || (me?.memberships.some((m) => m.role === 'manager') ?? false);
}
