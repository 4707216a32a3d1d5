// Append-only audit log: who changed what, when, with the state before and after. Written in the
// same transaction as the change it describes, so the log and the data cannot disagree. Entries
// are written unsealed; audit-chain.ts links them into the hash chain shortly after.
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { AuditTable, Database } from '../db/schema.js';
import { nowIso } from './clock.js';
import { requireSignedIn, type ServiceContext } from './principal.js';

/** Fields that must never reach the log, whatever entity they sit on. */
const secretKeys = new Set(['password', 'password_hash', 'passwordHash', 'token', 'secret', 'adminPassword']);

function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (!secretKeys.has(key)) out[key] = scrub(inner);
    return out;
  }
  return value;
}

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
  /** When it happened, if not now. An entry caused by an anonymous author carries only the hour,
   *  so the log cannot be matched to a person's other activity to the second. The hash chain
   *  orders entries by position (id, then seq), never by this time, so an entry may be earlier
   *  than the one before it. */
  at?: string;
}

/** Actions and entity types are constants in the code, like 'person.roles': letters, digits and
 *  . _ - only. A line break or control character there is a bug (or an attempt to forge a line
 *  in an exported log), so it is refused before anything is written. */
const codeName = /^[A-Za-z][A-Za-z0-9_.-]{0,99}$/;
const controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function assertWellFormed(entry: AuditEntry): void {
  // The message names the field, not the value: it ends up in the application log.
  if (!codeName.test(entry.action)) throw new Error('audit action is not a code name');
  if (!codeName.test(entry.entityType)) throw new Error('audit entity type is not a code name');
  if (controlCharacter.test(entry.entityId) || entry.entityId.length > 200)
    throw new Error('audit entity id holds control characters or is too long');
}

function toRow(entry: AuditEntry, now: string): Insertable<AuditTable> {
  assertWellFormed(entry);
  return {
    at: entry.at ?? now,
    actor_id: entry.actorId,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    before_json: entry.before === undefined ? null : JSON.stringify(scrub(entry.before)),
    after_json: entry.after === undefined ? null : JSON.stringify(scrub(entry.after)),
    request_id: entry.requestId ?? null,
  };
}

export async function writeAudit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry): Promise<void> {
  await db.insertInto('audit_log').values(toRow(entry, nowIso())).execute();
}

/** Many entries, 500 rows per statement: one insert per entry made the audit log most of the
 *  cost of a large CSV import (5,500 entries took 3-5 s on PostgreSQL; batched, about 1 s). */
export async function writeAuditMany(
  db: Kysely<Database> | Transaction<Database>,
  entries: readonly AuditEntry[],
  at = nowIso(),
): Promise<void> {
  const rows = entries.map((entry) => toRow(entry, at));
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto('audit_log')
      .values(rows.slice(start, start + 500))
      .execute();
  }
}

/**
 * Records that someone read a sensitive record (or exported it): `<entityType>.<verb>`, for
 * example 'person.export' or 'audit_log.read'. A list counts as one read, with entityId '*' and
 * what selected it in `details`, never one entry per row. Call it after the access check and
 * before the data leaves: if the entry cannot be written, the read fails.
 */
export async function auditRead(
  ctx: ServiceContext,
  entityType: string,
  entityId: string,
  options: { verb?: 'read' | 'export'; details?: Record<string, string | number | boolean | null> } = {},
): Promise<void> {
  const { principal } = requireSignedIn(ctx);
  // An API token acts for the administrator who created it; the log says which token it was.
  const details = { ...options.details, ...(principal.token ? { tokenId: principal.token.id } : {}) };
  await writeAudit(ctx.db, {
    actorId: principal.personId,
    action: `${entityType}.${options.verb ?? 'read'}`,
    entityType,
    entityId,
    ...(Object.keys(details).length > 0 ? { after: details } : {}),
    requestId: ctx.requestId,
  });
}
