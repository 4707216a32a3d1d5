// Signals: the organisation's holiday calendar for answer deadlines (null: taken from its default
// language), and the mandate a leader cited when handing a signal up.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function up(db: Kysely<Database>): Promise<void> {
  await db.schema.alterTable('organisation').addColumn('signal_holiday_country', 'text').execute();
  await db.schema
    .alterTable('signal_events')
    .addColumn('mandate_id', 'text', (c) => c.references('mandates.id'))
    .execute();
}
