// The daily purge. 02:00 UTC is night in the Nordic countries all year round.
import { dailyAtUtc, type JobDefinition } from '../jobs.js';
import { retentionJobName, runRetention } from './retention-service.js';

export const retentionHourUtc = 2;

export const retentionJob: JobDefinition = {
  name: retentionJobName,
  next: dailyAtUtc(retentionHourUtc),
  run: async (trx, now) => {
    await runRetention(trx, now);
  },
};
