// The HTTP protections every response carries: security headers (CSP without inline script, no
// framing, HSTS in production only, nosniff, referrer policy), CORS closed, body limits, deeply
// nested JSON refused cleanly, and generic error bodies without stack traces in production.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../../common/org/csv-format.js';
import { problemSchema } from '../../../common/platform/problem.js';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { translate } from '../i18n.js';
import { describeOnDatabases, useTestDatabase, type TestDatabase } from '../../test-support/databases.js';
import { useScenarioApp } from '../../test-support/api-app.js';
import { rowCounts } from '../../test-support/row-counts.js';
import { sessionHeadersFor } from '../../test-support/session-headers.js';

const productionEnv = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'error',
  JOBS_ENABLED: 'false',
  SECRET_KEY: 'a-test-secret-key-of-at-least-32-characters',
  PUBLIC_URL: 'https://tillit.example.se',
};

async function appWith(
  database: TestDatabase,
  env: Record<string, string>,
  options: { webRoot?: string; log?: string[]; crash?: boolean } = {},
): Promise<FastifyInstance> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JOBS_ENABLED: 'false', ...env });
  const log = options.log;
  const { app } = await buildApp({
    config,
    db: database.db,
    webRoot: options.webRoot ?? '/nonexistent',
    ...(log ? { logStream: { write: (line: string) => void log.push(line) } } : {}),
  });
  if (options.crash)
    app.get('/api/v1/test/crash', { config: { public: true } }, () => {
      throw new Error('connection to db.internal:5432 failed for user tillit_owner');
    });
  await app.ready();
  return app;
}

/** The CSP as a map of directive -> sources. */
function csp(res: LightMyRequestResponse): Map<string, string[]> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('security headers', () => {
  const database = useTestDatabase({ name: 'sqlite', url: 'sqlite::memory:' });

  it('sends a Content-Security-Policy without inline script or style, objects, base or framing', async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'tillit-web-'));
    writeFileSync(join(webRoot, 'index.html'), readFileSync('web/index.html'));
    const app = await appWith(database(), {}, { webRoot });
    try {
      for (const url of ['/', '/org/people', '/api/v1/setup', '/api/v1/units']) {
        const res = await app.inject({ method: 'GET', url });
        const policy = csp(res);
        expect(policy.get('default-src'), url).toEqual(["'self'"]);
        expect(policy.get('script-src'), url).toEqual(["'self'"]);
        expect(policy.get('script-src-attr'), url).toEqual(["'none'"]);
        expect(policy.get('object-src'), url).toEqual(["'none'"]);
        expect(policy.get('base-uri'), url).toEqual(["'none'"]);
        expect(policy.get('frame-ancestors'), url).toEqual(["'none'"]);
        expect(policy.get('form-action'), url).toEqual(["'self'"]);
        expect(policy.get('connect-src'), url).toEqual(["'self'"]);
        expect(policy.get('style-src'), url).toEqual(["'self'"]);
        expect(res.headers['x-frame-options'], url).toBe('DENY');
        expect(res.headers['x-content-type-options'], url).toBe('nosniff');
        expect(res.headers['referrer-policy'], url).toBe('same-origin');
        expect(res.headers['cross-origin-opener-policy'], url).toBe('same-origin');
        expect(res.headers['cross-origin-resource-policy'], url).toBe('same-origin');
        expect(res.headers['strict-transport-security'], url).toBeUndefined();
      }
    } finally {
      await app.close();
    }
  });

  it('has no inline script or event handler in the page the app starts from', () => {
    const html = readFileSync('web/index.html', 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\ssrc=/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('sends HSTS for a year, subdomains included, and upgrades requests only in production', async () => {
    const app = await appWith(database(), productionEnv);
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/setup' });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(csp(res).has('upgrade-insecure-requests')).toBe(true);
    } finally {
      await app.close();
    }
    const development = await appWith(database(), { NODE_ENV: 'development' });
    try {
      const res = await development.inject({ method: 'GET', url: '/api/v1/setup' });
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(csp(res).has('upgrade-insecure-requests')).toBe(false);
    } finally {
      await development.close();
    }
  });

  it('answers an unexpected error in production with the generic problem and the request id, and logs the stack', async () => {
    const log: string[] = [];
    const app = await appWith(database(), productionEnv, { log, crash: true });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/test/crash', headers: { 'accept-language': 'en' } });
      expect(res.statusCode).toBe(500);
      const body: unknown = res.json();
      const problem = problemSchema.strict().parse(body);
      const message = translate('en', 'errors', 'internal');
      const { requestId, ...rest } = problem;
      expect(rest).toEqual({
        type: 'urn:tillit:problem:internal',
        title: message,
        status: 500,
        detail: message,
        code: 'internal',
      });
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body).not.toMatch(/db\.internal|tillit_owner|hardening\.test|\bat\s/);
      const logged = log.find((line) => line.includes(requestId ?? 'none'));
      expect(logged).toContain('tillit_owner');
      expect(logged).toContain('hardening.test.ts');
    } finally {
      await app.close();
    }
  });
});

