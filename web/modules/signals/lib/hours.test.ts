import { describe, expect, it } from 'vitest';
import { hoursFromMinutes, minutesFromHours } from './hours';

describe('hours typed by people', () => {
  it.each([
    ['1,5', 90],
    ['1.5', 90],
    [' 2 ', 120],
    ['0', 0],
    [',25', 15],
    ['40', 2400],
    ['0,1', 6],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(minutesFromHours(text)).toEqual({ ok: true, minutes });
  });

  it('reads an empty field as "not given"', () => {
    expect(minutesFromHours('   ')).toEqual({ ok: true, minutes: null });
  });

  it.each(['40,5', '-1', 'två', '1,5 h', '1.2.3', '1e3', ','])('refuses %j', (text) => {
    expect(minutesFromHours(text)).toEqual({ ok: false });
  });

  it('shows minutes as hours with one decimal', () => {
    expect(hoursFromMinutes(90)).toBe(1.5);
    expect(hoursFromMinutes(100)).toBe(1.7);
    expect(hoursFromMinutes(0)).toBe(0);
  });
});
