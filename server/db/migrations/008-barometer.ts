// The barometer: instruments as data, waves with a frozen snapshot of the organisation, a
// participation list without time (deleted at close), and answers that carry no person, time or
// session. On SQLite the answer tables are WITHOUT ROWID with a random primary key, so their
// physical order is the order of random ids, not the order people answered in.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { MigrationContext } from './index.js';

export async function up(db: Kysely<Database>, ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('barometer_settings')
    .addColumn('organisation_id', 'text', (c) => c.primaryKey().references('organisation.id'))
    .addColumn('min_group', 'integer', (c) => c.notNull())
    .addColumn('min_comments', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('barometer_instruments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('built_in', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('barometer_instruments_version', ['key', 'version'])
    .execute();

  await db.schema
    .createTable('barometer_waves')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('instruments_json', 'text', (c) => c.notNull())
    .addColumn('scope_unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('opens_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('min_group', 'integer', (c) => c.notNull())
    .addColumn('min_comments', 'integer', (c) => c.notNull())
    .addColumn('repeat', 'text', (c) => c.notNull())
    .addColumn('series_id', 'text', (c) => c.notNull())
    .addColumn('reminder_days_before_close', 'integer')
    .addColumn('reminded', 'integer', (c) => c.notNull())
    .addColumn('dependent_unit_ids_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('barometer_waves_status').on('barometer_waves').columns(['status', 'opens_at']).execute();

  await db.schema
    .createTable('barometer_wave_units')
    .addColumn('wave_id', 'text', (c) => c.notNull().references('barometer_waves.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('invited', 'integer')
    .addColumn('answered', 'integer')
    .addPrimaryKeyConstraint('barometer_wave_units_pk', ['wave_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('barometer_wave_units_unit').on('barometer_wave_units').column('unit_id').execute();

  // No time column and no surrogate key: the primary key is (wave, person).
  await db.schema
    .createTable('barometer_participation')
    .addColumn('wave_id', 'text', (c) => c.notNull().references('barometer_waves.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('is_manager', 'integer', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('barometer_participation_pk', ['wave_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('barometer_participation_person')
    .on('barometer_participation')
    .columns(['person_id', 'answered'])
    .execute();

  // The answer tables: written as raw SQL so SQLite gets WITHOUT ROWID (a rowid would number
  // rows in the order they were inserted).
  const withoutRowid = ctx.dialect === 'sqlite' ? sql.raw(' WITHOUT ROWID') : sql.raw('');
  await sql`CREATE TABLE barometer_responses (
    id text NOT NULL PRIMARY KEY,
    wave_id text NOT NULL REFERENCES barometer_waves (id),
    unit_id text NOT NULL,
    audience text NOT NULL,
    commented integer NOT NULL DEFAULT 0
  )${withoutRowid}`.execute(db);
  await sql`CREATE TABLE barometer_answers (
    id text NOT NULL PRIMARY KEY,
    response_id text NOT NULL REFERENCES barometer_responses (id),
    item_key text NOT NULL,
    target_unit_id text,
    value integer NOT NULL
  )${withoutRowid}`.execute(db);
  await sql`CREATE TABLE barometer_comments (
    id text NOT NULL PRIMARY KEY,
    wave_id text NOT NULL REFERENCES barometer_waves (id),
    unit_id text NOT NULL,
    item_key text NOT NULL,
    text text NOT NULL
  )${withoutRowid}`.execute(db);
  await db.schema
    .createIndex('barometer_responses_wave')
    .on('barometer_responses')
    .columns(['wave_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('barometer_answers_response').on('barometer_answers').column('response_id').execute();
  await db.schema
    .createIndex('barometer_comments_wave')
    .on('barometer_comments')
    .columns(['wave_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('barometer_aggregates')
    .addColumn('wave_id', 'text', (c) => c.notNull().references('barometer_waves.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('sum', 'double precision', (c) => c.notNull())
    .addColumn('sum_sq', 'double precision', (c) => c.notNull())
    .addColumn('counts_json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('barometer_aggregates_pk', ['wave_id', 'metric', 'unit_id'])
    .execute();

  await db.schema
    .createTable('barometer_visibility')
    .addColumn('wave_id', 'text', (c) => c.notNull().references('barometer_waves.id'))
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('unit_ids_json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('barometer_visibility_pk', ['wave_id', 'metric'])
    .execute();

  await db.schema
    .createTable('barometer_dialogues')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('wave_id', 'text', (c) => c.notNull().references('barometer_waves.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('seen', 'text', (c) => c.notNull())
    .addColumn('will_do', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('barometer_dialogues_unit', ['wave_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('barometer_dialogue_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dialogue_id', 'text', (c) => c.notNull().references('barometer_dialogues.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('follow_up', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('barometer_dialogue_actions_dialogue')
    .on('barometer_dialogue_actions')
    .column('dialogue_id')
    .execute();
}
