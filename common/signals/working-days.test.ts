import { describe, expect, it } from 'vitest';
import { addWorkingDays, workingDaysBetween } from './working-days.js';

// 2026-12-02 is a Wednesday.
const wednesday = new Date('2026-12-02T09:30:00Z');

describe('working days', () => {
  it('skips weekends when adding', () => {
    expect(addWorkingDays(wednesday, 1).toISOString()).toBe('2026-12-03T09:30:00.000Z');
    expect(addWorkingDays(wednesday, 3).toISOString()).toBe('2026-12-07T09:30:00.000Z'); // Monday
    expect(addWorkingDays(wednesday, 10).toISOString()).toBe('2026-12-16T09:30:00.000Z');
    expect(addWorkingDays(wednesday, 0).toISOString()).toBe(wednesday.toISOString());
  });

  it('starts counting on Monday when raised on a Saturday', () => {
    expect(addWorkingDays(new Date('2026-12-05T12:00:00Z'), 1).toISOString()).toBe('2026-12-07T12:00:00.000Z');
  });

  it('counts whole working days between two moments', () => {
    expect(workingDaysBetween(wednesday, new Date('2026-12-16T09:30:00Z'))).toBe(10);
    expect(workingDaysBetween(wednesday, new Date('2026-12-16T09:29:00Z'))).toBe(9);
    expect(workingDaysBetween(wednesday, wednesday)).toBe(0);
    expect(workingDaysBetween(new Date('2026-12-16T00:00:00Z'), wednesday)).toBe(0);
  });
});
