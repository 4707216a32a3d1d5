// Choosing the reader's language from the browser's Accept-Language header.
import { describe, expect, it } from 'vitest';
import { isLocale, locales, negotiateLocale } from './locales.js';

describe('negotiateLocale', () => {
  it('picks a supported language from a plain or regional tag, in any case', () => {
    expect(negotiateLocale('sv')).toBe('sv');
    expect(negotiateLocale('sv-SE')).toBe('sv');
    expect(negotiateLocale('sv-FI')).toBe('sv');
    expect(negotiateLocale('da-DK')).toBe('da');
    expect(negotiateLocale('EN-gb')).toBe('en');
    expect(negotiateLocale('nb-NO')).toBe('nb');
  });

  it('reads Norwegian in general ("no") and nynorsk ("nn") as bokmål', () => {
    expect(negotiateLocale('no')).toBe('nb');
    expect(negotiateLocale('nn-NO')).toBe('nb');
    expect(negotiateLocale('no-NO,no;q=0.9')).toBe('nb');
  });

  it('follows the q-values rather than the order of the header', () => {
    expect(negotiateLocale('en;q=0.5, da;q=0.9')).toBe('da');
    expect(negotiateLocale('en-GB;q=0.8,sv-SE')).toBe('sv');
    expect(negotiateLocale('da;q=0.3,nn;q=0.7,en;q=0.5')).toBe('nb');
    // Equal weights keep the header's order.
    expect(negotiateLocale('en,da')).toBe('en');
  });

  it('skips languages it does not have, and those the browser refuses with q=0', () => {
    expect(negotiateLocale('fi-FI,fi;q=0.9,sv;q=0.8,en;q=0.7')).toBe('sv');
    expect(negotiateLocale('sv;q=0,en;q=0.1')).toBe('en');
    expect(negotiateLocale('de;q=1, *;q=0.5')).toBeUndefined();
  });

  it('answers undefined when nothing fits or the header is empty or nonsense', () => {
    expect(negotiateLocale(undefined)).toBeUndefined();
    expect(negotiateLocale('')).toBeUndefined();
    expect(negotiateLocale('fi-FI, de')).toBeUndefined();
    expect(negotiateLocale('*')).toBeUndefined();
    expect(negotiateLocale(';;;,,,')).toBeUndefined();
    expect(negotiateLocale('sv;q=abc')).toBeUndefined();
    expect(negotiateLocale('svenska')).toBeUndefined();
  });

  it('only ever returns one of the four languages', () => {
    for (const header of ['sv', 'nb', 'da', 'en', 'no', 'nn', 'se', 'is', 'fo', 'kl']) {
      const result = negotiateLocale(header);
      if (result !== undefined) expect(locales).toContain(result);
    }
  });
});

describe('isLocale', () => {
  it('accepts exactly sv, nb, da and en', () => {
    expect(locales.filter(isLocale)).toEqual(['sv', 'nb', 'da', 'en']);
    for (const value of ['no', 'nn', 'SV', 'sv-SE', '', null, undefined, 1]) expect(isLocale(value)).toBe(false);
  });
});
