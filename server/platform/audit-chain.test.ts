// The hash chain: the canonical form, sealing, and that verification finds each kind of tampering
// at the right position.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { genesisHash } from '../db/migrations/003-security.js';
import type { Database } from '../db/schema.js';
import { describeOnDatabases, useTestDatabase } from '../test-support/databases.js';
import { writeAudit, writeAuditMany } from './audit.js';
import { auditEntryHash, canonicalAuditEntry, readChain, sealAuditLog, type ChainedFields } from './audit-chain.js';
import { verifyAuditChain } from './audit-verify.js';

const fields: ChainedFields = {
  seq: 1,
  prevHash: genesisHash,
  at: '2026-03-02T08:00:00.000Z',
  actorId: 'p1',
  action: 'unit.update',
  entityType: 'unit',
  entityId: 'u1',
  beforeJson: '{"name":"A"}',
  afterJson: '{"name":"B"}',
  requestId: null,
};

describe('the canonical form of an audit entry', () => {
  it('is the JSON array of the format name and the fields, hashed with SHA-256', () => {
    const text =
      `["tillit-audit-v1",1,"${genesisHash}","2026-03-02T08:00:00.000Z","p1","unit.update","unit","u1",` +
      `"{\\"name\\":\\"A\\"}","{\\"name\\":\\"B\\"}",null]`;
    expect(canonicalAuditEntry(fields)).toBe(text);
    expect(auditEntryHash(fields)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('keeps the fields apart: moved boundaries, null against "null" and line breaks all hash differently', () => {
    const variants: ChainedFields[] = [
      fields,
      { ...fields, actorId: 'p', action: '1unit.update' },
      { ...fields, requestId: 'null' },
      { ...fields, beforeJson: null, afterJson: '{"name":"A"}' },
      { ...fields, entityId: 'u1\n' },
      { ...fields, seq: 2 },
      { ...fields, prevHash: '1'.repeat(64) },
    ];
    expect(new Set(variants.map(auditEntryHash)).size).toBe(variants.length);
  });
});

async function writeEntries(db: Kysely<Database>, count: number, at?: (i: number) => string): Promise<void> {
  for (let i = 1; i <= count; i += 1)
    await writeAuditMany(
      db,
      [{ actorId: null, action: 'test.entry', entityType: 'test', entityId: `e${String(i)}`, after: { i } }],
      at?.(i),
    );
}

async function rows(db: Kysely<Database>) {
  return db.selectFrom('audit_log').select(['id', 'seq', 'prev_hash', 'hash', 'entity_id']).orderBy('id').execute();
}

async function idAt(db: Kysely<Database>, seq: number): Promise<number> {
  const row = await db.selectFrom('audit_log').select('id').where('seq', '=', seq).executeTakeFirstOrThrow();
  return Number(row.id);
}

describeOnDatabases('audit hash chain', (target) => {
  const database = useTestDatabase(target);

  it('seals unsealed entries in id order, links each to the previous hash and moves the head', async () => {
    const { db } = database();
    await writeEntries(db, 3);
    expect((await rows(db)).map((r) => r.seq)).toEqual([null, null, null]);
    expect(await sealAuditLog(db)).toBe(3);
    const sealed = await rows(db);
    expect(sealed.map((r) => [Number(r.seq), r.entity_id])).toEqual([
      [1, 'e1'],
      [2, 'e2'],
      [3, 'e3'],
    ]);
    expect(sealed.map((r) => r.prev_hash)).toEqual([genesisHash, sealed[0]?.hash, sealed[1]?.hash]);
    expect(await readChain(db)).toMatchObject({ head_seq: 3, head_hash: sealed[2]?.hash, pruned_to_seq: 0 });
    expect(await sealAuditLog(db)).toBe(0);
    await writeEntries(db, 1);
    expect(await sealAuditLog(db)).toBe(1);
    expect((await readChain(db)).head_seq).toBe(4);
  });

  it('seals a backlog larger than one batch', async () => {
    const { db } = database();
    const entries = Array.from({ length: 1203 }, (_, i) => ({
      actorId: null,
      action: 'test.entry',
      entityType: 'test',
      entityId: `e${String(i)}`,
    }));
    await writeAuditMany(db, entries);
    expect(await sealAuditLog(db)).toBe(1203);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, entries: 1203, unsealed: 0, headSeq: 1203 });
  });

  it('verifies an intact chain (sealing what waits first) and an empty one', async () => {
    const { db } = database();
    expect(await verifyAuditChain(db)).toEqual({
      ok: true,
      entries: 0,
      unsealed: 0,
      headSeq: 0,
      headHash: genesisHash,
      prunedToSeq: 0,
      prunedHash: genesisHash,
      firstBroken: null,
    });
    await writeEntries(db, 5);
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: true, entries: 5, unsealed: 0, headSeq: 5, firstBroken: null });
    expect(report.headHash).toBe((await readChain(db)).head_hash);
  });

  it('finds one altered field of one entry at its position', async () => {
    const { db } = database();
    await writeEntries(db, 5);
    await sealAuditLog(db);
    await db.updateTable('audit_log').set({ after_json: '{"i":99}' }).where('seq', '=', 3).execute();
    expect((await verifyAuditChain(db)).firstBroken).toEqual({ seq: 3, id: await idAt(db, 3), kind: 'hash' });
  });

  it('finds an altered entry whose hash was recomputed at the next entry', async () => {
    const { db } = database();
    await writeEntries(db, 5);
    await sealAuditLog(db);
    const row = await db.selectFrom('audit_log').selectAll().where('seq', '=', 2).executeTakeFirstOrThrow();
    const forged = auditEntryHash({
      seq: 2,
      prevHash: row.prev_hash ?? '',
      at: row.at,
      actorId: row.actor_id,
      action: 'test.other',
      entityType: row.entity_type,
      entityId: row.entity_id,
      beforeJson: row.before_json,
      afterJson: row.after_json,
      requestId: row.request_id,
    });
    await db.updateTable('audit_log').set({ action: 'test.other', hash: forged }).where('seq', '=', 2).execute();
    expect((await verifyAuditChain(db)).firstBroken).toEqual({ seq: 3, id: await idAt(db, 3), kind: 'prevHash' });
  });

  it('finds a deleted entry in the middle as a gap at its position', async () => {
    const { db } = database();
    await writeEntries(db, 5);
    await sealAuditLog(db);
    const next = await idAt(db, 4);
    await db.deleteFrom('audit_log').where('seq', '=', 3).execute();
    const report = await verifyAuditChain(db);
    expect(report.firstBroken).toEqual({ seq: 3, id: next, kind: 'gap' });
    expect(report.ok).toBe(false);
    expect(report.entries).toBe(2);
  });

  it('finds the deleted newest entry as a head mismatch', async () => {
    const { db } = database();
    await writeEntries(db, 5);
    await sealAuditLog(db);
    await db.deleteFrom('audit_log').where('seq', '=', 5).execute();
    expect((await verifyAuditChain(db)).firstBroken).toEqual({ seq: 5, id: null, kind: 'head' });
  });

  it('finds two swapped entries at the first of them', async () => {
    const { db } = database();
    await writeEntries(db, 5);
    await sealAuditLog(db);
    const [second, third] = [await idAt(db, 2), await idAt(db, 3)];
    // Through a free position, because seq is unique.
    await db.updateTable('audit_log').set({ seq: -1 }).where('id', '=', second).execute();
    await db.updateTable('audit_log').set({ seq: 2 }).where('id', '=', third).execute();
    await db.updateTable('audit_log').set({ seq: 3 }).where('id', '=', second).execute();
    expect((await verifyAuditChain(db)).firstBroken).toEqual({ seq: 2, id: third, kind: 'prevHash' });
  });

  it('finds a sealed-looking entry added past the head', async () => {
    const { db } = database();
    await writeEntries(db, 2);
    await sealAuditLog(db);
    await writeEntries(db, 1);
    const forged = await db.selectFrom('audit_log').select('id').where('seq', 'is', null).executeTakeFirstOrThrow();
    await db
      .updateTable('audit_log')
      .set({ seq: 3, prev_hash: (await readChain(db)).head_hash, hash: 'f'.repeat(64) })
      .where('id', '=', forged.id)
      .execute();
    expect((await verifyAuditChain(db)).firstBroken).toEqual({ seq: 3, id: Number(forged.id), kind: 'head' });
  });

  it('refuses an action, entity type or id with a line break before anything is written', async () => {
    const { db } = database();
    const entry = { actorId: null, action: 'test.entry', entityType: 'test', entityId: 'e1' };
    await expect(writeAudit(db, { ...entry, action: 'test.entry\n{"level":60}' })).rejects.toThrow('action');
    await expect(writeAudit(db, { ...entry, action: 'test.entry\r' })).rejects.toThrow('action');
    await expect(writeAudit(db, { ...entry, entityType: 'te st' })).rejects.toThrow('entity type');
    await expect(writeAudit(db, { ...entry, entityId: 'e1\u2028' })).rejects.toThrow('entity id');
    expect(await rows(db)).toEqual([]);
    await writeAudit(db, { ...entry, entityId: 'GET /api/v1/people/:id' });
    expect(await rows(db)).toHaveLength(1);
  });
});
