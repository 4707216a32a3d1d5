// Rows for the retention tests, dated relative to a moved clock.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export const day = 24 * 60 * 60 * 1000;
export const parsed = (json: string | null): unknown => JSON.parse(json ?? 'null');
export const before = (from: Date, days: number) => new Date(from.getTime() - days * day).toISOString();

export async function notification(db: Kysely<Database>, personId: string, createdAt: string, readAt: string | null) {
  const id = randomUUID();
  await db
    .insertInto('notifications')
    .values({
      id,
      person_id: personId,
      kind: 'membershipAdded',
      params_json: '{}',
      link: '/',
      created_at: createdAt,
      read_at: readAt,
      emailed_at: null,
    })
    .execute();
  return id;
}

export async function email(
  db: Kysely<Database>,
  personId: string,
  status: string,
  createdAt: string,
  sentAt: string | null,
) {
  const id = randomUUID();
  await db
    .insertInto('outbox')
    .values({
      id,
      person_id: personId,
      to_address: 'mottagare@testby.se',
      subject: 'Ämne',
      body: 'Text',
      created_at: createdAt,
      status,
      attempts: 1,
      lease_until: null,
      sent_at: sentAt,
      last_error: null,
    })
    .execute();
  return id;
}

export async function remaining(db: Kysely<Database>, table: 'notifications' | 'outbox', ids: string[]) {
  const rows = await db.selectFrom(table).select('id').where('id', 'in', ids).execute();
  return ids.filter((id) => rows.some((r) => r.id === id));
}

export const purgeEntries = (db: Kysely<Database>) =>
  db
    .selectFrom('audit_log')
    .select(['actor_id', 'entity_id', 'after_json'])
    .where('action', '=', 'retention.purge')
    .orderBy('id')
    .execute();
