import { describe, expect, it } from 'vitest';
import { itemScore, respondentScore, round1, to100 } from './scoring.js';

const item = (key: string, reversed = false) => ({ key, scaleMin: 1, scaleMax: 5, reversed });
const scale = [item('a'), item('b'), item('c'), item('d')];

describe('respondentScore', () => {
  it('is the mean of the answered items', () => {
    expect(
      respondentScore(
        scale,
        new Map([
          ['a', 5],
          ['b', 4],
          ['c', 3],
          ['d', 4],
        ]),
      ),
    ).toBe(4);
  });

  it('needs at least half of the items', () => {
    expect(
      respondentScore(
        scale,
        new Map([
          ['a', 5],
          ['b', 3],
        ]),
      ),
    ).toBe(4);
    expect(respondentScore(scale, new Map([['a', 5]]))).toBeNull();
    expect(respondentScore([item('a'), item('b'), item('c')], new Map([['a', 5]]))).toBeNull();
    expect(
      respondentScore(
        [item('a'), item('b'), item('c')],
        new Map([
          ['a', 5],
          ['c', 4],
        ]),
      ),
    ).toBe(4.5);
  });

  it('turns reversed items the other way up', () => {
    expect(itemScore(item('x', true), 5)).toBe(1);
    expect(
      respondentScore(
        [item('x', true), item('y')],
        new Map([
          ['x', 2],
          ['y', 4],
        ]),
      ),
    ).toBe(4);
  });

  it('has no score without items', () => {
    expect(respondentScore([], new Map())).toBeNull();
  });
});

describe('to100', () => {
  it('maps the scale onto 0..100 as the HME index does', () => {
    expect(to100(1, 1, 5)).toBe(0);
    expect(to100(5, 1, 5)).toBe(100);
    expect(to100(4, 1, 5)).toBe(75);
    expect(round1(to100(3.33, 1, 5))).toBe(58.3);
  });
});
