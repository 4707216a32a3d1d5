// What the durability run has been told: every write whose 2xx answer arrived (acknowledged, so
// it must survive any crash after that) and every write whose answer never came (it may or may
// not have been committed when the server died; both are fine).
export const writeKinds = ['createUnit', 'editDescription', 'createPerson', 'addMembership', 'endMembership'] as const;
export type WriteKind = (typeof writeKinds)[number];

/** A write sent just before the server died, whose answer never came. */
export type Unanswered =
  | { kind: 'createUnit'; code: string }
  | { kind: 'editDescription'; unitId: string; revision: number }
  | { kind: 'createPerson'; email: string }
  | { kind: 'addMembership'; personId: string; unitId: string }
  | { kind: 'endMembership'; membershipId: string };

export interface UnitRecord {
  id: string;
  code: string;
  parentId: string;
  /** The description carries a revision number; the stored one must lie between these two. */
  revisionAcknowledged: number;
  revisionSent: number;
  /** Each acknowledged edit counts as a write; the latest one stands for all of them. */
  editsAcknowledged: number;
}

export interface PersonRecord {
  id: string;
  email: string;
}

export interface MembershipRecord {
  id: string;
  personId: string;
  unitId: string;
  role: 'staff';
  /** A new person's first membership is part of that write; an added one is a write of its own. */
  addedBy: 'createPerson' | 'addMembership';
  /** 'sent' means the end was requested but never answered: ended or not, both are fine. */
  end: 'none' | 'sent' | 'acknowledged';
}

export interface Ledger {
  units: Map<string, UnitRecord>;
  people: Map<string, PersonRecord>;
  memberships: Map<string, MembershipRecord>;
  unanswered: Unanswered[];
  acknowledged: Record<WriteKind, number>;
}

export function emptyLedger(): Ledger {
  return {
    units: new Map(),
    people: new Map(),
    memberships: new Map(),
    unanswered: [],
    acknowledged: { createUnit: 0, editDescription: 0, createPerson: 0, addMembership: 0, endMembership: 0 },
  };
}

export function acknowledgedTotal(ledger: Ledger): number {
  return writeKinds.reduce((sum, kind) => sum + ledger.acknowledged[kind], 0);
}

/** The description written at a revision, and the revision read back from one. */
export function describedRevision(revision: number, writer: number): string {
  return `Beskrivning version ${revision} (skribent ${writer})`;
}

export function revisionOf(description: string): number | null {
  if (description === '') return 0;
  const match = /^Beskrivning version (\d+) /.exec(description);
  return match?.[1] === undefined ? null : Number(match[1]);
}
