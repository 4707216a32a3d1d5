// HTTP for the barometer: auth -> validate -> service -> present. No rules here.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  barometerSettingsBody,
  barometerSettingsSchema,
  chainSchema,
  coordinationSchema,
  createInstrumentBody,
  createWaveBody,
  dialogueSchema,
  heatmapSchema,
  instrumentDetailSchema,
  instrumentListSchema,
  instrumentParams,
  itemsResultSchema,
  raiseObstacleBody,
  resultsQuery,
  saveDialogueBody,
  submitResponseBody,
  submitResponseSchema,
  trendQuery,
  trendSchema,
  unitIdParams,
  waveAnonymityBody,
  waveDetailSchema,
  waveFormSchema,
  waveIdParams,
  waveListSchema,
  waveUnitParams,
} from '../../../common/barometer/api.js';
import type { AppDeps } from '../../platform/app-deps.js';
import { contextOf } from '../../platform/http/request-context.js';
import { getForm, submitResponse } from './answer-service.js';
import { getDialogue, raiseObstacle, saveDialogue } from './dialogue-service.js';
import { hmeCsv } from './hme-export.js';
import { createInstrument, getInstrument, listInstruments } from './instruments.js';
import { chainMap, coordination, heatmap, itemsResult, trend } from './results-service.js';
import { ensureBuiltInInstruments } from './repo.js';
import { getSettings, setSettings } from './settings-service.js';
// Adds the barometer to the access-request file.
import './access-request.js';
import { closeWaveNow, createWave, getWave, listWaves, openWaveNow, raiseWaveAnonymity } from './waves-service.js';

/**
 * The heatmap of a region has thousands of rows; checking each against the schema on the way out
 * took twice as long as building them. These bodies are built field by field by the cell builders
 * in results-model.ts (a hidden cell is exactly { suppressed: true }), and the API tests parse them
 * with the same schemas, so they are written as plain JSON.
 */
const plainJson = () => (data: unknown) => JSON.stringify(data);

