// The data classes retention knows: how long each is kept by default, the range an administrator
// may choose from, and how expired data goes. A module that keeps personal data for a limited time
// adds its class with registerRetentionClass(...) where its data lives.
//
// A purge must be idempotent (running it twice deletes nothing the second time) and must touch
// only data older than the cutoff it is given.
import type { Transaction } from 'kysely';
import type { Namespace } from '../../../common/i18n/catalogs.js';
import type { Database } from '../../db/schema.js';
import { pruneAuditBefore } from '../audit-prune.js';
import { anonymiseDeactivatedPeople } from './retention-anonymise.js';

export interface PurgeOutcome {
  /** Records deleted (or, for people, anonymised). */
  count: number;
  /** Extra facts for the audit entry; never the deleted data. */
  details?: Record<string, string | number | null>;
}

export interface RetentionClass {
  /** Stable key, e.g. "notifications.read"; also the audit entry's entity id. */
  key: string;
  /** Name and description in the catalogs: `<namespace>:retention.classes.<textKey>.name|description`. */
  namespace: Namespace;
  textKey: string;
  defaultDays: number;
  minDays: number;
  maxDays: number;
  purge: (trx: Transaction<Database>, cutoff: string, now: Date) => Promise<PurgeOutcome>;
}

const counted = (result: { numDeletedRows: bigint }): PurgeOutcome => ({ count: Number(result.numDeletedRows) });

export const retentionClasses: RetentionClass[] = [
  {
    // Sessions are deleted within the hour after they expire (the sessions.cleanup job); this class
    // shows that in the list and catches any left behind. Nothing to choose: an ended session has
    // no use.
    key: 'sessions.expired',
    namespace: 'privacy',
    textKey: 'sessionsExpired',
    defaultDays: 0,
    minDays: 0,
    maxDays: 0,
    purge: async (trx, cutoff) =>
      counted(await trx.deleteFrom('sessions').where('expires_at', '<', cutoff).executeTakeFirst()),
  },
  {
    // Counters of failed sign-ins, keyed by hashes of the account and the address. Kept at least a
    // day, longer than any block lasts, so deleting one never lifts a block early.
    key: 'auth_throttle',
    namespace: 'privacy',
    textKey: 'authThrottle',
    defaultDays: 1,
    minDays: 1,
    maxDays: 30,
    purge: async (trx, cutoff) =>
      counted(
        await trx
          .deleteFrom('auth_throttle')
          .where('window_started_at', '<', cutoff)
          .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', cutoff)]))
          .executeTakeFirst(),
      ),
  },
  {
    key: 'notifications.read',
    namespace: 'privacy',
    textKey: 'notificationsRead',
    defaultDays: 180,
    minDays: 7,
    maxDays: 1825,
    purge: async (trx, cutoff) =>
      counted(
        await trx
          .deleteFrom('notifications')
          .where('read_at', 'is not', null)
          .where('read_at', '<', cutoff)
          .executeTakeFirst(),
      ),
  },
  {
    // Sent and finally failed e-mails hold an address and the message text; pending ones stay.
    key: 'outbox.sent',
    namespace: 'privacy',
    textKey: 'outboxSent',
    defaultDays: 30,
    minDays: 1,
    maxDays: 365,
    purge: async (trx, cutoff) =>
      counted(
        await trx
          .deleteFrom('outbox')
          .where('status', 'in', ['sent', 'failed'])
          .where((eb) => eb(eb.fn.coalesce('sent_at', 'created_at'), '<', cutoff))
          .executeTakeFirst(),
      ),
  },
  {
    key: 'people.deactivated',
    namespace: 'privacy',
    textKey: 'peopleDeactivated',
    defaultDays: 730,
    minDays: 30,
    maxDays: 3650,
    purge: anonymiseDeactivatedPeople,
  },
  {
    // Only from the tail of the hash chain, and only entries that still verify (audit-prune.ts).
    key: 'audit.log',
    namespace: 'privacy',
    textKey: 'auditLog',
    defaultDays: 1825,
    minDays: 365,
    maxDays: 3650,
    purge: async (trx, cutoff) => {
      const result = await pruneAuditBefore(trx, cutoff);
      return {
        count: result.deleted,
        ...(result.refused ? { details: { refusedAtSeq: result.refused.seq, refusedKind: result.refused.kind } } : {}),
      };
    },
  },
];

export function registerRetentionClass(dataClass: RetentionClass): void {
  const existing = retentionClasses.find((c) => c.key === dataClass.key);
  if (existing === dataClass) return;
  if (existing) throw new Error(`retention class ${dataClass.key} is registered twice`);
  if (!(dataClass.minDays <= dataClass.defaultDays && dataClass.defaultDays <= dataClass.maxDays))
    throw new Error(`retention class ${dataClass.key}: the default is outside its range`);
  retentionClasses.push(dataClass);
}

export function findRetentionClass(key: string): RetentionClass | undefined {
  return retentionClasses.find((c) => c.key === key);
}
