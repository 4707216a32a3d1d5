// Audit entries for an import, written many rows per statement. With writeAudit (one insert per
// entry) the audit log was most of the cost of a large import: for 5,500 entries about 1 s on
// SQLite and 3-5 s on PostgreSQL. In chunks, applying that whole file takes about 0.7 s on SQLite
// and 1.3-1.6 s on PostgreSQL (import-performance.test.ts). Rows are shaped exactly as writeAudit
// shapes them. The payloads are the explicit field lists of org-index.ts (UnitState, PersonState),
// which hold no secrets, so writeAudit's scrubbing would have nothing to remove.
import type { Insertable, Transaction } from 'kysely';
import type { AuditTable, Database } from '../../../db/schema.js';
import type { AuditEntry } from '../../../platform/audit.js';

const rowsPerInsert = 500;

export async function writeAuditBatch(
  trx: Transaction<Database>,
  entries: readonly AuditEntry[],
  at: string,
): Promise<void> {
  const rows: Array<Insertable<AuditTable>> = entries.map((entry) => ({
    at,
    actor_id: entry.actorId,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
    after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    request_id: entry.requestId ?? null,
  }));
  for (let start = 0; start < rows.length; start += rowsPerInsert) {
    await trx
      .insertInto('audit_log')
      .values(rows.slice(start, start + rowsPerInsert))
      .execute();
  }
}
