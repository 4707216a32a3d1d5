// HTTP for CSV import and export of units and people; access is decided in import-service.ts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importResultSchema } from '../../../common/org/csv-format.js';
import type { AppDeps } from '../../platform/app-deps.js';
import { AppError } from '../../platform/errors.js';
import { contextOf } from '../../platform/http/request-context.js';
import { exportOrg, importOrg } from './import-service.js';

export function registerOrgImportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/org/import',
    {
      schema: {
        tags: ['org: import'],
        description: 'Body: the CSV file as bytes (text/csv). See docs/csv-format.md.',
        querystring: z.object({ mode: z.enum(['dry-run', 'apply']) }),
        response: { 200: importResultSchema },
      },
      config: { scope: 'org:write' },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body)) throw new AppError(415, 'badRequest');
      return importOrg(contextOf(req, deps.db), new Uint8Array(req.body), req.query.mode);
    },
  );

  r.get(
    '/api/v1/org/export',
    { schema: { tags: ['org: import'], produces: ['text/csv'] }, config: { scope: 'org:read' } },
    async (req, reply) => {
      const csv = await exportOrg(contextOf(req, deps.db));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="tillit-organisation.csv"')
        .send(csv);
    },
  );
}
