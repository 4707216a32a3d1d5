// Runs the real server as a child process from source (`node --import tsx server/main.ts`, so no
// build is needed), for tests and scripts that must kill it, restart it, or run two at once. No
// vitest imports here: the durability script and the load benchmark use this file too.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const outputLimit = 200_000;
const stopTimeoutMs = 10_000;

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcessOptions {
  /** The server's environment on top of a clean one: DATABASE_URL, OUTBOX_DIR, LOG_LEVEL, ... */
  env: Record<string, string>;
  /** Start with `--demo`, which seeds the demo organisation into an empty database. */
  demo?: boolean;
  /** Listen on this port; a free one is chosen when it is left out. */
  port?: number;
  startTimeoutMs?: number;
  /** Called with every line the server writes to stdout or stderr. */
  onLine?: (line: string) => void;
  /** Extra options for node itself, e.g. ['--cpu-prof'] to profile the server under load. */
  nodeArgs?: string[];
}

export interface ServerProcess {
  baseUrl: string;
  port: number;
  pid: number;
  /** What started this process; restartServerProcess() starts another one from it. */
  options: ServerProcessOptions;
  /** The last part of everything the server wrote. */
  output: () => string;
  exited: Promise<ExitStatus>;
  /** Sends the signal (SIGKILL by default) and waits until the process is gone. */
  kill: (signal?: NodeJS.Signals) => Promise<ExitStatus>;
  /** SIGTERM, then SIGKILL if it has not exited after a while. */
  stop: () => Promise<ExitStatus>;
}

/** Children still running when this process exits are killed, so none outlive a crashed run. */
const running = new Set<ServerProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  });
}

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  installExitHook();
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  // A clean environment, not the developer's: a DATABASE_URL or SMTP_URL there must not leak in.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? repoRoot,
    TZ: 'UTC',
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    ...options.env,
  };
  const args = [
    ...(options.nodeArgs ?? []),
    '--import',
    'tsx',
    'server/main.ts',
    ...(options.demo === true ? ['--demo'] : []),
  ];
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  if (pid === undefined) throw new Error('The server process could not be started');

  let output = '';
  let partial = '';
  const collect = (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    output += text;
    if (output.length > outputLimit) output = output.slice(-outputLimit);
    if (!options.onLine) return;
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) options.onLine(line);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signal) => {
      if (partial !== '') options.onLine?.(partial);
      resolve({ code, signal });
    });
  });

  const server: ServerProcess = {
    baseUrl,
    port,
    pid,
    options: { ...options, port },
    output: () => output,
    exited,
    kill: async (signal = 'SIGKILL') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
  running.add(server);
  void exited.then(() => running.delete(server));

  try {
    await waitForHealth(baseUrl, exited, () => output, options.startTimeoutMs ?? 45_000);
  } catch (error) {
    await server.kill();
    throw error;
  }
  return server;
}

/** Starts the server again on the same port and database, after the previous one has exited
 *  (it is killed first if it still runs). `--demo` is dropped: the data is there already. */
export async function restartServerProcess(previous: ServerProcess): Promise<ServerProcess> {
  await previous.kill();
  return startServerProcess({ ...previous.options, demo: false });
}

export async function freePort(): Promise<number> {
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
  exited: Promise<ExitStatus>,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  let exit: ExitStatus | undefined;
  void exited.then((result) => {
    exit = result;
  });
  const deadline = Date.now() + timeoutMs;
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
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The server did not become healthy within ${timeoutMs} ms (${lastProblem}).\n${output()}`);
}

export function describeExit(exit: ExitStatus): string {
  return exit.signal === null ? `code ${String(exit.code)}` : `signal ${exit.signal}`;
}
