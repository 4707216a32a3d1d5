// Verifies the audit log's hash chain: from the anchor left by retention (or the genesis hash),
// every sealed entry must follow the previous one without a gap, name the previous entry's hash,
// hash to its own stored hash, and the last one must be the head the chain row records.
import { chainedColumns, hashOfStored, readChain, sealAuditLog, type AuditDb } from './audit-chain.js';

/** What is wrong at the first broken link:
 *  - gap: the entry at this position is missing (deleted, or moved out of the chain);
 *  - prevHash: the entry does not name the hash of the entry before it (reordered or replaced);
 *  - hash: the entry's content no longer matches its hash (altered);
 *  - head: the chain ends elsewhere than the head recorded when it was sealed (newest entries
 *    deleted or rewritten, or entries beyond the head). */
export type ChainBreakKind = 'gap' | 'prevHash' | 'hash' | 'head';

export interface ChainBreak {
  seq: number;
  /** The entry found at or after that position; null when there is none. */
  id: number | null;
  kind: ChainBreakKind;
}

export interface AuditChainReport {
  ok: boolean;
  /** Sealed entries checked, from the anchor to the head. */
  entries: number;
  /** Entries not yet sealed (written in the last moments, or left behind by a failing sealer). */
  unsealed: number;
  headSeq: number;
  headHash: string;
  prunedToSeq: number;
  prunedHash: string;
  firstBroken: ChainBreak | null;
}

export interface ChainWalk {
  checked: number;
  last: { seq: number; id: number; hash: string } | null;
  broken: ChainBreak | null;
}

const pageSize = 1000;

/** Checks the entries with from.seq < seq <= toSeq, page by page so memory stays flat. */
export async function walkChain(db: AuditDb, from: { seq: number; hash: string }, toSeq: number): Promise<ChainWalk> {
  let expectedSeq = from.seq + 1;
  let prevHash = from.hash;
  let checked = 0;
  let last: ChainWalk['last'] = null;
  for (let cursor = from.seq; cursor < toSeq;) {
    const rows = await db
      .selectFrom('audit_log')
      .select([...chainedColumns, 'seq', 'prev_hash', 'hash'])
      .where('seq', '>', cursor)
      .where('seq', '<=', toSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      const seq = Number(row.seq);
      const id = Number(row.id);
      if (seq !== expectedSeq) return { checked, last, broken: { seq: expectedSeq, id, kind: 'gap' } };
      if (row.prev_hash !== prevHash) return { checked, last, broken: { seq, id, kind: 'prevHash' } };
      const hash = hashOfStored(row, seq, prevHash);
      if (row.hash !== hash) return { checked, last, broken: { seq, id, kind: 'hash' } };
      checked += 1;
      last = { seq, id, hash };
      prevHash = hash;
      expectedSeq += 1;
      cursor = seq;
    }
  }
  if (expectedSeq <= toSeq) return { checked, last, broken: { seq: expectedSeq, id: null, kind: 'head' } };
  return { checked, last, broken: null };
}

/** Seals what is waiting, then checks the whole chain. Never throws for a broken chain: the
 *  report says where it breaks. */
export async function verifyAuditChain(db: AuditDb): Promise<AuditChainReport> {
  try {
    await sealAuditLog(db);
  } catch {
    // A chain that cannot be sealed (say, a forged entry sits where the next one belongs) is
    // still verified as it stands; the report shows the break and the unsealed entries.
  }
  // Retention may cut the tail while we walk (the walk holds no lock, so it never blocks
  // writers); a break that coincides with a moved anchor is checked again from the new anchor.
  for (let attempt = 1; ; attempt += 1) {
    const report = await verifyOnce(db);
    if (report.ok || attempt === 3) return report;
    const chain = await readChain(db);
    if (chain.pruned_to_seq === report.prunedToSeq) return report;
  }
}

async function verifyOnce(db: AuditDb): Promise<AuditChainReport> {
  const chain = await readChain(db);
  const walk = await walkChain(db, { seq: chain.pruned_to_seq, hash: chain.pruned_hash }, chain.head_seq);
  const lastHash = walk.last?.hash ?? chain.pruned_hash;
  let broken = walk.broken;
  if (!broken && lastHash !== chain.head_hash)
    broken = { seq: chain.head_seq, id: walk.last?.id ?? null, kind: 'head' };
  broken ??= await beyondHead(db);
  const unsealed = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('seq', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    ok: broken === null,
    entries: walk.checked,
    unsealed: Number(unsealed.n),
    headSeq: chain.head_seq,
    headHash: chain.head_hash,
    prunedToSeq: chain.pruned_to_seq,
    prunedHash: chain.pruned_hash,
    firstBroken: broken,
  };
}

/** A sealed entry past the head was not put there by the sealer, which moves the head in the
 *  same transaction. The newest entry is read before the head, so a seal that commits in between
 *  can only raise the head, never cause a false alarm. */
async function beyondHead(db: AuditDb): Promise<ChainBreak | null> {
  const newest = await db
    .selectFrom('audit_log')
    .select(['id', 'seq'])
    .where('seq', 'is not', null)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const chain = await readChain(db);
  if (!newest || Number(newest.seq) <= chain.head_seq) return null;
  return { seq: Number(newest.seq), id: Number(newest.id), kind: 'head' };
}

/** The stored hash at a position of the chain: the anchor's at the pruned point, null for a
 *  position retention has removed or that is not sealed yet. */
export async function hashAtSeq(db: AuditDb, seq: number): Promise<string | null> {
  const chain = await readChain(db);
  if (seq === chain.pruned_to_seq) return chain.pruned_hash;
  if (seq < chain.pruned_to_seq || seq > chain.head_seq) return null;
  const row = await db.selectFrom('audit_log').select('hash').where('seq', '=', seq).executeTakeFirst();
  return row?.hash ?? null;
}
