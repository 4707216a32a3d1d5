// The secrets of one sign-in with the identity provider (state, nonce, PKCE code verifier) wait for
// the callback in a cookie sealed with AES-256-GCM, under a key derived from SECRET_KEY.
//
// Why a cookie and not a table: the flow belongs to one browser for ten minutes, so the browser is
// the natural place to keep it; nothing has to be cleaned up after abandoned sign-ins, and every
// process of a cluster can finish a flow another one started without a schema change. GCM makes
// the cookie unreadable (the verifier and nonce must stay secret) and unforgeable (a changed byte
// fails the tag). A replayed callback is refused because the cookie is cleared at the first
// callback and the provider accepts each authorisation code only once.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

/** How long a started sign-in may take at the provider. */
export const flowLifetimeSeconds = 10 * 60;

const flowSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  verifier: z.string().min(43),
  /** A path inside Tillit to open afterwards (already checked by safeReturnPath). */
  returnTo: z.string(),
  /** Set when a signed-in person connects their account: the id of the session that asked. */
  linkSession: z.string().nullable(),
  expiresAt: z.number(),
});
export type OidcFlow = z.infer<typeof flowSchema>;

export interface FlowCookie {
  name: string;
  secure: boolean;
  key: Buffer;
}

export function flowCookie(secretKey: string, secure: boolean): FlowCookie {
  // A key of its own (HKDF with a purpose label), so this cookie never shares a key with the
  // other things SECRET_KEY protects.
  const key = Buffer.from(hkdfSync('sha256', secretKey, 'tillit', 'oidc-flow-cookie/v1', 32));
  // __Host- pins the cookie to this origin and path "/"; browsers accept it only over HTTPS.
  return { name: secure ? '__Host-tillit_oidc' : 'tillit_oidc', secure, key };
}

export function sealFlow(cookie: FlowCookie, flow: OidcFlow): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', cookie.key, iv);
  // The cookie's name is authenticated too, so a value cannot be moved to another cookie.
  cipher.setAAD(Buffer.from(cookie.name));
  const body = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final()]);
  return [iv, body, cipher.getAuthTag()].map((part) => part.toString('base64url')).join('.');
}

/** The flow in a sealed value, or null when it was altered, sealed with another key, or expired. */
export function openFlow(cookie: FlowCookie, sealed: string | undefined, now = Date.now()): OidcFlow | null {
  const parts = sealed?.split('.') ?? [];
  if (parts.length !== 3) return null;
  const [iv, body, tag] = parts.map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !body || !tag || iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', cookie.key, iv);
    decipher.setAAD(Buffer.from(cookie.name));
    decipher.setAuthTag(tag);
    const text = Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    const parsed = flowSchema.safeParse(JSON.parse(text));
    if (!parsed.success || parsed.data.expiresAt <= now) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

export function setFlowCookie(reply: FastifyReply, cookie: FlowCookie, flow: OidcFlow): void {
  // Lax, not Strict: the provider sends the browser back with a top-level GET from its own site,
  // and a Strict cookie would stay behind.
  reply.setCookie(cookie.name, sealFlow(cookie, flow), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookie.secure,
    maxAge: flowLifetimeSeconds,
  });
}

/** Reads the flow and clears the cookie: each started sign-in can be finished at most once. */
export function takeFlowCookie(request: FastifyRequest, reply: FastifyReply, cookie: FlowCookie): OidcFlow | null {
  const sealed = request.cookies[cookie.name];
  if (sealed === undefined) return null;
  reply.clearCookie(cookie.name, { path: '/', httpOnly: true, sameSite: 'lax', secure: cookie.secure });
  return openFlow(cookie, sealed);
}
