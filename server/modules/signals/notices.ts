// The notifications signals send. Kinds live in the signals catalog (signals.notificationKinds.*),
// so each reader gets them in their own language. An anonymous author has no one to notify: they
// follow their signal through the private link.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Notifier } from '../../platform/notifications/notify.js';
import { confirmerIds, managersOf } from './repo.js';

type Db = Kysely<Database> | Transaction<Database>;

export type SignalNotice = 'new' | 'answered' | 'handedUp' | 'escalated' | 'reply' | 'comment' | 'reopened' | 'overdue';

export async function notifyPeople(
  db: Db,
  notifier: Notifier,
  people: Iterable<string>,
  notice: SignalNotice,
  signal: { id: string; text: string },
  except: string | null,
): Promise<void> {
  const excerpt = signal.text.length > 80 ? `${signal.text.slice(0, 79)}…` : signal.text;
  for (const personId of new Set(people)) {
    if (personId === except) continue;
    await notifier.notify(db, {
      personId,
      kind: `signals.${notice}`,
      params: { excerpt },
      link: `/signals/${signal.id}`,
    });
  }
}

export async function notifyManagers(
  db: Db,
  notifier: Notifier,
  unitId: string,
  notice: SignalNotice,
  signal: { id: string; text: string },
  except: string | null,
): Promise<void> {
  await notifyPeople(db, notifier, await managersOf(db, unitId), notice, signal, except);
}

/** The author (when named) and everyone who said "me too". */
export async function notifyFollowers(
  db: Db,
  notifier: Notifier,
  signal: { id: string; text: string; author_id: string | null },
  notice: SignalNotice,
  except: string | null,
): Promise<void> {
  const people = await confirmerIds(db, signal.id);
  if (signal.author_id) people.push(signal.author_id);
  await notifyPeople(db, notifier, people, notice, signal, except);
}
