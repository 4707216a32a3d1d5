// Writes into the OpenAPI document how each operation may be called: with the session cookie,
// and, where the route names a scope in its config, with an API token holding that scope. The
// document is then the list integrators read, and the test that runs a token over every
// operation reads the same list.
import type { SwaggerTransform } from '@fastify/swagger';

export const sessionScheme = 'session';
export const apiTokenScheme = 'apiToken';

export function apiSecuritySchemes(cookieName: string) {
  return {
    [sessionScheme]: {
      type: 'apiKey',
      in: 'cookie',
      name: cookieName,
      description: 'The browser session. Every change must also echo the CSRF token in the x-csrf-token header.',
    },
    [apiTokenScheme]: {
      type: 'http',
      scheme: 'bearer',
      description:
        'An API token (tillit_…) created by an administrator. It acts for that administrator, limited to its scopes; an operation that lists no scope refuses tokens.',
    },
  } as const;
}

/** Wraps the schema transform (zod -> JSON Schema) and adds `security` to every operation. */
export function withTokenScopes(transform: SwaggerTransform): SwaggerTransform {
  return (document) => {
    const result = transform(document);
    const { schema } = result;
    if (schema.hide) return result;
    const config = document.route.config;
    // The request context asks for a session only under /api/v1/ (so /healthz is open).
    const open = config?.public === true || !document.url.startsWith('/api/v1/');
    const security: Array<Record<string, string[]>> = open
      ? []
      : config?.scope
        ? [{ [sessionScheme]: [] }, { [apiTokenScheme]: [config.scope] }]
        : [{ [sessionScheme]: [] }];
    return { ...result, schema: { ...schema, security } };
  };
}
