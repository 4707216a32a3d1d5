// Pure functions over the unit tree, used by the server (access, cycle checks, import) and the web.

export interface TreeNode {
  id: string;
  parentId: string | null;
}

export function childrenIndex<T extends TreeNode>(nodes: readonly T[]): Map<string | null, T[]> {
  const index = new Map<string | null, T[]>();
  for (const node of nodes) {
    const list = index.get(node.parentId);
    if (list) list.push(node);
    else index.set(node.parentId, [node]);
  }
  return index;
}

/** The ids of a node and everything below it. */
export function subtreeIds(nodes: readonly TreeNode[], rootId: string): Set<string> {
  const index = childrenIndex(nodes);
  const out = new Set<string>([rootId]);
  const stack = [rootId];
  while (stack.length > 0) {
    const current = stack.pop();
    for (const child of index.get(current ?? null) ?? []) {
      if (!out.has(child.id)) {
        out.add(child.id);
        stack.push(child.id);
      }
    }
  }
  return out;
}

/** The chain from the root down to (and including) the node. Stops on a cycle instead of looping. */
export function ancestorsOf<T extends TreeNode>(nodes: readonly T[], nodeId: string): T[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const chain: T[] = [];
  const seen = new Set<string>();
  let current = byId.get(nodeId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return chain;
}

/** Would making newParentId the parent of nodeId put the node under itself? */
export function wouldCreateCycle(nodes: readonly TreeNode[], nodeId: string, newParentId: string | null): boolean {
  if (newParentId === null) return false;
  return subtreeIds(nodes, nodeId).has(newParentId);
}
