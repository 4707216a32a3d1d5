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
