import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format';

describe('format', () => {
  it('formats a calendar day as that day in every time zone', () => {
    expect(formatDate('2026-11-24', 'sv')).toBe('24 nov. 2026');
    expect(formatDate('2026-11-24', 'en')).toBe('24 Nov 2026');
  });

  it('returns the input when it is not a date', () => {
    expect(formatDate('not a date', 'sv')).toBe('not a date');
  });

  it('groups numbers the local way', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'da')).toBe('1.234,5');
  });
});
