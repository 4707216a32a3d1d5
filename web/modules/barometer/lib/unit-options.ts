import type { UnitSummary } from '../../../../common/org/units.js';
import { buildForest, type UnitNode } from '../../org/lib/unit-tree';

export interface UnitOption {
  id: string;
  name: string;
  depth: number;
}

/** The organisation's own units (not citizens or partners) in tree order, for a select list. */
export function internalUnitOptions(units: readonly UnitSummary[], locale: string): UnitOption[] {
  const out: UnitOption[] = [];
  const walk = (node: UnitNode, depth: number) => {
    out.push({ id: node.unit.id, name: node.unit.name, depth });
    for (const child of node.children) walk(child, depth + 1);
  };
  for (const root of buildForest(units, locale).internal) walk(root, 0);
  return out;
}

/** Indentation a select option can show: an em space per level. */
export function indented(option: UnitOption): string {
  return `${'\u2003'.repeat(option.depth)}${option.name}`;
}
