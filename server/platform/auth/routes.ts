// HTTP for sign-in, sign-out, first-run setup and the signed-in person's profile.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  loginBody,
  loginResultSchema,
  meSchema,
  preferencesBody,
  setupBody,
  setupStatusSchema,
  type LoginResult,
} from '../../../common/platform/auth.js';
import { okSchema } from '../../../common/platform/notifications.js';
import type { AppDeps } from '../app-deps.js';
import { clearSessionCookie, contextOf, setSessionCookie } from '../http/request-context.js';
import { securitySettings } from './mfa-service.js';
import { assertSetupNotThrottled, countSetupRefusal, signInWithPassword } from './password-sign-in.js';
import { sessionStageFor } from './session-stage.js';
import { createSession, endSession } from './sessions.js';
import { getMe, needsSetup, setupOrganisation, updatePreferences } from './service.js';

export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  const security = securitySettings(deps.config);
  const requiredRoles = deps.config.MFA_REQUIRED_ROLES;

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
      schema: { tags, body: setupBody, response: { 200: loginResultSchema } },
      config: { public: true, rateLimit: { max: deps.config.LOGIN_RATE_LIMIT, timeWindow: '1 minute' } },
    },
    async (request, reply): Promise<LoginResult> => {
      const ctx = contextOf(request, deps.db);
      await assertSetupNotThrottled(ctx, request.ip);
      const personId = await setupOrganisation(ctx, request.body).catch(async (error: unknown) => {
        throw await countSetupRefusal(ctx, security, request.ip, error);
      });
      deps.organisationChanged();
      // The first administrator is held to the same rule as every other: if the role requires a
      // second factor, the new session can only set one up.
      const stage = await sessionStageFor(deps.db, personId, { requiredRoles, secondFactorDone: false });
      const session = await createSession(deps.db, personId, 'setup', deps.sessions, stage);
      setSessionCookie(reply, deps.cookie, session);
      return stage === 'full' ? { stage, me: await getMe(ctx, personId, requiredRoles) } : { stage };
    },
  );

  r.post(
    '/api/v1/auth/login',
    {
      schema: { tags, body: loginBody, response: { 200: loginResultSchema } },
      config: { public: true, rateLimit: { max: deps.config.LOGIN_RATE_LIMIT, timeWindow: '1 minute' } },
    },
    async (request, reply): Promise<LoginResult> => {
      const ctx = contextOf(request, deps.db);
      // A new session on every sign-in: a token planted before sign-in is never promoted.
      const existing = request.cookies[deps.cookie.name];
      if (existing) await endSession(deps.db, existing);
      const { personId, stage } = await signInWithPassword(ctx, request.body, security, request.ip);
      // A half-way session ('mfa' or 'enrol') reaches only the second-factor routes.
      const session = await createSession(deps.db, personId, 'password', deps.sessions, stage);
      setSessionCookie(reply, deps.cookie, session);
      return stage === 'full' ? { stage, me: await getMe(ctx, personId, requiredRoles) } : { stage };
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
      // Only the cache: the session cookies are cleared above, and the chosen language (a cookie and
      // local storage) should outlive the session.
      reply.header('clear-site-data', '"cache"');
      return { ok: true as const };
    },
  );

  r.get('/api/v1/me', { schema: { tags, response: { 200: meSchema } } }, async (request) =>
    getMe(contextOf(request, deps.db), undefined, requiredRoles),
  );

  r.patch(
    '/api/v1/me/preferences',
    { schema: { tags, body: preferencesBody, response: { 200: meSchema } } },
    async (request) => updatePreferences(contextOf(request, deps.db), request.body, requiredRoles),
  );
}
