// Tillit as an OpenID Connect relying party, on openid-client. The library does the protocol
// checks, and we make sure it is asked to: the authorisation code flow with PKCE (S256), `state`
// compared with what this browser was given, the ID token's `nonce`, `iss` (the configured
// issuer, found by discovery), `aud` (our client id), `azp`, `exp` and `iat`, and the RFC 9207
// `iss` response parameter when the provider sends it. The ID token comes straight from the
// provider's token endpoint over TLS, authenticated with our client secret, which OpenID Connect
// Core 3.1.3.7 accepts in place of checking its signature.
import * as oidc from 'openid-client';
import type { Config } from '../../../config.js';
import type { OidcFlow } from './flow-cookie.js';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  /** Register exactly this at the provider. */
  redirectUri: string;
  /** Plain HTTP to the provider: only for a provider on this machine outside production (tests). */
  allowHttp: boolean;
}

export function oidcSettings(config: Config): OidcSettings | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = config;
  if (!issuer || !clientId || !clientSecret) return null;
  const host = new URL(issuer).hostname;
  const loopback = host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
  return {
    issuer,
    clientId,
    clientSecret,
    name: config.OIDC_NAME,
    redirectUri: `${config.PUBLIC_URL.replace(/\/+$/, '')}/api/v1/auth/oidc/callback`,
    allowHttp: loopback && config.NODE_ENV !== 'production',
  };
}

/** The provider could not be reached, or its discovery document was unusable. */
export class OidcUnavailableError extends Error {}

/** What the provider vouched for, after every check passed. */
export interface Assertion {
  issuer: string;
  subject: string;
  /** The provider's own second factor counts as Tillit's (amr contains "mfa"). */
  mfa: boolean;
}

export interface OidcClient {
  settings: OidcSettings;
  /** Where to send the browser to sign in; the flow's secrets are the caller's to keep.
   *  `forceLogin` asks the provider to authenticate again even if it has a session (prompt=login). */
  authorizationUrl: (flow: OidcFlow, options?: { forceLogin?: boolean }) => Promise<URL>;
  /** Checks the provider's answer at our callback URL and exchanges the code. */
  complete: (callback: URL, flow: OidcFlow) => Promise<Assertion>;
}

/** Successful discovery is reused for an hour; a failure is not remembered, so the next sign-in
 *  tries again as soon as the provider is back. */
const discoveryTtlMs = 60 * 60_000;

export function createOidcClient(settings: OidcSettings): OidcClient {
  let cached: { configuration: oidc.Configuration; at: number } | undefined;
  let pending: Promise<oidc.Configuration> | undefined;

  const discover = async (): Promise<oidc.Configuration> => {
    try {
      const configuration = await oidc.discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        // client_secret_basic: the OpenID Connect default for a registered client.
        oidc.ClientSecretBasic(settings.clientSecret),
        { execute: settings.allowHttp ? [oidc.allowInsecureRequests] : [], timeout: 10 },
      );
      cached = { configuration, at: Date.now() };
      return configuration;
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'unknown error';
      throw new OidcUnavailableError(`OpenID Connect discovery at ${settings.issuer} failed: ${reason}`);
    } finally {
      pending = undefined;
    }
  };

  const configuration = (): Promise<oidc.Configuration> => {
    if (cached && Date.now() - cached.at < discoveryTtlMs) return Promise.resolve(cached.configuration);
    pending ??= discover();
    return pending;
  };

  return {
    settings,
    async authorizationUrl(flow, options = {}) {
      const config = await configuration();
      return oidc.buildAuthorizationUrl(config, {
        ...(options.forceLogin ? { prompt: 'login' } : {}),
        redirect_uri: settings.redirectUri,
        // Only who the person is: Tillit keeps its own name and e-mail and needs no more.
        scope: 'openid',
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      });
    },
    async complete(callback, flow) {
      const config = await configuration();
      const tokens = await oidc.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new oidc.ClientError('the token response has no ID token');
      const amr = claims.amr;
      return {
        issuer: claims.iss,
        subject: claims.sub,
        mfa: Array.isArray(amr) && amr.includes('mfa'),
      };
    },
  };
}

/** A new flow's secrets: all three from openid-client's CSPRNG helpers (32 random bytes each). */
export function newFlowSecrets(): Pick<OidcFlow, 'state' | 'nonce' | 'verifier'> {
  return { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier() };
}

/** Why a callback failed, as a reason code for the audit log and the page the person sees. */
export function classifyCallbackError(error: unknown): { reason: string; page: 'denied' | 'failed' | 'unavailable' } {
  if (error instanceof OidcUnavailableError) return { reason: 'unavailable', page: 'unavailable' };
  // fetch() reports an unreachable host as this TypeError; openid-client reports a timeout.
  const unreachable = error instanceof TypeError && error.message === 'fetch failed';
  if (unreachable || (error instanceof oidc.ClientError && error.code === 'OAUTH_TIMEOUT'))
    return { reason: 'unreachable', page: 'unavailable' };
  if (error instanceof oidc.AuthorizationResponseError)
    return error.error === 'access_denied'
      ? { reason: 'access_denied', page: 'denied' }
      : { reason: 'provider_error', page: 'failed' };
  // The provider refused the code: used already, expired, or another client's or verifier's.
  if (error instanceof oidc.ResponseBodyError) return { reason: 'code_rejected', page: 'failed' };
  // state, iss, nonce, aud or a malformed response: the library's own checks.
  if (error instanceof oidc.ClientError) return { reason: 'response_invalid', page: 'failed' };
  return { reason: 'exchange_error', page: 'failed' };
}
