// Who may see and do what in the barometer. The one place these rules live; every barometer
// service call asks it.
//
// - Answering: only a person invited to an open wave (their participation row), once.
// - Waves: administrators and analysts create and manage any wave; a manager creates and manages
//   pulses for a unit they manage (and what is below it).
// - Results (closed waves only, and always through the wave's stored visibility): administrators
//   and analysts see every unit of the snapshot; a manager sees the subtrees they manage; staff see
//   the units they are members of. Everyone who sees a unit also sees the wave's top as comparison.
// - Dialogue: managers of the unit (and the chain above) write; members of the unit, analysts and
//   administrators read.
// - Instruments: everyone reads; administrators and analysts add. Settings: administrators.
import { isAdmin } from '../../platform/principal.js';
import type { OrgScope } from '../org/policy.js';

export interface WaveFactsForPolicy {
  scopeUnitId: string | null;
}

const seesAll = (s: OrgScope) => isAdmin(s.principal) || s.principal.roles.has('analyst');

export const barometerPolicy = {
  seesAll,
  canCreateWave: (s: OrgScope, scopeUnitId: string | null) =>
    seesAll(s) || (scopeUnitId !== null && s.managed.has(scopeUnitId)),
  canManageWave: (s: OrgScope, wave: WaveFactsForPolicy) =>
    seesAll(s) || (wave.scopeUnitId !== null && s.managed.has(wave.scopeUnitId)),
  /** The snapshot units (ids) whose results this person may see. */
  resultUnits: (s: OrgScope, snapshotUnitIds: readonly string[]): Set<string> => {
    if (seesAll(s)) return new Set(snapshotUnitIds);
    return new Set(snapshotUnitIds.filter((id) => s.managed.has(id) || s.memberOf.has(id)));
  },
  canEditDialogue: (s: OrgScope, unitId: string) => s.managed.has(unitId),
  canReadDialogue: (s: OrgScope, unitId: string) => seesAll(s) || s.managed.has(unitId) || s.memberOf.has(unitId),
  canAddInstrument: (s: OrgScope) => seesAll(s),
  canChangeSettings: (s: OrgScope) => isAdmin(s.principal),
};
