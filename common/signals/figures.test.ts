import { describe, expect, it } from 'vitest';
import { median, responseFigures, type SignalFacts } from './figures.js';

const now = new Date('2026-12-20T12:00:00Z');
const base: SignalFacts = {
  kind: 'obstacle',
  status: 'open',
  createdAt: '2026-12-01T12:00:00Z',
  firstDueAt: '2026-12-15T12:00:00Z',
  firstAnsweredAt: null,
  minutesPerWeek: 0,
};

describe('response figures', () => {
  it('takes the median of an odd and an even number of values', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('computes the figures a leader sees, by hand', () => {
    const signals: SignalFacts[] = [
      // answered after 2 days, on time, done: an obstacle costing 90 min/week
      { ...base, status: 'done', firstAnsweredAt: '2026-12-03T12:00:00Z', minutesPerWeek: 90 },
      // answered after 16 days, late
      { ...base, status: 'taken', firstAnsweredAt: '2026-12-17T12:00:00Z', minutesPerWeek: 30 },
      // unanswered and past its deadline: counts against "on time"
      { ...base },
      // unanswered, not yet due: not counted in "on time"
      { ...base, createdAt: '2026-12-18T12:00:00Z', firstDueAt: '2027-01-01T12:00:00Z' },
      // a done idea: resolved, but removes no hours
      { ...base, kind: 'idea', status: 'done', firstAnsweredAt: '2026-12-02T00:00:00Z', minutesPerWeek: 600 },
    ];
    const f = responseFigures(signals, now);
    expect(f.signals).toBe(5);
    expect(f.answered).toBe(3);
    // days to first answer: 2, 16, 0.5 -> median 2
    expect(f.medianDaysToFirstAnswer).toBe(2);
    // due or answered: 4 (three answered + one overdue); on time: 2 (the done obstacle and the idea)
    expect(f.onTimeShare).toBe(0.5);
    expect(f.resolvedShare).toBe(2 / 5);
    expect(f.hoursPerWeekRemoved).toBe(1.5);
  });

  it('has no shares when there is nothing to divide by', () => {
    expect(responseFigures([], now)).toEqual({
      signals: 0,
      answered: 0,
      medianDaysToFirstAnswer: null,
      onTimeShare: null,
      resolvedShare: null,
      hoursPerWeekRemoved: 0,
    });
  });
});
