// The deadline for a first answer. A signal still open after its deadline is escalated one level
// up the chain (to the nearest unit above with a manager), marked, and both levels are notified;
// at the top of the chain its managers are reminded instead. Runs as a scheduled job.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { addWorkingDays } from '../../../common/signals/working-days.js';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../platform/audit.js';
import type { Notifier } from '../../platform/notifications/notify.js';
import { loadUnitLinks } from '../org/units-repo.js';
import { notifyManagers } from './notices.js';
import { answerCalendar } from './deadline.js';
import { escalateIfStillOverdue, insertEvent, unitsWithManagers } from './repo.js';
import { unitAbove } from './routing.js';

export async function escalateOverdue(trx: Transaction<Database>, notifier: Notifier, now: Date): Promise<number> {
  const overdue = await trx
    .selectFrom('signals')
    .select(['id', 'text', 'handling_unit_id', 'escalation_level'])
    .where('status', '=', 'open')
    .where('due_at', '<', now.toISOString())
    .orderBy('due_at')
    .execute();
  if (overdue.length === 0) return 0;
  const [links, withManagers, days] = await Promise.all([
    loadUnitLinks(trx),
    unitsWithManagers(trx),
    answerCalendar(trx),
  ]);
  const at = now.toISOString();
  const due = addWorkingDays(now, days.answerDays, days.holidayCountry).toISOString();
  let escalated = 0;
  for (const signal of overdue) {
    const above = unitAbove(links, withManagers, signal.handling_unit_id);
    // The list was read without locks: a leader may have answered since. Only a signal still as it
    // was seen moves; one just taken on (or handed up) stays where it is, and gets no event.
    const moved = await escalateIfStillOverdue(
      trx,
      { id: signal.id, handlingUnitId: signal.handling_unit_id, escalationLevel: signal.escalation_level, now: at },
      {
        handling_unit_id: above ?? signal.handling_unit_id,
        escalation_level: signal.escalation_level + 1,
        due_at: due,
        updated_at: at,
      },
    );
    if (!moved) continue;
    escalated += 1;
    await insertEvent(trx, {
      id: randomUUID(),
      signalId: signal.id,
      kind: 'escalated',
      actorId: null,
      actorRole: 'system',
      text: '',
      fromUnitId: signal.handling_unit_id,
      toUnitId: above,
      at,
    });
    await writeAudit(trx, {
      actorId: null,
      action: 'signal.escalated',
      entityType: 'signal',
      entityId: signal.id,
      before: { handlingUnitId: signal.handling_unit_id },
      after: { handlingUnitId: above ?? signal.handling_unit_id },
    });
    await notifyManagers(trx, notifier, signal.handling_unit_id, above ? 'escalated' : 'overdue', signal, null);
    if (above) await notifyManagers(trx, notifier, above, 'escalated', signal, null);
  }
  return escalated;
}
