// Signing in inside a benchmark: the demo's password, then (for roles that require it) a code from
// the demo's published TOTP secret. Returns the cookie and CSRF header of the full session.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loginResultSchema } from '../common/platform/auth.js';
import { totpCode, totpStep } from '../server/platform/auth/totp.js';

/** A record type (not an interface) so it passes as request headers. */
export type BenchSession = Record<'cookie' | 'x-csrf-token', string>;

function sessionOf(res: LightMyRequestResponse): BenchSession {
  const cookie = res.cookies.find((c) => c.name === 'tillit_session');
  const csrf = res.cookies.find((c) => c.name === 'tillit_csrf');
  if (!cookie || !csrf) throw new Error(`bench sign-in failed: ${res.statusCode} ${res.body.slice(0, 200)}`);
  return { cookie: `tillit_session=${cookie.value}; tillit_csrf=${csrf.value}`, 'x-csrf-token': csrf.value };
}

export async function signInDemo(
  app: FastifyInstance,
  email: string,
  demo: { password: string; totpSecret: string },
): Promise<BenchSession> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: demo.password },
  });
  if (loginResultSchema.parse(res.json()).stage !== 'mfa') return sessionOf(res);
  const verified = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/mfa/verify',
    headers: sessionOf(res),
    payload: { code: totpCode(demo.totpSecret, totpStep(Date.now())) },
  });
  return sessionOf(verified);
}
