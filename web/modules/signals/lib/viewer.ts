import type { Me } from '../../../../common/platform/auth.js';

/** Units the person leads (manager or deputy): where signals wait for their answer. */
export function ledUnitIds(me: Me | null | undefined): string[] {
  return (me?.memberships ?? []).filter((m) => m.role !== 'staff').map((m) => m.unitId);
}

/** Who is offered the response figures: leaders, for their units and those below (figures are
 *  about leaders' responsiveness, not for analysts or administrators as such). The server decides
 *  per unit. */
export function seesFigures(me: Me | null | undefined): boolean {
  return ledUnitIds(me).length > 0;
}
