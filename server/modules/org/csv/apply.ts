// Writes a validated plan. The caller runs this inside the same transaction that read the snapshot
// and validated it, so either every change and every audit entry is written, or none is.
//
// Audit: one entry per created or changed unit and person (with before and after, memberships and
// roles included), so each entity's own history answers "who changed this, and when?", plus one
// summary entry for the import as a whole. The per-entity entries go in multi-row inserts (see
// writeAuditMany in platform/audit.ts for why); the summary goes through writeAudit.
import { randomUUID } from 'node:crypto';
import type { Insertable, Transaction } from 'kysely';
import type { Database, MembershipTable, PersonRoleTable, PersonTable, UnitTable } from '../../../db/schema.js';
import { writeAudit, writeAuditMany, type AuditEntry } from '../../../platform/audit.js';
import { endAllSessionsOf } from '../../../platform/auth/sessions.js';
import type { ImportPlan, PersonChange, UnitChange } from './plan.js';
import { batches } from '../../../db/batches.js';

export interface ApplyContext {
  actorId: string | null;
  requestId: string | null;
  /** One timestamp for the whole import, so its rows read as one event. */
  now: string;
}

function flag(value: boolean): number {
  return value ? 1 : 0;
}

export async function applyPlan(trx: Transaction<Database>, plan: ImportPlan, ctx: ApplyContext): Promise<void> {
  const unitIds = new Map(plan.unitIds);
  const unitIdOf = (code: string): string => {
    const id = unitIds.get(code);
    // Validation guarantees every code resolves; reaching this means a bug, so stop the transaction.
    if (id === undefined) throw new Error(`Import plan refers to unknown unit code ${code}`);
    return id;
  };

  const unitIdsByChange = new Map<UnitChange, string>();
  for (const change of plan.units) {
    const id = change.id ?? randomUUID();
    unitIdsByChange.set(change, id);
    unitIds.set(change.line.code, id);
  }
  const newUnits: Array<Insertable<UnitTable>> = plan.units
    .filter((change) => change.kind === 'create')
    .map((change) => ({
      id: unitIdOf(change.line.code),
      parent_id: change.line.parentCode === null ? null : unitIdOf(change.line.parentCode),
      code: change.line.code,
      name: change.line.name,
      kind: change.line.kind,
      description: change.line.description,
      active: flag(change.line.active),
      created_at: ctx.now,
      updated_at: ctx.now,
      deactivated_at: change.line.active ? null : ctx.now,
    }));
  // Parents come before children in plan.units, and chunks are inserted in order, so every
  // parent_id points at a row that is already there.
  for (const rows of batches(newUnits)) await trx.insertInto('units').values(rows).execute();
  for (const change of plan.units) {
    if (change.kind === 'create' || !change.before) continue;
    await trx
      .updateTable('units')
      .set({
        name: change.line.name,
        kind: change.line.kind,
        parent_id: change.line.parentCode === null ? null : unitIdOf(change.line.parentCode),
        description: change.line.description,
        active: flag(change.line.active),
        updated_at: ctx.now,
        ...activationStamp(change.before.active, change.line.active, ctx.now),
      })
      .where('id', '=', unitIdOf(change.line.code))
      .execute();
  }

  const personIds = new Map<PersonChange, string>(plan.people.map((change) => [change, change.id ?? randomUUID()]));
  const personIdOf = (change: PersonChange): string => personIds.get(change) ?? '';
  const newPeople: Array<Insertable<PersonTable>> = plan.people
    .filter((change) => change.kind === 'create')
    .map((change) => ({
      id: personIdOf(change),
      email: change.line.email,
      name: change.line.name,
      title: change.line.title,
      locale: null,
      notification_mode: 'immediate',
      password_hash: null,
      active: flag(change.line.active),
      created_at: ctx.now,
      updated_at: ctx.now,
      deactivated_at: change.line.active ? null : ctx.now,
    }));
  for (const rows of batches(newPeople)) await trx.insertInto('people').values(rows).execute();

  const newRoles: Array<Insertable<PersonRoleTable>> = [];
  const newMemberships: Array<Insertable<MembershipTable>> = [];
  const endedMemberships: string[] = [];
  const signedOutPeople: string[] = [];
  for (const change of plan.people) {
    const personId = personIdOf(change);
    if (change.kind !== 'create' && change.before) {
      const fieldsChanged =
        change.before.name !== change.line.name ||
        change.before.title !== change.line.title ||
        change.before.active !== change.line.active;
      if (fieldsChanged) {
        await trx
          .updateTable('people')
          .set({
            name: change.line.name,
            title: change.line.title,
            active: flag(change.line.active),
            updated_at: ctx.now,
            ...activationStamp(change.before.active, change.line.active, ctx.now),
          })
          .where('id', '=', personId)
          .execute();
      }
    }
    if (change.rolesToRemove.length > 0) {
      await trx
        .deleteFrom('person_roles')
        .where('person_id', '=', personId)
        .where('role', 'in', change.rolesToRemove)
        .execute();
    }
    for (const role of change.rolesToAdd) newRoles.push({ person_id: personId, role, granted_at: ctx.now });
    for (const entry of change.membershipsToAdd) {
      newMemberships.push({
        id: randomUUID(),
        person_id: personId,
        unit_id: unitIdOf(entry.code),
        role: entry.role,
        started_at: ctx.now,
        ended_at: null,
      });
    }
    for (const membership of change.membershipsToEnd) endedMemberships.push(membership.id);
    // A role change ends sessions as when roles are set by hand: new rights take a new sign-in.
    const rolesChanged = change.kind !== 'create' && change.rolesToAdd.length + change.rolesToRemove.length > 0;
    if (change.kind === 'deactivate' || rolesChanged) signedOutPeople.push(personId);
  }
  for (const rows of batches(newRoles)) await trx.insertInto('person_roles').values(rows).execute();
  // Ended, never deleted: the history of who belonged where is kept.
  for (const ids of batches(endedMemberships)) {
    await trx
      .updateTable('memberships')
      .set({ ended_at: ctx.now })
      .where('id', 'in', ids)
      .where('ended_at', 'is', null)
      .execute();
  }
  for (const rows of batches(newMemberships)) await trx.insertInto('memberships').values(rows).execute();
  // As when deactivating by hand: a deactivated person (or one whose roles changed) is signed out
  // everywhere at once.
  for (const personId of signedOutPeople) await endAllSessionsOf(trx, personId);

  await writeAuditEntries(trx, plan, ctx, unitIdsByChange, personIdOf);
}

