// All SQL about API tokens. The secret itself never reaches this file: only its SHA-256.
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { ApiTokenTable, Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Tokens with their creator's name and whether the creator may still use them. */
function tokensWithCreator(db: Db) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('people', 'people.id', 'api_tokens.created_by')
    .select([
      'api_tokens.id',
      'api_tokens.name',
      'api_tokens.scopes_json',
      'api_tokens.created_by',
      'api_tokens.created_at',
      'api_tokens.expires_at',
      'api_tokens.last_used_at',
      'api_tokens.revoked_at',
      'people.name as creator_name',
      'people.active as creator_active',
    ])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('person_roles')
            .select('person_roles.person_id')
            .whereRef('person_roles.person_id', '=', 'api_tokens.created_by')
            .where('person_roles.role', '=', 'admin'),
        )
        .as('creator_admin'),
    );
}

export type ApiTokenRow = NonNullable<Awaited<ReturnType<typeof findApiTokenRow>>>;

export async function listApiTokenRows(db: Db) {
  return tokensWithCreator(db).orderBy('api_tokens.created_at', 'desc').orderBy('api_tokens.id').execute();
}

export async function findApiTokenRow(db: Db, id: string) {
  return tokensWithCreator(db).where('api_tokens.id', '=', id).executeTakeFirst();
}

export async function insertApiToken(db: Db, row: Insertable<ApiTokenTable>): Promise<void> {
  await db.insertInto('api_tokens').values(row).execute();
}

/** Revokes a token that is not revoked yet; returns whether this call did it. */
export async function revokeApiTokenRow(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
