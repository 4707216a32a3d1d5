// The provider sends the browser back here with a one-time code. This GET is the one place where
// Tillit creates a session on a GET, because the protocol returns the browser with a redirect.
// It is safe to do so because a forged or replayed callback cannot get through:
//   - state: must equal the value sealed in this browser's flow cookie (no login CSRF);
//   - PKCE: the code is worthless without the verifier that only the sealed cookie holds;
//   - nonce: the ID token must carry the nonce of this very flow (no token injection);
//   - single use: the cookie is cleared here, and the provider accepts each code only once.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OidcSignInError } from '../../../../common/platform/identity.js';
import type { AppDeps } from '../../app-deps.js';
import { contextOf, setSessionCookie } from '../../http/request-context.js';
import { sessionStageFor } from '../session-stage.js';
import { createSession, endSession } from '../sessions.js';
import { classifyCallbackError, type Assertion, type OidcClient } from './client.js';
import { takeFlowCookie, type FlowCookie } from './flow-cookie.js';
import { connectMyIdentity } from './identity-service.js';
import { landingAfterSignIn, linkOutcomeFor, settingsOutcomePage, signInErrorPage } from './landing.js';
import { recordProviderFailure, signInWithAssertion } from './sign-in-service.js';

export interface CallbackDeps {
  app: AppDeps;
  client: OidcClient | null;
  flowCookie: FlowCookie;
}

/** Finishes a sign-in (or the connecting of an account) and answers where the browser goes next. */
export async function finishAtCallback(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: CallbackDeps,
): Promise<string> {
  const ctx = contextOf(request, deps.app.db);
  const flow = takeFlowCookie(request, reply, deps.flowCookie);
  const linking = flow?.linkSession != null;
  const refuse = async (reason: string, page: OidcSignInError): Promise<string> => {
    request.log.info({ reason }, 'OpenID Connect callback refused');
    await recordProviderFailure(ctx, reason);
    return linking ? settingsOutcomePage(linkOutcomeFor(page)) : signInErrorPage(page, flow?.returnTo);
  };

  if (!deps.client) return refuse('not_configured', 'notConfigured');
  if (!flow) return refuse('no_flow', 'expired');
  // The provider's answer, read against the registered redirect URI rather than the Host header.
  const callback = new URL(deps.client.settings.redirectUri);
  callback.search = new URL(request.url, callback).search;
  // openid-client checks state as well; checking first only names the reason in the audit log.
  if (callback.searchParams.get('state') !== flow.state) return refuse('state_mismatch', 'failed');

  let assertion: Assertion;
  try {
    assertion = await deps.client.complete(callback, flow);
  } catch (error) {
    const { reason, page } = classifyCallbackError(error);
    if (reason === 'exchange_error' || reason === 'unavailable' || reason === 'unreachable') {
      const safe = error instanceof Error ? { name: error.name, message: error.message } : {};
      request.log.warn({ err: safe }, 'OpenID Connect code exchange failed');
    }
    return refuse(reason, page);
  }

  if (flow.linkSession !== null) {
    // Only the full session that asked to connect an account may receive it.
    if (request.principal?.sessionId !== flow.linkSession) return refuse('link_session', 'expired');
    return settingsOutcomePage(await connectMyIdentity(ctx, assertion));
  }

  const result = await signInWithAssertion(ctx, assertion);
  if (!result.ok) return signInErrorPage(result.page, flow.returnTo);
  // A new session on every sign-in; whatever session this browser had ends here.
  const existing = request.cookies[deps.app.cookie.name];
  if (existing) await endSession(deps.app.db, existing);
  const stage = await sessionStageFor(deps.app.db, result.personId, {
    requiredRoles: deps.app.config.MFA_REQUIRED_ROLES,
    secondFactorDone: assertion.mfa,
  });
  const session = await createSession(deps.app.db, result.personId, 'oidc', deps.app.sessions, stage);
  setSessionCookie(reply, deps.app.cookie, session);
  return landingAfterSignIn(stage, flow.returnTo);
}
