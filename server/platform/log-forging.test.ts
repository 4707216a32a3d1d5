// Log lines cannot be forged: pino writes one JSON object per line and escapes line breaks, so a
// request whose path, headers and body carry CR/LF and fake log records still yields exactly one
// line per event, and nothing personal (e-mail, password, cookie, bearer token) reaches the log.
import { afterEach, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { seedScenario, signIn, testPassword } from '../test-support/api-app.js';
import { describeOnDatabases, useTestDatabase } from '../test-support/databases.js';

const forged = '{"level":60,"time":0,"msg":"FORGED administrator deleted the audit log"}';
const crlf = `\r\n${forged}\r\n`;
const logEvent = z.object({ level: z.number(), time: z.number(), msg: z.string() });

describeOnDatabases('application log lines', (target) => {
  const database = useTestDatabase(target);
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('are one JSON object per event with CR/LF escaped, and hold no personal data', async () => {
    const s = await seedScenario(database());
    const writes: string[] = [];
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      JOBS_ENABLED: 'false',
      MFA_REQUIRED_ROLES: 'none',
    });
    ({ app } = await buildApp({
      config,
      db: database().db,
      webRoot: '/nonexistent',
      logStream: { write: (line) => writes.push(line) },
    }));
    await app.ready();
    const session = await signIn(app, s.people.staffA1.email);
    const sessionCookie = /tillit_session=([^;]+)/.exec(session.cookie)?.[1] ?? '';
    expect(sessionCookie.length).toBeGreaterThan(20);
    const bearer = 'tillit_pat_not-a-real-token-0123456789abcdef';

    const hostile = { 'user-agent': `evil${crlf}`, 'x-request-id': crlf, referer: `https://x.example/${crlf}` };
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: hostile,
      payload: { email: `${s.people.staffA1b.email}${crlf}`, password: `${testPassword}${crlf}` },
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: hostile,
      payload: { email: s.people.staffA1b.email, password: `wrong ${testPassword}` },
    });
    await app.inject({
      method: 'POST',
      url: `/api/v1/auth/login?email=${encodeURIComponent(s.people.staffA1b.email)}`,
      headers: { ...hostile, 'content-type': 'application/json' },
      payload: `{"email":"${s.people.staffA1b.email}"\n${forged}`,
    });
    await app.inject({
      method: 'GET',
      url: `/api/v1/people/${encodeURIComponent(crlf)}?q=${encodeURIComponent(`${s.people.staffB1.email}${crlf}`)}`,
      headers: { ...hostile, ...session },
    });
    await app.inject({ method: 'GET', url: `/api/v1/audit?entityId=${encodeURIComponent(crlf)}`, headers: session });
    await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { ...hostile, authorization: `Bearer ${bearer}` },
    });

    // A real HTTP server refuses raw CR/LF in the request line and headers, so nothing above put a
    // raw line break into an event; an error message can, and it too stays on its line.
    app.log.error({ err: { name: 'Error', message: crlf } }, `unexpected error${crlf}`);

    // Events from several requests; every write is exactly one line, and each parses on its own.
    expect(writes.length).toBeGreaterThanOrEqual(12);
    const lines = writes.join('').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(writes.length);
    const messages = lines.map((line) => {
      expect(line).not.toMatch(/[\r\u2028\u2029]/);
      return logEvent.parse(JSON.parse(line)).msg;
    });
    expect(messages.filter((m) => m.startsWith('FORGED'))).toEqual([]);
    expect(messages.filter((m) => m.includes('FORGED'))).toEqual([`unexpected error${crlf}`]);
    // The hostile path is there, escaped inside its own event.
    expect(lines.some((line) => line.includes('%0D%0A%7B%22level%22'))).toBe(true);

    const log = writes.join('');
    for (const secret of [
      s.people.staffA1.email,
      s.people.staffA1b.email,
      s.people.staffB1.email,
      'testby.se',
      testPassword,
      sessionCookie,
      session['x-csrf-token'],
      bearer,
    ])
      expect(log, secret).not.toContain(secret);
  });
});
