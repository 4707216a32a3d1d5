import { z } from 'zod';
import { email, id, limits, requiredText, longText } from '../platform/fields.js';
import { locales } from '../i18n/locales.js';
import { membershipRoles, orgRoles } from './roles.js';

export const personSummarySchema = z.object({
  id,
  name: z.string(),
  title: z.string(),
  email: z.string(),
  active: z.boolean(),
  units: z.array(z.object({ id, name: z.string(), role: z.enum(membershipRoles) })),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const personListSchema = z.object({
  items: z.array(personSummarySchema),
  total: z.number().int(),
});

export const personListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  unitId: id.optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Search all active people, to choose someone to add to a unit. Honoured for those who manage
   *  a unit (and those who see everyone anyway); needs a search text of at least 2 characters. */
  directory: z.enum(['true', 'false']).optional(),
});

export const membershipSchema = z.object({
  id,
  unitId: id,
  unitName: z.string(),
  role: z.enum(membershipRoles),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
});

export const personDetailSchema = z.object({
  id,
  name: z.string(),
  title: z.string(),
  email: z.string(),
  locale: z.enum(locales).nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  deactivatedAt: z.string().nullable(),
  roles: z.array(z.enum(orgRoles)),
  memberships: z.array(membershipSchema),
  can: z.object({ edit: z.boolean(), manageRoles: z.boolean(), deactivate: z.boolean() }),
});
export type PersonDetail = z.infer<typeof personDetailSchema>;

export const createPersonBody = z.strictObject({
  name: requiredText(limits.name),
  email,
  title: longText(limits.title).default(''),
  unitId: id,
  role: z.enum(membershipRoles).default('staff'),
});
export type CreatePersonBody = z.infer<typeof createPersonBody>;

export const updatePersonBody = z.strictObject({
  name: requiredText(limits.name).optional(),
  email: email.optional(),
  title: longText(limits.title).optional(),
});
export type UpdatePersonBody = z.infer<typeof updatePersonBody>;

export const setRolesBody = z.strictObject({ roles: z.array(z.enum(orgRoles)).max(orgRoles.length) });

export const addMembershipBody = z.strictObject({
  unitId: id,
  role: z.enum(membershipRoles),
});

export const membershipParams = z.object({ id, membershipId: id });