describeOnDatabases('HTTP limits and CORS', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('keeps CORS closed: no Access-Control-Allow-* on a preflight or on a cross-origin read', async () => {
    const { app, s, db } = await start();
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/units',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-csrf-token, content-type',
      },
    });
    const headers = await sessionHeadersFor(db, s.people.admin.id);
    const read = await app.inject({
      method: 'GET',
      url: '/api/v1/units',
      headers: { ...headers, origin: 'https://evil.example' },
    });
    expect(read.statusCode).toBe(200);
    for (const res of [preflight, read])
      expect(Object.keys(res.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('refuses JSON bodies over 1 MB with a localised 413, and gives the CSV import its own 6 MB', async () => {
    const { app, s, db } = await start();
    const headers = await sessionHeadersFor(db, s.people.admin.id);
    const send = (url: string, payload: string, contentType: string) =>
      app.inject({
        method: 'POST',
        url,
        headers: { ...headers, 'content-type': contentType, 'accept-language': 'en' },
        payload,
      });
    const before = await rowCounts(database(), ['audit_log', 'sessions']);

    const json = await send('/api/v1/mandates', JSON.stringify({ title: 'x'.repeat(1024 * 1024) }), 'application/json');
    expect(json.statusCode).toBe(413);
    expect(problemSchema.parse(json.json())).toMatchObject({
      code: 'payloadTooLarge',
      detail: translate('en', 'errors', 'payloadTooLarge'),
    });

    const csv = (bytes: number) => `${csvColumns.join(';')}\n${'x'.repeat(bytes)}\n`;
    const twoMb = await send('/api/v1/org/import?mode=apply', csv(2 * 1024 * 1024), 'text/csv');
    expect(twoMb.statusCode).not.toBe(413);
    expect(twoMb.statusCode).toBeLessThan(500);
    const sevenMb = await send('/api/v1/org/import?mode=apply', csv(7 * 1024 * 1024), 'text/csv');
    expect(sevenMb.statusCode).toBe(413);
    expect(problemSchema.parse(sevenMb.json()).code).toBe('payloadTooLarge');
    expect(await rowCounts(database(), ['audit_log', 'sessions'])).toEqual(before);
  });

  it('refuses deeply nested JSON with a 4xx problem, never a 5xx', async () => {
    const { app, s, db } = await start();
    const headers = await sessionHeadersFor(db, s.people.staffA1.id);
    const depth = 50_000;
    for (const payload of [
      `${'['.repeat(depth)}${']'.repeat(depth)}`,
      `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
      `${'{"__proto__":'.repeat(depth)}1${'}'.repeat(depth)}`,
      `{"locale":${'['.repeat(depth)}${']'.repeat(depth)}}`,
    ]) {
      const res = await app.inject({
        method: 'PATCH',
        url: '/api/v1/me/preferences',
        headers: { ...headers, 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode, payload.slice(0, 20)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, payload.slice(0, 20)).toBeLessThan(500);
      expect(problemSchema.safeParse(res.json()).success).toBe(true);
    }
  });
});
