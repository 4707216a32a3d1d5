// Retention of the audit log: only the oldest sealed entries go, the anchor moves with them, the
// rest still verifies, and a stretch that does not verify is never deleted.
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../db/schema.js';
import { describeOnDatabases, useTestDatabase } from '../test-support/databases.js';
import { writeAuditMany } from './audit.js';
import { readChain, sealAuditLog } from './audit-chain.js';
import { pruneAuditBefore } from './audit-prune.js';
import { verifyAuditChain } from './audit-verify.js';

const day = (n: number) => `2026-01-${String(n).padStart(2, '0')}T12:00:00.000Z`;

/** One entry per given day, in this order (sealed in this order too). */
async function writeOnDays(db: Kysely<Database>, days: number[]): Promise<void> {
  for (const [i, d] of days.entries())
    await writeAuditMany(
      db,
      [{ actorId: null, action: 'test.entry', entityType: 'test', entityId: `e${String(i + 1)}` }],
      day(d),
    );
}

async function remaining(db: Kysely<Database>) {
  const rows = await db.selectFrom('audit_log').select(['entity_id', 'seq']).orderBy('id').execute();
  return rows.map((r) => `${r.entity_id}:${r.seq === null ? 'unsealed' : String(r.seq)}`);
}

describeOnDatabases('audit log retention', (target) => {
  const database = useTestDatabase(target);

  it('deletes the sealed entries before the cutoff from the tail, moves the anchor, and the rest verifies', async () => {
    const { db } = database();
    await writeOnDays(db, [1, 2, 3, 4, 5]);
    await sealAuditLog(db);
    const third = await db.selectFrom('audit_log').select('hash').where('seq', '=', 3).executeTakeFirstOrThrow();

    expect(await pruneAuditBefore(db, day(4))).toEqual({ deleted: 3, prunedToSeq: 3, refused: null });
    expect(await remaining(db)).toEqual(['e4:4', 'e5:5']);
    expect(await readChain(db)).toMatchObject({ pruned_to_seq: 3, pruned_hash: third.hash, head_seq: 5 });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, entries: 2, prunedToSeq: 3, headSeq: 5 });

    expect(await pruneAuditBefore(db, day(4))).toEqual({ deleted: 0, prunedToSeq: 3, refused: null });
  });

  it('stops at the first entry at or after the cutoff, even when later ones are older', async () => {
    const { db } = database();
    // Commit order can differ from time order: e3 was written on day 5 but sealed before e4 (day 2).
    await writeOnDays(db, [1, 2, 5, 2, 6]);
    await sealAuditLog(db);
    expect(await pruneAuditBefore(db, day(4))).toMatchObject({ deleted: 2, prunedToSeq: 2 });
    expect(await remaining(db)).toEqual(['e3:3', 'e4:4', 'e5:5']);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('never deletes unsealed entries, and can prune the whole sealed chain', async () => {
    const { db } = database();
    await writeOnDays(db, [1, 2]);
    await sealAuditLog(db);
    await writeOnDays(db, [1]);
    expect(await pruneAuditBefore(db, day(9))).toEqual({ deleted: 2, prunedToSeq: 2, refused: null });
    expect(await remaining(db)).toEqual(['e1:unsealed']);
    const chain = await readChain(db);
    expect(chain.pruned_hash).toBe(chain.head_hash);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, entries: 1, prunedToSeq: 2, headSeq: 3 });
  });

  it('refuses to delete a stretch that does not verify, so retention cannot erase evidence', async () => {
    const { db } = database();
    await writeOnDays(db, [1, 2, 3, 4]);
    await sealAuditLog(db);
    await db.updateTable('audit_log').set({ entity_id: 'forged' }).where('seq', '=', 2).execute();
    const result = await pruneAuditBefore(db, day(4));
    expect(result).toMatchObject({ deleted: 0, prunedToSeq: 0, refused: { seq: 2, kind: 'hash' } });
    expect(await db.selectFrom('audit_log').select('id').execute()).toHaveLength(4);
    expect((await readChain(db)).pruned_to_seq).toBe(0);
  });
});
