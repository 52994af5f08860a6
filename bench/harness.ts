// What the benchmarks share: the Enclave server as a child process, GraphQL over HTTP, the daemons' Engine API and
// event streams, /proc readings, statistics and table helpers, and the run loop that always cleans up.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import postgres from 'postgres';
import WebSocket from 'ws';

export { freePort } from '../test/harness/process.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const postgresUrl = process.env['ENCLAVE_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const cores = Number(spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()) || 1;
const clkTck = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** A fresh admin token for one run (32 hex chars). */
export const randomToken = () => randomBytes(16).toString('hex');
export const envFlag = (name: string) => ['1', 'true', 'yes'].includes(process.env[name] ?? '');
export const progressLogger = (tag: string) => (s: string) => void process.stderr.write(`[${tag}] ${s}\n`);

/** Rejects after ms with a message; for bounding one step. */
export function bounded<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms))),
  ]);
}

// ---- numbers and tables -----------------------------------------------------------------------------------------

/** A number with `digits` decimals, '-' when there is none. */
export const fmt = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined || Number.isNaN(v) ? '-' : v.toFixed(digits);

/** For the JSON summaries: rounded to `digits` decimals, null when there is no value. */
export const round = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined ? null : Math.round(v * 10 ** digits) / 10 ** digits;

export const defined = (values: (number | undefined)[]) => values.filter((v): v is number => v !== undefined);

/** Nearest rank, of an ascending array. */
export function quantile(sorted: ArrayLike<number>, q: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export interface Stats {
  n: number;
  median: number | undefined;
  p90: number | undefined;
  max: number | undefined;
  min: number | undefined;
}

export function stats(values: number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const median =
    s.length === 0 ? undefined : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return { n: s.length, median, p90: quantile(s, 0.9), max: s.at(-1), min: s[0] };
}

/** Header of a latency table: n, misses, min, median, p90, max. */
export const statsHeader = (title: string, width: number) =>
  `  ${title.padEnd(width)} ${'n'.padStart(3)} ${'miss'.padStart(4)} ${'min'.padStart(7)} ${'median'.padStart(7)} ${'p90'.padStart(7)} ${'max'.padStart(7)}`;

export const statsRow = (label: string, s: Stats, miss: number, width: number) =>
  `  ${label.padEnd(width)} ${String(s.n).padStart(3)} ${String(miss).padStart(4)} ${fmt(s.min).padStart(7)} ${fmt(s.median).padStart(7)} ${fmt(s.p90).padStart(7)} ${fmt(s.max).padStart(7)}`;

/** Resolves when `check` returns a value, polling on `wake()` calls, or undefined after timeoutMs. */
export class Waiters {
  private wakers = new Set<() => void>();
  wake() {
    for (const w of [...this.wakers]) w();
  }
  async until<T>(check: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      const left = deadline - performance.now();
      if (left <= 0) return undefined;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.wakers.delete(done);
          resolve();
        };
        const timer = setTimeout(done, left);
        this.wakers.add(done);
      });
    }
  }
}

// ---- /proc ------------------------------------------------------------------------------------------------------

/** CPU seconds (user + system, all threads) a process has used so far, from /proc; undefined if gone. */
export function cpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    return cpuSecondsOfStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** utime + stime of a /proc/<pid>/stat line, in seconds. */
export function cpuSecondsOfStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from #3 (state) on
  return (Number(fields[11]) + Number(fields[12])) / clkTck; // #14 utime, #15 stime
}

export function rssMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export interface MachineTicks {
  busy: number;
  total: number;
  irq: number;
}

/** Busy and total jiffies of the whole machine (all cores), from /proc/stat. */
export function machineTicks(): MachineTicks {
  const first = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1, 9).map(Number);
  const total = first.reduce((a, b) => a + b, 0);
  // irq + softirq: the kernel's packet processing (loopback TCP of every message), charged to no process
  return { busy: total - first[3]! - first[4]!, total, irq: first[5]! + first[6]! };
}

