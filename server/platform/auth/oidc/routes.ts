// HTTP for signing in with the organisation's identity provider (OpenID Connect) and for the
// accounts connected to it. Starting and finishing are browser navigations, so they answer with
// redirects, and their failures land on a page that explains them rather than on JSON.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../../common/org/units.js';
import {
  authProvidersSchema,
  identityListSchema,
  oidcCallbackQuery,
  oidcStartQuery,
} from '../../../../common/platform/identity.js';
import type { AppDeps } from '../../app-deps.js';
import { notFound } from '../../errors.js';
import { contextOf } from '../../http/request-context.js';
import { finishAtCallback } from './callback.js';
import { createOidcClient, newFlowSecrets, oidcSettings } from './client.js';
import { flowCookie, flowLifetimeSeconds, setFlowCookie } from './flow-cookie.js';
import {
  disconnectMyIdentities,
  listIdentitiesOfPerson,
  listMyIdentities,
  removeIdentitiesOfPerson,
} from './identity-service.js';
import { settingsOutcomePage, signInErrorPage } from './landing.js';
import { safeReturnPath } from './return-to.js';

export function registerOidcRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  const settings = oidcSettings(deps.config);
  const client = settings ? createOidcClient(settings) : null;
  const cookie = flowCookie(deps.config.SECRET_KEY, deps.config.cookieSecure);
  // The callback makes a request to the provider for each call: limited like the password sign-in.
  const signInLimit = { max: deps.config.LOGIN_RATE_LIMIT, timeWindow: '1 minute' };

  r.get(
    '/api/v1/auth/providers',
    { schema: { tags, response: { 200: authProvidersSchema } }, config: { public: true } },
    async () => ({ oidc: settings ? { name: settings.name } : null }),
  );

  r.get(
    '/api/v1/auth/oidc/start',
    // Not rate-limited: it holds no secret to guess, and a whole office may sign in from one address.
    { schema: { tags, querystring: oidcStartQuery }, config: { public: true } },
    async (request, reply) => {
      if (!client) throw notFound();
      const linking = request.query.link === '1';
      const principal = request.principal;
      if (linking) {
        if (!principal) return reply.redirect(signInErrorPage('expired', '/settings'));
        // Connecting an account must be the person's own click in Tillit, not a link on another
        // site that rides on their session and on whoever is signed in at the provider.
        if (request.headers['sec-fetch-site'] === 'cross-site' || request.headers['sec-fetch-site'] === 'same-site')
          return reply.redirect(settingsOutcomePage('failed'));
      }
      const flow = {
        ...newFlowSecrets(),
        returnTo: linking ? '/settings' : safeReturnPath(request.query.returnTo),
        linkSession: linking && principal ? principal.sessionId : null,
        expiresAt: Date.now() + flowLifetimeSeconds * 1000,
      };
      let location: URL;
      try {
        location = await client.authorizationUrl(flow, { forceLogin: linking });
      } catch (error) {
        const safe = error instanceof Error ? { name: error.name, message: error.message } : {};
        request.log.error({ err: safe }, 'OpenID Connect provider unreachable');
        return reply.redirect(linking ? settingsOutcomePage('unavailable') : signInErrorPage('unavailable'));
      }
      setFlowCookie(reply, cookie, flow);
      return reply.redirect(location.href);
    },
  );

  r.get(
    '/api/v1/auth/oidc/callback',
    { schema: { tags, querystring: oidcCallbackQuery }, config: { public: true, rateLimit: signInLimit } },
    async (request, reply) =>
      reply.redirect(await finishAtCallback(request, reply, { app: deps, client, flowCookie: cookie })),
  );

  r.get('/api/v1/me/identity', { schema: { tags, response: { 200: identityListSchema } } }, async (request) =>
    listMyIdentities(contextOf(request, deps.db)),
  );

  r.delete('/api/v1/me/identity', { schema: { tags, response: { 200: identityListSchema } } }, async (request) =>
    disconnectMyIdentities(contextOf(request, deps.db)),
  );

  r.get(
    '/api/v1/people/:id/identity',
    { schema: { tags, params: idParams, response: { 200: identityListSchema } } },
    async (request) => listIdentitiesOfPerson(contextOf(request, deps.db), request.params.id),
  );

  r.delete(
    '/api/v1/people/:id/identity',
    { schema: { tags, params: idParams, response: { 200: identityListSchema } } },
    async (request) => removeIdentitiesOfPerson(contextOf(request, deps.db), request.params.id),
  );
}
