// Request validation with the zod schemas from common/. A failure becomes a RequestValidationError
// that carries catalog keys per field, so the answer is localised like every other error. Before
// any schema runs, every string of the input is checked for characters no database stores as they
// came (unstorable-text.ts), so that check needs no rule in any schema.
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { invalidCharactersKey } from '../../../common/platform/fields.js';
import type { FieldIssue } from '../errors.js';
import { findUnstorableText } from './unstorable-text.js';

export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly fields: FieldIssue[],
    readonly context: string,
  ) {
    super('validation');
  }
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : 0;
}

/** Maps one zod issue to a key under errors.field.* with its parameters. */
export function fieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const field = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return num(issue.minimum) <= 1
          ? { field, key: 'field.required' }
          : { field, key: 'field.tooShort', params: { minimum: num(issue.minimum) } };
      return { field, key: 'field.tooSmall', params: { minimum: num(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { field, key: 'field.tooLong', params: { maximum: num(issue.maximum) } };
      return { field, key: 'field.tooBig', params: { maximum: num(issue.maximum) } };
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? { field, key: 'field.required' }
        : { field, key: 'field.invalid' };
    case 'invalid_format':
      if (issue.format === 'email') return { field, key: 'field.email' };
      if (issue.format === 'uuid') return { field, key: 'field.invalidId' };
      if (issue.message === invalidCharactersKey) return { field, key: invalidCharactersKey };
      return { field, key: 'field.invalid' };
    case 'invalid_value':
      return { field, key: 'field.invalidChoice' };
    case 'unrecognized_keys':
      return {
        field: field || issue.keys.join(','),
        key: 'field.unknownField',
        params: { keys: issue.keys.join(', ') },
      };
    default:
      return { field, key: 'field.invalid' };
  }
}

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const unstorable = findUnstorableText(data);
    if (unstorable !== null)
      return {
        error: new RequestValidationError([{ field: unstorable, key: invalidCharactersKey }], httpPart ?? 'body'),
      };
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues.map(fieldIssue), httpPart ?? 'body') };
  };
