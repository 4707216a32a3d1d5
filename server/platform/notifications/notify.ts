// In-app notifications, with e-mail through the outbox. The notification and its outbox row are
// written in the caller's transaction, so the change that caused them and the message either
// both happen or neither does.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { isLocale, type Locale } from '../../../common/i18n/locales.js';
import { nowIso } from '../clock.js';
import { translate } from '../i18n.js';
import { notificationKey } from '../../../common/platform/notifications.js';
import { namespaces } from '../../../common/i18n/catalogs.js';
import { isOneOf } from '../../../common/platform/one-of.js';

export interface NotificationInput {
  personId: string;
  kind: string;
  params: Record<string, string>;
  /** An in-app path such as /org/units/<id>. */
  link: string;
  /** When it happened, if not now: a notice caused by an anonymous author carries only the hour,
   *  like everything else that author's action leaves behind. */
  at?: string;
}

export interface Notifier {
  notify: (db: Kysely<Database> | Transaction<Database>, input: NotificationInput) => Promise<void>;
}

/** The stored parameters of a notification, as strings for interpolation. */
export function parseParams(json: string): Record<string, string> {
  const value: unknown = JSON.parse(json);
  const out: Record<string, string> = {};
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out[k] = String(v);
  return out;
}

export function notificationText(locale: Locale, kind: string, params: Record<string, string>): string {
  const { ns, key } = notificationKey(kind);
  return translate(locale, isOneOf(namespaces, ns) ? ns : 'platform', key, params);
}

export function createNotifier(options: { publicUrl: string; defaultLocale: Locale }): Notifier {
  return {
    async notify(db, input) {
      const person = await db
        .selectFrom('people')
        .select(['email', 'locale', 'notification_mode', 'active'])
        .where('id', '=', input.personId)
        .executeTakeFirst();
      if (!person || person.active !== 1) return;
      const now = input.at ?? nowIso();
      const immediate = person.notification_mode === 'immediate';
      const id = randomUUID();
      await db
        .insertInto('notifications')
        .values({
          id,
          person_id: input.personId,
          kind: input.kind,
          params_json: JSON.stringify(input.params),
          link: input.link,
          created_at: now,
          read_at: null,
          emailed_at: immediate ? now : null,
        })
        .execute();
      if (!immediate) return; // collected by the daily digest job
      const locale = isLocale(person.locale) ? person.locale : options.defaultLocale;
      const text = notificationText(locale, input.kind, input.params);
      await db
        .insertInto('outbox')
        .values({
          id: randomUUID(),
          person_id: input.personId,
          to_address: person.email,
          subject: `Tillit: ${text}`,
          body: `${text}\n\n${new URL(input.link, options.publicUrl).toString()}\n\n${translate(locale, 'platform', 'email.footer')}\n`,
          created_at: now,
          status: 'pending',
          attempts: 0,
          lease_until: null,
          sent_at: null,
          last_error: null,
        })
        .execute();
    },
  };
}
