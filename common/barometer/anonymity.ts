// Which groups of a closed wave may be shown, for one metric. Pure, so it can be tested to death.
//
// A node of the frozen tree stands for its whole subtree. Two rules:
// 1. A node whose subtree has fewer than k respondents is hidden.
// 2. Differencing: the shown nodes form a laminar family (any two are nested or disjoint). The
//    people a viewer can isolate by set arithmetic are unions of the family's atoms, and the atom
//    of a shown node is its residual: the node minus its maximal shown descendants. Every residual
//    must be 0 or at least k; while one is 1..k-1, the smallest maximal shown descendant of that
//    node is hidden too ("hide the residual, and a second sibling when only one would be hidden").
// The root (the wave's whole population, the comparison row) is always part of the family.
// Visibility is computed once per wave over the whole tree: any subset of a safe family is safe,
// so what each viewer sees, and what colluding viewers see together, is safe too.

export interface AnonymityNode {
  id: string;
  parentId: string | null;
}

export interface SubtreeCounts {
  /** Respondents in the node's whole subtree. */
  subtree: Map<string, number>;
  children: Map<string | null, string[]>;
  /** Pre-order: every node before its descendants. */
  order: string[];
}

/** Children lists and subtree sums of the direct counts (a node missing from `direct` has 0). */
export function subtreeCounts(nodes: readonly AnonymityNode[], direct: ReadonlyMap<string, number>): SubtreeCounts {
  const children = new Map<string | null, string[]>();
  const ids = new Set(nodes.map((n) => n.id));
  for (const node of nodes) {
    // A parent outside the snapshot makes the node a root.
    const parent = node.parentId !== null && ids.has(node.parentId) ? node.parentId : null;
    const list = children.get(parent);
    if (list) list.push(node.id);
    else children.set(parent, [node.id]);
  }
  const subtree = new Map<string, number>();
  // Post-order without recursion (deep trees must not blow the stack).
  const order: string[] = [];
  const stack = [...(children.get(null) ?? [])];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const id = stack.pop();
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    order.push(id);
    for (const child of children.get(id) ?? []) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const id = order[i] ?? '';
    let sum = Math.max(0, direct.get(id) ?? 0);
    for (const child of children.get(id) ?? []) sum += subtree.get(child) ?? 0;
    subtree.set(id, sum);
  }
  return { subtree, children, order };
}

/** The maximal visible proper descendants of a node (visible, with no visible node in between). */
function maximalVisibleBelow(id: string, children: Map<string | null, string[]>, visible: Set<string>): string[] {
  const out: string[] = [];
  const stack = [...(children.get(id) ?? [])];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === undefined) continue;
    if (visible.has(current)) out.push(current);
    else for (const child of children.get(current) ?? []) stack.push(child);
  }
  return out;
}

/**
 * The nodes whose subtree figures may be shown for one metric.
 * @param k the wave's minimum group size (at least 3)
 * @param population direct counts of the group the metric's answerers are drawn from (everyone who
 *   answered): where an item was skipped, the skippers are a group of their own, since a figure
 *   over everyone beside a figure over the answerers differ by exactly them. A node whose subtree
 *   has 1..k-1 skippers is hidden before the residual rule runs.
 */
export function visibleNodes(
  nodes: readonly AnonymityNode[],
  direct: ReadonlyMap<string, number>,
  k: number,
  population?: ReadonlyMap<string, number>,
): Set<string> {
  if (!Number.isInteger(k) || k < 1) throw new Error('k must be a positive integer');
  const { subtree, children, order } = subtreeCounts(nodes, direct);
  const count = (id: string) => subtree.get(id) ?? 0;
  const visible = new Set<string>();
  for (const [id, n] of subtree) if (n >= k) visible.add(id);
  if (population) {
    const everyone = subtreeCounts(nodes, population).subtree;
    for (const [id, n] of subtree) {
      const skipped = (everyone.get(id) ?? 0) - n;
      if (skipped > 0 && skipped < k) visible.delete(id);
    }
  }

  // Bottom-up (reverse pre-order): hiding a node below `id` changes only the residual of `id` (its
  // nearest visible ancestor), and everything below has been settled already.
  const bottomUp = [...order].reverse();
  for (const id of bottomUp) {
    if (!visible.has(id)) continue;
    for (;;) {
      const below = maximalVisibleBelow(id, children, visible);
      const residual = count(id) - below.reduce((sum, b) => sum + count(b), 0);
      if (residual === 0 || residual >= k) break;
      // Hide the smallest (ties: by id, so the result does not depend on input order).
      below.sort((a, b) => count(a) - count(b) || (a < b ? -1 : a > b ? 1 : 0));
      const smallest = below[0];
      if (smallest === undefined) break; // cannot happen: residual = count(id) >= k then
      visible.delete(smallest);
    }
  }
  return visible;
}

/** Every residual of the visible family: what set arithmetic on the shown groups can isolate. */
export function residuals(
  nodes: readonly AnonymityNode[],
  direct: ReadonlyMap<string, number>,
  visible: ReadonlySet<string>,
): Map<string, number> {
  const { subtree, children } = subtreeCounts(nodes, direct);
  const out = new Map<string, number>();
  const set = new Set(visible);
  for (const id of visible) {
    const below = maximalVisibleBelow(id, children, set);
    out.set(id, (subtree.get(id) ?? 0) - below.reduce((sum, b) => sum + (subtree.get(b) ?? 0), 0));
  }
  return out;
}
