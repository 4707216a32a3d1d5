import { describe, expect, it } from 'vitest';
import { residuals, subtreeCounts, visibleNodes } from './anonymity.js';
import { atomSizes, randomInt, randomTree, seededRandom } from './test-random.js';

// root
// ├── a ── a1, a2
// └── b
const tree = [
  { id: 'root', parentId: null },
  { id: 'a', parentId: 'root' },
  { id: 'a1', parentId: 'a' },
  { id: 'a2', parentId: 'a' },
  { id: 'b', parentId: 'root' },
];
const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));
const sorted = (set: Set<string>) => [...set].sort();

describe('subtreeCounts', () => {
  it('sums direct counts up the tree', () => {
    const { subtree } = subtreeCounts(tree, counts({ root: 1, a: 2, a1: 3, a2: 4, b: 5 }));
    expect(subtree.get('a')).toBe(9);
    expect(subtree.get('root')).toBe(15);
  });

  it('treats a parent outside the snapshot as no parent, and ignores negative counts', () => {
    const { subtree } = subtreeCounts([{ id: 'x', parentId: 'gone' }], counts({ x: -4 }));
    expect(subtree.get('x')).toBe(0);
  });
});

describe('visibleNodes', () => {
  it('hides a group below k (rule 1)', () => {
    const visible = visibleNodes(tree, counts({ a1: 5, a2: 5, b: 2 }), 5);
    expect(visible.has('b')).toBe(false);
  });

  it('hides a group where 1..k-1 people skipped the item, and keeps the residuals safe after', () => {
    // a1: 6 answered, 5 of them this item (one skipper); a2 and b: everyone answered it.
    const everyone = counts({ a1: 6, a2: 5, b: 5 });
    const item = counts({ a1: 5, a2: 5, b: 5 });
    const visible = visibleNodes(tree, item, 5, everyone);
    // The one skipper is inside a1, a and the root: all three hidden; a2 and b stay.
    expect(sorted(visible)).toEqual(['a2', 'b']);
    for (const r of residuals(tree, item, visible).values()) expect(r === 0 || r >= 5).toBe(true);
    // No skippers anywhere: the population changes nothing.
    expect(sorted(visibleNodes(tree, item, 5, item))).toEqual(sorted(visibleNodes(tree, item, 5)));
  });

  it('shows everything when every group and every residual is large enough', () => {
    const visible = visibleNodes(tree, counts({ a1: 5, a2: 5, b: 5 }), 5);
    expect(sorted(visible)).toEqual(['a', 'a1', 'a2', 'b', 'root']);
  });

  it('hides a second sibling when only one would be hidden (rule 2)', () => {
    // b has 2: root minus a would expose b's two people, so a must go too.
    const visible = visibleNodes(tree, counts({ a1: 5, a2: 5, b: 2 }), 5);
    expect(visible.has('root')).toBe(true);
    expect(visible.has('a')).toBe(false);
    // a1 and a2 together are 10 of root's 12: still a residual of 2, so one of them goes as well.
    const r = residuals(tree, counts({ a1: 5, a2: 5, b: 2 }), visible);
    for (const value of r.values()) expect(value === 0 || value >= 5).toBe(true);
  });

  it('counts the direct members of a parent as a residual', () => {
    // a has 1 person of its own besides its two teams of 5: a minus a1 minus a2 is that one person.
    const direct = counts({ a: 1, a1: 5, a2: 5, b: 6 });
    const visible = visibleNodes(tree, direct, 5);
    expect(visible.has('a')).toBe(true);
    expect(visible.has('a1') && visible.has('a2')).toBe(false);
    for (const value of residuals(tree, direct, visible).values()) expect(value === 0 || value >= 5).toBe(true);
  });

  it('hides the smallest child first', () => {
    const direct = counts({ a: 2, a1: 5, a2: 7, b: 0 });
    const visible = visibleNodes(tree, direct, 5);
    expect(visible.has('a1')).toBe(false);
    expect(visible.has('a2')).toBe(true);
    expect(residuals(tree, direct, visible).get('a')).toBe(7);
  });

  it('hides everything when the whole population is below k', () => {
    expect(visibleNodes(tree, counts({ a1: 2, b: 2 }), 5).size).toBe(0);
  });

  it('shows nothing for nobody', () => {
    expect(visibleNodes(tree, new Map(), 3).size).toBe(0);
  });

  it('keeps a child equal to its parent (residual 0 reveals nobody)', () => {
    const direct = counts({ a1: 6 });
    const visible = visibleNodes(tree, direct, 5);
    expect(sorted(visible)).toEqual(['a', 'a1', 'root']);
  });

  it('does not depend on the order of the nodes', () => {
    const direct = counts({ a: 1, a1: 4, a2: 4, b: 3, root: 2 });
    const one = visibleNodes(tree, direct, 3);
    const other = visibleNodes([...tree].reverse(), direct, 3);
    expect(sorted(one)).toEqual(sorted(other));
  });

  it('rejects a nonsense k', () => {
    expect(() => visibleNodes(tree, new Map(), 0)).toThrow();
  });

  it('handles a deep chain without recursion', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => ({ id: `c${i}`, parentId: i === 0 ? null : `c${i - 1}` }));
    const visible = visibleNodes(chain, counts({ c4999: 5, c10: 1 }), 5);
    // c10..c4999 hold 6 people, c11..c4999 hold 5: c10 minus c11 would be 1 person.
    expect(visible.has('c10') && visible.has('c11')).toBe(false);
    for (const value of residuals(chain, counts({ c4999: 5, c10: 1 }), visible).values())
      expect(value === 0 || value >= 5).toBe(true);
  });
});

