// Security and privacy: identity-provider links, TOTP second factor and recovery codes, sign-in
// throttling, session stage and CSRF token, API tokens, the audit hash chain, retention settings
// and confidential marking of records.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function up(db: Kysely<Database>): Promise<void> {
  // Sessions from before this migration carry no CSRF token; ending them asks everyone to sign in once.
  await db.deleteFrom('sessions').execute();
  await db.schema
    .alterTable('sessions')
    .addColumn('stage', 'text', (c) => c.notNull().defaultTo('full'))
    .execute();
  await db.schema
    .alterTable('sessions')
    .addColumn('csrf_token', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('people').addColumn('password_changed_at', 'text').execute();

  // An account is matched to an identity provider by (issuer, subject), never by e-mail.
  await db.schema
    .createTable('person_identities')
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addPrimaryKeyConstraint('person_identities_pk', ['issuer', 'subject'])
    .execute();
  await db.schema.createIndex('person_identities_person').on('person_identities').column('person_id').execute();

  await db.schema
    .createTable('mfa_totp')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
    .addColumn('secret_enc', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('last_step', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mfa_recovery_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('mfa_recovery_person').on('mfa_recovery_codes').column('person_id').execute();

  // Failed sign-in and second-factor attempts per account and per address, keyed by a hash.
  await db.schema
    .createTable('auth_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', 'text', (c) => c.notNull())
    .addColumn('blocked_until', 'text')
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('scopes_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();

  // The chain: `seq` is the position in the chain, assigned when an entry is sealed (commit order
  // can differ from id order on PostgreSQL), `hash` covers the entry and the previous hash.
  await db.schema.alterTable('audit_log').addColumn('seq', 'integer').execute();
  await db.schema.alterTable('audit_log').addColumn('prev_hash', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('hash', 'text').execute();
  await db.schema.createIndex('audit_seq').unique().on('audit_log').column('seq').execute();
  await db.schema
    .createIndex('audit_unsealed')
    .on('audit_log')
    .column('id')
    .where(sql.ref('seq'), 'is', null)
    .execute();
  // One row: the head of the chain and where retention last cut its tail.
  await db.schema
    .createTable('audit_chain')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('head_seq', 'integer', (c) => c.notNull())
    .addColumn('head_hash', 'text', (c) => c.notNull())
    .addColumn('pruned_to_seq', 'integer', (c) => c.notNull())
    .addColumn('pruned_hash', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('audit_chain')
    .values({ id: 1, head_seq: 0, head_hash: genesisHash, pruned_to_seq: 0, pruned_hash: genesisHash })
    .execute();

  await db.schema
    .createTable('retention_policies')
    .addColumn('data_class', 'text', (c) => c.primaryKey())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('confidential_records')
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('marked_by', 'text', (c) => c.notNull())
    .addColumn('marked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('confidential_records_pk', ['entity_type', 'entity_id'])
    .execute();
}

/** The hash before the first entry: 64 zeros. */
export const genesisHash = '0'.repeat(64);
