// The real process: starts, migrates, answers, and on SIGTERM lets an in-flight request finish
// before it closes the database and exits cleanly.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function waitForLine(stream: NodeJS.ReadableStream, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`no line matching ${String(pattern)} in: ${buffer}`)), timeoutMs);
    stream.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = buffer.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
  });
}

describe('server process', () => {
  it('fails to start with a message naming a bad variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: 'eighty' },
    });
    const message = waitForLine(child.stderr, /PORT[^\n]*/, 20_000);
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(await message).toContain('PORT');
    expect(code).toBe(1);
  });

  it('finishes an in-flight request on SIGTERM and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tillit-main-'));
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--demo'], {
        env: {
          ...process.env,
          PORT: '0',
          HOST: '127.0.0.1',
          DATABASE_URL: `sqlite:${join(dir, 't.db')}`,
          OUTBOX_DIR: join(dir, 'outbox'),
          LOG_LEVEL: 'info',
        },
      });
      const exited = new Promise<number | null>((done) => child.on('exit', done));
      const listening = await waitForLine(child.stdout, /Server listening at http:\/\/127\.0\.0\.1:\d+/, 30_000);
      const base = listening.replace('Server listening at ', '');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      // Sign-in hashes with argon2id, so it is still running when the signal arrives.
      const inFlight = fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@exempelby.se', password: 'tillit-demo-2026' }),
      });
      // Signal only once the server has the request, so it is truly in flight.
      await waitForLine(child.stdout, /"path":"\/api\/v1\/auth\/login"\},"msg":"incoming request"/, 10_000);
      child.kill('SIGTERM');
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await exited).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
