// People deactivated longer than the retention period are anonymised, not deleted: their id stays,
// so memberships, mandates' history, marks they made and the audit chain still point at a row.
// What identifies them goes: name, e-mail, title, language, password, identity-provider links,
// second factor, recovery codes, sessions, notifications, e-mails to them and organisation roles.
// API tokens they created are revoked (the rows stay, they name no one).
//
// What the audit log says about them stays until the audit log's own retention removes it, since
// entries cannot be rewritten without breaking the hash chain.
import type { Transaction } from 'kysely';
import { isLocale } from '../../../common/i18n/locales.js';
import type { Database } from '../../db/schema.js';
import { translate } from '../i18n.js';
import type { PurgeOutcome } from './retention-classes.js';

/** An address that cannot receive mail (RFC 2606 reserves .invalid) and stays unique per person. */
export const anonymisedEmail = (personId: string) => `anonymised-${personId}@anonymised.invalid`;

export async function anonymiseDeactivatedPeople(
  trx: Transaction<Database>,
  cutoff: string,
  now: Date,
): Promise<PurgeOutcome> {
  const people = await trx
    .selectFrom('people')
    .select('id')
    .where('active', '=', 0)
    .where('deactivated_at', 'is not', null)
    .where('deactivated_at', '<', cutoff)
    .where('anonymised_at', 'is', null)
    .orderBy('id')
    .execute();
  if (people.length === 0) return { count: 0 };
  const org = await trx.selectFrom('organisation').select('default_locale').executeTakeFirst();
  const name = translate(isLocale(org?.default_locale) ? org.default_locale : 'sv', 'privacy', 'anonymisedName');
  const at = now.toISOString();
  for (const { id } of people) {
    await trx
      .updateTable('people')
      .set({
        name,
        email: anonymisedEmail(id),
        title: '',
        locale: null,
        password_hash: null,
        password_changed_at: null,
        anonymised_at: at,
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    for (const table of [
      'person_identities',
      'mfa_totp',
      'mfa_recovery_codes',
      'sessions',
      'notifications',
      'outbox',
      'person_roles',
    ] as const)
      await trx.deleteFrom(table).where('person_id', '=', id).execute();
    await trx
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('created_by', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
  }
  return { count: people.length };
}
