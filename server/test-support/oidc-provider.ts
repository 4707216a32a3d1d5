// A real OpenID Connect provider for tests: oidc-provider, in this process, on a random port, with
// one confidential client registered for Tillit's redirect URI, PKCE required, and test accounts.
// Its login and consent screens are replaced by two tiny handlers: GET /interaction/:uid answers
// a login form (or grants consent at once), POST /interaction/:uid/login signs in the account
// named in the form, POST /interaction/:uid/abort is the person pressing "Cancel".
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Provider from 'oidc-provider';

export interface TestAccount {
  sub: string;
  email: string;
  /** Authentication methods the provider reports in the ID token, e.g. ['pwd', 'mfa']. */
  amr?: string[];
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registers Tillit as the provider's client, with its redirect URI (replacing any earlier one). */
  register: (redirectUri: string) => void;
  /** Adds or replaces an account the provider knows. */
  addAccount: (account: TestAccount) => void;
  close: () => Promise<void>;
}

let signingKey: object | undefined;

/** One RSA key for every provider of the test run: generating one takes a while. */
function testSigningKey(): object {
  signingKey ??= {
    ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
    use: 'sig',
    alg: 'RS256',
    kid: 'test-key',
  };
  return signingKey;
}

export async function startOidcProvider(
  options: {
    /** Tillit's redirect URI; when it is not known yet, call register() before the first sign-in. */
    redirectUri?: string;
    accounts?: TestAccount[];
  } = {},
): Promise<TestProvider> {
  const accounts = new Map((options.accounts ?? []).map((a) => [a.sub, a]));
  const clientId = 'tillit';
  const clientSecret = randomBytes(24).toString('base64url');
  let provider: Provider | undefined;
  const server = createServer((req, res) => {
    if (!provider) return void res.writeHead(503).end('no client registered yet');
    const path = req.url?.split('?')[0] ?? '';
    if (!path.startsWith('/interaction/')) return provider.callback()(req, res);
    interaction(provider, accounts, req, res, path).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the test provider has no port');
  const issuer = `http://127.0.0.1:${address.port}`;

  const register = (redirectUri: string) => {
    provider = new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      // Tillit must send a PKCE challenge: without one the provider refuses to start.
      pkce: { required: () => true },
      findAccount: async (_ctx, sub) => {
        const account = accounts.get(sub);
        if (!account) return undefined;
        return { accountId: sub, claims: async () => ({ sub, email: account.email, email_verified: true }) };
      },
      // amr comes with the openid scope, as at most providers (oidc-provider leaves it out by default).
      claims: {
        acr: null,
        sid: null,
        auth_time: null,
        iss: null,
        openid: ['sub', 'amr'],
        email: ['email', 'email_verified'],
      },
      interactions: { url: (_ctx, { uid }) => `/interaction/${uid}` },
      features: { devInteractions: { enabled: false } },
      jwks: { keys: [testSigningKey()] },
      cookies: { keys: [randomBytes(16).toString('hex')] },
    });
  };
  if (options.redirectUri) register(options.redirectUri);

  return {
    issuer,
    clientId,
    clientSecret,
    register,
    addAccount: (account) => accounts.set(account.sub, account),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function interaction(
  provider: Provider,
  accounts: ReadonlyMap<string, TestAccount>,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  const [, , uid = '', action] = path.split('/');
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET' && details.prompt.name === 'login') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<form method="post" action="/interaction/${uid}/login"><input name="account"></form>`);
    return;
  }
  if (req.method === 'GET' && details.prompt.name === 'consent') {
    const accountId = details.session?.accountId ?? '';
    const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    if (details.prompt.details.missingOIDCScope) grant.addOIDCScope(details.prompt.details.missingOIDCScope.join(' '));
    if (details.prompt.details.missingOIDCClaims) grant.addOIDCClaims(details.prompt.details.missingOIDCClaims);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    return;
  }
  if (req.method === 'POST' && action === 'abort') {
    const result = { error: 'access_denied', error_description: 'End-User aborted interaction' };
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
    return;
  }
  if (req.method === 'POST' && action === 'login') {
    const form = new URLSearchParams(await readBody(req));
    const account = accounts.get(form.get('account') ?? '');
    if (!account) throw new Error('unknown test account');
    const login = { accountId: account.sub, ...(account.amr ? { amr: account.amr } : {}) };
    await provider.interactionFinished(req, res, { login }, { mergeWithLastSubmission: false });
    return;
  }
  res.writeHead(404).end();
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/** A port nobody listens on right now: Tillit's PUBLIC_URL (and so the redirect URI registered at
 *  the provider) must be known before the app is built and starts listening. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
