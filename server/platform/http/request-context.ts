// Loads the session (if any) before validation runs, so that even validation errors are answered in
// the signed-in user's language, and builds the ServiceContext every service call receives.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Locale } from '../../../common/i18n/locales.js';
import type { Database } from '../../db/schema.js';
import { loadSession, type SessionPolicy } from '../auth/sessions.js';
import { resolveLocale } from '../i18n.js';
import { unauthenticated } from '../errors.js';
import type { Principal, ServiceContext } from '../principal.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    locale: Locale;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. Every other /api/v1 route answers 401 to anonymous
     *  requests before its input is even validated. */
    public?: boolean;
  }
}

export interface CookieSettings {
  name: string;
  secure: boolean;
}

export function sessionCookie(secure: boolean): CookieSettings {
  // The __Host- prefix pins the cookie to this origin and path; browsers only accept it over HTTPS.
  return { name: secure ? '__Host-tillit_session' : 'tillit_session', secure };
}

export const languageCookie = 'tillit_lang';

export function registerRequestContext(
  app: FastifyInstance,
  deps: { db: Kysely<Database>; sessions: SessionPolicy; cookie: CookieSettings; defaultLocale: () => Promise<string> },
): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('locale', 'sv');
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[deps.cookie.name];
    const loaded = token && request.url.startsWith('/api/') ? await loadSession(deps.db, token, deps.sessions) : null;
    request.principal = loaded?.principal ?? null;
    request.locale = resolveLocale({
      saved: loaded?.locale,
      cookie: request.cookies[languageCookie],
      acceptLanguage: request.headers['accept-language'],
      fallback: await deps.defaultLocale(),
    });
    const matched = request.routeOptions.url !== undefined;
    if (matched && request.url.startsWith('/api/v1/') && !request.routeOptions.config.public && !request.principal)
      throw unauthenticated();
  });
}

export function setSessionCookie(reply: FastifyReply, cookie: CookieSettings, token: string, expiresAt: Date): void {
  reply.setCookie(cookie.name, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookie.secure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, cookie: CookieSettings): void {
  reply.clearCookie(cookie.name, { path: '/', httpOnly: true, sameSite: 'lax', secure: cookie.secure });
}

export function contextOf(request: FastifyRequest, db: Kysely<Database>): ServiceContext {
  return { db, principal: request.principal, locale: request.locale, requestId: request.id };
}
