import { describe, expect, it } from 'vitest';
import { safeInternalPath } from './safe-path';

const origin = 'https://tillit.example.se';

describe('safeInternalPath', () => {
  it('keeps paths inside the app, with query and fragment', () => {
    expect(safeInternalPath('/org/units/1?tab=people#members', '/', origin)).toBe('/org/units/1?tab=people#members');
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['absolute URL', 'https://evil.example/'],
    ['protocol-relative', '//evil.example/x'],
    ['backslash trick', '/\\evil.example'],
    ['tab trick', '/\t/evil.example'],
    ['javascript URL', 'javascript:alert(1)'],
    ['relative without slash', 'org/units'],
  ])('falls back for %s', (_name, next) => {
    expect(safeInternalPath(next, '/', origin)).toBe('/');
  });

  it('uses the given fallback', () => {
    expect(safeInternalPath('//evil.example', '', origin)).toBe('');
  });
});
