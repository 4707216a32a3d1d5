import { useCallback, useMemo, useState } from 'react';
import type { TreeExpansion } from '../components/unit-tree';

/** Levels above this depth start open, so the board, the administrations and their departments
 *  are visible at once without unfolding a large organisation completely. */
const openByDefaultBelowDepth = 2;

/** Remembers only the units the reader toggled; everything else follows the default. */
export function useTreeExpansion(): TreeExpansion & { setAll: (open: boolean | null) => void } {
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [all, setAllState] = useState<boolean | null>(null);

  const isOpen = useCallback(
    (unitId: string, depth: number) => toggled.get(unitId) ?? all ?? depth < openByDefaultBelowDepth,
    [toggled, all],
  );
  const toggle = useCallback(
    (unitId: string, depth: number) =>
      setToggled((current) => {
        const next = new Map(current);
        next.set(unitId, !(current.get(unitId) ?? all ?? depth < openByDefaultBelowDepth));
        return next;
      }),
    [all],
  );
  const setAll = useCallback((open: boolean | null) => {
    setAllState(open);
    setToggled(new Map());
  }, []);
  return useMemo(() => ({ isOpen, toggle, setAll }), [isOpen, toggle, setAll]);
}
