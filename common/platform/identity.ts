// The API contract of sign-in with the organisation's identity provider (OpenID Connect) and of
// the accounts connected to it.
import { z } from 'zod';
import { isoTime } from './fields.js';

/** GET /api/v1/auth/providers: what the sign-in page may offer besides the password. */
export const authProvidersSchema = z.object({
  oidc: z.object({ name: z.string() }).nullable(),
});
export type AuthProviders = z.infer<typeof authProvidersSchema>;

/** GET /api/v1/auth/oidc/start. `returnTo` is honoured only when it is a path inside Tillit. */
export const oidcStartQuery = z.object({
  returnTo: z.string().max(2000).optional(),
  /** Connect the provider account to the signed-in person instead of signing in. */
  link: z.enum(['1']).optional(),
});

/** The provider sends these (and maybe more) back to the callback; none is trusted as sent. */
export const oidcCallbackQuery = z.looseObject({
  code: z.string().optional(),
  state: z.string().optional(),
  iss: z.string().optional(),
  error: z.string().optional(),
});

/** Why a provider sign-in ended on the sign-in page (`/sign-in?error=<code>`). */
export const oidcSignInErrors = [
  'denied',
  'expired',
  'failed',
  'notConnected',
  'inactive',
  'unavailable',
  'notConfigured',
] as const;
export type OidcSignInError = (typeof oidcSignInErrors)[number];

/** How connecting an account ended (`/settings?identity=<outcome>`). */
export const oidcLinkOutcomes = ['linked', 'taken', 'denied', 'expired', 'failed', 'unavailable'] as const;
export type OidcLinkOutcome = (typeof oidcLinkOutcomes)[number];

export const identitySchema = z.object({
  issuer: z.string(),
  connectedAt: isoTime,
  lastUsedAt: isoTime.nullable(),
});
export type Identity = z.infer<typeof identitySchema>;

/** The provider accounts connected to one person (in practice none or one). */
export const identityListSchema = z.object({ identities: z.array(identitySchema) });
export type IdentityList = z.infer<typeof identityListSchema>;
