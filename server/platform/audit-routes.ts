// HTTP for checking the audit log's hash chain. The log itself is listed in routes.ts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditVerifyQuery, auditVerifySchema } from '../../common/platform/audit.js';
import type { AppDeps } from './app-deps.js';
import { verifyAudit } from './audit-read.js';
import { contextOf } from './http/request-context.js';

export function registerAuditRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/audit/verify',
    { schema: { tags: ['platform'], querystring: auditVerifyQuery, response: { 200: auditVerifySchema } } },
    async (req) => verifyAudit(contextOf(req, deps.db), req.query),
  );
}
