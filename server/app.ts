// Builds the Fastify app: security headers, cookies, compression, validation, problem details,
// OpenAPI, the platform's and modules' routes, and the built web app. Tests build it too,
// without a listening socket.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCompress from '@fastify/compress';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { isLocale, type Locale } from '../common/i18n/locales.js';
import type { Config } from './config.js';
import type { Database } from './db/schema.js';
import type { AppDeps } from './platform/app-deps.js';
import { registerAuditRoutes } from './platform/audit-routes.js';
import { registerAuditSealing } from './platform/audit-sealing.js';
import { registerAuthRoutes } from './platform/auth/routes.js';
import { registerSecurityRoutes } from './platform/auth/security-routes.js';
import { registerOidcRoutes } from './platform/auth/oidc/routes.js';
import { registerProblemHandler, sendProblem } from './platform/http/problem.js';
import { answerFrameworkError } from './platform/http/framework-errors.js';
import { registerRequestContext, sessionCookie } from './platform/http/request-context.js';
import { zodValidatorCompiler } from './platform/http/validation.js';
import { createNotifier } from './platform/notifications/notify.js';
import { registerPlatformRoutes } from './platform/routes.js';
import { registerPrivacyRoutes } from './platform/privacy/routes.js';
import { registerOrgRoutes } from './modules/org/routes.js';
import { registerOrgImportRoutes } from './modules/org/import-routes.js';
import { apiSecuritySchemes, withTokenScopes } from './platform/tokens/openapi-scopes.js';
import { registerApiTokenRoutes } from './platform/tokens/routes.js';
import { registerSignalsRoutes } from './modules/signals/routes.js';
import { signalsNeedsMe } from './modules/signals/needs-me.js';
import { registerBurdenRoutes } from './modules/burden/routes.js';
import { burdenNeedsMe } from './modules/burden/needs-me.js';
import { registerBarometerRoutes } from './modules/barometer/routes.js';
import { barometerNeedsMe } from './modules/barometer/needs-me.js';

export interface BuildOptions {
  config: Config;
  db: Kysely<Database>;
  /** Folder of the built web app; served when it exists. */
  webRoot?: string;
  /** Where log lines go instead of stdout (tests read them back). */
  logStream?: { write: (line: string) => void };
}

const maxImportBytes = 6 * 1024 * 1024;

export async function buildApp(options: BuildOptions): Promise<{ app: FastifyInstance; deps: AppDeps }> {
  const { config, db } = options;
  const app = Fastify({
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    // request.ip (sign-in throttling, rate limits) is the client's address only behind a proxy we
    // were told to trust (TRUST_PROXY); otherwise X-Forwarded-For is ignored.
    trustProxy: config.TRUST_PROXY,
    frameworkErrors: answerFrameworkError,
    logger: {
      level: config.LOG_LEVEL,
      // Only the method and the path: query strings carry search terms, which can be names.
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', '*.password', '*.email'], remove: true },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  let defaultLocale: Locale | undefined;
  const deps: AppDeps = {
    db,
    config,
    sessions: { idleMinutes: config.SESSION_IDLE_MINUTES, absoluteHours: config.SESSION_ABSOLUTE_HOURS },
    cookie: sessionCookie(config.cookieSecure),
    notifier: createNotifier({ publicUrl: config.PUBLIC_URL, defaultLocale: 'sv' }),
    needsMe: [signalsNeedsMe, burdenNeedsMe, barometerNeedsMe],
    organisationChanged: () => {
      defaultLocale = undefined;
    },
  };
  const organisationLocale = async (): Promise<Locale> => {
    if (defaultLocale) return defaultLocale;
    const org = await db.selectFrom('organisation').select('default_locale').executeTakeFirst();
    if (!org) return 'sv';
    defaultLocale = isLocale(org.default_locale) ? org.default_locale : 'sv';
    return defaultLocale;
  };

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // No 'unsafe-inline': Designsystemet sets styles through the CSSOM, which CSP allows;
        // every journey fails on a CSP violation (e2e/support/browser.ts).
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: config.cookieSecure ? [] : null,
      },
    },
    hsts: config.NODE_ENV === 'production',
    // 'same-origin', not 'no-referrer': under no-referrer browsers send `Origin: null` on our own
    // POSTs, which the CSRF check must refuse. Other sites still get no Referer at all.
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
  });
  await app.register(fastifyCompress, { threshold: 1024 });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Tillit API', version: '1', description: 'Trust-based governance and leadership.' },
      components: { securitySchemes: apiSecuritySchemes(deps.cookie.name) },
    },
    transform: withTokenScopes(jsonSchemaTransform),
  });

  app.addContentTypeParser(
    ['text/csv', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: maxImportBytes },
    (_req, body, done) => {
      done(null, body);
    },
  );

  registerRequestContext(app, {
    db,
    sessions: deps.sessions,
    cookie: deps.cookie,
    publicUrl: config.PUBLIC_URL,
    defaultLocale: organisationLocale,
  });
  registerProblemHandler(app, db);
  registerAuditSealing(app, db);
  // While shutting down, answer in-flight requests with "Connection: close" so keep-alive
  // sockets do not hold the process open until their timeout.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    // Personal data must not linger in shared or browser caches.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    if (closing) reply.header('connection', 'close');
  });

  registerPlatformRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerSecurityRoutes(app, deps);
  registerOidcRoutes(app, deps);
  registerOrgRoutes(app, deps);
  registerOrgImportRoutes(app, deps);
  registerPrivacyRoutes(app, deps);
  registerApiTokenRoutes(app, deps);
  registerSignalsRoutes(app, deps);
  registerBurdenRoutes(app, deps);
  registerBarometerRoutes(app, deps);
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());

  const webRoot = options.webRoot ?? resolve('dist/web');
  const withWeb = existsSync(join(webRoot, 'index.html'));
  if (withWeb) await serveWeb(app, webRoot);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/api/') &&
      !path.startsWith('/assets/') &&
      path !== '/healthz';
    if (withWeb && isPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return sendProblem(request, reply, 404, 'notFound');
  });
  return { app, deps };
}

/** The single-page app: hashed assets cached for a year, index.html never cached, and every
 *  unknown non-API GET answered with index.html so deep links work. */
async function serveWeb(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: true,
    index: false,
    setHeaders: (reply, path) => {
      if (path.startsWith(join(root, 'assets'))) reply.header('cache-control', 'public, max-age=31536000, immutable');
      else reply.header('cache-control', 'no-cache');
    },
  });
  app.get('/', (_req, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
}
