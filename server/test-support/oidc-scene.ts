// Tillit listening on a real port, configured for a real OpenID provider that runs in the test:
// the scenario organisation, the provider with its test accounts, and browsers to drive both.
//
//   const start = useOidcScene(database);
//   it('...', async () => { const scene = await start({ accounts: [{ sub: 'a', email: 'a@x' }] }); ... });
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { afterEach } from 'vitest';
import type { Database } from '../db/schema.js';
import { createSession } from '../platform/auth/sessions.js';
import { buildTestApp, seedScenario, testPassword, type PersonKey, type Scenario } from './api-app.js';
import type { TestDatabase } from './databases.js';
import { TestBrowser } from './oidc-browser.js';
import { freePort, startOidcProvider, type TestAccount, type TestProvider } from './oidc-provider.js';

export interface OidcScene {
  s: Scenario;
  db: Kysely<Database>;
  app: FastifyInstance;
  /** Tillit's origin, e.g. http://127.0.0.1:40123. */
  base: string;
  provider: TestProvider;
  startUrl: (query?: Record<string, string>) => string;
  /** Connects a provider account to a person, as Settings would have done. */
  connect: (personKey: PersonKey, subject: string, issuer?: string) => Promise<void>;
  /** A browser signed in with a password (over real HTTP) as a scenario person without a
   *  second factor. */
  passwordBrowser: (personKey: PersonKey) => Promise<TestBrowser>;
  /** A browser with a full session of any scenario person, second factor or not (made directly,
   *  as the access matrix does; the second step is tested elsewhere). */
  sessionBrowser: (personKey: PersonKey) => Promise<TestBrowser>;
  /** GET /api/v1/me with the browser's session: its status, and whose profile it is. */
  meOf: (browser: TestBrowser) => Promise<{ status: number; id?: unknown }>;
  /** Every session in the database. */
  sessions: () => Promise<Array<{ person_id: string; auth_method: string; stage: string }>>;
  /** The audit entries with this action, oldest first. */
  audit: (action: string) => Promise<Array<{ entity_type: string; entity_id: string; after_json: string | null }>>;
}

export function useOidcScene(database: () => TestDatabase) {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return async function start(
    options: { accounts?: TestAccount[]; env?: Record<string, string> } = {},
  ): Promise<OidcScene> {
    const { db } = database();
    const s = await seedScenario(database());
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const provider = await startOidcProvider({
      redirectUri: `${base}/api/v1/auth/oidc/callback`,
      accounts: options.accounts ?? [],
    });
    cleanups.push(provider.close);
    const app = await buildTestApp(database(), {
      PUBLIC_URL: base,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_NAME: 'Testby kommun (IdP)',
      ...options.env,
    });
    cleanups.push(() => app.close());
    await app.listen({ port, host: '127.0.0.1' });
    return {
      s,
      db,
      app,
      base,
      provider,
      startUrl: (query = {}) => `${base}/api/v1/auth/oidc/start${queryString(query)}`,
      connect: async (personKey, subject, issuer = provider.issuer) => {
        await db
          .insertInto('person_identities')
          .values({
            issuer,
            subject,
            person_id: s.people[personKey].id,
            created_at: new Date().toISOString(),
            last_used_at: null,
          })
          .execute();
      },
      passwordBrowser: async (personKey) => {
        const browser = new TestBrowser();
        const response = await browser.request(`${base}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: s.people[personKey].email, password: testPassword }),
        });
        const body: unknown = await response.json();
        const full = typeof body === 'object' && body !== null && 'stage' in body && body.stage === 'full';
        if (response.status !== 200 || !full) throw new Error(`password sign-in failed: ${response.status}`);
        return browser;
      },
      sessionBrowser: async (personKey) => {
        const session = await createSession(db, s.people[personKey].id, 'password', {
          idleMinutes: 60,
          absoluteHours: 1,
        });
        const browser = new TestBrowser();
        browser.setCookie(base, 'tillit_session', session.token);
        browser.setCookie(base, 'tillit_csrf', session.csrfToken);
        return browser;
      },
      meOf: async (browser) => {
        const response = await browser.request(`${base}/api/v1/me`);
        const body: unknown = await response.json();
        const id = typeof body === 'object' && body !== null && 'id' in body ? body.id : undefined;
        return { status: response.status, id };
      },
      sessions: () => db.selectFrom('sessions').select(['person_id', 'auth_method', 'stage']).execute(),
      audit: (action) =>
        db
          .selectFrom('audit_log')
          .select(['entity_type', 'entity_id', 'after_json'])
          .where('action', '=', action)
          .orderBy('id')
          .execute(),
    };
  };
}

function queryString(query: Record<string, string>): string {
  const text = new URLSearchParams(query).toString();
  return text ? `?${text}` : '';
}