/** Cores of the machine busy between two readings. */
export const busyCores = (a: MachineTicks, b: MachineTicks) => ((b.busy - a.busy) / Math.max(1, b.total - a.total)) * cores;

// ---- processes --------------------------------------------------------------------------------------------------

/** Calls onLine for every non-empty line of a child's output stream. */
export function forEachLine(stream: NodeJS.ReadableStream, onLine: (line: string) => void) {
  let partial = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    partial += chunk;
    const lines = partial.split('\n');
    partial = lines.pop()!;
    for (const line of lines) if (line.trim()) onLine(line);
  });
}

/** Resolves once the child has exited; SIGTERM first, SIGKILL after graceMs. */
export async function stopChild(child: ChildProcess, graceMs: number, exited: Promise<void>, signal: NodeJS.Signals | (() => void) = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  if (typeof signal === 'function') signal();
  else child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export interface ServerProcess {
  label: string;
  child: ChildProcess;
  /** its stdout and stderr, line by line */
  log: string[];
  port: number;
  base: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** names the process in errors and in the exit note */
  label: string;
  port: number;
  /** node's arguments, e.g. ['--import', 'tsx', 'src/main.ts'] */
  args: string[];
  /** added to this process's environment */
  env: NodeJS.ProcessEnv;
  /** `taskset -c <core>`, which execs node: same pid */
  pinToCore?: string;
  /** sees every output line first; returns true to keep it out of `log` */
  onLine?: (line: string) => boolean;
}

/** Spawns a server with node, collecting its output lines; stop() notes how it exited in `exitNotes`. */
export function spawnServer(o: ServerOptions): ServerProcess {
  const [command, args] = o.pinToCore
    ? ['taskset', ['-c', o.pinToCore, process.execPath, ...o.args]]
    : [process.execPath, o.args];
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...o.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  for (const stream of [child.stdout!, child.stderr!])
    forEachLine(stream, (line) => {
      if (!o.onLine?.(line)) log.push(line);
    });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopping: Promise<void> | undefined;
  return {
    label: o.label,
    child,
    log,
    port: o.port,
    base: `http://127.0.0.1:${o.port}`,
    stop() {
      stopping ??= (async () => {
        await stopChild(child, 12_000, exited);
        exitNotes.push(`${o.label} pid ${child.pid} exited (code ${child.exitCode}, signal ${child.signalCode})`);
      })();
      return stopping;
    },
  };
}

/** The environment every benchmark gives the Enclave server; `extra` adds to it or overrides it. */
export function enclaveEnv(port: number, token: string, databaseUrl: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    ENCLAVE_DATA_DIR: 'memory://',
    ENCLAVE_LOCAL_AGENT: 'false',
    ENCLAVE_ADMIN_TOKEN: token,
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

export const ENCLAVE_ARGS = ['--import', 'tsx', 'src/main.ts'];

/** Polls `probe` (default GET /readyz = 200) until it holds; fails fast if the server exits. */
export async function waitReady(server: ServerProcess, probe?: () => Promise<boolean>, pollMs = 100) {
  const ready = probe ?? (async () => (await fetch(`${server.base}/readyz`)).status === 200);
  const deadline = performance.now() + 30_000;
  for (;;) {
    if (server.child.exitCode !== null || server.child.signalCode !== null)
      throw new Error(`${server.label} exited during startup:\n${server.log.slice(-20).join('\n')}`);
    if (await ready().catch(() => false)) return;
    if (performance.now() > deadline) throw new Error(`${server.label} not ready within 30 s:\n${server.log.slice(-20).join('\n')}`);
    await sleep(pollMs);
  }
}

/** Lines of a server's log at warn level or above, and anything that is not pino JSON. */
export const warnLines = (log: string[]) => log.filter((l) => !l.startsWith('{') || /"level":(40|50|60)/.test(l));

/** One pino line, shortened for the report. */
export function summarizeLog(l: string): string {
  try {
    const o = JSON.parse(l) as Record<string, unknown>;
    const { level, time, pid, hostname, msg, ...rest } = o;
    return `[${level}] ${msg} ${JSON.stringify(rest)}`.slice(0, 300);
  } catch {
    return l.slice(0, 300);
  }
}

/** POSTs an operation with a bearer token; fails on GraphQL errors, returns data. */
export async function graphql<T>(
  base: string,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
  timeoutMs?: number,
): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    ...(timeoutMs !== undefined && { signal: AbortSignal.timeout(timeoutMs) }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

// ---- load generator (bench/read/load.ts) --------------------------------------------------------------------

let activeLoad: ChildProcess | undefined;

/**
 * Runs bench/read/load.ts in its own process and resolves with its JSON line. The generator marks its measured
 * window on stderr; `sample` is taken at both marks, so CPU counters cover exactly that window.
 */
export async function runLoadGenerator<R, S>(
  cfg: Record<string, unknown>,
  sample: () => S,
  pinToCore?: string,
): Promise<{ result: R; start?: S; end?: S }> {
  const args = ['--import', 'tsx', 'bench/read/load.ts', JSON.stringify(cfg)];
  const child = pinToCore
    ? spawn('taskset', ['-c', pinToCore, process.execPath, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  activeLoad = child;
  let out = '';
  let err = '';
  let start: S | undefined;
  let end: S | undefined;
  let errPartial = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => {
    errPartial += c;
    const lines = errPartial.split('\n');
    errPartial = lines.pop()!;
    for (const l of lines) {
      if (l === '@measure-start') start = sample();
      else if (l === '@measure-end') end = sample();
      else err += `${l}\n`;
    }
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  activeLoad = undefined;
  const line = out.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !line.startsWith('{')) throw new Error(`load generator failed (exit ${code}):\n${err.slice(-2000)}\n${out.slice(-2000)}`);
  return { result: JSON.parse(line) as R, start, end };
}

// ---- Docker Engine API --------------------------------------------------------------------------------------

/** A request to a daemon's Engine API over its unix socket; resolves when the response has completed. */
export function engine(
  socketPath: string,
  method: string,
  path: string,
  body?: unknown,
  timeoutMs = 10_000,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        socketPath,
        method,
        path,
        headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
        timeout: timeoutMs,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.on('error', reject);
    req.end(payload);
  });
}

export interface EngineEvent {
  Action?: string;
  Actor?: { Attributes?: { name?: string } };
}

/**
 * Opens GET /events (one object type) on a daemon; resolves once the daemon answered with headers. `onEvent` gets
 * each event with its arrival time (performance.now() of its chunk), `onChunk` runs after each chunk.
 */
export function followEngineEvents(o: {
  socketPath: string;
  type: string;
  onEvent: (event: EngineEvent, at: number) => void;
  onChunk: () => void;
  problem: (message: string) => void;
  /** prefixed to messages, e.g. '[a1] ' */
  prefix?: string;
}): Promise<http.ClientRequest> {
  const prefix = o.prefix ?? '';
  const filters = encodeURIComponent(JSON.stringify({ type: [o.type] }));
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath: o.socketPath, path: `/events?filters=${filters}` }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`${prefix}GET /events answered ${res.statusCode}`));
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const at = performance.now();
        buffer += chunk;
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl).trim();
          buffer = buffer.slice(nl + 1);
          if (!line) continue;
          try {
            o.onEvent(JSON.parse(line) as EngineEvent, at);
          } catch {
            o.problem(`${prefix}unparsable /events line: ${line.slice(0, 200)}`);
          }
        }
        o.onChunk();
      });
      res.on('error', () => {}); // the stream dies with the daemon; expected
      resolve(req);
    });
    req.on('error', (error) => reject(error));
    req.end();
  });
}