function activationStamp(wasActive: boolean, isActive: boolean, now: string): { deactivated_at?: string | null } {
  if (wasActive && !isActive) return { deactivated_at: now };
  if (!wasActive && isActive) return { deactivated_at: null };
  return {};
}

async function writeAuditEntries(
  trx: Transaction<Database>,
  plan: ImportPlan,
  ctx: ApplyContext,
  unitIds: ReadonlyMap<UnitChange, string>,
  personIdOf: (change: PersonChange) => string,
): Promise<void> {
  const common = { actorId: ctx.actorId, requestId: ctx.requestId };
  const entries: AuditEntry[] = [
    ...plan.units.map((change) => ({
      ...common,
      action: `unit.import.${change.kind}`,
      entityType: 'unit',
      entityId: unitIds.get(change) ?? '',
      before: change.before,
      after: change.after,
    })),
    ...plan.people.map((change) => ({
      ...common,
      action: `person.import.${change.kind}`,
      entityType: 'person',
      entityId: personIdOf(change),
      before: change.before,
      after: change.after,
    })),
  ];
  await writeAuditMany(trx, entries, ctx.now);
  await writeAudit(trx, {
    ...common,
    action: 'org.import.apply',
    entityType: 'org_import',
    entityId: randomUUID(),
    after: plan.summary,
  });
}
