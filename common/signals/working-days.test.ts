import { describe, expect, it } from 'vitest';
import { defaultHolidayCountry, easterSunday, isPublicHoliday, publicHolidays } from './holidays.js';
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

  it('skips Good Friday and Easter Monday: 10 working days from Thursday 2 April 2026 in Sweden', () => {
    const thursday = new Date('2026-04-02T08:00:00Z'); // 10:00 in Stockholm (summer time)
    expect(addWorkingDays(thursday, 10, 'SE').toISOString()).toBe('2026-04-20T08:00:00.000Z');
    expect(addWorkingDays(thursday, 1, 'SE').toISOString()).toBe('2026-04-07T08:00:00.000Z');
    expect(workingDaysBetween(thursday, new Date('2026-04-20T08:00:00Z'), 'SE')).toBe(10);
    // Sweden is the default calendar.
    expect(addWorkingDays(thursday, 10).toISOString()).toBe('2026-04-20T08:00:00.000Z');
  });

  it('judges the day in the organisation’s time zone, not in UTC', () => {
    // Sunday 23:30 UTC is Monday 00:30 in Copenhagen: Monday is the day it was raised.
    const lateSunday = new Date('2026-11-29T23:30:00Z');
    expect(addWorkingDays(lateSunday, 1, 'DK').toISOString()).toBe('2026-11-30T23:30:00.000Z'); // Tue 00:30
    // Across the change to winter time (25 October 2026) the local time of day is kept.
    const friday = new Date('2026-10-23T07:00:00Z'); // 09:00 summer time in Oslo
    expect(addWorkingDays(friday, 1, 'NO').toISOString()).toBe('2026-10-26T08:00:00.000Z'); // 09:00 winter time
  });

  it('knows Norway’s Constitution Day and Easter, and Denmark’s Store bededag only until 2023', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2023)).toBe('2023-04-09');
    // Monday 17 May 2027 is Constitution Day and Whit Monday in Norway.
    expect(isPublicHoliday('NO', '2027-05-17')).toBe(true);
    expect(addWorkingDays(new Date('2027-05-14T10:00:00Z'), 1, 'NO').toISOString()).toBe('2027-05-18T10:00:00.000Z');
    expect(isPublicHoliday('NO', '2026-04-02')).toBe(true); // Maundy Thursday
    expect(isPublicHoliday('SE', '2026-04-02')).toBe(false);
    // Store bededag, the fourth Friday after Easter: 5 May 2023; abolished from 2024 (26 April).
    expect(isPublicHoliday('DK', '2023-05-05')).toBe(true);
    expect(isPublicHoliday('DK', '2024-04-26')).toBe(false);
    expect(addWorkingDays(new Date('2023-05-04T10:00:00Z'), 1, 'DK').toISOString()).toBe('2023-05-08T10:00:00.000Z');
    expect(addWorkingDays(new Date('2024-04-25T10:00:00Z'), 1, 'DK').toISOString()).toBe('2024-04-26T10:00:00.000Z');
  });

  it('lists each country’s days off in 2026', () => {
    const weekdays = (country: 'SE' | 'NO' | 'DK') =>
      [...publicHolidays(country, 2026)].filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())).sort();
    expect(weekdays('SE')).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-06-19', // Midsummer Eve
      '2026-12-24',
      '2026-12-25',
      '2026-12-31',
    ]); // 6 June and All Saints' Day (31 October) fall on Saturdays, Boxing Day too
    expect(weekdays('NO')).toEqual([
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
    ]); // 17 May is a Sunday
    expect(weekdays('DK')).toEqual([
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-06',
      '2026-05-14',
      '2026-05-25',
      '2026-06-05',
      '2026-12-24',
      '2026-12-25',
    ]);
  });

  it('takes the country from the organisation’s language', () => {
    expect(['sv', 'nb', 'da', 'en'].map(defaultHolidayCountry)).toEqual(['SE', 'NO', 'DK', 'SE']);
  });
});
