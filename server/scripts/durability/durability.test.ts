// Crash durability at CI size: the real server, killed with SIGKILL eight times while managers
// write, must keep every write it acknowledged and pass its integrity checks. The full run
// (50+ kills per database) is `npm run test:durability`.
import { expect, it } from 'vitest';
import { describeOnDatabases } from '../../test-support/databases.js';
import { formatReport, runDurability } from './run.js';

const cycles = 8;

describeOnDatabases('crash durability', (target) => {
  it(`keeps every acknowledged write through ${cycles} SIGKILLs and restarts`, { timeout: 300_000 }, async () => {
    const report = await runDurability({
      database: target.name,
      postgresUrl: target.name === 'postgres' ? target.url : undefined,
      cycles,
      killAfterMs: [100, 700],
    });
    expect(report.failures, formatReport(report)).toEqual([]);
    expect(report.cycles).toBe(cycles);
    // The run must have had something to lose: writes acknowledged, and some cut off by a kill.
    expect(report.acknowledged.createUnit).toBeGreaterThan(0);
    expect(report.acknowledgedTotal).toBeGreaterThanOrEqual(cycles);
    expect(report.verifiedAtEnd).toBe(report.acknowledgedTotal);
    expect(report.unanswered).toBeGreaterThan(0);
    expect(report.integrityChecks.length).toBeGreaterThan(2);
  });
});
