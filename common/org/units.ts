import { z } from 'zod';
import { id, limits, longText, requiredText } from '../platform/fields.js';
import { confidentialSummarySchema } from '../platform/privacy.js';
import { membershipRoles, unitKinds, mandateHolderRoles } from './roles.js';

export const unitCode = z
  .string()
  .trim()
  .min(1)
  .max(limits.code)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);

export const unitSummarySchema = z.object({
  id,
  parentId: id.nullable(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(unitKinds),
  active: z.boolean(),
  memberCount: z.number().int(),
  managerNames: z.array(z.string()),
});
export type UnitSummary = z.infer<typeof unitSummarySchema>;

export const unitListSchema = z.object({ items: z.array(unitSummarySchema) });

export const unitMemberSchema = z.object({
  membershipId: id,
  personId: id,
  name: z.string(),
  title: z.string(),
  role: z.enum(membershipRoles),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  personActive: z.boolean(),
});

export const mandateSchema = z.object({
  id,
  unitId: id.nullable(),
  unitName: z.string().nullable(),
  holderRole: z.enum(mandateHolderRoles).nullable(),
  title: z.string(),
  description: z.string(),
  delegatedBy: z.string(),
  active: z.boolean(),
  /** Set when the mandate is confidential; only those who may see it get it at all. */
  confidential: confidentialSummarySchema.nullable(),
});
export type Mandate = z.infer<typeof mandateSchema>;

export const unitDetailSchema = z.object({
  id,
  parentId: id.nullable(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(unitKinds),
  description: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  deactivatedAt: z.string().nullable(),
  path: z.array(z.object({ id, name: z.string() })),
  children: z.array(unitSummarySchema),
  /** Present only when the viewer may see the unit's people; null otherwise. */
  members: z.array(unitMemberSchema).nullable(),
  managers: z.array(z.object({ personId: id, name: z.string(), role: z.enum(membershipRoles) })),
  mandates: z.array(mandateSchema),
  can: z.object({ edit: z.boolean(), manageMembers: z.boolean(), manageMandates: z.boolean() }),
});
export type UnitDetail = z.infer<typeof unitDetailSchema>;

export const createUnitBody = z.strictObject({
  parentId: id.nullable(),
  code: unitCode,
  name: requiredText(limits.name),
  kind: z.enum(unitKinds),
  description: longText(limits.description).default(''),
});
export type CreateUnitBody = z.infer<typeof createUnitBody>;

export const updateUnitBody = z.strictObject({
  code: unitCode.optional(),
  name: requiredText(limits.name).optional(),
  kind: z.enum(unitKinds).optional(),
  description: longText(limits.description).optional(),
});
export type UpdateUnitBody = z.infer<typeof updateUnitBody>;

export const moveUnitBody = z.strictObject({ parentId: id.nullable() });

export const unitListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

export const idParams = z.object({ id });
