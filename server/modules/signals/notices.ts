// The notifications signals send. Kinds live in the signals catalog (signals.notificationKinds.*),
// so each reader gets them in their own language. An anonymous author has no one to notify: they
// follow their signal through the private link. A notice carries an excerpt of the signal, so it
// goes only to people who may see the signal now.
import type { Kysely, Transaction } from 'kysely';
import { subtreeIds } from '../../../common/org/tree.js';
import type { Database } from '../../db/schema.js';
import type { Notifier } from '../../platform/notifications/notify.js';
import { loadUnitLinks } from '../org/units-repo.js';
import { signalsPolicy } from './policy.js';
import { policyFacts } from './presenters.js';
import { confirmerIds, managedUnitsOf, managersOf, type SignalView } from './repo.js';

type Db = Kysely<Database> | Transaction<Database>;

export type SignalNotice = 'new' | 'answered' | 'handedUp' | 'escalated' | 'reply' | 'comment' | 'reopened' | 'overdue';

export interface NoticeOptions {
  /** When the step happened, if not now: an anonymous author's steps carry only the hour. */
  at?: string;
}

export async function notifyPeople(
  db: Db,
  notifier: Notifier,
  people: Iterable<string>,
  notice: SignalNotice,
  signal: { id: string; text: string },
  except: string | null,
  options: NoticeOptions = {},
): Promise<void> {
  const excerpt = signal.text.length > 80 ? `${signal.text.slice(0, 79)}…` : signal.text;
  for (const personId of new Set(people)) {
    if (personId === except) continue;
    await notifier.notify(db, {
      personId,
      kind: `signals.${notice}`,
      params: { excerpt },
      link: `/signals/${signal.id}`,
      ...(options.at === undefined ? {} : { at: options.at }),
    });
  }
}

/** The managers of a unit: they may see every signal it handles (they are in its chain). */
export async function notifyManagers(
  db: Db,
  notifier: Notifier,
  unitId: string,
  notice: SignalNotice,
  signal: { id: string; text: string },
  except: string | null,
  options: NoticeOptions = {},
): Promise<void> {
  await notifyPeople(db, notifier, await managersOf(db, unitId), notice, signal, except, options);
}

/** The author (when named) and everyone who said "me too" and may still see the signal: one
 *  restricted (or marked confidential) after they confirmed it is not theirs to read any more.
 *  `signal` is the signal as it stands after the step. */
export async function notifyFollowers(
  db: Db,
  notifier: Notifier,
  signal: SignalView,
  notice: SignalNotice,
  except: string | null,
): Promise<void> {
  const people = await visibleTo(db, signal, await confirmerIds(db, signal.id));
  if (signal.author_id) people.push(signal.author_id);
  await notifyPeople(db, notifier, people, notice, signal, except);
}

async function visibleTo(db: Db, signal: SignalView, people: string[]): Promise<string[]> {
  const facts = policyFacts(signal);
  if (!facts.restricted && !facts.confidential) return people;
  if (people.length === 0) return [];
  const [links, managedRoots] = await Promise.all([loadUnitLinks(db), managedUnitsOf(db, people)]);
  return people.filter((personId) => {
    const managed = new Set<string>();
    for (const unitId of managedRoots.get(personId) ?? []) for (const id of subtreeIds(links, unitId)) managed.add(id);
    return signalsPolicy.viewerCanSee({ personId, managed }, facts);
  });
}
