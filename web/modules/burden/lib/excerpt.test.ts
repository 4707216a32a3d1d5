import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

describe('excerpt', () => {
  it('keeps short text whole and cuts long text at a word', () => {
    expect(excerpt('  Kort text ', 20)).toBe('Kort text');
    expect(excerpt('Varje arbetsdag rapporteras avvikelser', 20)).toBe('Varje arbetsdag…');
  });

  it('cuts inside a word only when there is no space in the second half', () => {
    expect(excerpt('Läkemedelsavstämningsrapport', 10)).toBe('Läkemedels…');
  });
});
