import { useMemo } from 'react';
import { subtreeIds } from '../../../../common/org/tree.js';
import type { UnitSummary } from '../../../../common/org/units.js';
import { isAdmin, useMe } from '../../platform/use-me';

export interface UnitScope {
  admin: boolean;
  /** May the viewer create units or people in, or add members to, this unit? Mirrors the
   *  server's policy (administrators anywhere; managers and deputies in their units and below)
   *  so that pickers offer only choices that will be accepted. The server still decides. */
  manages: (unitId: string) => boolean;
}

export function useUnitScope(units: readonly UnitSummary[] | undefined): UnitScope {
  const me = useMe().data;
  return useMemo(() => {
    const admin = isAdmin(me);
    const managed = new Set<string>();
    for (const m of me?.memberships ?? []) {
      if (m.role !== 'manager' && m.role !== 'deputy') continue;
      for (const id of subtreeIds(units ?? [], m.unitId)) managed.add(id);
    }
    return { admin, manages: (unitId: string) => admin || managed.has(unitId) };
  }, [me, units]);
}
