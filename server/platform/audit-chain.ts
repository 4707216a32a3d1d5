// The audit log's hash chain. Business transactions insert unsealed entries (seq null) and never
// wait for each other; the sealer, in its own short transaction, locks the one chain row, gives
// the unsealed entries the next positions in id order and links each to the previous entry's hash.
// Sealing later rather than at insert is deliberate: on PostgreSQL commit order can differ from id
// order, so a chain built at insert time would either fork or make every write wait on one lock.
import { createHash } from 'node:crypto';
import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import type { AuditChainTable, Database } from '../db/schema.js';

export type AuditDb = Kysely<Database> | Transaction<Database>;

/** Names the serialisation, so a future change of the form cannot be confused with this one. */
const chainFormat = 'tillit-audit-v1';

/** The fields an entry's hash covers, as stored in the database. */
export interface ChainedFields {
  seq: number;
  prevHash: string;
  at: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  beforeJson: string | null;
  afterJson: string | null;
  requestId: string | null;
}

/**
 * The canonical form: the JSON array
 *   ["tillit-audit-v1", seq, prev_hash, at, actor_id, action, entity_type, entity_id,
 *    before_json, after_json, request_id]
 * as written by JSON.stringify (no spaces; strings quoted and escaped, null as null), encoded as
 * UTF-8; the hash is its SHA-256 in lower-case hex. A JSON array keeps every field apart: no two
 * different entries (not even "a","bc" against "ab","c", or null against "null") serialise alike,
 * and anyone can recompute it with a JSON library and sha256sum.
 */
export function canonicalAuditEntry(fields: ChainedFields): string {
  return JSON.stringify([
    chainFormat,
    fields.seq,
    fields.prevHash,
    fields.at,
    fields.actorId,
    fields.action,
    fields.entityType,
    fields.entityId,
    fields.beforeJson,
    fields.afterJson,
    fields.requestId,
  ]);
}

export function auditEntryHash(fields: ChainedFields): string {
  return createHash('sha256').update(canonicalAuditEntry(fields), 'utf8').digest('hex');
}

/** The stored columns an entry's hash is computed from. */
export const chainedColumns = [
  'id',
  'at',
  'actor_id',
  'action',
  'entity_type',
  'entity_id',
  'before_json',
  'after_json',
  'request_id',
] as const;

export interface StoredEntry {
  at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
}

export function hashOfStored(row: StoredEntry, seq: number, prevHash: string): string {
  return auditEntryHash({
    seq,
    prevHash,
    at: row.at,
    actorId: row.actor_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    beforeJson: row.before_json,
    afterJson: row.after_json,
    requestId: row.request_id,
  });
}

export async function readChain(db: AuditDb): Promise<AuditChainTable> {
  return db.selectFrom('audit_chain').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
}

/**
 * Reads the chain row and holds it for the rest of the transaction. PostgreSQL: a row lock, so a
 * second sealer (another process) waits here and then reads the head the first one moved.
 * SQLite: a write to the row takes the database's write lock now, rather than at the first real
 * write, so a second process waits (busy timeout) instead of sealing from a stale head.
 */
export async function lockChain(trx: Transaction<Database>): Promise<AuditChainTable> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter)
    return trx.selectFrom('audit_chain').selectAll().where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
  await trx
    .updateTable('audit_chain')
    .set({ head_seq: sql<number>`head_seq` })
    .where('id', '=', 1)
    .execute();
  return readChain(trx);
}

/** Runs `work` in a transaction of its own, or inside the one the caller already holds. */
export async function inTransaction<T>(db: AuditDb, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (isTransaction(db)) return work(db);
  return db.transaction().execute(work);
}

function isTransaction(db: AuditDb): db is Transaction<Database> {
  return db.isTransaction;
}

const sealBatchSize = 500;

/** Seals every unsealed entry; returns how many it sealed. Cheap when there is nothing to do: one
 *  indexed read, no lock, no write. */
export async function sealAuditLog(db: AuditDb): Promise<number> {
  let total = 0;
  for (;;) {
    const pending = await db.selectFrom('audit_log').select('id').where('seq', 'is', null).limit(1).executeTakeFirst();
    if (!pending) return total;
    const sealed = await inTransaction(db, sealBatch);
    total += sealed;
    if (sealed < sealBatchSize) return total;
  }
}

async function sealBatch(trx: Transaction<Database>): Promise<number> {
  const chain = await lockChain(trx);
  const rows = await trx
    .selectFrom('audit_log')
    .select(chainedColumns)
    .where('seq', 'is', null)
    .orderBy('id')
    .limit(sealBatchSize)
    .execute();
  let seq = chain.head_seq;
  let prevHash = chain.head_hash;
  for (const row of rows) {
    seq += 1;
    const hash = hashOfStored(row, seq, prevHash);
    const result = await trx
      .updateTable('audit_log')
      .set({ seq, prev_hash: prevHash, hash })
      .where('id', '=', row.id)
      .where('seq', 'is', null)
      .executeTakeFirst();
    // Cannot happen while the chain row is held; if it ever does, nothing of this batch is kept.
    if (Number(result.numUpdatedRows) !== 1) throw new Error(`audit entry ${String(row.id)} was sealed twice`);
    prevHash = hash;
  }
  if (rows.length > 0)
    await trx.updateTable('audit_chain').set({ head_seq: seq, head_hash: prevHash }).where('id', '=', 1).execute();
  return rows.length;
}
