import { describe, expect, it } from 'vitest';
import { relativeAge } from './age';

const now = Date.parse('2026-03-20T12:00:00Z');

describe('the age of a signal', () => {
  it('says today, yesterday and days ago in the reader’s language', () => {
    expect(relativeAge('2026-03-20T08:00:00Z', now, 'en')).toBe('today');
    expect(relativeAge('2026-03-19T08:00:00Z', now, 'en')).toBe('yesterday');
    expect(relativeAge('2026-03-15T12:00:00Z', now, 'sv')).toBe('för 5 dagar sedan');
  });

  it('switches to months and years for old signals', () => {
    expect(relativeAge('2025-12-01T12:00:00Z', now, 'en')).toBe('3 months ago');
    expect(relativeAge('2023-03-01T12:00:00Z', now, 'en')).toBe('3 years ago');
  });

  it('does not show a signal from a clock ahead of ours as in the future', () => {
    expect(relativeAge('2026-03-21T12:00:00Z', now, 'en')).toBe('today');
  });
});
