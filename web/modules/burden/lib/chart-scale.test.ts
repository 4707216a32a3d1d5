import { describe, expect, it } from 'vitest';
import { niceMax } from './chart-scale';

describe('niceMax', () => {
  it('rounds up to a readable axis end', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(1_234)).toBe(2_000);
    expect(niceMax(2_100)).toBe(2_500);
    expect(niceMax(500)).toBe(500);
  });
});
