// A small seeded generator for property tests (mulberry32): the same seed gives the same case.
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const randomInt = (random: () => number, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

export interface RandomTree {
  nodes: { id: string; parentId: string | null }[];
  rootId: string;
}

/** A random tree of depth 1..maxDepth below a root, with a few children per node. */
export function randomTree(random: () => number, maxDepth: number, maxChildren = 4): RandomTree {
  const nodes: { id: string; parentId: string | null }[] = [{ id: 'n0', parentId: null }];
  const depth = randomInt(random, 1, maxDepth);
  let frontier = ['n0'];
  for (let level = 1; level <= depth; level += 1) {
    const next: string[] = [];
    for (const parent of frontier) {
      const count = level === 1 ? randomInt(random, 1, maxChildren) : randomInt(random, 0, maxChildren);
      for (let i = 0; i < count; i += 1) {
        const id = `n${nodes.length}`;
        nodes.push({ id, parentId: parent });
        next.push(id);
      }
    }
    if (next.length === 0) break;
    frontier = next;
  }
  return { nodes, rootId: 'n0' };
}

/**
 * Every group a viewer can isolate with set arithmetic on the shown groups: the people grouped by
 * which shown groups contain them (the atoms of the family). Returns the atom sizes.
 */
export function atomSizes(
  nodes: readonly { id: string; parentId: string | null }[],
  personUnits: readonly string[],
  visible: ReadonlySet<string>,
): number[] {
  const parent = new Map(nodes.map((n) => [n.id, n.parentId]));
  const classes = new Map<string, number>();
  for (const unit of personUnits) {
    const signature: string[] = [];
    let current: string | null = unit;
    while (current !== null) {
      if (visible.has(current)) signature.push(current);
      current = parent.get(current) ?? null;
    }
    if (signature.length === 0) continue;
    const key = signature.join('|');
    classes.set(key, (classes.get(key) ?? 0) + 1);
  }
  return [...classes.values()];
}
