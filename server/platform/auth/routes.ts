// HTTP for sign-in, sign-out, first-run setup and the signed-in person's profile.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { loginBody, meSchema, preferencesBody, setupBody, setupStatusSchema } from '../../../common/platform/auth.js';
import { okSchema } from '../../../common/platform/notifications.js';
import type { AppDeps } from '../app-deps.js';
import { clearSessionCookie, contextOf, setSessionCookie } from '../http/request-context.js';
import { createSession, endSession } from './sessions.js';
import { authenticate, getMe, needsSetup, setupOrganisation, updatePreferences } from './service.js';

export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  r.get(
    '/api/v1/setup',
    { schema: { tags, response: { 200: setupStatusSchema } }, config: { public: true } },
    async () => ({
      needsSetup: await needsSetup(deps.db),
    }),
  );

  r.post(
    '/api/v1/setup',
    {
      schema: { tags, body: setupBody, response: { 200: meSchema } },
      config: { public: true, rateLimit: { max: deps.config.LOGIN_RATE_LIMIT, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const ctx = contextOf(request, deps.db);
      const personId = await setupOrganisation(ctx, request.body);
      deps.organisationChanged();
      const session = await createSession(deps.db, personId, 'setup', deps.sessions);
      setSessionCookie(reply, deps.cookie, session);
      return getMe(ctx, personId);
    },
  );

  r.post(
    '/api/v1/auth/login',
    {
      schema: { tags, body: loginBody, response: { 200: meSchema } },
      config: { public: true, rateLimit: { max: deps.config.LOGIN_RATE_LIMIT, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const ctx = contextOf(request, deps.db);
      // A new session on every sign-in: a token planted before sign-in is never promoted.
      const existing = request.cookies[deps.cookie.name];
      if (existing) await endSession(deps.db, existing);
      const personId = await authenticate(ctx, request.body);
      const session = await createSession(deps.db, personId, 'password', deps.sessions);
      setSessionCookie(reply, deps.cookie, session);
      return getMe(ctx, personId);
    },
  );

  r.post(
    '/api/v1/auth/logout',
    { schema: { tags, response: { 200: okSchema } }, config: { public: true } },
    async (request, reply) => {
      const token = request.cookies[deps.cookie.name];
      if (token) await endSession(deps.db, token);
      clearSessionCookie(reply, deps.cookie);
      // Nothing of the signed-in person stays behind in this browser.
      reply.header('clear-site-data', '"cache", "cookies", "storage"');
      return { ok: true as const };
    },
  );

  r.get('/api/v1/me', { schema: { tags, response: { 200: meSchema } } }, async (request) =>
    getMe(contextOf(request, deps.db)),
  );

  r.patch(
    '/api/v1/me/preferences',
    { schema: { tags, body: preferencesBody, response: { 200: meSchema } } },
    async (request) => updatePreferences(contextOf(request, deps.db), request.body),
  );
}
