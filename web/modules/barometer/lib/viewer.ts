import type { Me } from '../../../../common/platform/auth.js';

/** Who may open the pages that create waves and instruments. The server decides on every
 *  request; this only keeps the page from offering what would be refused. */
export function canAnalyse(me: Me | null | undefined): boolean {
  return (me?.roles ?? []).some((role) => role === 'admin' || role === 'analyst');
}

/** Managers may create a pulse for the units they manage. */
export function canCreateWave(me: Me | null | undefined): boolean {
  return canAnalyse(me) || (me?.memberships ?? []).some((m) => m.role === 'manager' || m.role === 'deputy');
}