export function registerBarometerRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['barometer'];
  const base = '/api/v1/barometer';
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.db);
  const waveDeps = { notifier: deps.notifier };
  const raiseDeps = { notifier: deps.notifier, secretKey: deps.config.SECRET_KEY };

  // The built-in instruments are stored when the app starts (missing ones only, by key and version).
  app.addHook('onReady', async () => {
    try {
      await ensureBuiltInInstruments(deps.db);
    } catch (error) {
      // A database without the barometer's tables (a test of the migrations themselves) is not ours to fix.
      app.log.warn({ err: error }, 'built-in barometer instruments not stored');
    }
  });

  r.get(`${base}/settings`, { schema: { tags, response: { 200: barometerSettingsSchema } } }, (req) =>
    getSettings(ctx(req)),
  );
  r.put(
    `${base}/settings`,
    { schema: { tags, body: barometerSettingsBody, response: { 200: barometerSettingsSchema } } },
    (req) => setSettings(ctx(req), req.body),
  );

  r.get(`${base}/instruments`, { schema: { tags, response: { 200: instrumentListSchema } } }, (req) =>
    listInstruments(ctx(req)),
  );
  r.post(
    `${base}/instruments`,
    { schema: { tags, body: createInstrumentBody, response: { 200: instrumentDetailSchema } } },
    (req) => createInstrument(ctx(req), req.body),
  );
  r.get(
    `${base}/instruments/:key/:version`,
    { schema: { tags, params: instrumentParams, response: { 200: instrumentDetailSchema } } },
    (req) => getInstrument(ctx(req), req.params.key, req.params.version),
  );

  r.get(`${base}/waves`, { schema: { tags, response: { 200: waveListSchema } } }, (req) => listWaves(ctx(req)));
  r.post(`${base}/waves`, { schema: { tags, body: createWaveBody, response: { 200: waveDetailSchema } } }, (req) =>
    createWave(ctx(req), waveDeps, req.body),
  );
  r.get(`${base}/waves/:id`, { schema: { tags, params: waveIdParams, response: { 200: waveDetailSchema } } }, (req) =>
    getWave(ctx(req), req.params.id),
  );
  r.post(
    `${base}/waves/:id/open`,
    { schema: { tags, params: waveIdParams, response: { 200: waveDetailSchema } } },
    (req) => openWaveNow(ctx(req), waveDeps, req.params.id),
  );
  r.post(
    `${base}/waves/:id/close`,
    { schema: { tags, params: waveIdParams, response: { 200: waveDetailSchema } } },
    (req) => closeWaveNow(ctx(req), waveDeps, req.params.id),
  );
  r.put(
    `${base}/waves/:id/anonymity`,
    { schema: { tags, params: waveIdParams, body: waveAnonymityBody, response: { 200: waveDetailSchema } } },
    (req) => raiseWaveAnonymity(ctx(req), req.params.id, req.body),
  );

  r.get(
    `${base}/waves/:id/form`,
    { schema: { tags, params: waveIdParams, response: { 200: waveFormSchema } } },
    (req) => getForm(ctx(req), req.params.id),
  );
  r.post(
    `${base}/waves/:id/responses`,
    { schema: { tags, params: waveIdParams, body: submitResponseBody, response: { 200: submitResponseSchema } } },
    (req) => submitResponse(ctx(req), req.params.id, req.body),
  );

  r.get(
    `${base}/waves/:id/heatmap`,
    {
      schema: { tags, params: waveIdParams, querystring: resultsQuery, response: { 200: heatmapSchema } },
      serializerCompiler: plainJson,
    },
    (req) => heatmap(ctx(req), req.params.id, req.query.unitId),
  );
  r.get(
    `${base}/waves/:id/items`,
    { schema: { tags, params: waveIdParams, querystring: resultsQuery, response: { 200: itemsResultSchema } } },
    (req) => itemsResult(ctx(req), req.params.id, req.query.unitId),
  );
  r.get(
    `${base}/waves/:id/coordination`,
    { schema: { tags, params: waveIdParams, querystring: resultsQuery, response: { 200: coordinationSchema } } },
    (req) => coordination(ctx(req), req.params.id, req.query.unitId),
  );
  r.get(
    `${base}/waves/:id/chain`,
    { schema: { tags, params: waveIdParams, querystring: resultsQuery, response: { 200: chainSchema } } },
    (req) => chainMap(ctx(req), req.params.id, req.query.unitId),
  );
  r.get(
    `${base}/waves/:id/hme.csv`,
    { schema: { tags, params: waveIdParams, produces: ['text/csv'] } },
    async (req, reply) => {
      const csv = await hmeCsv(ctx(req), req.params.id);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="tillit-hme.csv"')
        .send(csv);
    },
  );
  r.get(
    `${base}/units/:unitId/trend`,
    {
      schema: { tags, params: unitIdParams, querystring: trendQuery, response: { 200: trendSchema } },
      serializerCompiler: plainJson,
    },
    (req) => trend(ctx(req), req.params.unitId, req.query.instrument),
  );

  r.get(
    `${base}/waves/:id/units/:unitId/dialogue`,
    { schema: { tags, params: waveUnitParams, response: { 200: dialogueSchema } } },
    (req) => getDialogue(ctx(req), req.params.id, req.params.unitId),
  );
  r.put(
    `${base}/waves/:id/units/:unitId/dialogue`,
    { schema: { tags, params: waveUnitParams, body: saveDialogueBody, response: { 200: dialogueSchema } } },
    (req) => saveDialogue(ctx(req), req.params.id, req.params.unitId, req.body),
  );
  r.post(
    `${base}/waves/:id/units/:unitId/dialogue/obstacles`,
    { schema: { tags, params: waveUnitParams, body: raiseObstacleBody, response: { 200: dialogueSchema } } },
    (req) => raiseObstacle(ctx(req), raiseDeps, req.params.id, req.params.unitId, req.body),
  );
}
