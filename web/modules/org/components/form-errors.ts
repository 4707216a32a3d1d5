import { ApiError } from '../../../app/api';

const keys = new WeakMap<object, number>();
let next = 0;

/** A stable key per error object: giving the error summary a new key after each failed submit
 *  re-mounts it, and Designsystemet's summary takes focus when it mounts. */
export function errorKey(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'none';
  let key = keys.get(error);
  if (key === undefined) {
    key = next++;
    keys.set(error, key);
  }
  return String(key);
}

/** A problem found before anything is sent (nothing chosen yet), dressed like the server's so the
 *  same summary and field messages show it. */
export function localFieldError(field: string, message: string, summary: string): ApiError {
  return new ApiError(422, {
    type: 'about:blank',
    title: summary,
    status: 422,
    code: 'validation',
    detail: summary,
    errors: [{ field, message }],
  });
}
