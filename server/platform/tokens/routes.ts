// HTTP for API tokens. No route here names a scope, so no token can reach them.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/org/units.js';
import {
  apiTokenListSchema,
  apiTokenSchema,
  createApiTokenBody,
  createdApiTokenSchema,
} from '../../../common/platform/tokens.js';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../http/request-context.js';
import { createApiToken, listApiTokens, revokeApiToken } from './service.js';

export function registerApiTokenRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['platform: API tokens'];

  r.get('/api/v1/api-tokens', { schema: { tags, response: { 200: apiTokenListSchema } } }, async (req) => ({
    items: await listApiTokens(contextOf(req, deps.db)),
  }));
  r.post(
    '/api/v1/api-tokens',
    {
      schema: {
        tags,
        description: 'The answer holds the token itself; it is never shown again.',
        body: createApiTokenBody,
        response: { 200: createdApiTokenSchema },
      },
    },
    async (req) => createApiToken(contextOf(req, deps.db), req.body),
  );
  r.post(
    '/api/v1/api-tokens/:id/revoke',
    { schema: { tags, params: idParams, response: { 200: apiTokenSchema } } },
    async (req) => revokeApiToken(contextOf(req, deps.db), req.params.id),
  );
}
