// The frozen snapshot: which units a wave covers, in which order, and where each person counts.
import { describe, expect, it } from 'vitest';
import { placePeople, snapshotTree } from './opening.js';

const unit = (id: string, parent: string | null, name = id, kind = 'unit', active = 1) => ({
  id,
  parent_id: parent,
  name,
  code: id.toUpperCase(),
  kind,
  active,
});

const units = [
  unit('board', null, 'Nämnden', 'board'),
  unit('dept', 'board', 'Förvaltningen', 'department'),
  unit('b', 'dept', 'Beta'),
  unit('a', 'dept', 'Alfa'),
  unit('a1', 'a', 'Alfa 1', 'team'),
  unit('old', 'dept', 'Nedlagd', 'unit', 0),
  unit('citizens', null, 'Invånare', 'citizens'),
];

describe('snapshotTree', () => {
  it('freezes a unit subtree in tree order with depths, without inactive or external units', () => {
    const rows = snapshotTree(units, { unitId: 'dept' });
    expect(rows.map((r) => [r.unit_id, r.parent_id, r.depth, r.sort])).toEqual([
      ['dept', null, 0, 0],
      ['a', 'dept', 1, 1],
      ['a1', 'a', 2, 2],
      ['b', 'dept', 1, 3],
    ]);
  });

  it('puts the organisation itself on top of a whole-organisation wave', () => {
    const rows = snapshotTree(units, { organisationNodeId: 'wave', organisationName: 'Testby kommun' });
    expect(rows[0]).toMatchObject({ unit_id: 'wave', parent_id: null, name: 'Testby kommun', depth: 0 });
    expect(rows.map((r) => r.unit_id)).toEqual(['wave', 'board', 'dept', 'a', 'a1', 'b']);
    expect(rows[1]?.parent_id).toBe('wave');
  });

  it('is empty for a scope that is not an active internal unit', () => {
    expect(snapshotTree(units, { unitId: 'old' })).toEqual([]);
    expect(snapshotTree(units, { unitId: 'citizens' })).toEqual([]);
  });
});

describe('placePeople', () => {
  const tree = snapshotTree(units, { unitId: 'dept' }).map((r) => ({
    unit_id: r.unit_id,
    depth: r.depth,
    sort: r.sort ?? 0,
  }));

  it('places each person once, in their deepest unit, and marks managers', () => {
    const placed = placePeople(
      [
        { person_id: 'p1', unit_id: 'dept', role: 'manager' },
        { person_id: 'p1', unit_id: 'a1', role: 'staff' },
        { person_id: 'p2', unit_id: 'b', role: 'staff' },
        { person_id: 'p2', unit_id: 'a', role: 'staff' },
        { person_id: 'p3', unit_id: 'elsewhere', role: 'staff' },
      ],
      tree,
    );
    expect(placed.sort((x, y) => x.personId.localeCompare(y.personId))).toEqual([
      { personId: 'p1', unitId: 'a1', isManager: true },
      // Same depth: the unit first in tree order (Alfa before Beta).
      { personId: 'p2', unitId: 'a', isManager: false },
    ]);
  });
});
