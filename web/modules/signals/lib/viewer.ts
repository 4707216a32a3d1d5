import type { Me } from '../../../../common/platform/auth.js';
import { isAdmin } from '../../platform/use-me';

/** Units the person leads (manager or deputy): where signals wait for their answer. */
export function ledUnitIds(me: Me | null | undefined): string[] {
  return (me?.memberships ?? []).filter((m) => m.role !== 'staff').map((m) => m.unitId);
}

/** Who is offered the response figures; the server still decides per unit. */
export function seesFigures(me: Me | null | undefined): boolean {
  return isAdmin(me) || (me?.roles.includes('analyst') ?? false) || ledUnitIds(me).length > 0;
}
