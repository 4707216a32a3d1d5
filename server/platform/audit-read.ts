// Reading the audit log (administrators only) and checking its hash chain (administrators and
// auditors, whose task is to check). Both are recorded in the log themselves.
import type { z } from 'zod';
import type { auditListSchema, AuditVerifyResult } from '../../common/platform/audit.js';
import { auditRead, writeAudit } from './audit.js';
import { hashAtSeq, verifyAuditChain } from './audit-verify.js';
import { nowIso } from './clock.js';
import { forbidden } from './errors.js';
import { isAdmin, requireSignedIn, type Principal, type ServiceContext } from './principal.js';

export const auditPolicy = {
  canRead: (principal: Principal) => isAdmin(principal),
  canVerify: (principal: Principal) => isAdmin(principal) || principal.roles.has('auditor'),
};

function parse(json: string | null): unknown {
  return json === null ? null : JSON.parse(json);
}

export async function listAudit(
  ctx: ServiceContext,
  query: { entityType?: string | undefined; entityId?: string | undefined; limit: number },
): Promise<z.infer<typeof auditListSchema>> {
  const authed = requireSignedIn(ctx);
  if (!auditPolicy.canRead(authed.principal)) throw forbidden();
  let q = ctx.db
    .selectFrom('audit_log')
    .leftJoin('people', 'people.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.seq',
      'audit_log.at',
      'audit_log.actor_id',
      'people.name as actor_name',
      'audit_log.action',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.before_json',
      'audit_log.after_json',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(query.limit);
  if (query.entityType) q = q.where('audit_log.entity_type', '=', query.entityType);
  if (query.entityId) q = q.where('audit_log.entity_id', '=', query.entityId);
  const rows = await q.execute();
  // One entry for the whole page read, with the filter that chose it; written after the query so
  // the page does not list its own reading.
  await auditRead(authed, 'audit_log', '*', {
    details: { entityType: query.entityType ?? null, entityId: query.entityId ?? null, rows: rows.length },
  });
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      seq: r.seq === null ? null : Number(r.seq),
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: parse(r.before_json),
      after: parse(r.after_json),
    })),
  };
}

/** Seals what is waiting, verifies the whole chain, compares a noted hash if given, and records
 *  who checked and what they saw. */
export async function verifyAudit(
  ctx: ServiceContext,
  query: { seq?: number | undefined; hash?: string | undefined } = {},
): Promise<AuditVerifyResult> {
  const { principal } = requireSignedIn(ctx);
  if (!auditPolicy.canVerify(principal)) throw forbidden();
  const report = await verifyAuditChain(ctx.db);
  let noted: AuditVerifyResult['noted'] = null;
  if (query.seq !== undefined && query.hash !== undefined) {
    const stored = await hashAtSeq(ctx.db, query.seq);
    noted = { seq: query.seq, matches: stored === null ? null : stored === query.hash.toLowerCase() };
  }
  await writeAudit(ctx.db, {
    actorId: principal.personId,
    action: 'audit_log.verify',
    entityType: 'audit_log',
    entityId: '*',
    after: {
      ok: report.ok,
      entries: report.entries,
      headSeq: report.headSeq,
      headHash: report.headHash,
      firstBroken: report.firstBroken,
      noted,
    },
    requestId: ctx.requestId,
  });
  return {
    ok: report.ok,
    checkedAt: nowIso(),
    entries: report.entries,
    unsealed: report.unsealed,
    headSeq: report.headSeq,
    headHash: report.headHash,
    prunedToSeq: report.prunedToSeq,
    firstBroken: report.firstBroken,
    noted,
  };
}
