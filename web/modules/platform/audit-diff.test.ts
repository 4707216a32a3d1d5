import { describe, expect, it } from 'vitest';
import { auditChanges, displayValue } from './audit-diff';

describe('auditChanges', () => {
  it('lists only the fields that changed, sorted', () => {
    expect(
      auditChanges({ name: 'Team A', code: 'T1', active: true }, { name: 'Team B', code: 'T1', active: false }),
    ).toEqual([
      { field: 'active', before: 'true', after: 'false' },
      { field: 'name', before: 'Team A', after: 'Team B' },
    ]);
  });

  it('lists every field of a created record', () => {
    expect(auditChanges(null, { name: 'Ny enhet', parentId: null })).toEqual([
      { field: 'name', before: '', after: 'Ny enhet' },
    ]);
  });

  it('shows nested values as JSON and bare values under an empty field name', () => {
    expect(auditChanges({ roles: ['admin'] }, { roles: [] })).toEqual([
      { field: 'roles', before: '["admin"]', after: '[]' },
    ]);
    expect(auditChanges('a', 'b')).toEqual([{ field: '', before: 'a', after: 'b' }]);
  });

  it('finds nothing when nothing changed', () => {
    expect(auditChanges({ a: 1 }, { a: 1 })).toEqual([]);
    expect(auditChanges(null, null)).toEqual([]);
  });

  it('renders values for people', () => {
    expect(displayValue(undefined)).toBe('');
    expect(displayValue(3)).toBe('3');
    expect(displayValue({ x: 1 })).toBe('{"x":1}');
  });
});
