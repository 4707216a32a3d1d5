// HTTP for signals: auth -> validate -> service -> present. No rules here.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  answerBody,
  createSignalBody,
  createSignalResponse,
  figuresQuery,
  figuresSchema,
  followTokenHeader,
  handUpTargetsSchema,
  meTooBody,
  restrictBody,
  signalDetailSchema,
  signalIdParams,
  signalListQuery,
  signalListSchema,
  signalSettingsBody,
  signalSettingsSchema,
  textBody,
} from '../../../common/signals/signals.js';
import type { AppDeps } from '../../platform/app-deps.js';
import { contextOf } from '../../platform/http/request-context.js';
import { answerSignal, reopenSignal, replyToSignal, setMeToo, setRestricted, withdrawMeToo } from './answer-service.js';
import { getSignal, listAllSignals, listHandUpTargets, listSignals } from './board-service.js';
import { formatSignalsCsv } from './export.js';
import { getSignalSettings, setSignalSettings, unitFigures } from './figures-service.js';
import { getFollowedSignal, reopenAsFollower, replyAsFollower, restrictAsFollower } from './follow-service.js';
import { raiseSignal } from './raise-service.js';
// Registers signals with the platform's confidential marking.
import './confidentiality.js';
// Adds signals to the access-request file.
import './access-request.js';

export function registerSignalsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['signals'];
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.db);
  const followToken = (req: { headers: Record<string, string | string[] | undefined> }) => {
    const value = req.headers[followTokenHeader];
    return typeof value === 'string' ? value : undefined;
  };

  r.get(
    '/api/v1/signals',
    { schema: { tags, querystring: signalListQuery, response: { 200: signalListSchema } } },
    (req) => listSignals(ctx(req), req.query),
  );
  r.post(
    '/api/v1/signals',
    { schema: { tags, body: createSignalBody, response: { 200: createSignalResponse } } },
    (req) => raiseSignal(ctx(req), { notifier: deps.notifier, secretKey: deps.config.SECRET_KEY }, req.body),
  );
  r.get(
    '/api/v1/signals/export',
    { schema: { tags, querystring: signalListQuery, produces: ['text/csv'] } },
    async (req, reply) => {
      const items = await listAllSignals(ctx(req), req.query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="tillit-signals.csv"')
        .send(formatSignalsCsv(items, req.locale));
    },
  );
  r.get(
    '/api/v1/signals/figures',
    { schema: { tags, querystring: figuresQuery, response: { 200: figuresSchema } } },
    (req) => unitFigures(ctx(req), req.query.unitId),
  );
  r.get('/api/v1/signals/settings', { schema: { tags, response: { 200: signalSettingsSchema } } }, (req) =>
    getSignalSettings(ctx(req)),
  );
  r.put(
    '/api/v1/signals/settings',
    { schema: { tags, body: signalSettingsBody, response: { 200: signalSettingsSchema } } },
    (req) => setSignalSettings(ctx(req), req.body),
  );

  // The follow link works signed in or not: its key (in a header, never in the URL) is the credential.
  // It acts as no one: the session is not even read, so nothing ties a step to the author's session.
  const follow = { public: true, sessionless: true } as const;
  r.get('/api/v1/signals/follow', { schema: { tags, response: { 200: signalDetailSchema } }, config: follow }, (req) =>
    getFollowedSignal(ctx(req), followToken(req)),
  );
  r.post(
    '/api/v1/signals/follow/replies',
    { schema: { tags, body: textBody, response: { 200: signalDetailSchema } }, config: follow },
    (req) => replyAsFollower(ctx(req), deps.notifier, followToken(req), req.body),
  );
  r.post(
    '/api/v1/signals/follow/reopen',
    { schema: { tags, body: textBody, response: { 200: signalDetailSchema } }, config: follow },
    (req) => reopenAsFollower(ctx(req), deps.notifier, followToken(req), req.body),
  );
  r.post(
    '/api/v1/signals/follow/restricted',
    { schema: { tags, body: restrictBody, response: { 200: signalDetailSchema } }, config: follow },
    (req) => restrictAsFollower(ctx(req), followToken(req), req.body.restricted),
  );

  r.get(
    '/api/v1/signals/:id',
    { schema: { tags, params: signalIdParams, response: { 200: signalDetailSchema } } },
    (req) => getSignal(ctx(req), req.params.id),
  );
  r.get(
    '/api/v1/signals/:id/hand-up-targets',
    { schema: { tags, params: signalIdParams, response: { 200: handUpTargetsSchema } } },
    async (req) => ({ items: await listHandUpTargets(ctx(req), req.params.id) }),
  );
  r.post(
    '/api/v1/signals/:id/answers',
    { schema: { tags, params: signalIdParams, body: answerBody, response: { 200: signalDetailSchema } } },
    (req) => answerSignal(ctx(req), deps.notifier, req.params.id, req.body),
  );
  r.post(
    '/api/v1/signals/:id/replies',
    { schema: { tags, params: signalIdParams, body: textBody, response: { 200: signalDetailSchema } } },
    (req) => replyToSignal(ctx(req), deps.notifier, req.params.id, req.body),
  );
  r.post(
    '/api/v1/signals/:id/reopen',
    { schema: { tags, params: signalIdParams, body: textBody, response: { 200: signalDetailSchema } } },
    (req) => reopenSignal(ctx(req), deps.notifier, req.params.id, req.body),
  );
  r.put(
    '/api/v1/signals/:id/restricted',
    { schema: { tags, params: signalIdParams, body: restrictBody, response: { 200: signalDetailSchema } } },
    (req) => setRestricted(ctx(req), req.params.id, req.body.restricted),
  );
  r.put(
    '/api/v1/signals/:id/me-too',
    { schema: { tags, params: signalIdParams, body: meTooBody, response: { 200: signalDetailSchema } } },
    (req) => setMeToo(ctx(req), req.params.id, req.body),
  );
  // 204 when my "me too" was withdrawn from a signal I may no longer see: nothing to show.
  r.delete(
    '/api/v1/signals/:id/me-too',
    { schema: { tags, params: signalIdParams, response: { 200: signalDetailSchema, 204: z.null() } } },
    async (req, reply) => {
      const detail = await withdrawMeToo(ctx(req), req.params.id);
      return detail ?? reply.code(204).send(null);
    },
  );
}
