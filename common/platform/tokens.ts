// The API-token contract: administrators create tokens for integrations, each limited to a few
// scopes and, if they choose, to a date. The secret leaves the server once, in the create answer.
import { z } from 'zod';
import { isOneOf } from './one-of.js';
import { id, isoTime, limits, requiredText } from './fields.js';

/** What a token may do. A route names the scope it needs; a route that names none refuses tokens.
 *  Reading the audit log is deliberately not offered: it holds the before-and-after of every
 *  change to every person, and reading it stays an interactive, second-factor act. */
export const apiTokenScopes = ['org:read', 'org:write'] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];
export const isApiTokenScope = (value: unknown): value is ApiTokenScope => isOneOf(apiTokenScopes, value);

/** A token may live at most this long; the form offers one year, a day of slack covers time zones. */
export const maxApiTokenLifetimeDays = 366;

/** active: works; expired/revoked: never again; suspended: its creator is no longer an active
 *  administrator, so it is refused until someone makes them one again. */
export const apiTokenStatuses = ['active', 'expired', 'revoked', 'suspended'] as const;
export type ApiTokenStatus = (typeof apiTokenStatuses)[number];

export const createApiTokenBody = z.strictObject({
  name: requiredText(limits.name),
  scopes: z.array(z.enum(apiTokenScopes)).min(1).max(apiTokenScopes.length),
  /** The moment the token stops working, with a time-zone offset; null or absent: never. */
  expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
});
export type CreateApiTokenBody = z.infer<typeof createApiTokenBody>;

export const apiTokenSchema = z.object({
  id,
  name: z.string(),
  scopes: z.array(z.enum(apiTokenScopes)),
  status: z.enum(apiTokenStatuses),
  createdBy: z.object({ id, name: z.string() }),
  createdAt: isoTime,
  lastUsedAt: isoTime.nullable(),
  expiresAt: isoTime.nullable(),
  revokedAt: isoTime.nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });

/** The create answer: the only time the secret itself is sent. */
export const createdApiTokenSchema = z.object({ token: z.string(), apiToken: apiTokenSchema });
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;
