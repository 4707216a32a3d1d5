// After a restart: is every acknowledged write in the database? Reads the rows straight from the
// database (not through the API), so nothing in the app can paper over a lost write.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { revisionOf, type Ledger, type Unanswered } from './ledger.js';
import { batches } from '../../db/batches.js';

export interface LedgerCheck {
  /** Acknowledged writes found as they were acknowledged (or with a later, unanswered change);
   *  equal to the number acknowledged when nothing is lost. */
  verified: number;
  failures: string[];
}

async function unitRows(db: Kysely<Database>, ids: string[]) {
  const rows = [];
  for (const part of batches(ids)) {
    if (part.length === 0) continue;
    rows.push(
      ...(await db
        .selectFrom('units')
        .select(['id', 'code', 'parent_id', 'description'])
        .where('id', 'in', part)
        .execute()),
    );
  }
  return new Map(rows.map((r) => [r.id, r]));
}

async function personRows(db: Kysely<Database>, ids: string[]) {
  const rows = [];
  for (const part of batches(ids)) {
    if (part.length === 0) continue;
    rows.push(...(await db.selectFrom('people').select(['id', 'email']).where('id', 'in', part).execute()));
  }
  return new Map(rows.map((r) => [r.id, r]));
}

async function membershipRows(db: Kysely<Database>, ids: string[]) {
  const rows = [];
  for (const part of batches(ids)) {
    if (part.length === 0) continue;
    rows.push(
      ...(await db
        .selectFrom('memberships')
        .select(['id', 'person_id', 'unit_id', 'role', 'ended_at'])
        .where('id', 'in', part)
        .execute()),
    );
  }
  return new Map(rows.map((r) => [r.id, r]));
}

/** Entities whose creation has its audit entry: written in the same transaction, so it must be there too. */
async function auditedCreations(db: Kysely<Database>, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of batches(ids)) {
    if (part.length === 0) continue;
    const rows = await db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('entity_id', 'in', part)
      .where('action', 'in', ['unit.create', 'person.create'])
      .execute();
    for (const row of rows) found.add(row.entity_id);
  }
  return found;
}

export async function verifyLedger(db: Kysely<Database>, ledger: Ledger): Promise<LedgerCheck> {
  const check: LedgerCheck = { verified: 0, failures: [] };
  const fail = (message: string) => check.failures.push(message);
  const units = await unitRows(db, [...ledger.units.keys()]);
  const people = await personRows(db, [...ledger.people.keys()]);
  const memberships = await membershipRows(db, [...ledger.memberships.keys()]);
  const audited = await auditedCreations(db, [...ledger.units.keys(), ...ledger.people.keys()]);

  for (const unit of ledger.units.values()) {
    const row = units.get(unit.id);
    if (!row) fail(`acknowledged unit ${unit.code} (${unit.id}) is missing`);
    else if (row.code !== unit.code || row.parent_id !== unit.parentId)
      fail(`unit ${unit.id} has changed code or parent`);
    else if (!audited.has(unit.id)) fail(`unit ${unit.id} has no audit entry for its creation`);
    else {
      check.verified += 1; // the creation
      const revision = revisionOf(row.description);
      if (revision === null || revision < unit.revisionAcknowledged || revision > unit.revisionSent) {
        fail(
          `unit ${unit.id}: description is "${row.description}", expected revision ` +
            `${unit.revisionAcknowledged}..${unit.revisionSent}`,
        );
      } else check.verified += unit.editsAcknowledged;
    }
  }
  for (const person of ledger.people.values()) {
    const row = people.get(person.id);
    if (!row) fail(`acknowledged person ${person.email} (${person.id}) is missing`);
    else if (row.email !== person.email) fail(`person ${person.id} has e-mail ${row.email}, expected ${person.email}`);
    else if (!audited.has(person.id)) fail(`person ${person.id} has no audit entry for its creation`);
    else check.verified += 1;
  }
  for (const membership of ledger.memberships.values()) {
    const row = memberships.get(membership.id);
    if (!row) fail(`acknowledged membership ${membership.id} is missing`);
    else if (row.person_id !== membership.personId || row.unit_id !== membership.unitId || row.role !== membership.role)
      fail(`membership ${membership.id} has changed person, unit or role`);
    else if (membership.end === 'acknowledged' && row.ended_at === null)
      fail(`membership ${membership.id}: its end was acknowledged but it is active`);
    else if (membership.end === 'none' && row.ended_at !== null)
      fail(`membership ${membership.id} has ended, but no end was ever sent`);
    else
      check.verified += (membership.addedBy === 'addMembership' ? 1 : 0) + (membership.end === 'acknowledged' ? 1 : 0);
  }
  return check;
}

/** How many of the writes left unanswered by the last kill were committed anyway. Only
 *  meaningful right after the restart, before anything else is written. */
export async function countCommitted(db: Kysely<Database>, writes: readonly Unanswered[]): Promise<number> {
  let committed = 0;
  for (const write of writes) {
    let present: boolean;
    switch (write.kind) {
      case 'createUnit':
        present =
          (await db.selectFrom('units').select('id').where('code', '=', write.code).executeTakeFirst()) !== undefined;
        break;
      case 'createPerson':
        present =
          (await db.selectFrom('people').select('id').where('email', '=', write.email).executeTakeFirst()) !==
          undefined;
        break;
      case 'editDescription': {
        const row = await db
          .selectFrom('units')
          .select('description')
          .where('id', '=', write.unitId)
          .executeTakeFirst();
        present = revisionOf(row?.description ?? '') === write.revision;
        break;
      }
      case 'addMembership':
        present =
          (await db
            .selectFrom('memberships')
            .select('id')
            .where('person_id', '=', write.personId)
            .where('unit_id', '=', write.unitId)
            .where('ended_at', 'is', null)
            .executeTakeFirst()) !== undefined;
        break;
      case 'endMembership': {
        const row = await db
          .selectFrom('memberships')
          .select('ended_at')
          .where('id', '=', write.membershipId)
          .executeTakeFirst();
        present = (row?.ended_at ?? null) !== null;
        break;
      }
    }
    if (present) committed += 1;
  }
  return committed;
}
