// HTTP for the platform's own pages: health, notifications, "what needs me now", audit log.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditListQuery, auditListSchema } from '../../common/platform/audit.js';
import { needsMeSchema, notificationListSchema, okSchema } from '../../common/platform/notifications.js';
import { idParams } from '../../common/org/units.js';
import { pingDatabase } from '../db/index.js';
import type { AppDeps } from './app-deps.js';
import { listAudit } from './audit-read.js';
import { collectNeedsMe } from './home.js';
import { contextOf } from './http/request-context.js';
import { sendProblem } from './http/problem.js';
import { listNotifications, markAllRead, markRead } from './notifications/service.js';
import { requireSignedIn } from './principal.js';

export function registerPlatformRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/healthz',
    { schema: { tags: ['platform'], response: { 200: z.object({ status: z.literal('ok') }) } } },
    async (request, reply) => {
      try {
        await pingDatabase(deps.db);
      } catch {
        return sendProblem(request, reply, 503, 'internal');
      }
      return { status: 'ok' as const };
    },
  );

  r.get(
    '/api/v1/notifications',
    { schema: { tags: ['platform'], response: { 200: notificationListSchema } } },
    async (req) => listNotifications(contextOf(req, deps.db)),
  );
  r.post(
    '/api/v1/notifications/:id/read',
    { schema: { tags: ['platform'], params: idParams, response: { 200: okSchema } } },
    async (req) => {
      await markRead(contextOf(req, deps.db), req.params.id);
      return { ok: true as const };
    },
  );
  r.post(
    '/api/v1/notifications/read-all',
    { schema: { tags: ['platform'], response: { 200: okSchema } } },
    async (req) => {
      await markAllRead(contextOf(req, deps.db));
      return { ok: true as const };
    },
  );

  r.get('/api/v1/home/needs-me', { schema: { tags: ['platform'], response: { 200: needsMeSchema } } }, async (req) => ({
    items: await collectNeedsMe(requireSignedIn(contextOf(req, deps.db)), deps.needsMe),
  }));

  r.get(
    '/api/v1/audit',
    { schema: { tags: ['platform'], querystring: auditListQuery, response: { 200: auditListSchema } } },
    async (req) => listAudit(contextOf(req, deps.db), req.query),
  );
}
