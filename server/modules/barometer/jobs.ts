import type { Config } from '../../config.js';
import type { JobDefinition } from '../../platform/jobs.js';

export function barometerJobs(_config: Config): JobDefinition[] {
  return [];
}