// ---- Postgres -----------------------------------------------------------------------------------------------

export interface BenchDatabase {
  name: string;
  url: string;
  /** idempotent */
  drop(): Promise<void>;
}

/** A fresh `enclave_bench_<random>` database on the local Postgres. */
export async function createDatabase(): Promise<BenchDatabase> {
  const name = `enclave_bench_${randomBytes(6).toString('hex')}`;
  const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  let dropped = false;
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      const sql = postgres(postgresUrl, { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await sql.end();
      }
    },
  };
}

// ---- the run: main, then cleanup whatever happened -----------------------------------------------------------

type Cleanup = (() => Promise<void>) & { label?: string };
const cleanups: Cleanup[] = [];
const cleanupTimes: string[] = [];
/** How the servers exited; printed after the cleanup timings. */
export const exitNotes: string[] = [];

/** Registers a cleanup step; steps run in reverse order of registration. */
export const onCleanup = (label: string, fn: () => Promise<void>) => void cleanups.push(Object.assign(fn, { label }));

let cleaning: Promise<void> | undefined;
function cleanup(stepTimeoutMs: number | undefined): Promise<void> {
  cleaning ??= (async () => {
    activeLoad?.kill('SIGKILL');
    for (const fn of cleanups.reverse()) {
      const t = performance.now();
      try {
        await (stepTimeoutMs === undefined ? fn() : bounded(`cleanup ${fn.label ?? '?'}`, stepTimeoutMs, fn()));
      } catch (error) {
        console.error(`bench: cleanup step ${fn.label ?? '?'} failed:`, error);
      }
      cleanupTimes.push(`${fn.label ?? '?'} ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
  })();
  return cleaning;
}

/**
 * Runs main under a watchdog, always cleans up (also on SIGINT/SIGTERM), prints the cleanup timings and then main's
 * summary as one JSON line, and exits: 0, 1 if main failed, 2 if the watchdog fired.
 */
export async function runBench(main: () => Promise<unknown>, o: { watchdogMs: number; cleanupStepTimeoutMs?: number }): Promise<never> {
  const watchdog = setTimeout(() => {
    console.error(`bench: watchdog fired after ${o.watchdogMs / 1000} s; cleaning up`);
    void cleanup(o.cleanupStepTimeoutMs).finally(() => process.exit(2));
  }, o.watchdogMs);
  for (const sig of ['SIGINT', 'SIGTERM'] as const)
    process.once(sig, () => void cleanup(o.cleanupStepTimeoutMs).finally(() => process.exit(130)));

  let exitCode = 0;
  let summary: unknown;
  try {
    summary = await main();
  } catch (error) {
    exitCode = 1;
    console.error('bench failed:', error);
  } finally {
    const t = performance.now();
    await cleanup(o.cleanupStepTimeoutMs);
    clearTimeout(watchdog);
    console.log(`Cleanup took ${((performance.now() - t) / 1000).toFixed(1)} s (${cleanupTimes.join(', ')})${exitNotes.length ? `; ${exitNotes.join('; ')}` : ''}`);
  }
  if (summary) console.log(JSON.stringify(summary));
  else exitCode ||= 1;
  process.exit(exitCode);
}

// ---- graphql-ws -----------------------------------------------------------------------------------------------

/** A graphql-ws client with the bearer token; `acked()` rejects if the server sent no connection_ack within 10 s. */
export function wsClient(port: number, token: string): { client: Client; acked(): Promise<void> } {
  let ack!: () => void;
  const connected = new Promise<void>((resolve) => (ack = resolve));
  const client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: { connected: () => ack() },
  });
  return {
    client,
    acked: () =>
      Promise.race([
        connected,
        sleep(10_000).then(() => {
          throw new Error('graphql-ws: no connection_ack within 10 s');
        }),
      ]),
  };
}
