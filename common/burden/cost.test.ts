// The Standard Cost Model arithmetic, checked against figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { costOf, median, occurrencesPerYear, round, topThirdThreshold } from './cost.js';

const settings = { hoursPerFte: 1700, hourlyCost: null };

describe('burden cost arithmetic', () => {
  it('counts occurrences per year for each frequency unit', () => {
    expect(occurrencesPerYear('workingDay', 1)).toBe(220);
    expect(occurrencesPerYear('calendarDay', 2)).toBe(730);
    expect(occurrencesPerYear('week', 2)).toBe(104);
    expect(occurrencesPerYear('month', 1)).toBe(12);
    expect(occurrencesPerYear('quarter', 1)).toBe(4);
    expect(occurrencesPerYear('year', 3)).toBe(3);
    // Ad hoc: the entered count per year as it is.
    expect(occurrencesPerYear('perYear', 30)).toBe(30);
  });

  it('costs a daily demand: 5 minutes every working day by 40 people', () => {
    // 5 x 220 x 40 = 44,000 minutes = 733.33 hours; / 1700 = 0.431 FTE; x 450 kr = 330,000 kr.
    const cost = costOf(
      { minutes: 5, frequencyUnit: 'workingDay', frequencyCount: 1, performers: 40 },
      { hoursPerFte: 1700, hourlyCost: 450 },
    );
    expect(cost.occurrencesPerYear).toBe(220);
    expect(round(cost.annualHours, 2)).toBe(733.33);
    expect(round(cost.fte, 3)).toBe(0.431);
    expect(cost.money).toBeCloseTo(330_000, 6);
  });

  it('costs a round-the-clock documentation step: 3 minutes, 3 times a calendar day, by 25 people', () => {
    // 3 x 3 x 365 x 25 = 82,125 minutes = 1,368.75 hours = 0.805 FTE at 1700 hours.
    const cost = costOf({ minutes: 3, frequencyUnit: 'calendarDay', frequencyCount: 3, performers: 25 }, settings);
    expect(cost.occurrencesPerYear).toBe(1095);
    expect(cost.annualHours).toBe(1368.75);
    expect(round(cost.fte, 3)).toBe(0.805);
    expect(cost.money).toBeNull();
  });

  it('costs an ad hoc demand by its count per year: 45 minutes, 18 times a year, by 6 managers', () => {
    // 45 x 18 x 6 = 4,860 minutes = 81 hours.
    expect(
      costOf({ minutes: 45, frequencyUnit: 'perYear', frequencyCount: 18, performers: 6 }, settings).annualHours,
    ).toBe(81);
  });

  it('costs a monthly report with a custom FTE: 90 minutes a month by 12 people at 1600 hours per FTE', () => {
    // 90 x 12 x 12 = 12,960 minutes = 216 hours; / 1600 = 0.135 FTE.
    const cost = costOf(
      { minutes: 90, frequencyUnit: 'month', frequencyCount: 1, performers: 12 },
      { hoursPerFte: 1600, hourlyCost: 0 },
    );
    expect(cost.annualHours).toBe(216);
    expect(cost.fte).toBe(0.135);
    expect(cost.money).toBe(0);
  });

  it('gives zero hours when no one performs it', () => {
    expect(costOf({ minutes: 30, frequencyUnit: 'week', frequencyCount: 1, performers: 0 }, settings).annualHours).toBe(
      0,
    );
  });

  it('takes the median of odd and even lists, and null of none', () => {
    expect(median([10, 30, 20])).toBe(20);
    expect(median([10, 40, 20, 30])).toBe(25);
    expect(median([])).toBeNull();
  });

  it('finds the top third of hours for the cut chart', () => {
    // Six demands: the top third are the two largest, so the threshold is the fifth smallest.
    expect(topThirdThreshold([1, 2, 3, 4, 5, 6])).toBe(5);
    expect(topThirdThreshold([7])).toBe(7);
    expect(topThirdThreshold([])).toBeNull();
  });
});
