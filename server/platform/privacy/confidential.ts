// Confidential records (sekretess / taushetsplikt / tavshedspligt): any record can be marked
// confidential, and then only those who must see it do. Public bodies answer requests for their
// records under the public-access rules; this marking is how Tillit knows which records are
// exempt, and keeps them from everyone without a need to know.
//
// Each entity type registers once (registerConfidentialType) with its own rules: who may mark it,
// and who must still see it once it is marked. The person who marked a record always sees it.
// The type's own service filters its lists and answers 404 for a record the reader may not see,
// with canSeeConfidential; the generic mark/unmark API (routes.ts) uses the same registration.
import type { Kysely, Transaction } from 'kysely';
import type { ConfidentialMarking } from '../../../common/platform/privacy.js';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import type { AuthedContext, Principal } from '../principal.js';

type Db = Kysely<Database> | Transaction<Database>;

export type { ConfidentialMarking };

export interface ConfidentialType<Subject> {
  /** The entity type as written in the audit log, e.g. "mandate". */
  entityType: string;
  /** What the rules need to know about one record, or null when it does not exist. */
  load: (db: Db, entityId: string) => Promise<Subject | null>;
  /** Who may mark and unmark the record. */
  canMark: (principal: Principal, subject: Subject) => boolean;
  /** Who must still see the record while it is confidential (besides the one who marked it). */
  canSee: (principal: Principal, subject: Subject) => boolean;
}

/** A record as the rules see it: what the type loaded about it, and its marking, if any. */
export interface ConfidentialRecord<Subject> {
  subject: Subject;
  marking: ConfidentialMarking | null;
}

/** May the principal see this record? Public records: yes. Confidential ones: the one who marked
 *  it, and whoever the type's rules name, but never through an API token: integrations copy what
 *  they read elsewhere (a public web page, a data warehouse), which is what the marking forbids. */
export function canSeeConfidential<Subject>(
  principal: Principal,
  type: ConfidentialType<Subject>,
  record: ConfidentialRecord<Subject>,
): boolean {
  if (record.marking === null) return true;
  if (principal.token !== null) return false;
  if (record.marking.markedBy === principal.personId) return true;
  return type.canSee(principal, record.subject);
}

/** The registry, with each type's subject hidden behind closures so any type can be stored. */
interface RegisteredType {
  definition: object;
  access: (
    db: Db,
    principal: Principal,
    entityId: string,
  ) => Promise<{ sees: boolean; mayMark: boolean; marking: ConfidentialMarking | null } | null>;
}

const registry = new Map<string, RegisteredType>();

/** Makes an entity type markable through the API. Call it once, where the type's rules live. */
export function registerConfidentialType<Subject>(type: ConfidentialType<Subject>): void {
  const existing = registry.get(type.entityType);
  if (existing) {
    if (existing.definition === type) return;
    throw new Error(`confidential type ${type.entityType} is registered twice`);
  }
  registry.set(type.entityType, {
    definition: type,
    access: async (db, principal, entityId) => {
      const subject = await type.load(db, entityId);
      if (subject === null) return null;
      const marking = await findMarking(db, type.entityType, entityId);
      return {
        sees: canSeeConfidential(principal, type, { subject, marking }),
        mayMark: type.canMark(principal, subject),
        marking,
      };
    },
  });
}

/** How the caller stands to one record of a registered type, or null (unknown type or record). */
export async function confidentialAccess(ctx: AuthedContext, entityType: string, entityId: string) {
  const type = registry.get(entityType);
  if (!type) return null;
  return type.access(ctx.db, ctx.principal, entityId);
}

export function registeredConfidentialTypes(): string[] {
  return [...registry.keys()].sort();
}

function toMarking(row: Database['confidential_records']): ConfidentialMarking {
  return {
    entityType: row.entity_type,
    entityId: row.entity_id,
    reason: row.reason,
    markedAt: row.marked_at,
    markedBy: row.marked_by,
  };
}

export async function findMarking(db: Db, entityType: string, entityId: string): Promise<ConfidentialMarking | null> {
  const row = await db
    .selectFrom('confidential_records')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .executeTakeFirst();
  return row ? toMarking(row) : null;
}

/** The markings of many records of one type, by id; one query for a whole list. */
export async function markingsOf(
  db: Db,
  entityType: string,
  entityIds: readonly string[],
): Promise<Map<string, ConfidentialMarking>> {
  const out = new Map<string, ConfidentialMarking>();
  // Chunks keep the statement within every database's parameter limit.
  for (let start = 0; start < entityIds.length; start += 500) {
    const rows = await db
      .selectFrom('confidential_records')
      .selectAll()
      .where('entity_type', '=', entityType)
      .where('entity_id', 'in', entityIds.slice(start, start + 500))
      .execute();
    for (const row of rows) out.set(row.entity_id, toMarking(row));
  }
  return out;
}

interface MarkingChange {
  actorId: string;
  entityType: string;
  entityId: string;
  requestId: string;
}

/** Marks a record confidential or changes the reason; audited on the record itself. Call it in
 *  the transaction of the change it belongs to. Returns false when nothing changed. */
export async function markConfidential(trx: Db, change: MarkingChange & { reason: string }): Promise<boolean> {
  const before = await findMarking(trx, change.entityType, change.entityId);
  if (before?.reason === change.reason) return false;
  // An upsert, so two people marking the same record at once cannot collide on the key. A new
  // reason keeps the original marker and time; the audit entry says who changed it.
  await trx
    .insertInto('confidential_records')
    .values({
      entity_type: change.entityType,
      entity_id: change.entityId,
      reason: change.reason,
      marked_by: change.actorId,
      marked_at: nowIso(),
    })
    .onConflict((oc) => oc.columns(['entity_type', 'entity_id']).doUpdateSet({ reason: change.reason }))
    .execute();
  await writeAudit(trx, {
    actorId: change.actorId,
    action: 'confidential.mark',
    entityType: change.entityType,
    entityId: change.entityId,
    before: before ? { confidential: true, reason: before.reason } : { confidential: false },
    after: { confidential: true, reason: change.reason },
    requestId: change.requestId,
  });
  return true;
}

/** Makes a record public again; audited. Returns false when it was not marked. */
export async function unmarkConfidential(trx: Db, change: MarkingChange): Promise<boolean> {
  const before = await findMarking(trx, change.entityType, change.entityId);
  if (!before) return false;
  await trx
    .deleteFrom('confidential_records')
    .where('entity_type', '=', change.entityType)
    .where('entity_id', '=', change.entityId)
    .execute();
  await writeAudit(trx, {
    actorId: change.actorId,
    action: 'confidential.unmark',
    entityType: change.entityType,
    entityId: change.entityId,
    before: { confidential: true, reason: before.reason },
    after: { confidential: false },
    requestId: change.requestId,
  });
  return true;
}
