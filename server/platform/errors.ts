// Domain errors carry a catalog key (errors.*) instead of a sentence, so the HTTP layer can answer
// in the reader's language. Services throw these; routes never build error bodies themselves.

export interface FieldIssue {
  field: string;
  /** Key under errors.* in the catalogs, for example "field.tooLong" or "emailTaken". */
  key: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldIssue[] = [],
  ) {
    super(code);
  }
}

export const unauthenticated = () => new AppError(401, 'unauthenticated');
export const forbidden = () => new AppError(403, 'forbidden');
/** Used both for ids that do not exist and for ids the viewer may not see, so neither leaks. */
export const notFound = () => new AppError(404, 'notFound');
export const conflict = (code = 'conflict', field?: string) =>
  new AppError(409, code, {}, field ? [{ field, key: code }] : []);
export const invalid = (code: string, field?: string, params: Record<string, string | number> = {}) =>
  new AppError(422, code, params, field ? [{ field, key: code, params }] : []);
