// Retention for the audit log itself: the oldest sealed entries may be deleted, but only from the
// tail of the chain, and the chain row keeps the position and hash of the last deleted entry as
// the anchor verification starts from. The part to be deleted is verified first: deleting entries
// that no longer match their hashes would destroy the evidence of tampering, so that is refused.
import { inTransaction, lockChain, type AuditDb } from './audit-chain.js';
import { walkChain, type ChainBreak } from './audit-verify.js';

export interface PruneResult {
  deleted: number;
  /** The anchor after pruning. */
  prunedToSeq: number;
  /** Set when the entries to be deleted do not verify; nothing was deleted then. */
  refused: ChainBreak | null;
}

/**
 * Deletes the sealed entries older than `cutoffIso` (an ISO-8601 UTC time) from the start of the
 * chain up to, not past, the first entry at or after the cutoff. Unsealed entries are never
 * deleted. The caller (retention) writes the audit entry that says what was deleted.
 */
export async function pruneAuditBefore(db: AuditDb, cutoffIso: string): Promise<PruneResult> {
  return inTransaction(db, async (trx) => {
    const chain = await lockChain(trx);
    const firstKept = await trx
      .selectFrom('audit_log')
      .select('seq')
      .where('seq', '>', chain.pruned_to_seq)
      .where('at', '>=', cutoffIso)
      .orderBy('seq')
      .limit(1)
      .executeTakeFirst();
    const lastPruned = firstKept ? Math.min(Number(firstKept.seq) - 1, chain.head_seq) : chain.head_seq;
    const unchanged = { deleted: 0, prunedToSeq: chain.pruned_to_seq };
    if (lastPruned <= chain.pruned_to_seq) return { ...unchanged, refused: null };

    const walk = await walkChain(trx, { seq: chain.pruned_to_seq, hash: chain.pruned_hash }, lastPruned);
    if (walk.broken) return { ...unchanged, refused: walk.broken };
    if (!walk.last) throw new Error('a verified, non-empty stretch of the audit chain has a last entry');
    const deleted = await trx
      .deleteFrom('audit_log')
      .where('seq', '>', chain.pruned_to_seq)
      .where('seq', '<=', lastPruned)
      .executeTakeFirst();
    await trx
      .updateTable('audit_chain')
      .set({ pruned_to_seq: lastPruned, pruned_hash: walk.last.hash })
      .where('id', '=', 1)
      .execute();
    return { deleted: Number(deleted.numDeletedRows), prunedToSeq: lastPruned, refused: null };
  });
}
