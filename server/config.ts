// Configuration comes from the environment only. Every variable is parsed here, once, at start;
// a bad value stops the process with a message that names the variable.
import { isIP } from 'node:net';
import { z } from 'zod';
import { isOrgRole, type OrgRole } from '../common/org/roles.js';
import { defaultMfaRequiredRoles } from '../common/platform/mfa.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .min(1)
    .default('sqlite:./data/tillit.db')
    .refine((v) => v.startsWith('sqlite:') || v.startsWith('postgres://') || v.startsWith('postgresql://'), {
      message: 'must start with sqlite:, postgres:// or postgresql://',
    }),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  COOKIE_SECURE: bool.optional(),
  /**
   * The reverse proxies that may say who the client is (X-Forwarded-For, -Proto, -Host): a
   * comma-separated list of their addresses or CIDR ranges (or loopback, linklocal, uniquelocal).
   * Unset: none, so the header cannot be used to dodge the per-address sign-in limits. A hop count
   * is not offered: it cannot check who is speaking, and Fastify ignores it.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx): TrustProxy => {
      if (v === undefined) return false;
      const parts = v
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      const wrong = parts.filter((p) => !isProxyAddress(p));
      if (wrong.length > 0 || parts.length === 0)
        ctx.addIssue({
          code: 'custom',
          message: `must be a comma-separated list of proxy addresses or CIDR ranges (not: ${wrong.join(', ')})`,
        });
      return parts;
    }),
  SMTP_URL: z
    .string()
    .refine((v) => v.startsWith('smtp://') || v.startsWith('smtps://'), {
      message: 'must be an smtp:// or smtps:// URL',
    })
    .optional(),
  MAIL_FROM: z.string().min(3).default('Tillit <no-reply@localhost>'),
  OUTBOX_DIR: z.string().min(1).default('./data/outbox'),
  BACKUP_DIR: z.string().min(1).default('./data/backups'),
  JOBS_ENABLED: bool.default(true),
  /** Seconds between the scheduler's looks for due jobs (short in tests of two processes). */
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  DEMO: bool.default(false),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
  DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(6),
  /** Failed sign-in or second-factor attempts per account, and per address, before a pause. */
  SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  SIGNIN_BLOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** Organisation roles that must use a second factor; "none" turns the requirement off outside
   *  production. In production the list must include admin (checked in loadConfig). */
  MFA_REQUIRED_ROLES: z
    .string()
    .default(defaultMfaRequiredRoles.join(','))
    .transform((v, ctx): OrgRole[] => {
      if (v.trim() === 'none') return [];
      const parts = v
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      const unknown = parts.filter((p) => !isOrgRole(p));
      if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `unknown role(s): ${unknown.join(', ')}` });
      return parts.filter(isOrgRole);
    }),
  /** Encrypts second-factor secrets at rest. Required in production; at least 32 characters. */
  SECRET_KEY: z.string().min(32).optional(),
  /** OpenID Connect sign-in with the organisation's identity provider; all three or none. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The provider's name on the sign-in button, e.g. "Exempelby kommun (Entra ID)". */
  OIDC_NAME: z.string().min(1).max(80).default('Single sign-on'),
});

/** Fastify's trustProxy: nobody, or the proxies' addresses and ranges. */
export type TrustProxy = false | string[];

const namedRanges = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(text: string): boolean {
  if (namedRanges.includes(text)) return true;
  const [address = '', bits, ...rest] = text.split('/');
  if (rest.length > 0) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

export type Config = Omit<z.infer<typeof schema>, 'PUBLIC_URL' | 'SECRET_KEY'> & {
  PUBLIC_URL: string;
  SECRET_KEY: string;
  cookieSecure: boolean;
};

/** Outside production a fixed key keeps development and the demo simple; it protects nothing. */
const developmentSecretKey = 'tillit-development-key-not-for-production-use';

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') relevant[key] = value;
  }
  const parsed = schema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  const cfg = parsed.data;
  const oidc = [cfg.OIDC_ISSUER, cfg.OIDC_CLIENT_ID, cfg.OIDC_CLIENT_SECRET].filter((v) => v !== undefined).length;
  if (oidc !== 0 && oidc !== 3)
    throw new ConfigError(
      'Invalid configuration in the environment:\n  OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: set all three or none',
    );
  const production: string[] = [];
  if (cfg.NODE_ENV === 'production') {
    if (!cfg.SECRET_KEY) production.push('SECRET_KEY: required in production (32+ characters)');
    // Administrators can change every rule, so a password alone must never be enough for them.
    if (!cfg.MFA_REQUIRED_ROLES.includes('admin'))
      production.push('MFA_REQUIRED_ROLES: must include admin in production');
    // Without Secure the session cookie travels over plain HTTP and loses its __Host- prefix.
    if (cfg.COOKIE_SECURE === false) production.push('COOKIE_SECURE: cannot be false in production (serve over HTTPS)');
  }
  if (production.length > 0)
    throw new ConfigError(`Invalid configuration in the environment:\n${production.map((l) => `  ${l}`).join('\n')}`);
  return {
    ...cfg,
    SECRET_KEY: cfg.SECRET_KEY ?? developmentSecretKey,
    PUBLIC_URL: cfg.PUBLIC_URL ?? `http://localhost:${cfg.PORT}`,
    cookieSecure: cfg.COOKIE_SECURE ?? cfg.NODE_ENV === 'production',
  };
}
