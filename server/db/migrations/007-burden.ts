// The burden inventory: steering demands with their cost inputs, who performs them, the
// frontline's assessments, clean-up rounds with proposals and decisions, and snapshots of the
// totals so the trend is a real series.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function up(db: Kysely<Database>): Promise<void> {
  await db.schema
    .alterTable('organisation')
    .addColumn('burden_hours_per_fte', 'integer', (c) => c.notNull().defaultTo(1700))
    .execute();
  await db.schema.alterTable('organisation').addColumn('burden_hourly_cost', 'integer').execute();

  await db.schema
    .createTable('burden_demands')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('owner_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('owner_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('origin_unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('legal_basis', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('result_users', 'text', (c) => c.notNull())
    .addColumn('frequency_unit', 'text', (c) => c.notNull())
    .addColumn('frequency_count', 'integer', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('performers_entered', 'integer')
    .addColumn('review_on', 'text')
    .addColumn('measures', 'text')
    .addColumn('focus', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('merged_into_id', 'text', (c) => c.references('burden_demands.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .execute();
  await db.schema
    .createIndex('burden_demands_owner')
    .on('burden_demands')
    .columns(['owner_unit_id', 'status'])
    .execute();

  await db.schema
    .createTable('burden_demand_performers')
    .addColumn('demand_id', 'text', (c) => c.notNull().references('burden_demands.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('include_descendants', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('burden_demand_performers_pk', ['demand_id', 'unit_id', 'role'])
    .execute();
  await db.schema.createIndex('burden_performers_unit').on('burden_demand_performers').column('unit_id').execute();

  await db.schema
    .createTable('burden_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('scope_unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .execute();

  await db.schema
    .createTable('burden_round_demands')
    .addColumn('round_id', 'text', (c) => c.notNull().references('burden_rounds.id'))
    .addColumn('demand_id', 'text', (c) => c.notNull().references('burden_demands.id'))
    // Frozen when the round opens, so the report's "before" does not move with later edits. Hours
    // are double precision: PostgreSQL's real keeps only about seven digits.
    .addColumn('hours_before', 'double precision', (c) => c.notNull())
    .addColumn('minutes_before', 'integer', (c) => c.notNull())
    .addColumn('occurrences_before', 'integer', (c) => c.notNull())
    .addColumn('performers_before', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('burden_round_demands_pk', ['round_id', 'demand_id'])
    .execute();
  await db.schema.createIndex('burden_round_demands_demand').on('burden_round_demands').column('demand_id').execute();

  await db.schema
    .createTable('burden_assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('demand_id', 'text', (c) => c.notNull().references('burden_demands.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    // '' outside a round, so the unique constraint holds on both databases (NULLs are distinct).
    .addColumn('round_key', 'text', (c) => c.notNull())
    .addColumn('round_id', 'text', (c) => c.references('burden_rounds.id'))
    .addColumn('usefulness', 'integer', (c) => c.notNull())
    .addColumn('noticed', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer')
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('burden_assessments_once', ['demand_id', 'person_id', 'round_key'])
    .execute();

  await db.schema
    .createTable('burden_proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull().references('burden_rounds.id'))
    .addColumn('demand_id', 'text', (c) => c.notNull().references('burden_demands.id'))
    .addColumn('proposed_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('new_frequency_unit', 'text')
    .addColumn('new_frequency_count', 'integer')
    .addColumn('new_minutes', 'integer')
    .addColumn('merge_into_id', 'text', (c) => c.references('burden_demands.id'))
    .addColumn('external_recipient', 'text')
    .addColumn('external_request', 'text')
    .addColumn('external_sent_on', 'text')
    .addColumn('external_answer', 'text')
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('people.id'))
    .addColumn('decision_rationale', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('hours_before', 'double precision', (c) => c.notNull())
    .addColumn('hours_after', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('burden_proposals_round')
    .on('burden_proposals')
    .columns(['round_id', 'demand_id'])
    .execute();
  // One undecided proposal per demand and round, also when a form is sent twice at once.
  await db.schema
    .createIndex('burden_proposals_one_open')
    .on('burden_proposals')
    .columns(['round_id', 'demand_id'])
    .unique()
    .where(sql.ref('status'), '=', sql.lit('proposed'))
    .execute();

  await db.schema
    .createTable('burden_snapshots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('cause_id', 'text')
    .addColumn('total_hours', 'double precision', (c) => c.notNull())
    .addColumn('active_demands', 'integer', (c) => c.notNull())
    .addColumn('units_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('burden_snapshots_taken').on('burden_snapshots').column('taken_at').execute();
}
