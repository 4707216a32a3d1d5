// The barometer's scheduled work: open due drafts, remind those who have not answered, close due
// waves (aggregate, shuffle, drop participation), and start the next wave of a repeating series.
// Each runs in the scheduler's transaction; VACUUM cannot run inside one, so the old row versions
// a close leaves behind are cleaned after the commit (afterCommit), as "close now" does.
import type { Transaction } from 'kysely';
import type { Config } from '../../config.js';
import type { Database } from '../../db/schema.js';
import { every, type JobDefinition } from '../../platform/jobs.js';
import { createNotifier, type Notifier } from '../../platform/notifications/notify.js';
import { vacuumAfterClose } from './closing.js';
import { openWave } from './opening.js';
import { findWave, wavesDue } from './repo.js';
import { closeWithFollowUp } from './waves-service.js';

export async function runBarometerJobs(trx: Transaction<Database>, notifier: Notifier, now: Date): Promise<void> {
  const at = now.toISOString();
  for (const { id } of await wavesDue(trx, 'open', 'closes_at', at)) {
    const wave = await findWave(trx, id);
    if (wave) await closeWithFollowUp(trx, { notifier }, wave, at);
  }
  for (const { id } of await wavesDue(trx, 'draft', 'opens_at', at)) {
    const wave = await findWave(trx, id);
    if (wave && Date.parse(wave.closes_at) > now.getTime()) await openWave(trx, notifier, wave, at);
  }
  await remind(trx, notifier, now);
}

/** One reminder per wave, to those who have not answered: read from participation only. */
async function remind(trx: Transaction<Database>, notifier: Notifier, now: Date): Promise<void> {
  const open = await trx
    .selectFrom('barometer_waves')
    .select(['id', 'title', 'closes_at', 'reminder_days_before_close'])
    .where('status', '=', 'open')
    .where('reminded', '=', 0)
    .where('reminder_days_before_close', 'is not', null)
    .execute();
  for (const wave of open) {
    const days = wave.reminder_days_before_close ?? 0;
    if (Date.parse(wave.closes_at) - days * 86_400_000 > now.getTime()) continue;
    const claimed = await trx
      .updateTable('barometer_waves')
      .set({ reminded: 1 })
      .where('id', '=', wave.id)
      .where('reminded', '=', 0)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const pending = await trx
      .selectFrom('barometer_participation')
      .select('person_id')
      .where('wave_id', '=', wave.id)
      .where('answered', '=', 0)
      .execute();
    for (const { person_id } of pending)
      await notifier.notify(trx, {
        personId: person_id,
        kind: 'barometer.reminder',
        params: { title: wave.title },
        link: `/barometer/waves/${wave.id}/answer`,
      });
  }
}

export function barometerJobs(config: Config): JobDefinition[] {
  const notifier = createNotifier({ publicUrl: config.PUBLIC_URL, defaultLocale: 'sv' });
  return [
    {
      name: 'barometer.waves',
      next: every(5 * 60_000),
      run: (trx, now) => runBarometerJobs(trx, notifier, now),
      // Cheap when nothing closed: a VACUUM of small tables or a WAL checkpoint.
      afterCommit: async (db) => {
        try {
          await vacuumAfterClose(db);
        } catch {
          // Best effort: the next run tries again; autovacuum removes dead row versions meanwhile.
        }
      },
    },
  ];
}
