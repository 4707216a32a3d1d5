// All SQL of connected provider accounts. An account is found by (issuer, subject), the pair the
// provider guarantees to be unique and stable, and never by e-mail.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface IdentityRow {
  issuer: string;
  subject: string;
  created_at: string;
  last_used_at: string | null;
}

export async function findPersonByIdentity(
  db: Db,
  issuer: string,
  subject: string,
): Promise<{ personId: string; active: boolean } | null> {
  const row = await db
    .selectFrom('person_identities')
    .innerJoin('people', 'people.id', 'person_identities.person_id')
    .select(['people.id as personId', 'people.active'])
    .where('person_identities.issuer', '=', issuer)
    .where('person_identities.subject', '=', subject)
    .executeTakeFirst();
  return row ? { personId: row.personId, active: row.active === 1 } : null;
}

export async function touchIdentity(db: Db, issuer: string, subject: string, at: string): Promise<void> {
  await db
    .updateTable('person_identities')
    .set({ last_used_at: at })
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .execute();
}

export async function identitiesOf(db: Db, personId: string): Promise<IdentityRow[]> {
  return db
    .selectFrom('person_identities')
    .select(['issuer', 'subject', 'created_at', 'last_used_at'])
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .execute();
}

/** Connects (issuer, subject) to a person, replacing any other account of the same provider the
 *  person had connected: one account per provider and person. */
export async function connectIdentity(
  trx: Transaction<Database>,
  values: { issuer: string; subject: string; personId: string; at: string },
): Promise<void> {
  await trx
    .deleteFrom('person_identities')
    .where('person_id', '=', values.personId)
    .where('issuer', '=', values.issuer)
    .execute();
  await trx
    .insertInto('person_identities')
    .values({
      issuer: values.issuer,
      subject: values.subject,
      person_id: values.personId,
      created_at: values.at,
      last_used_at: null,
    })
    .execute();
}

export async function removeIdentitiesOf(trx: Transaction<Database>, personId: string): Promise<void> {
  await trx.deleteFrom('person_identities').where('person_id', '=', personId).execute();
}

/** Ends the person's sessions that began at the provider (all or all but one). */
export async function endProviderSessionsOf(
  trx: Transaction<Database>,
  personId: string,
  exceptSessionId?: string,
): Promise<void> {
  let query = trx.deleteFrom('sessions').where('person_id', '=', personId).where('auth_method', 'like', 'oidc%');
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  await query.execute();
}

export async function personState(db: Db, personId: string): Promise<{ hasPassword: boolean } | null> {
  const row = await db.selectFrom('people').select('password_hash').where('id', '=', personId).executeTakeFirst();
  return row ? { hasPassword: row.password_hash !== null } : null;
}
