// Turns the readable lines into the changes an import would make, compared with Tillit's current
// state. Lines that change nothing are dropped here, which is what makes an export import again
// as "zero changes".
import type { ImportSummary } from '../../../../common/org/csv-format.js';
import type { OrgRole } from '../../../../common/org/roles.js';
import { childrenIndex } from '../../../../common/org/tree.js';
import {
  membershipKey,
  personState,
  samePersonState,
  sameUnitState,
  unitState,
  type OrgIndex,
  type PersonState,
  type UnitState,
} from './org-index.js';
import type { MembershipEntry, PersonLine, UnitLine } from './row-rules.js';
import type { ExistingMembership } from './snapshot.js';

export type ChangeKind = 'create' | 'update' | 'deactivate';

export interface UnitChange {
  kind: ChangeKind;
  line: UnitLine;
  /** The existing unit's id; absent for a unit to create. */
  id?: string;
  before?: UnitState;
  after: UnitState;
}

export interface PersonChange {
  kind: ChangeKind;
  line: PersonLine;
  id?: string;
  before?: PersonState;
  after: PersonState;
  rolesToAdd: OrgRole[];
  rolesToRemove: string[];
  membershipsToAdd: MembershipEntry[];
  membershipsToEnd: ExistingMembership[];
}

export interface ImportPlan {
  /** Units to create come first, each after its parent; then the changes to existing units. */
  units: UnitChange[];
  people: PersonChange[];
  /** Ids of the units that exist already, by code; apply adds the ones it creates. */
  unitIds: Map<string, string>;
  summary: ImportSummary;
}

export function buildPlan(
  units: readonly UnitLine[],
  people: readonly PersonLine[],
  index: OrgIndex,
  lines: number,
): ImportPlan {
  const unitChanges = orderParentsFirst(units.flatMap((line) => planUnit(line, index)));
  const personChanges = people.flatMap((line) => planPerson(line, index));
  const count = <T extends { kind: ChangeKind }>(list: readonly T[], kind: ChangeKind) =>
    list.filter((change) => change.kind === kind).length;
  return {
    units: unitChanges,
    people: personChanges,
    unitIds: new Map([...index.unitsByCode.values()].map((unit) => [unit.code, unit.id])),
    summary: {
      unitsCreated: count(unitChanges, 'create'),
      unitsUpdated: count(unitChanges, 'update'),
      unitsDeactivated: count(unitChanges, 'deactivate'),
      peopleCreated: count(personChanges, 'create'),
      peopleUpdated: count(personChanges, 'update'),
      peopleDeactivated: count(personChanges, 'deactivate'),
      membershipsAdded: personChanges.reduce((sum, change) => sum + change.membershipsToAdd.length, 0),
      membershipsEnded: personChanges.reduce((sum, change) => sum + change.membershipsToEnd.length, 0),
      lines,
    },
  };
}

/** An existing row that goes from active to inactive is a deactivation, whatever else changes. */
function kindOf(before: { active: boolean } | undefined, after: { active: boolean }): ChangeKind {
  if (!before) return 'create';
  return before.active && !after.active ? 'deactivate' : 'update';
}

function planUnit(line: UnitLine, index: OrgIndex): UnitChange[] {
  const after: UnitState = {
    code: line.code,
    name: line.name,
    kind: line.kind,
    parentCode: line.parentCode,
    description: line.description,
    active: line.active,
  };
  const existing = index.unitsByCode.get(line.code);
  if (!existing) return [{ kind: 'create', line, after }];
  const before = unitState(existing, index);
  if (sameUnitState(before, after)) return [];
  return [{ kind: kindOf(before, after), line, id: existing.id, before, after }];
}

function planPerson(line: PersonLine, index: OrgIndex): PersonChange[] {
  const wanted = new Map(line.memberships.map((entry) => [membershipKey(entry.code, entry.role), entry]));
  const after: PersonState = {
    email: line.email,
    name: line.name,
    title: line.title,
    active: line.active,
    roles: [...line.roles].sort(),
    memberships: [...wanted.keys()].sort(),
  };
  const existing = index.peopleByEmail.get(line.email);
  if (!existing) {
    return [
      {
        kind: 'create',
        line,
        after,
        rolesToAdd: line.roles,
        rolesToRemove: [],
        membershipsToAdd: [...wanted.values()],
        membershipsToEnd: [],
      },
    ];
  }
  const before = personState(existing, index);
  // The e-mail matched without regard to case; keep the stored spelling rather than count it as a change.
  after.email = before.email;
  if (samePersonState(before, after)) return [];

  const kept = new Set<string>();
  const membershipsToEnd: ExistingMembership[] = [];
  for (const membership of existing.memberships) {
    const key = membershipKey(index.unitCodeById.get(membership.unitId) ?? '', membership.role);
    // A second active row for the same unit and role is ended too: the file lists each once.
    if (wanted.has(key) && !kept.has(key)) kept.add(key);
    else membershipsToEnd.push(membership);
  }
  return [
    {
      kind: kindOf(before, after),
      line,
      id: existing.id,
      before,
      after,
      rolesToAdd: line.roles.filter((role) => !existing.roles.includes(role)),
      rolesToRemove: existing.roles.filter((role) => !line.roles.some((wantedRole) => wantedRole === role)),
      membershipsToAdd: [...wanted.entries()].filter(([key]) => !kept.has(key)).map(([, entry]) => entry),
      membershipsToEnd,
    },
  ];
}

/** New units must be inserted after their parent (a foreign key); existing ones keep file order. */
function orderParentsFirst(changes: readonly UnitChange[]): UnitChange[] {
  const creates = changes.filter((change) => change.kind === 'create');
  const newCodes = new Set(creates.map((change) => change.line.code));
  const nodes = creates.map((change) => ({
    id: change.line.code,
    parentId: change.line.parentCode !== null && newCodes.has(change.line.parentCode) ? change.line.parentCode : null,
    change,
  }));
  const children = childrenIndex(nodes);
  const ordered: UnitChange[] = [];
  const queue = [...(children.get(null) ?? [])];
  for (let position = 0; position < queue.length; position++) {
    const next = queue[position];
    if (!next) continue;
    ordered.push(next.change);
    queue.push(...(children.get(next.id) ?? []));
  }
  return [...ordered, ...changes.filter((change) => change.kind !== 'create')];
}
