import { describe, expect, it } from 'vitest';
import { bandOf, scale100 } from './band';

describe('bandOf', () => {
  it('puts a 0-100 index in low, middle and high at 50 and 75', () => {
    expect(bandOf(0, scale100)).toBe('low');
    expect(bandOf(49.9, scale100)).toBe('low');
    expect(bandOf(50, scale100)).toBe('middle');
    expect(bandOf(74.9, scale100)).toBe('middle');
    expect(bandOf(75, scale100)).toBe('high');
    expect(bandOf(100, scale100)).toBe('high');
  });

  it('uses the same shares on a 1-5 scale', () => {
    const scale = { min: 1, max: 5 };
    expect(bandOf(2.9, scale)).toBe('low');
    expect(bandOf(3, scale)).toBe('middle');
    expect(bandOf(4, scale)).toBe('high');
  });

  it('does not divide by zero on a degenerate scale', () => {
    expect(bandOf(3, { min: 3, max: 3 })).toBe('low');
  });
});
