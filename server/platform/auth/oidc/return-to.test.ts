import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-to.js';

describe('safeReturnPath', () => {
  it('keeps paths inside Tillit, with their query and fragment', () => {
    expect(safeReturnPath('/org/people?q=anna#list')).toBe('/org/people?q=anna#list');
    expect(safeReturnPath('/settings')).toBe('/settings');
  });

  it('falls back for everything that could lead elsewhere or nowhere useful', () => {
    for (const bad of [
      undefined,
      '',
      'org',
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/api/v1/me',
    ])
      expect(safeReturnPath(bad), String(bad)).toBe('/');
    expect(safeReturnPath('//evil.example', '/settings')).toBe('/settings');
  });
});
