import { z } from 'zod';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  /** Position in the hash chain; null until the entry is sealed (normally within a second). */
  seq: z.number().int().nullable(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export const auditListSchema = z.object({ items: z.array(auditEntrySchema) });
export const auditListQuery = z.object({
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** What can be wrong at the first broken link of the chain (server/platform/audit-verify.ts). */
export const auditChainBreakKinds = ['gap', 'prevHash', 'hash', 'head'] as const;

/** A position and hash written down at an earlier check, to compare with the chain as it is now. */
export const auditVerifyQuery = z
  .object({
    seq: z.coerce.number().int().min(1).optional(),
    hash: z
      .string()
      .trim()
      .regex(/^[0-9a-fA-F]{64}$/)
      .optional(),
  })
  .refine((q) => (q.seq === undefined) === (q.hash === undefined), { path: ['hash'] });

/** The result of checking the audit log's hash chain. */
export const auditVerifySchema = z.object({
  ok: z.boolean(),
  checkedAt: z.string(),
  /** Entries checked, from the oldest kept entry to the newest. */
  entries: z.number().int(),
  unsealed: z.number().int(),
  headSeq: z.number().int(),
  headHash: z.string(),
  prunedToSeq: z.number().int(),
  firstBroken: z
    .object({ seq: z.number().int(), id: z.number().int().nullable(), kind: z.enum(auditChainBreakKinds) })
    .nullable(),
  /** The comparison with a noted value, when one was given: matches is null when the entry is
   *  no longer kept (removed by retention) or not yet written. */
  noted: z.object({ seq: z.number().int(), matches: z.boolean().nullable() }).nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifySchema>;
