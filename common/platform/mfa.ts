import { z } from 'zod';
import type { OrgRole } from '../org/roles.js';

/** Roles that see sensitive data and must use a second factor unless configured otherwise:
 *  administrators (everything), analysts (all survey results), safety representatives and case
 *  handlers (work-environment and whistleblowing cases) and auditors (the audit log). */
export const defaultMfaRequiredRoles: readonly OrgRole[] = [
  'admin',
  'analyst',
  'safety_rep',
  'case_handler',
  'auditor',
];

/** A six-digit TOTP code or a recovery code (letters and digits, dashes ignored). */
export const secondFactorCode = z
  .string()
  .trim()
  .min(6)
  .max(32)
  .regex(/^[0-9A-Za-z -]+$/);

/** Proving the second factor: after the password, or before changing it (turn off, new codes). */
export const secondFactorBody = z.strictObject({ code: secondFactorCode });
export type SecondFactorBody = z.infer<typeof secondFactorBody>;

/** A six-digit code from the authenticator app (spaces allowed, as apps show "123 456"). */
export const totpCodeBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[0-9 ]{6,8}$/),
});
export type TotpCodeBody = z.infer<typeof totpCodeBody>;

/** A started enrolment: what the authenticator app needs, as a QR code and as text. */
export const enrolmentSchema = z.object({
  otpauthUri: z.string(),
  /** An SVG image of the QR code of otpauthUri. */
  qrSvg: z.string(),
  /** The same secret in base32, grouped by four, for typing into the app by hand. */
  secret: z.string(),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

/** Shown once and never again: the server keeps only their hashes. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

/** The status on the security page. */
export const mfaStatusSchema = z.object({
  enrolled: z.boolean(),
  required: z.boolean(),
  confirmedAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
});
export type MfaStatus = z.infer<typeof mfaStatusSchema>;
