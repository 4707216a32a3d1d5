// Configuration comes from the environment only. Every variable is parsed here, once, at start;
// a bad value stops the process with a message that names the variable.
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
  /** Organisation roles that must use a second factor; "none" turns the requirement off. */
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
  if (cfg.NODE_ENV === 'production' && !cfg.SECRET_KEY)
    throw new ConfigError(
      'Invalid configuration in the environment:\n  SECRET_KEY: required in production (32+ characters)',
    );
  return {
    ...cfg,
    SECRET_KEY: cfg.SECRET_KEY ?? developmentSecretKey,
    PUBLIC_URL: cfg.PUBLIC_URL ?? `http://localhost:${cfg.PORT}`,
    cookieSecure: cfg.COOKIE_SECURE ?? cfg.NODE_ENV === 'production',
  };
}
