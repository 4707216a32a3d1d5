// The unit tree functions that access control and the cycle check rest on.
import { describe, expect, it } from 'vitest';
import { ancestorsOf, childrenIndex, subtreeIds, wouldCreateCycle, type TreeNode } from './tree.js';

//        board
//        /    \
//   deptA      deptB
//     |          |
//   unitA1     unitB1
//     |
//   teamA1a          outside (a second root)
const tree: TreeNode[] = [
  { id: 'unitA1', parentId: 'deptA' },
  { id: 'board', parentId: null },
  { id: 'teamA1a', parentId: 'unitA1' },
  { id: 'deptA', parentId: 'board' },
  { id: 'deptB', parentId: 'board' },
  { id: 'unitB1', parentId: 'deptB' },
  { id: 'outside', parentId: null },
];

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('childrenIndex', () => {
  it('groups nodes under their parent, roots under null, in input order', () => {
    const index = childrenIndex(tree);
    expect(index.get(null)?.map((n) => n.id)).toEqual(['board', 'outside']);
    expect(index.get('board')?.map((n) => n.id)).toEqual(['deptA', 'deptB']);
    expect(index.get('teamA1a')).toBeUndefined();
  });

  it('keeps the nodes themselves, with their other fields', () => {
    const index = childrenIndex([{ id: 'a', parentId: null, name: 'A' }]);
    expect(index.get(null)).toEqual([{ id: 'a', parentId: null, name: 'A' }]);
  });
});

describe('subtreeIds', () => {
  it('holds the node and everything below it, and nothing beside or above it', () => {
    expect(sorted(subtreeIds(tree, 'deptA'))).toEqual(['deptA', 'teamA1a', 'unitA1']);
    expect(sorted(subtreeIds(tree, 'board'))).toEqual(['board', 'deptA', 'deptB', 'teamA1a', 'unitA1', 'unitB1']);
    expect(sorted(subtreeIds(tree, 'teamA1a'))).toEqual(['teamA1a']);
  });

  it('is just the id for an unknown node', () => {
    expect(sorted(subtreeIds(tree, 'nowhere'))).toEqual(['nowhere']);
  });

  it('terminates on data that already contains a cycle', () => {
    const broken: TreeNode[] = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
      { id: 'c', parentId: 'b' },
    ];
    expect(sorted(subtreeIds(broken, 'a'))).toEqual(['a', 'b', 'c']);
  });

  it('handles a deep chain without recursion limits', () => {
    const chain: TreeNode[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `n${i}`,
      parentId: i === 0 ? null : `n${i - 1}`,
    }));
    expect(subtreeIds(chain, 'n0').size).toBe(20_000);
  });
});

describe('ancestorsOf', () => {
  it('gives the chain from the root down to and including the node', () => {
    expect(ancestorsOf(tree, 'teamA1a').map((n) => n.id)).toEqual(['board', 'deptA', 'unitA1', 'teamA1a']);
    expect(ancestorsOf(tree, 'board').map((n) => n.id)).toEqual(['board']);
  });

  it('is empty for an unknown node and stops at a missing parent', () => {
    expect(ancestorsOf(tree, 'nowhere')).toEqual([]);
    expect(ancestorsOf([{ id: 'orphan', parentId: 'gone' }], 'orphan').map((n) => n.id)).toEqual(['orphan']);
  });

  it('stops on a cycle instead of looping', () => {
    const broken: TreeNode[] = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(ancestorsOf(broken, 'a').map((n) => n.id)).toEqual(['b', 'a']);
  });
});

describe('wouldCreateCycle', () => {
  it('refuses moving a node under itself or anything below it', () => {
    expect(wouldCreateCycle(tree, 'deptA', 'deptA')).toBe(true);
    expect(wouldCreateCycle(tree, 'deptA', 'unitA1')).toBe(true);
    expect(wouldCreateCycle(tree, 'deptA', 'teamA1a')).toBe(true);
    expect(wouldCreateCycle(tree, 'board', 'unitB1')).toBe(true);
  });

  it('allows moving a node anywhere else, or to the top', () => {
    expect(wouldCreateCycle(tree, 'unitA1', 'deptB')).toBe(false);
    expect(wouldCreateCycle(tree, 'teamA1a', 'board')).toBe(false);
    expect(wouldCreateCycle(tree, 'deptA', 'outside')).toBe(false);
    expect(wouldCreateCycle(tree, 'deptA', null)).toBe(false);
  });

  it('allows moving a node under its own parent again', () => {
    expect(wouldCreateCycle(tree, 'unitA1', 'deptA')).toBe(false);
  });
});