// The adversary's view in pure form: random trees (depth 1-6), random people placed in units,
// k in 3..6. Every group the shown figures can isolate is an atom of the shown family; we list the
// atoms from the people themselves (not from the algorithm's residuals) and also try every
// "node minus a subset of its shown descendants" and every sum of shown siblings.
describe('no set arithmetic on shown groups isolates fewer than k people', () => {
  for (let seed = 1; seed <= 300; seed += 1) {
    it(`random organisation ${seed}`, () => {
      const random = seededRandom(seed);
      const { nodes } = randomTree(random, randomInt(random, 1, 6));
      const k = randomInt(random, 3, 6);
      const people = randomInt(random, 0, nodes.length * 4);
      const personUnits = Array.from(
        { length: people },
        () => nodes[randomInt(random, 0, nodes.length - 1)]?.id ?? 'n0',
      );
      const direct = new Map<string, number>();
      for (const unit of personUnits) direct.set(unit, (direct.get(unit) ?? 0) + 1);

      const visible = visibleNodes(nodes, direct, k);
      const { subtree } = subtreeCounts(nodes, direct);
      for (const id of visible) expect(subtree.get(id) ?? 0).toBeGreaterThanOrEqual(k);
      for (const size of atomSizes(nodes, personUnits, visible)) expect(size).toBeGreaterThanOrEqual(k);

      // Explicit subtractions: a node minus any subset of its shown descendants that do not
      // overlap (laminar: take a subset of the maximal ones, up to 2^8 subsets per node).
      const parent = new Map(nodes.map((n) => [n.id, n.parentId]));
      const isBelow = (child: string, ancestor: string) => {
        let current = parent.get(child) ?? null;
        while (current !== null) {
          if (current === ancestor) return true;
          current = parent.get(current) ?? null;
        }
        return false;
      };
      for (const top of visible) {
        const below = [...visible].filter((v) => isBelow(v, top));
        const disjoint = below.filter((v) => !below.some((w) => w !== v && isBelow(v, w)));
        const chosen = disjoint.slice(0, 8);
        for (let mask = 1; mask < 1 << chosen.length; mask += 1) {
          let rest = subtree.get(top) ?? 0;
          for (let i = 0; i < chosen.length; i += 1) if (mask & (1 << i)) rest -= subtree.get(chosen[i] ?? '') ?? 0;
          expect(rest === 0 || rest >= k).toBe(true);
        }
      }
    });
  }
});

describe('the atom check can fail', () => {
  it('catches a family made by rule 1 alone', () => {
    // Rule 1 alone shows root (12) and a (10): root minus a isolates b's two people.
    const personUnits = ['a1', 'a1', 'a1', 'a1', 'a1', 'a2', 'a2', 'a2', 'a2', 'a2', 'b', 'b'];
    const naive = new Set(['root', 'a', 'a1', 'a2']);
    expect(Math.min(...atomSizes(tree, personUnits, naive))).toBe(2);
    const safe = visibleNodes(tree, counts({ a1: 5, a2: 5, b: 2 }), 5);
    expect(Math.min(...atomSizes(tree, personUnits, safe))).toBeGreaterThanOrEqual(5);
  });
});
