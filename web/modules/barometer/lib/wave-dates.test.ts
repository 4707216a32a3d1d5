import { describe, expect, it } from 'vitest';
import { addDays, closesAtIso, localDay, opensAtIso } from './wave-dates';

describe('wave dates', () => {
  it('opens today at once and a later day at its start', () => {
    const now = new Date(2026, 11, 2, 9, 30);
    expect(opensAtIso(localDay(now), now)).toBe(now.toISOString());
    expect(opensAtIso('2026-12-10', now)).toBe(new Date(2026, 11, 10, 0, 0, 0).toISOString());
  });

  it('closes at the end of the last day', () => {
    expect(closesAtIso('2026-12-16')).toBe(new Date(2026, 11, 16, 23, 59, 59).toISOString());
  });

  it('adds days across a month end', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });
});
