// Starts the BUILT server (what users run, not a dev server) on a free port with its own SQLite
// file and folders under .e2e-tmp/, and waits until it answers /healthz.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const runsDir = join(repoRoot, '.e2e-tmp');
const entry = join(repoRoot, 'dist', 'server', 'main.js');
const startTimeoutMs = 45_000;
const stopTimeoutMs = 10_000;
const outputLimit = 200_000;

export interface TestServer {
  baseUrl: string;
  /** The run's folder: tillit.db, outbox/ and backups/. Removed by stop() after a clean exit. */
  dataDir: string;
  outboxDir: string;
  /** Everything the server wrote to stdout and stderr so far (the demo sign-ins are in it). */
  output: () => string;
  stop: () => Promise<void>;
}

export interface StartServerOptions {
  /** Seed the demo organisation (`--demo`); on by default. */
  demo?: boolean;
  /** Extra environment, e.g. LOG_LEVEL. */
  env?: Record<string, string>;
}

export async function startServer(options: StartServerOptions = {}): Promise<TestServer> {
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing. Build first with \`npm run build\` (\`npm run test:e2e\` does it).`);
  }
  mkdirSync(runsDir, { recursive: true });
  const dataDir = mkdtempSync(join(runsDir, 'run-'));
  const outboxDir = join(dataDir, 'outbox');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  // A clean environment, not the developer's: an SMTP_URL or DATABASE_URL there must not leak in.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dataDir,
    TZ: 'UTC',
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    DATABASE_URL: `sqlite:${join(dataDir, 'tillit.db')}`,
    OUTBOX_DIR: outboxDir,
    BACKUP_DIR: join(dataDir, 'backups'),
    ...options.env,
  };
  const args = options.demo === false ? [entry] : [entry, '--demo'];
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });

  let output = '';
  const collect = (chunk: Buffer): void => {
    output += chunk.toString('utf8');
    if (output.length > outputLimit) output = output.slice(-outputLimit);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  const stop = async (): Promise<void> => {
    const result = await terminate(child, exited);
    const clean = result.code === 0 || result.signal === 'SIGTERM';
    if (clean) {
      rmSync(dataDir, { recursive: true, force: true });
      removeIfEmpty(runsDir);
    } else process.stderr.write(`Server exited with ${describeExit(result)}; its files are kept in ${dataDir}\n`);
  };

  try {
    await waitForHealth(baseUrl, exited, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, outboxDir, output: () => output, stop };
}

/** Registers hooks that start one server for the test file and stop it afterwards. */
export function useServer(options: StartServerOptions = {}): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer(options);
  });
  afterAll(async () => {
    await server?.stop();
    server = undefined;
  });
  return () => {
    if (server === undefined) throw new Error('The server is only running inside the tests of this file.');
    return server;
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      probe.close(() => (port === undefined ? reject(new Error('No free port found')) : resolve(port)));
    });
  });
}

async function waitForHealth(
  baseUrl: string,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  output: () => string,
): Promise<void> {
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void exited.then((result) => {
    exit = result;
  });
  const deadline = Date.now() + startTimeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (exit !== undefined) {
      throw new Error(`The server exited during start-up with ${describeExit(exit)}.\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      lastProblem = `GET /healthz answered ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`The server did not become healthy within ${startTimeoutMs} ms (${lastProblem}).\n${output()}`);
}

async function terminate(
  child: ChildProcess,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Another run's files, or a kept failed run, are still in it: leave it.
  }
}

function describeExit(exit: { code: number | null; signal: NodeJS.Signals | null }): string {
  return exit.signal === null ? `code ${String(exit.code)}` : `signal ${exit.signal}`;
}
