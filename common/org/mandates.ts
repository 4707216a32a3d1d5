import { z } from 'zod';
import { id, limits, longText, requiredText } from '../platform/fields.js';
import { confidentialInput } from '../platform/privacy.js';
import { mandateHolderRoles } from './roles.js';
import { mandateSchema, type Mandate } from './units.js';

export { mandateSchema, type Mandate };

export const mandateListSchema = z.object({ items: z.array(mandateSchema) });

export const mandateListQuery = z.object({
  unitId: id.optional(),
  q: z.string().trim().max(200).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

const mandateFields = {
  unitId: id.nullable(),
  holderRole: z.enum(mandateHolderRoles).nullable(),
  title: requiredText(limits.name),
  description: longText(limits.description).default(''),
  delegatedBy: longText(limits.title).default(''),
  /** Marks the mandate confidential (with the reason) or, with null, public; omitted: public on
   *  create, unchanged on edit. */
  confidential: confidentialInput.optional(),
};

export const createMandateBody = z.strictObject(mandateFields);
export type CreateMandateBody = z.infer<typeof createMandateBody>;

export const updateMandateBody = z.strictObject({
  unitId: mandateFields.unitId.optional(),
  holderRole: mandateFields.holderRole.optional(),
  title: mandateFields.title.optional(),
  description: longText(limits.description).optional(),
  delegatedBy: longText(limits.title).optional(),
  confidential: confidentialInput.optional(),
});
export type UpdateMandateBody = z.infer<typeof updateMandateBody>;
