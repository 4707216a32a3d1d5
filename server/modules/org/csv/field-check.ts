// Runs one cell through the same zod field rule the API uses and, when it fails, turns the first
// zod issue into a field.* catalog key. One issue per cell: an empty code is "required", not also
// "invalid".
import type { z } from 'zod';
import { invalidCharactersKey } from '../../../../common/platform/fields.js';
import { issue, type CsvIssue } from './issues.js';

type ZodIssue = z.core.$ZodIssue;

export function fieldIssueKey(zodIssue: ZodIssue): { key: string; params?: Record<string, number> } {
  switch (zodIssue.code) {
    case 'too_small': {
      const minimum = Number(zodIssue.minimum);
      return minimum <= 1 ? { key: 'field.required' } : { key: 'field.tooShort', params: { minimum } };
    }
    case 'too_big':
      return { key: 'field.tooLong', params: { maximum: Number(zodIssue.maximum) } };
    case 'invalid_format':
      if (zodIssue.message === invalidCharactersKey) return { key: invalidCharactersKey };
      return { key: zodIssue.format === 'email' ? 'field.email' : 'field.invalid' };
    case 'invalid_value':
      return { key: 'field.invalidChoice' };
    default:
      return { key: 'field.invalid' };
  }
}

export type Checked<T> = { ok: true; value: T } | { ok: false };

/** Validates a cell; pushes the issue (if any) and returns the parsed value when it is valid. */
export function checkCell<T>(
  schema: z.ZodType<T>,
  raw: string,
  at: { line: number; column: string },
  issues: CsvIssue[],
  extraParams: Record<string, string | number> = {},
): Checked<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  // An empty cell is "required" whatever the rule would call it (an e-mail rule says "invalid e-mail").
  if (raw.trim() === '') {
    issues.push(issue(at.line, 'field.required', undefined, at.column));
    return { ok: false };
  }
  const first = result.error.issues[0];
  const mapped = first ? fieldIssueKey(first) : { key: 'field.invalid' };
  const params = { ...extraParams, ...mapped.params };
  issues.push(issue(at.line, mapped.key, Object.keys(params).length > 0 ? params : undefined, at.column));
  return { ok: false };
}
