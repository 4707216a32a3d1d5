import { describe, expect, it } from 'vitest';
import { findUnstorableText, isUnstorableText } from './unstorable-text.js';

describe('unstorable text', () => {
  it('finds NUL and unpaired surrogates, and nothing else', () => {
    expect(isUnstorableText('a\u0000b')).toBe(true);
    expect(isUnstorableText('a\uD800b')).toBe(true);
    expect(isUnstorableText('a\uDC00b')).toBe(true);
    expect(isUnstorableText('\uDC00\uD800')).toBe(true);
    // A pair is one character (an emoji), and other control or invisible characters are the
    // business of the field rules, not of this storage guard.
    expect(isUnstorableText('👩‍👩‍👧‍👦 \uD83D\uDE00')).toBe(false);
    expect(isUnstorableText('tab\tline\nzero\u200Bwidth\u202E\uFEFF\u0001')).toBe(false);
  });

  it('names the path of the first offending value or key', () => {
    expect(findUnstorableText({ name: 'ok', list: ['fine', { deep: 'x\u0000' }] })).toBe('list.1.deep');
    expect(findUnstorableText({ ['bad\uD800key']: 1 })).toBe('bad\uD800key');
    expect(findUnstorableText('\u0000')).toBe('');
    expect(findUnstorableText({ a: 'first\u0000', b: 'second\u0000' })).toBe('a');
    expect(findUnstorableText({ name: 'ok', n: 1, none: null, yes: true })).toBeNull();
  });

  it('walks 100,000 levels of nesting without exhausting the stack', () => {
    let nested: unknown = 'bottom\u0000';
    for (let i = 0; i < 100_000; i++) nested = [nested];
    expect(findUnstorableText(nested)).toBe(Array.from({ length: 100_000 }, () => '0').join('.'));
  });
});
