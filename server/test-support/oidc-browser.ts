// A browser as far as a sign-in with an identity provider needs one: real HTTP with fetch, a
// cookie jar, and redirects followed by hand so a test can see (and tamper with) every step.
// Cookies are kept per origin (host and port), which is stricter than a browser (per host); the
// app and the test provider both listen on 127.0.0.1 and must not see each other's cookies.

interface StoredCookie {
  value: string;
  path: string;
}

export interface JourneyOptions {
  /** The test account to sign in with at the provider; without one the person presses Cancel. */
  account?: string;
  /** Changes the authorisation request on its way to the provider (an attacker in the middle). */
  alterAuthorization?: (url: URL) => void;
  /** Changes the provider's answer before it reaches Tillit's callback. */
  alterCallback?: (url: URL) => void;
  /** Runs just before the callback is requested, e.g. to drop or steal a cookie. */
  beforeCallback?: (browser: TestBrowser) => void;
}

export interface Journey {
  /** The authorisation request as it left Tillit. */
  authorization: URL;
  /** The callback URL as the browser requested it. */
  callback: URL;
  /** Where Tillit sent the browser after the callback (a local path). */
  landing: string;
}

export class TestBrowser {
  private readonly jar = new Map<string, Map<string, StoredCookie>>();

  constructor(readonly extraHeaders: Record<string, string> = {}) {}

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(new URL(origin).origin)?.get(name)?.value;
  }

  setCookie(origin: string, name: string, value: string): void {
    const key = new URL(origin).origin;
    const cookies = this.jar.get(key) ?? new Map<string, StoredCookie>();
    cookies.set(name, { value, path: '/' });
    this.jar.set(key, cookies);
  }

  deleteCookie(origin: string, name: string): void {
    this.jar.get(new URL(origin).origin)?.delete(name);
  }

  /** One request, no redirects followed; cookies are sent and stored. */
  async request(
    url: string | URL,
    init: { method?: string; body?: string; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const target = new URL(url);
    const cookies = [...(this.jar.get(target.origin) ?? new Map<string, StoredCookie>())]
      .filter(([, c]) => target.pathname.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
    const headers: Record<string, string> = { ...this.extraHeaders, ...init.headers };
    if (cookies) headers.cookie = cookies;
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      headers,
      body: init.body,
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) this.store(target, line);
    return response;
  }

  private store(target: URL, line: string): void {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const attribute = (key: string) =>
      attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
    const cookies = this.jar.get(target.origin) ?? new Map<string, StoredCookie>();
    const expires = attribute('expires');
    const gone = attribute('max-age') === '0' || (expires !== undefined && Date.parse(expires) <= Date.now());
    if (gone || value === '') cookies.delete(name);
    else cookies.set(name, { value, path: attribute('path') ?? '/' });
    this.jar.set(target.origin, cookies);
  }

  /** The headers of a state-changing API request with this browser's session: the CSRF token
   *  echoed from its cookie. */
  csrfHeaders(origin: string): Record<string, string> {
    return { 'x-csrf-token': this.cookie(origin, 'tillit_csrf') ?? '' };
  }

  /**
   * Follows a sign-in from Tillit's start URL through the provider's login and consent to
   * Tillit's callback, and reports where Tillit sent the browser in the end.
   */
  async journey(start: string, options: JourneyOptions = {}): Promise<Journey> {
    let url = new URL(start);
    let authorization: URL | undefined;
    for (let step = 0; step < 20; step += 1) {
      const response = await this.request(url);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        const next = new URL(location, url);
        if (!authorization) {
          if (next.origin === new URL(start).origin) throw new Error(`Tillit did not go to the provider: ${location}`);
          options.alterAuthorization?.(next);
          authorization = new URL(next);
        }
        if (next.pathname === '/api/v1/auth/oidc/callback') return this.finish(authorization, next, options);
        url = next;
      } else if (response.status === 200 && url.pathname.startsWith('/interaction/')) {
        await response.text();
        url = await this.submitLogin(url, options.account);
      } else {
        throw new Error(`unexpected ${response.status} at ${url.href}: ${(await response.text()).slice(0, 200)}`);
      }
    }
    throw new Error('too many redirects');
  }

  private async submitLogin(interaction: URL, account: string | undefined): Promise<URL> {
    const action = new URL(`${interaction.pathname}/${account ? 'login' : 'abort'}`, interaction);
    const response = await this.request(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ account: account ?? '' }).toString(),
    });
    const location = response.headers.get('location');
    if (!location) throw new Error(`the provider did not accept the login: ${response.status}`);
    return new URL(location, action);
  }

  private async finish(authorization: URL, callback: URL, options: JourneyOptions): Promise<Journey> {
    options.alterCallback?.(callback);
    options.beforeCallback?.(this);
    const response = await this.request(callback);
    const landing = response.headers.get('location');
    if (response.status !== 302 || !landing) throw new Error(`the callback answered ${response.status}`);
    return { authorization, callback, landing };
  }
}
