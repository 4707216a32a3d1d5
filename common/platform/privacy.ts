// The privacy API: retention periods per data class, confidential marking of records, and the
// access-request file (GDPR art. 15).
import { z } from 'zod';
import { id, requiredText } from './fields.js';

// ---- Retention ----------------------------------------------------------------------------------

/** A data class key such as "notifications.read": lower-case words joined by dots or underscores. */
export const dataClassKey = z
  .string()
  .max(60)
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/);

export const retentionPolicySchema = z.object({
  dataClass: z.string(),
  /** Where the class's name and description are in the catalogs: `<namespace>:retention.classes.<textKey>`. */
  namespace: z.string(),
  textKey: z.string(),
  days: z.number().int(),
  defaultDays: z.number().int(),
  minDays: z.number().int(),
  maxDays: z.number().int(),
  /** Null while the default applies. */
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type RetentionPolicy = z.infer<typeof retentionPolicySchema>;

export const retentionListSchema = z.object({
  items: z.array(retentionPolicySchema),
  /** When the daily purge runs next, if the scheduler has planned it. */
  nextRunAt: z.string().nullable(),
});

export const retentionParams = z.object({ dataClass: dataClassKey });

/** Whole days. Range and wholeness are checked by the service, which knows the class's range and
 *  so can name it in the message. */
export const updateRetentionBody = z.strictObject({ days: z.number() });

// ---- Confidential records -----------------------------------------------------------------------

/** An entity type such as "mandate" or "signal". */
export const entityTypeKey = z
  .string()
  .max(40)
  .regex(/^[a-z][a-z_]*$/);

export const confidentialParams = z.object({ entityType: entityTypeKey, entityId: id });

export const confidentialReasonLimit = 500;

/** Why a record is confidential: the ground for secrecy (for example the section of law). */
export const confidentialReason = requiredText(confidentialReasonLimit);

export const markConfidentialBody = z.strictObject({ reason: confidentialReason });

export const confidentialMarkingSchema = z.object({
  entityType: z.string(),
  entityId: id,
  reason: z.string(),
  markedAt: z.string(),
  markedBy: id,
});
export type ConfidentialMarking = z.infer<typeof confidentialMarkingSchema>;

/** What a record's own API shows about its marking, to those who may see the record. */
export const confidentialSummarySchema = z.object({ reason: z.string(), markedAt: z.string() });

/** A record's form: null makes it public again, an object marks it (or changes the reason). */
export const confidentialInput = z.strictObject({ reason: confidentialReason }).nullable();

// ---- Access request -----------------------------------------------------------------------------

export const accessRequestFormat = 'tillit-access-request/1';

export const accessRequestSectionSchema = z.object({
  key: z.string(),
  title: z.string(),
  data: z.unknown(),
});

export const accessRequestFileSchema = z.object({
  format: z.literal(accessRequestFormat),
  title: z.string(),
  generatedAt: z.string(),
  language: z.string(),
  subject: z.object({ id, name: z.string() }),
  requestedBy: z.object({ id, name: z.string() }),
  about: z.string(),
  /** Anonymous data (survey answers, anonymous reports) is not linked to anyone, so it is not here. */
  anonymousData: z.string(),
  sections: z.array(accessRequestSectionSchema),
});
export type AccessRequestFile = z.infer<typeof accessRequestFileSchema>;
