import { z } from 'zod';
import { locales } from '../i18n/locales.js';
import { email, id, requiredText, limits } from './fields.js';
import { membershipRoles, orgRoles } from '../org/roles.js';

export const loginBody = z.strictObject({
  email,
  // Wider than 128 characters: the rule counts code points, and one code point can be two UTF-16 units.
  password: z.string().min(1).max(1024),
});
export type LoginBody = z.infer<typeof loginBody>;

export const notificationModes = ['immediate', 'digest'] as const;

export const meSchema = z.object({
  id,
  name: z.string(),
  email: z.string(),
  locale: z.enum(locales).nullable(),
  notificationMode: z.enum(notificationModes),
  roles: z.array(z.enum(orgRoles)),
  memberships: z.array(z.object({ unitId: id, unitName: z.string(), role: z.enum(membershipRoles) })),
  organisation: z.object({ name: z.string(), defaultLocale: z.enum(locales) }),
  /** Whether the person uses a second factor, and whether one of their roles requires it. */
  mfa: z.object({ enrolled: z.boolean(), required: z.boolean() }),
});
export type Me = z.infer<typeof meSchema>;

/** The answer to a correct first factor: signed in, or half-way with a second step to take
 *  (verify a code, or set up a second factor that one of the person's roles requires). */
export const loginResultSchema = z.discriminatedUnion('stage', [
  z.object({ stage: z.literal('full'), me: meSchema }),
  z.object({ stage: z.literal('mfa') }),
  z.object({ stage: z.literal('enrol') }),
]);
export type LoginResult = z.infer<typeof loginResultSchema>;

/** A new password: its rules (common/platform/password-policy.ts and the server's list of common
 *  passwords) are checked by the service, so the bound here only stops absurd input. */
export const newPassword = z.string().min(1).max(1024);

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

export const preferencesBody = z.strictObject({
  locale: z.enum(locales).optional(),
  notificationMode: z.enum(notificationModes).optional(),
});
export type PreferencesBody = z.infer<typeof preferencesBody>;

export const setupStatusSchema = z.object({ needsSetup: z.boolean() });

/** First run: the organisation and its first administrator. */
export const setupBody = z.strictObject({
  organisationName: requiredText(limits.name),
  defaultLocale: z.enum(locales),
  adminName: requiredText(limits.name),
  adminEmail: email,
  adminPassword: newPassword,
});
export type SetupBody = z.infer<typeof setupBody>;
