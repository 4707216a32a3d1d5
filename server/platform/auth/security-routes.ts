// HTTP for the second factor, passwords and the administrator's help with both. The enrolment
// routes are also open to a half-way session in stage 'enrol', the verify route only to stage
// 'mfa'; everything else needs a full session (and no API token: none has a scope here).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordBody, meSchema, newPassword } from '../../../common/platform/auth.js';
import {
  enrolmentSchema,
  mfaStatusSchema,
  recoveryCodesSchema,
  secondFactorBody,
  totpCodeBody,
} from '../../../common/platform/mfa.js';
import { okSchema } from '../../../common/platform/notifications.js';
import { idParams } from '../../../common/org/units.js';
import type { AppDeps } from '../app-deps.js';
import { unauthenticated } from '../errors.js';
import { contextOf, setSessionCookie } from '../http/request-context.js';
import {
  confirmEnrolment,
  disableSecondFactor,
  mfaStatus,
  regenerateRecoveryCodes,
  resetSecondFactor,
  securitySettings,
  startEnrolment,
  verifySecondFactor,
} from './mfa-service.js';
import { changePassword, setPasswordOf } from './password-service.js';
import { getMe } from './service.js';
import { replaceSession, secondFactorMethod } from './session-renewal.js';
import { accountKey, clearFailures } from './throttle.js';

/** Whose second factor is being set up: the signed-in person, or the half-way session's. */
function enrollingPerson(request: FastifyRequest): string {
  if (request.principal) return request.principal.personId;
  if (request.partialSession?.stage === 'enrol') return request.partialSession.personId;
  throw unauthenticated();
}

export function registerSecurityRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['security'];
  const settings = securitySettings(deps.config);
  const requiredRoles = deps.config.MFA_REQUIRED_ROLES;
  const limited = { rateLimit: { max: deps.config.LOGIN_RATE_LIMIT, timeWindow: '1 minute' } };

  r.post(
    '/api/v1/auth/mfa/verify',
    {
      schema: { tags, body: secondFactorBody, response: { 200: meSchema } },
      config: { partial: ['mfa'], ...limited },
    },
    async (request, reply) => {
      const partial = request.partialSession;
      if (partial?.stage !== 'mfa') throw unauthenticated();
      const ctx = contextOf(request, deps.db);
      const kind = await verifySecondFactor(ctx, partial.personId, request.body.code, settings, request.ip);
      const method = secondFactorMethod(partial.authMethod, kind);
      const session = await replaceSession(deps.db, partial.sessionId, partial.personId, method, deps.sessions);
      setSessionCookie(reply, deps.cookie, session);
      return getMe(ctx, partial.personId, requiredRoles);
    },
  );

  r.get('/api/v1/me/mfa', { schema: { tags, response: { 200: mfaStatusSchema } } }, async (request) =>
    mfaStatus(contextOf(request, deps.db), settings),
  );

  r.post(
    '/api/v1/me/mfa/enrol',
    { schema: { tags, response: { 200: enrolmentSchema } }, config: { partial: ['enrol'] } },
    async (request) => startEnrolment(contextOf(request, deps.db), enrollingPerson(request), settings),
  );

  r.post(
    '/api/v1/me/mfa/enrol/confirm',
    {
      schema: { tags, body: totpCodeBody, response: { 200: recoveryCodesSchema } },
      config: { partial: ['enrol'], ...limited },
    },
    async (request, reply) => {
      const personId = enrollingPerson(request);
      const ctx = contextOf(request, deps.db);
      const recoveryCodes = await confirmEnrolment(ctx, personId, request.body.code, settings);
      const partial = request.partialSession;
      if (!request.principal && partial) {
        // Enrolment completes the sign-in it interrupted: a full session with a new token.
        const method = secondFactorMethod(partial.authMethod, 'totp');
        const session = await replaceSession(deps.db, partial.sessionId, personId, method, deps.sessions);
        setSessionCookie(reply, deps.cookie, session);
        const person = await deps.db.selectFrom('people').select('email').where('id', '=', personId).executeTakeFirst();
        if (person) await clearFailures(deps.db, accountKey(person.email));
      }
      return { recoveryCodes };
    },
  );

  r.post(
    '/api/v1/me/mfa/recovery-codes',
    { schema: { tags, body: totpCodeBody, response: { 200: recoveryCodesSchema } }, config: limited },
    async (request) => ({
      recoveryCodes: await regenerateRecoveryCodes(
        contextOf(request, deps.db),
        request.body.code,
        settings,
        request.ip,
      ),
    }),
  );

  r.post(
    '/api/v1/me/mfa/disable',
    { schema: { tags, body: totpCodeBody, response: { 200: okSchema } }, config: limited },
    async (request) => {
      await disableSecondFactor(contextOf(request, deps.db), request.body.code, settings, request.ip);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/me/password',
    { schema: { tags, body: changePasswordBody, response: { 200: okSchema } }, config: limited },
    async (request, reply) => {
      const session = await changePassword(contextOf(request, deps.db), request.body, {
        throttle: settings.throttle,
        sessions: deps.sessions,
        address: request.ip,
      });
      setSessionCookie(reply, deps.cookie, session);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/people/:id/mfa/reset',
    { schema: { tags, params: idParams, response: { 200: okSchema } } },
    async (request) => {
      await resetSecondFactor(contextOf(request, deps.db), request.params.id);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/people/:id/password',
    { schema: { tags, params: idParams, body: z.strictObject({ newPassword }), response: { 200: okSchema } } },
    async (request) => {
      await setPasswordOf(contextOf(request, deps.db), request.params.id, request.body.newPassword);
      return { ok: true as const };
    },
  );
}
