import { internalUnitKinds, isExternalKind, type UnitKind } from '../../../../common/org/roles.js';

/** A sensible kind for a new unit under `parent`: one level further down the chain (board ->
 *  administration -> department -> unit -> team); external parties keep their parent's kind. */
export function nextKindBelow(parent: UnitKind | undefined): UnitKind {
  if (parent === undefined) return 'board';
  if (isExternalKind(parent)) return parent;
  const index = internalUnitKinds.findIndex((kind) => kind === parent);
  return internalUnitKinds[Math.min(index + 1, internalUnitKinds.length - 1)] ?? 'team';
}
