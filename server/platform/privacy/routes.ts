// HTTP for privacy: the access-request file, retention settings and confidential marking. The
// rules are in the services.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/org/units.js';
import { okSchema } from '../../../common/platform/notifications.js';
import {
  accessRequestFileSchema,
  confidentialMarkingSchema,
  confidentialParams,
  markConfidentialBody,
  retentionListSchema,
  retentionParams,
  retentionPolicySchema,
  updateRetentionBody,
} from '../../../common/platform/privacy.js';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../http/request-context.js';
import { buildAccessRequest } from './access-request.js';
import { clearConfidential, setConfidential } from './confidential-service.js';
import { listRetention, updateRetention } from './retention-service.js';

export function registerPrivacyRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.db);
  const tags = ['privacy'];

  r.get(
    '/api/v1/people/:id/access-request',
    {
      schema: {
        tags,
        description: 'Everything Tillit holds about one person (GDPR art. 15), as a JSON file. Administrators.',
        params: idParams,
        produces: ['application/json'],
        response: { 200: accessRequestFileSchema },
      },
    },
    async (req, reply) => {
      const { file, filename } = await buildAccessRequest(ctx(req), req.params.id);
      return (
        reply
          .header('content-type', 'application/json; charset=utf-8')
          .header('content-disposition', `attachment; filename="${filename}"`)
          // Indented: the file is read by people, not only by programs.
          .serializer((payload) => JSON.stringify(accessRequestFileSchema.parse(payload), null, 2))
          .send(file)
      );
    },
  );

  r.get('/api/v1/retention', { schema: { tags, response: { 200: retentionListSchema } } }, async (req) =>
    listRetention(ctx(req)),
  );
  r.put(
    '/api/v1/retention/:dataClass',
    { schema: { tags, params: retentionParams, body: updateRetentionBody, response: { 200: retentionPolicySchema } } },
    async (req) => updateRetention(ctx(req), req.params.dataClass, req.body.days),
  );

  r.put(
    '/api/v1/confidential/:entityType/:entityId',
    {
      schema: {
        tags,
        params: confidentialParams,
        body: markConfidentialBody,
        response: { 200: confidentialMarkingSchema },
      },
    },
    async (req) => setConfidential(ctx(req), req.params.entityType, req.params.entityId, req.body.reason),
  );
  r.delete(
    '/api/v1/confidential/:entityType/:entityId',
    { schema: { tags, params: confidentialParams, response: { 200: okSchema } } },
    async (req) => {
      await clearConfidential(ctx(req), req.params.entityType, req.params.entityId);
      return { ok: true as const };
    },
  );
}
