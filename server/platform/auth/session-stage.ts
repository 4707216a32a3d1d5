// Which stage a new session starts in after the first factor (password or identity provider).
import type { Kysely } from 'kysely';
import type { OrgRole } from '../../../common/org/roles.js';
import type { Database } from '../../db/schema.js';
import type { SessionStage } from './sessions.js';

export async function sessionStageFor(
  db: Kysely<Database>,
  personId: string,
  options: {
    /** Roles that must use a second factor (config MFA_REQUIRED_ROLES). */
    requiredRoles: readonly OrgRole[];
    /** The identity provider asserted a second factor of its own (amr contains "mfa"). */
    secondFactorDone: boolean;
  },
): Promise<SessionStage> {
  if (options.secondFactorDone) return 'full';
  const totp = await db
    .selectFrom('mfa_totp')
    .select('person_id')
    .where('person_id', '=', personId)
    .where('confirmed_at', 'is not', null)
    .executeTakeFirst();
  if (totp) return 'mfa';
  if (options.requiredRoles.length === 0) return 'full';
  const required = await db
    .selectFrom('person_roles')
    .select('role')
    .where('person_id', '=', personId)
    .where('role', 'in', [...options.requiredRoles])
    .executeTakeFirst();
  return required ? 'enrol' : 'full';
}
