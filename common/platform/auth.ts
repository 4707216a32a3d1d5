import { z } from 'zod';
import { locales } from '../i18n/locales.js';
import { email, id, requiredText, limits } from './fields.js';
import { membershipRoles, orgRoles } from '../org/roles.js';

export const loginBody = z.strictObject({
  email,
  password: z.string().min(1).max(128),
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
});
export type Me = z.infer<typeof meSchema>;

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
  adminPassword: z.string().min(12).max(128),
});
export type SetupBody = z.infer<typeof setupBody>;
