// Where a signal goes: to the managers of the unit it concerns, or, when that unit has none, to the
// nearest unit above that has. Escalation and handing up move it one step further up the chain.
import { ancestorsOf, type TreeNode } from '../../../common/org/tree.js';

/** The unit itself or the nearest unit above it with an active manager or deputy; the unit itself
 *  when no one in the chain has one (an administrator will see it as unanswered). */
export function handlingUnitFor(links: readonly TreeNode[], withManagers: ReadonlySet<string>, unitId: string): string {
  const chain = ancestorsOf(links, unitId).reverse();
  return chain.find((unit) => withManagers.has(unit.id))?.id ?? unitId;
}

/** The nearest unit strictly above `unitId` with a manager, or null at the top. */
export function unitAbove(
  links: readonly TreeNode[],
  withManagers: ReadonlySet<string>,
  unitId: string,
): string | null {
  const chain = ancestorsOf(links, unitId).reverse().slice(1);
  return chain.find((unit) => withManagers.has(unit.id))?.id ?? null;
}

/** Units above `unitId`, nearest first. */
export function unitsAbove<T extends TreeNode>(links: readonly T[], unitId: string): T[] {
  return ancestorsOf(links, unitId).reverse().slice(1);
}
