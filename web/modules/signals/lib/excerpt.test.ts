import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

describe('excerpt', () => {
  it('keeps a short text whole, on one line', () => {
    expect(excerpt('Nyckelskåpet\n  fungerar inte')).toBe('Nyckelskåpet fungerar inte');
  });

  it('cuts a long text at a word and marks the cut', () => {
    const text = 'Vi dokumenterar samma besök i tre olika system och det tar en halvtimme varje dag för alla';
    const short = excerpt(text, 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short).toBe('Vi dokumenterar samma besök i tre olika…');
  });

  it('cuts a text without spaces where it must', () => {
    expect(excerpt('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
