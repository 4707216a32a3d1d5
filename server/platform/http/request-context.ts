// Authenticates every API request before validation runs (so even validation errors are answered
// in the signed-in user's language), enforces CSRF and API-token scopes, and builds the
// ServiceContext every service call receives.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Locale } from '../../../common/i18n/locales.js';
import type { Database } from '../../db/schema.js';
import { loadApiTokenPrincipal } from '../auth/api-token-auth.js';
import { loadSession, type SessionPolicy, type SessionStage } from '../auth/sessions.js';
import { resolveLocale } from '../i18n.js';
import { AppError, forbidden, unauthenticated } from '../errors.js';
import type { Principal, ServiceContext } from '../principal.js';

export interface PartialSession {
  sessionId: string;
  personId: string;
  stage: Exclude<SessionStage, 'full'>;
  authMethod: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    /** A session half-way through sign-in, waiting for its second factor. */
    partialSession: PartialSession | null;
    locale: Locale;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. Every other /api/v1 route answers 401 to anonymous
     *  requests before its input is even validated. */
    public?: boolean;
    /** Also reachable by a half-way session of these stages (the second-factor routes). */
    partial?: ReadonlyArray<'mfa' | 'enrol'>;
    /** The API-token scope this route needs. Routes without one refuse API tokens. */
    scope?: string;
    /** Acts as no one, whatever the browser sends: the session cookie and bearer token are not
     *  even read, so the request leaves no trace on a session (last seen) that could tie it to a
     *  person. For the anonymous author's follow link, whose key is its only credential. */
    sessionless?: boolean;
  }
}

export interface CookieSettings {
  name: string;
  csrfName: string;
  secure: boolean;
}

export function sessionCookie(secure: boolean): CookieSettings {
  // The __Host- prefix pins the cookie to this origin and path; browsers only accept it over HTTPS.
  return secure
    ? { name: '__Host-tillit_session', csrfName: '__Host-tillit_csrf', secure }
    : { name: 'tillit_session', csrfName: 'tillit_csrf', secure };
}

export const languageCookie = 'tillit_lang';
export const csrfHeader = 'x-csrf-token';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerRequestContext(
  app: FastifyInstance,
  deps: {
    db: Kysely<Database>;
    sessions: SessionPolicy;
    cookie: CookieSettings;
    publicUrl: string;
    defaultLocale: () => Promise<string>;
  },
): void {
  const publicOrigin = new URL(deps.publicUrl).origin;
  app.decorateRequest('principal', null);
  app.decorateRequest('partialSession', null);
  app.decorateRequest('locale', 'sv');
  app.addHook('onRequest', async (request) => {
    const isApi = request.url.startsWith('/api/');
    const unsafe = !safeMethods.has(request.method);
    if (isApi && unsafe) checkOrigin(request, publicOrigin);

    const sessionless = request.routeOptions.url !== undefined && request.routeOptions.config.sessionless === true;
    // Such a route has no token scope, so an API token is refused as everywhere else, but without
    // even looking the token up (its last use would be a trace).
    if (isApi && sessionless && bearerToken(request) !== null) throw forbidden();
    const bearer = isApi && !sessionless ? bearerToken(request) : null;
    const token = isApi && !bearer && !sessionless ? request.cookies[deps.cookie.name] : undefined;
    const loaded = token ? await loadSession(deps.db, token, deps.sessions) : null;
    // A cookie-authenticated change must echo the session's CSRF token: a page on another site can
    // make the browser send the cookie, but it cannot read the token.
    if (loaded && unsafe && !sameSecret(request.headers[csrfHeader], loaded.csrfToken)) throw new AppError(403, 'csrf');
    request.principal = bearer ? await loadApiTokenPrincipal(deps.db, bearer) : (loaded?.principal ?? null);
    request.partialSession =
      loaded && loaded.stage !== 'full'
        ? { sessionId: loaded.sessionId, personId: loaded.personId, stage: loaded.stage, authMethod: loaded.authMethod }
        : null;
    request.locale = resolveLocale({
      saved: loaded?.locale,
      cookie: request.cookies[languageCookie],
      acceptLanguage: request.headers['accept-language'],
      fallback: await deps.defaultLocale(),
    });
    const matched = request.routeOptions.url !== undefined;
    if (!matched || !request.url.startsWith('/api/v1/')) return;
    const config = request.routeOptions.config;
    if (bearer && !request.principal) throw unauthenticated();
    const tokenScopes = request.principal?.token?.scopes;
    if (tokenScopes && (!config.scope || !tokenScopes.has(config.scope))) throw forbidden();
    if (config.public || request.principal) return;
    const partial = request.partialSession;
    if (partial && config.partial?.includes(partial.stage)) return;
    throw unauthenticated();
  });
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  return header.slice('Bearer '.length).trim() || null;
}

/** Browsers send Origin on every cross-site state-changing request; it must be our own. */
function checkOrigin(request: FastifyRequest, publicOrigin: string): void {
  const origin = request.headers.origin;
  if (request.headers['sec-fetch-site'] === 'cross-site') throw new AppError(403, 'csrf');
  if (origin === undefined) return;
  const own = `${request.protocol}://${request.host}`;
  if (origin !== publicOrigin && origin !== own) throw new AppError(403, 'csrf');
}

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || expected === '') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function setSessionCookie(
  reply: FastifyReply,
  cookie: CookieSettings,
  session: { token: string; csrfToken: string; expiresAt: Date },
): void {
  const common = { path: '/', secure: cookie.secure, expires: session.expiresAt } as const;
  reply.setCookie(cookie.name, session.token, { ...common, httpOnly: true, sameSite: 'lax' });
  // Readable by our own scripts (that is the point), useless to another site.
  reply.setCookie(cookie.csrfName, session.csrfToken, { ...common, httpOnly: false, sameSite: 'strict' });
}

export function clearSessionCookie(reply: FastifyReply, cookie: CookieSettings): void {
  reply.clearCookie(cookie.name, { path: '/', httpOnly: true, sameSite: 'lax', secure: cookie.secure });
  reply.clearCookie(cookie.csrfName, { path: '/', httpOnly: false, sameSite: 'strict', secure: cookie.secure });
}

export function contextOf(request: FastifyRequest, db: Kysely<Database>): ServiceContext {
  return { db, principal: request.principal, locale: request.locale, requestId: request.id };
}
