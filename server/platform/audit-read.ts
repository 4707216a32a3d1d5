// Reading the audit log: administrators only.
import type { z } from 'zod';
import type { auditListSchema } from '../../common/platform/audit.js';
import { forbidden } from './errors.js';
import { isAdmin, requireSignedIn, type ServiceContext } from './principal.js';

function parse(json: string | null): unknown {
  return json === null ? null : JSON.parse(json);
}

export async function listAudit(
  ctx: ServiceContext,
  query: { entityType?: string | undefined; entityId?: string | undefined; limit: number },
): Promise<z.infer<typeof auditListSchema>> {
  const { principal } = requireSignedIn(ctx);
  if (!isAdmin(principal)) throw forbidden();
  let q = ctx.db
    .selectFrom('audit_log')
    .leftJoin('people', 'people.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
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
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
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
