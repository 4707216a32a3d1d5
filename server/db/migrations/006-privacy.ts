// Privacy: when retention anonymised a person. The row stays (ids keep the history and the audit
// chain intact); this says that its name, e-mail and sign-in data are gone, and makes the purge
// idempotent.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function up(db: Kysely<Database>): Promise<void> {
  await db.schema.alterTable('people').addColumn('anonymised_at', 'text').execute();
}
