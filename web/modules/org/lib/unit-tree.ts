// Turns the flat unit list from the API into the nested steering chain shown on screen.
import { ancestorsOf, childrenIndex } from '../../../../common/org/tree.js';
import { isExternalKind, unitKinds } from '../../../../common/org/roles.js';
import type { UnitSummary } from '../../../../common/org/units.js';

export interface UnitNode {
  unit: UnitSummary;
  children: UnitNode[];
}

export interface UnitForest {
  /** Our own organisation, from the board down. */
  internal: UnitNode[];
  /** Citizens, partners and supervisory bodies: parties of the chain outside the organisation. */
  external: UnitNode[];
}

/** Steering order first (board before administration before team), then by name in the reader's
 *  language, so Å, Ä, Ö, Æ and Ø sort where readers expect them. */
export function unitComparator(locale: string): (a: UnitSummary, b: UnitSummary) => number {
  const collator = new Intl.Collator(locale, { numeric: true });
  return (a, b) => unitKinds.indexOf(a.kind) - unitKinds.indexOf(b.kind) || collator.compare(a.name, b.name);
}

export function buildForest(units: readonly UnitSummary[], locale: string): UnitForest {
  const compare = unitComparator(locale);
  const index = childrenIndex(units);
  const ids = new Set(units.map((u) => u.id));
  const placed = new Set<string>();
  const build = (unit: UnitSummary): UnitNode => {
    placed.add(unit.id);
    // `placed` guards against a cycle in bad data turning into endless recursion.
    const children = (index.get(unit.id) ?? [])
      .filter((c) => !placed.has(c.id))
      .sort(compare)
      .map(build);
    return { unit, children };
  };
  // A unit whose parent is missing from the list (for example a hidden, deactivated parent)
  // becomes a root, so that nothing silently disappears from the tree.
  const roots = units
    .filter((u) => u.parentId === null || !ids.has(u.parentId))
    .sort(compare)
    .map(build);
  return {
    internal: roots.filter((n) => !isExternalKind(n.unit.kind)),
    external: roots.filter((n) => isExternalKind(n.unit.kind)),
  };
}

/** Names from the top of the tree down to the unit's parent (the unit itself excluded). */
export function parentPath(units: readonly UnitSummary[], unitId: string): string[] {
  return ancestorsOf(units, unitId)
    .slice(0, -1)
    .map((u) => u.name);
}

function normalise(text: string): string {
  return text.toLocaleLowerCase().normalize('NFC');
}

/** Units whose name or code contains the query, in tree order. */
export function searchUnits(units: readonly UnitSummary[], queryText: string, locale: string): UnitSummary[] {
  const needle = normalise(queryText.trim());
  if (!needle) return [];
  return units
    .filter((u) => normalise(u.name).includes(needle) || normalise(u.code).includes(needle))
    .sort(unitComparator(locale));
}

export interface FlatUnit {
  unit: UnitSummary;
  /** Names of the ancestors, top first. */
  path: string[];
}

/** The tree walked depth-first: internal units first, then external parties. Pickers list units
 *  in this order so that a unit appears next to its relatives. */
export function flattenForest(forest: UnitForest): FlatUnit[] {
  const out: FlatUnit[] = [];
  const walk = (node: UnitNode, path: string[]) => {
    out.push({ unit: node.unit, path });
    for (const child of node.children) walk(child, [...path, node.unit.name]);
  };
  for (const root of [...forest.internal, ...forest.external]) walk(root, []);
  return out;
}
