// HTTP for the burden module: auth -> validate -> service -> present. No rules here.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assessmentBody,
  assessmentResponse,
  burdenImportModes,
  burdenImportResultSchema,
  burdenSettingsBody,
  burdenSettingsSchema,
  createDemandBody,
  createRoundBody,
  decisionBody,
  demandDetailSchema,
  demandIdParams,
  demandListQuery,
  demandListSchema,
  overviewQuery,
  overviewSchema,
  proposalBody,
  proposalIdParams,
  proposalResponse,
  removeDemandBody,
  roundIdParams,
  roundListQuery,
  roundListSchema,
  roundReportSchema,
  toAssessSchema,
  updateDemandBody,
} from '../../../common/burden/api.js';
import type { AppDeps } from '../../platform/app-deps.js';
import { AppError } from '../../platform/errors.js';
import { contextOf } from '../../platform/http/request-context.js';
import { assessDemand, demandsToAssess } from './assess-service.js';
import { exportDemandsCsv, importDemandsCsv } from './csv-service.js';
import { createDemand, getDemand, listDemands, removeDemand, updateDemand } from './demands-service.js';
import { getSettings, overview, setSettings } from './overview-service.js';
import { decide, propose } from './proposals-service.js';
import { closeRound, createRound, getRound, listRounds } from './rounds-service.js';
// Adds the burden module to the access-request file.
import './access-request.js';

export function registerBurdenRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['burden'];
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.db);
  const base = '/api/v1/burden';

  r.get(
    `${base}/demands`,
    { schema: { tags, querystring: demandListQuery, response: { 200: demandListSchema } } },
    (req) => listDemands(ctx(req), req.query),
  );
  r.post(
    `${base}/demands`,
    { schema: { tags, body: createDemandBody, response: { 200: demandDetailSchema } } },
    (req) => createDemand(ctx(req), req.body),
  );
  r.get(`${base}/demands/export`, { schema: { tags, produces: ['text/csv'] } }, async (req, reply) => {
    const csv = await exportDemandsCsv(ctx(req));
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="tillit-styrkrav.csv"')
      .send(csv);
  });
  r.post(
    `${base}/demands/import`,
    {
      schema: {
        tags,
        description: 'Body: the CSV file as bytes (text/csv). See docs/csv-format.md, "Steering demands".',
        querystring: z.object({ mode: z.enum(burdenImportModes) }),
        response: { 200: burdenImportResultSchema },
      },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body)) throw new AppError(415, 'badRequest');
      return importDemandsCsv(ctx(req), new Uint8Array(req.body), req.query.mode);
    },
  );
  r.get(
    `${base}/demands/:id`,
    { schema: { tags, params: demandIdParams, response: { 200: demandDetailSchema } } },
    (req) => getDemand(ctx(req), req.params.id),
  );
  r.put(
    `${base}/demands/:id`,
    { schema: { tags, params: demandIdParams, body: updateDemandBody, response: { 200: demandDetailSchema } } },
    (req) => updateDemand(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${base}/demands/:id/remove`,
    { schema: { tags, params: demandIdParams, body: removeDemandBody, response: { 200: demandDetailSchema } } },
    (req) => removeDemand(ctx(req), req.params.id, req.body),
  );
  r.put(
    `${base}/demands/:id/assessment`,
    { schema: { tags, params: demandIdParams, body: assessmentBody, response: { 200: assessmentResponse } } },
    (req) => assessDemand(ctx(req), req.params.id, req.body),
  );
  r.get(`${base}/to-assess`, { schema: { tags, response: { 200: toAssessSchema } } }, (req) =>
    demandsToAssess(ctx(req)),
  );

  r.get(
    `${base}/rounds`,
    { schema: { tags, querystring: roundListQuery, response: { 200: roundListSchema } } },
    (req) => listRounds(ctx(req), req.query.status),
  );
  r.post(`${base}/rounds`, { schema: { tags, body: createRoundBody, response: { 200: roundReportSchema } } }, (req) =>
    createRound(ctx(req), deps.notifier, req.body),
  );
  r.get(
    `${base}/rounds/:id`,
    { schema: { tags, params: roundIdParams, response: { 200: roundReportSchema } } },
    (req) => getRound(ctx(req), req.params.id),
  );
  r.post(
    `${base}/rounds/:id/close`,
    { schema: { tags, params: roundIdParams, response: { 200: roundReportSchema } } },
    (req) => closeRound(ctx(req), req.params.id),
  );
  r.post(
    `${base}/rounds/:id/proposals`,
    { schema: { tags, params: roundIdParams, body: proposalBody, response: { 200: proposalResponse } } },
    async (req) => ({ proposal: await propose(ctx(req), deps.notifier, req.params.id, req.body) }),
  );
  r.post(
    `${base}/proposals/:id/decision`,
    { schema: { tags, params: proposalIdParams, body: decisionBody, response: { 200: proposalResponse } } },
    async (req) => ({ proposal: await decide(ctx(req), deps.notifier, req.params.id, req.body) }),
  );

  r.get(
    `${base}/overview`,
    { schema: { tags, querystring: overviewQuery, response: { 200: overviewSchema } } },
    (req) => overview(ctx(req), req.query.unitId),
  );
  r.get(`${base}/settings`, { schema: { tags, response: { 200: burdenSettingsSchema } } }, (req) =>
    getSettings(ctx(req)),
  );
  r.put(
    `${base}/settings`,
    { schema: { tags, body: burdenSettingsBody, response: { 200: burdenSettingsSchema } } },
    (req) => setSettings(ctx(req), req.body),
  );
}
