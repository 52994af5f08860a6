// Child processes for tests and benchmarks: Enclave itself (src/main.ts) or another node script, with its output
// kept, a readiness poll that fails fast when it exits, and a stop that always ends it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A free loopback port (the OS picks it, then it is released for the server). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface ServerProcess {
  /** names the process in messages */
  readonly label: string;
  readonly process: ChildProcess;
  readonly port: number;
  /** http://127.0.0.1:<port> */
  readonly base: string;
  /** Its stdout and stderr line by line, in order of arrival (less the lines `onLine` took). */
  readonly lines: string[];
  stdout(): string;
  stderr(): string;
  /** The exit code; null when a signal ended it. */
  readonly exited: Promise<number | null>;
  readonly running: boolean;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
  /** Its last output lines, for failure messages. */
  tail(lines?: number): string;
}

export interface SpawnOptions {
  label: string;
  /** the port it serves on, if it is a server */
  port?: number;
  /** node's arguments: the script, and what node needs to run it (e.g. ['--import', 'tsx', 'bench/read/hello.ts']) */
  args: string[];
  env?: Record<string, string | undefined>;
  /** Starts from this process's environment; without it the child gets PATH and `env` only, so tests are hermetic. */
  inheritEnv?: boolean;
  /** `taskset -c <core>`, which execs node: same pid */
  pinToCore?: string;
  /** sees every output line first; returns true to keep it out of `lines` */
  onLine?: (line: string) => boolean;
}

/** Spawns node with `args` in the repository, collecting its output. */
export function spawnProcess(o: SpawnOptions): ServerProcess {
  const [command, args] = o.pinToCore ? ['taskset', ['-c', o.pinToCore, process.execPath, ...o.args]] : [process.execPath, o.args];
  const env = { ...(o.inheritEnv ? process.env : { PATH: process.env['PATH'] ?? '' }), ...o.env };
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const text = { out: '', err: '' };
  const collect = (stream: NodeJS.ReadableStream, key: keyof typeof text) => {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      text[key] += chunk;
      const split = (partial + chunk).split('\n');
      partial = split.pop()!;
      for (const line of split) if (line.trim() && !o.onLine?.(line)) lines.push(line);
    });
  };
  collect(child.stdout!, 'out');
  collect(child.stderr!, 'err');
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const running = () => child.exitCode === null && child.signalCode === null;
  let stopping: Promise<void> | undefined;
  const port = o.port ?? 0;
  return {
    label: o.label,
    process: child,
    port,
    base: `http://127.0.0.1:${port}`,
    lines,
    stdout: () => text.out,
    stderr: () => text.err,
    exited,
    get running() {
      return running();
    },
    stop(graceMs = 12_000) {
      return (stopping ??= stopChild(child, graceMs, exited.then(() => {})));
    },
    tail: (count = 20) => lines.slice(-count).join('\n'),
  };
}

/** Resolves once the child has exited: `signal` first (SIGTERM, or a function that asks it to), SIGKILL after graceMs. */
export async function stopChild(
  child: ChildProcess,
  graceMs: number,
  exited: Promise<void>,
  signal: NodeJS.Signals | (() => void) = 'SIGTERM',
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  if (typeof signal === 'function') signal();
  else child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export interface ReadyOptions {
  /** What "ready" means; default GET /readyz answers 200. */
  probe?: () => Promise<boolean>;
  /** @default 100 */
  pollMs?: number;
  /** Generous: a loaded machine takes tens of seconds to start tsx and migrate. @default 60_000 */
  timeoutMs?: number;
}

/** Polls until the server is ready; fails at once, with its output, if it exits meanwhile. */
export async function waitReady(server: ServerProcess, { probe, pollMs = 100, timeoutMs = 60_000 }: ReadyOptions = {}): Promise<void> {
  const ready = probe ?? (async () => (await fetch(`${server.base}/readyz`)).status === 200);
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (!server.running) throw new Error(`${server.label} exited during start-up (code ${server.process.exitCode}):\n${server.tail()}`);
    if (await ready().catch(() => false)) return;
    if (performance.now() > deadline) throw new Error(`${server.label} not ready within ${timeoutMs} ms:\n${server.tail()}`);
    await sleep(pollMs);
  }
}
