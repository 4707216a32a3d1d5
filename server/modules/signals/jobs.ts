// The signals module's scheduled work: escalating signals whose first-answer deadline has passed.
import type { Config } from '../../config.js';
import { every, type JobDefinition } from '../../platform/jobs.js';
import { createNotifier } from '../../platform/notifications/notify.js';
import { escalateOverdue } from './escalation.js';

export function signalsJobs(config: Config): JobDefinition[] {
  const notifier = createNotifier({ publicUrl: config.PUBLIC_URL, defaultLocale: 'sv' });
  return [
    {
      name: 'signals.escalate',
      // Deadlines are in working days; checking every quarter of an hour is prompt enough.
      next: every(15 * 60_000),
      run: async (trx, now) => {
        await escalateOverdue(trx, notifier, now);
      },
    },
  ];
}
