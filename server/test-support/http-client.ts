// A small HTTP client for talking to a server process the way a browser does: a session cookie,
// the CSRF token echoed in its header, JSON in and out. Built on node:http with its own agent, so
// the caller decides when pooled connections die (after a SIGKILL, say) and how many there are.
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface HttpSession {
  cookie: string;
  csrfToken: string;
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, or the text when it is not JSON. */
  body: unknown;
  /** From sending the request to the last byte of the answer. */
  ms: number;
}

/** No answer came within the client's time limit (the server may still be working on it). */
export class HttpTimeoutError extends Error {}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface HttpClient {
  request: (
    method: HttpMethod,
    path: string,
    options?: { session?: HttpSession; json?: object },
  ) => Promise<HttpResponse>;
  /** Closes every pooled connection. */
  close: () => void;
}

export function createHttpClient(
  baseUrl: string,
  options: { maxSockets?: number; timeoutMs?: number } = {},
): HttpClient {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 16 });
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    request: (method, path, { session, json } = {}) =>
      new Promise((resolve, reject) => {
        const payload = json === undefined ? undefined : Buffer.from(JSON.stringify(json));
        const headers: Record<string, string> = { accept: 'application/json' };
        if (payload) {
          headers['content-type'] = 'application/json';
          headers['content-length'] = String(payload.length);
        }
        if (session) {
          headers.cookie = session.cookie;
          if (method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
        }
        const started = performance.now();
        const req = httpRequest(
          { host: url.hostname, port: url.port, method, path, headers, agent, timeout: timeoutMs },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('error', reject);
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: parseBody(text, res.headers['content-type']),
                ms: performance.now() - started,
              });
            });
          },
        );
        req.on('timeout', () =>
          req.destroy(new HttpTimeoutError(`${method} ${path}: no answer within ${timeoutMs} ms`)),
        );
        req.on('error', reject);
        req.end(payload);
      }),
    close: () => agent.destroy(),
  };
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '' || !contentType?.includes('json')) return text;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return text;
  }
}

/** The value of a cookie the response sets, by its name without any __Host- prefix. */
export function setCookieValue(headers: IncomingHttpHeaders, name: string): { name: string; value: string } | null {
  for (const line of headers['set-cookie'] ?? []) {
    const pair = line.split(';')[0] ?? '';
    const eq = pair.indexOf('=');
    const cookieName = pair.slice(0, eq).trim();
    if (eq > 0 && (cookieName === name || cookieName === `__Host-${name}`)) {
      return { name: cookieName, value: pair.slice(eq + 1).trim() };
    }
  }
  return null;
}

/** Signs in with e-mail and password through the real endpoint; throws unless a full session
 *  results (a person whose roles require a second factor cannot sign in this way). */
export async function signInOverHttp(client: HttpClient, email: string, password: string): Promise<HttpSession> {
  const response = await client.request('POST', '/api/v1/auth/login', { json: { email, password } });
  const session = setCookieValue(response.headers, 'tillit_session');
  const csrf = setCookieValue(response.headers, 'tillit_csrf');
  if (response.status !== 200 || !session || !csrf) {
    throw new Error(`Sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
  }
  const signedIn: HttpSession = {
    cookie: `${session.name}=${session.value}; ${csrf.name}=${csrf.value}`,
    csrfToken: csrf.value,
  };
  const me = await client.request('GET', '/api/v1/me', { session: signedIn });
  if (me.status !== 200) throw new Error(`Sign-in of ${email} gave no full session: GET /me answered ${me.status}`);
  return signedIn;
}
