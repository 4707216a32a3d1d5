// Signals: obstacles, rule obstacles, ideas and good examples from anyone, their timeline of
// answers, and "me too" confirmations. An anonymous signal stores no author at all.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function up(db: Kysely<Database>): Promise<void> {
  await db.schema
    .alterTable('organisation')
    .addColumn('signal_answer_days', 'integer', (c) => c.notNull().defaultTo(10))
    .execute();

  await db.schema
    .createTable('signals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('handling_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('suggestion', 'text', (c) => c.notNull())
    .addColumn('minutes_per_week', 'integer')
    .addColumn('affects_json', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('people.id'))
    .addColumn('follow_token_hash', 'text')
    .addColumn('restricted', 'integer', (c) => c.notNull())
    .addColumn('escalation_level', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('first_due_at', 'text', (c) => c.notNull())
    .addColumn('first_answered_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('reopen_count', 'integer', (c) => c.notNull())
    .addColumn('author_seen_at', 'text')
    // A rule obstacle may point at an item of the burden inventory (the burden module adds it).
    .addColumn('burden_item_id', 'text')
    // 'direct', or 'dialogue' when a barometer team dialogue raised it (source_ref names it).
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_ref', 'text')
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .execute();
  await db.schema.createIndex('signals_unit').on('signals').column('unit_id').execute();
  await db.schema.createIndex('signals_handling').on('signals').columns(['handling_unit_id', 'status']).execute();
  await db.schema.createIndex('signals_author').on('signals').column('author_id').execute();
  await db.schema.createIndex('signals_due').on('signals').columns(['status', 'due_at']).execute();

  await db.schema
    .createTable('signal_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('signal_id', 'text', (c) => c.notNull().references('signals.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('people.id'))
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('from_unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('to_unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('planned_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('signal_events_order', ['signal_id', 'seq'])
    .execute();

  await db.schema
    .createTable('signal_confirmations')
    .addColumn('signal_id', 'text', (c) => c.notNull().references('signals.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('minutes_per_week', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('signal_confirmations_pk', ['signal_id', 'person_id'])
    .execute();
}
