import { ApiError } from '../../../app/api';

export interface FieldProblem {
  field: string;
  message: string;
}

/** Problems found before anything is sent, dressed as the server's 422 so the same error summary
 *  and field messages show them. Null when there are none. */
export function localErrors(problems: readonly FieldProblem[], summary: string): ApiError | null {
  if (problems.length === 0) return null;
  return new ApiError(422, {
    type: 'about:blank',
    title: summary,
    status: 422,
    code: 'validation',
    detail: summary,
    errors: [...problems],
  });
}
