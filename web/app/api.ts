// The one way the web app talks to the server. Every call names the zod schema of its response
// (from common/), so the client is typed by the same contract the server validates with.
import type { z } from 'zod';
import type { Problem } from '../../common/platform/problem.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }

  /** The localised message for one field, if the server named it. */
  fieldError(field: string): string | undefined {
    return this.problem?.errors?.find((e) => e.field === field)?.message;
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

// The UI language, sent as accept-language so that a signed-out visitor gets error messages in the
// language on screen (a signed-in user's saved preference wins on the server).
let apiLocale: string | undefined;

/** Called by the i18n setup whenever the UI language changes. */
export function setApiLocale(locale: string): void {
  apiLocale = locale;
}

async function request<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<z.infer<S>> {
  const headers: Record<string, string> = { ...extraHeaders, accept: 'application/json' };
  if (apiLocale) headers['accept-language'] = apiLocale;
  const csrf = csrfToken();
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  let payload: BodyInit | undefined;
  if (body instanceof Blob) {
    // Files go up as raw bytes so the server can check the encoding itself.
    headers['content-type'] = 'text/csv';
    payload = body;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(`/api/v1${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  const text = await response.text();
  const json = parseBody(text, response.ok);
  if (!response.ok) {
    const { problemSchema } = await import('../../common/platform/problem.js');
    const parsed = problemSchema.safeParse(json);
    throw new ApiError(response.status, parsed.success ? parsed.data : undefined);
  }
  return schema.parse(json);
}

/** The session's CSRF token, which the server sets in a cookie our own scripts can read and
 *  another site cannot; every state-changing request echoes it in a header. */
function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'tillit_csrf' || name === '__Host-tillit_csrf') return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** A proxy or gateway may answer an error with HTML; that must still surface as an ApiError. */
function parseBody(text: string, ok: boolean): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    if (ok) throw error;
    return undefined;
  }
}

export const api = {
  get: <S extends z.ZodType>(path: string, schema: S) => request('GET', path, schema),
  post: <S extends z.ZodType>(path: string, schema: S, body?: unknown) => request('POST', path, schema, body ?? {}),
  patch: <S extends z.ZodType>(path: string, schema: S, body: unknown) => request('PATCH', path, schema, body),
  put: <S extends z.ZodType>(path: string, schema: S, body: unknown) => request('PUT', path, schema, body),
  delete: <S extends z.ZodType>(path: string, schema: S) => request('DELETE', path, schema),
  /** The same calls with extra request headers, for a credential that must not be in the URL
   *  (the anonymous follow key of a signal). */
  withHeaders: (headers: Record<string, string>) => ({
    get: <S extends z.ZodType>(path: string, schema: S) => request('GET', path, schema, undefined, headers),
    post: <S extends z.ZodType>(path: string, schema: S, body?: unknown) =>
      request('POST', path, schema, body ?? {}, headers),
  }),
};

/** Builds a query string from defined values only. */
export function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
