// The daily digest: one e-mail per person who chose "daily digest", listing what arrived since
// the last one. Runs inside the scheduler's transaction, so it is written exactly once.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { isLocale, type Locale } from '../../../common/i18n/locales.js';
import { translate } from '../i18n.js';
import { notificationText, parseParams } from './notify.js';

export async function writeDigests(
  trx: Transaction<Database>,
  now: Date,
  options: { publicUrl: string; defaultLocale: Locale },
): Promise<number> {
  const pending = await trx
    .selectFrom('notifications')
    .innerJoin('people', 'people.id', 'notifications.person_id')
    .select([
      'notifications.id',
      'notifications.person_id',
      'notifications.kind',
      'notifications.params_json',
      'notifications.link',
      'people.email',
      'people.locale',
    ])
    .where('notifications.emailed_at', 'is', null)
    .where('notifications.read_at', 'is', null)
    .where('people.notification_mode', '=', 'digest')
    .where('people.active', '=', 1)
    .orderBy('notifications.created_at')
    .execute();
  const byPerson = new Map<string, typeof pending>();
  for (const row of pending) byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), row]);
  const stamp = now.toISOString();
  for (const [personId, rows] of byPerson) {
    const first = rows[0];
    if (!first) continue;
    const locale = isLocale(first.locale) ? first.locale : options.defaultLocale;
    const lines = rows.map(
      (r) =>
        `- ${notificationText(locale, r.kind, parseParams(r.params_json))}\n  ${new URL(r.link, options.publicUrl).toString()}`,
    );
    await trx
      .insertInto('outbox')
      .values({
        id: randomUUID(),
        person_id: personId,
        to_address: first.email,
        subject: `Tillit: ${translate(locale, 'platform', 'email.digestSubject', { count: rows.length })}`,
        body: `${lines.join('\n')}\n\n${translate(locale, 'platform', 'email.footer')}\n`,
        created_at: stamp,
        status: 'pending',
        attempts: 0,
        lease_until: null,
        sent_at: null,
        last_error: null,
      })
      .execute();
  }
  const ids = pending.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    await trx
      .updateTable('notifications')
      .set({ emailed_at: stamp })
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  }
  return byPerson.size;
}
