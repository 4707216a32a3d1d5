// Performers counted from the organisation model: by role, across a subtree, each person once.
import { describe, expect, it } from 'vitest';
import { performersOf, traceOf, type World } from './world.js';

// Home care (HT) with two groups (HT-N, HT-S); a night team (HT-N-1) under the north group.
const unit = (id: string, parentId: string | null) => ({ id, parentId, name: id, active: true });
const links = [unit('HT', null), unit('HT-N', 'HT'), unit('HT-N-1', 'HT-N'), unit('HT-S', 'HT'), unit('OTHER', null)];
const world: World = {
  links,
  unitById: new Map(links.map((u) => [u.id, u])),
  memberships: [
    { personId: 'boss', unitId: 'HT', role: 'manager' },
    { personId: 'lead-n', unitId: 'HT-N', role: 'manager' },
    { personId: 'deputy-n', unitId: 'HT-N', role: 'deputy' },
    { personId: 'a', unitId: 'HT-N', role: 'staff' },
    { personId: 'b', unitId: 'HT-N', role: 'staff' },
    { personId: 'c', unitId: 'HT-N-1', role: 'staff' },
    { personId: 'd', unitId: 'HT-S', role: 'staff' },
    // Works in two groups: counted once.
    { personId: 'e', unitId: 'HT-S', role: 'staff' },
    { personId: 'e', unitId: 'HT-N-1', role: 'staff' },
    { personId: 'x', unitId: 'OTHER', role: 'staff' },
  ],
  hoursPerFte: 1700,
  hourlyCost: null,
};

describe('performers from the organisation model', () => {
  it('counts staff across a subtree, each person once', () => {
    const people = performersOf(world, [{ unitId: 'HT', includeDescendants: true, role: 'staff' }]);
    expect([...people].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('counts managers and deputies without descendants, and everyone with "all"', () => {
    expect(performersOf(world, [{ unitId: 'HT-N', includeDescendants: false, role: 'managers' }]).size).toBe(2);
    expect(performersOf(world, [{ unitId: 'HT-N', includeDescendants: true, role: 'all' }]).size).toBe(6);
  });

  it('unites several entries without double counting', () => {
    const people = performersOf(world, [
      { unitId: 'HT-S', includeDescendants: false, role: 'staff' },
      { unitId: 'HT-N-1', includeDescendants: false, role: 'staff' },
      { unitId: 'HT', includeDescendants: true, role: 'managers' },
    ]);
    expect([...people].sort()).toEqual(['boss', 'c', 'd', 'deputy-n', 'e', 'lead-n']);
  });

  it('traces the cost: 10 minutes every working day by the staff of home care', () => {
    // 10 x 220 x 5 / 60 = 183.3 hours; / 1700 = 0.11 FTE.
    const trace = traceOf(world, {
      minutes: 10,
      frequencyUnit: 'workingDay',
      frequencyCount: 1,
      performersEntered: null,
      performers: [{ unitId: 'HT', includeDescendants: true, role: 'staff' }],
    });
    expect(trace).toMatchObject({
      occurrencesPerYear: 220,
      performers: 5,
      performersSource: 'counted',
      annualHours: 183.3,
      fte: 0.11,
    });
  });

  it('lets an entered number replace the count', () => {
    const trace = traceOf(world, {
      minutes: 60,
      frequencyUnit: 'year',
      frequencyCount: 1,
      performersEntered: 120,
      performers: [{ unitId: 'HT', includeDescendants: true, role: 'staff' }],
    });
    expect(trace).toMatchObject({ performers: 120, performersSource: 'entered', annualHours: 120 });
  });
});
