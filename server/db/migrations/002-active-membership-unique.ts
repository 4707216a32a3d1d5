// One active membership per person, unit and role: the database itself turns a double submit
// (or two managers adding the same person at once) into a conflict instead of a duplicate.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function up(db: Kysely<Database>): Promise<void> {
  await db.schema
    .createIndex('memberships_active_unique')
    .unique()
    .on('memberships')
    .columns(['person_id', 'unit_id', 'role'])
    .where(sql.ref('ended_at'), 'is', null)
    .execute();
}
