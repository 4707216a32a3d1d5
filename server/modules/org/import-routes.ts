// HTTP for CSV import and export of units and people. Administrators import; those who see
// everyone (administrators, analysts) export.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importResultSchema } from '../../../common/org/csv-format.js';
import type { AppDeps } from '../../platform/app-deps.js';
import { AppError, forbidden } from '../../platform/errors.js';
import { contextOf } from '../../platform/http/request-context.js';
import { requireSignedIn, type ServiceContext } from '../../platform/principal.js';
import { exportOrgCsv, importOrgCsv } from './csv/index.js';
import { orgPolicy, orgScope } from './policy.js';
import { loadUnitLinks } from './units-repo.js';

async function scopeOf(ctx: ServiceContext) {
  const authed = requireSignedIn(ctx);
  return { authed, scope: orgScope(authed.principal, await loadUnitLinks(ctx.db)) };
}

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
    },
    async (req) => {
      const ctx = contextOf(req, deps.db);
      const { authed, scope } = await scopeOf(ctx);
      if (!orgPolicy.canImport(scope)) throw forbidden();
      if (!Buffer.isBuffer(req.body)) throw new AppError(415, 'badRequest');
      return importOrgCsv(deps.db, new Uint8Array(req.body), {
        mode: req.query.mode,
        actorId: authed.principal.personId,
        requestId: req.id,
        locale: req.locale,
      });
    },
  );

  r.get('/api/v1/org/export', { schema: { tags: ['org: import'], produces: ['text/csv'] } }, async (req, reply) => {
    const ctx = contextOf(req, deps.db);
    const { scope } = await scopeOf(ctx);
    if (!orgPolicy.canExport(scope)) throw forbidden();
    const csv = await exportOrgCsv(deps.db);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="tillit-organisation.csv"')
      .send(csv);
  });
}
