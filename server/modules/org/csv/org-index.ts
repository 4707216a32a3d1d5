// The snapshot indexed the way the file refers to things (units by code, people by e-mail), and
// existing rows written in the file's own terms, so "did this line change anything?" is a plain
// comparison and audit entries read the same before and after.
import type { ExistingPerson, ExistingUnit, OrgSnapshot } from './snapshot.js';

export interface OrgIndex {
  unitsByCode: Map<string, ExistingUnit>;
  unitCodeById: Map<string, string>;
  peopleByEmail: Map<string, ExistingPerson>;
}

export function indexSnapshot(snapshot: OrgSnapshot): OrgIndex {
  return {
    unitsByCode: new Map(snapshot.units.map((unit) => [unit.code, unit])),
    unitCodeById: new Map(snapshot.units.map((unit) => [unit.id, unit.code])),
    peopleByEmail: new Map(snapshot.people.map((person) => [person.email, person])),
  };
}

export interface UnitState {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
  description: string;
  active: boolean;
}

export interface PersonState {
  email: string;
  name: string;
  title: string;
  active: boolean;
  /** Sorted, so that two states compare equal whatever order the roles were given in. */
  roles: string[];
  /** CODE:role, sorted. */
  memberships: string[];
}

export function membershipKey(code: string, role: string): string {
  return `${code}:${role}`;
}

export function parentCodeOf(unit: ExistingUnit, index: OrgIndex): string | null {
  return unit.parentId === null ? null : (index.unitCodeById.get(unit.parentId) ?? null);
}

export function unitState(unit: ExistingUnit, index: OrgIndex): UnitState {
  return {
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    parentCode: parentCodeOf(unit, index),
    description: unit.description,
    active: unit.active,
  };
}

export function personState(person: ExistingPerson, index: OrgIndex): PersonState {
  return {
    email: person.email,
    name: person.name,
    title: person.title,
    active: person.active,
    roles: [...person.roles].sort(),
    memberships: person.memberships
      .map((membership) => membershipKey(index.unitCodeById.get(membership.unitId) ?? '', membership.role))
      .sort(),
  };
}

export function sameUnitState(a: UnitState, b: UnitState): boolean {
  return (
    a.code === b.code &&
    a.name === b.name &&
    a.kind === b.kind &&
    a.parentCode === b.parentCode &&
    a.description === b.description &&
    a.active === b.active
  );
}

export function samePersonState(a: PersonState, b: PersonState): boolean {
  return (
    a.email === b.email &&
    a.name === b.name &&
    a.title === b.title &&
    a.active === b.active &&
    sameList(a.roles, b.roles) &&
    sameList(a.memberships, b.memberships)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
