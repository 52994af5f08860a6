// What only the benchmarks need: Enclave as the benchmarks run it, /proc readings, statistics and table helpers, the
// load generator, the daemons' Engine API and event streams, and the run loop that always cleans up. Processes,
// clusters, databases, GraphQL and graphql-ws come from the test harness (test/harness/).
import { spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { spawnEnclave, type EnclaveOptions, type EnclaveProcess } from '../test/harness/enclave.js';
import { spawnProcess, waitReady, type ReadyOptions, type ServerProcess } from '../test/harness/process.js';

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

// ---- Enclave as the benchmarks run it ---------------------------------------------------------------------------

/** The environment every benchmark gives the Enclave server ('' for PGlite in memory); `extra` adds to it or overrides it. */
export function enclaveEnv(databaseUrl: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    ENCLAVE_DATA_DIR: 'memory://',
    ENCLAVE_LOCAL_AGENT: 'false',
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

/**
 * Spawns Enclave in this process's environment (ENCLAVE_WS_FLUSH_MS and the like reach it) plus `env`, stops it at
 * cleanup under `label`, and resolves once it is ready.
 */
export async function startBenchEnclave(
  label: string,
  o: Omit<EnclaveOptions, 'label' | 'inheritEnv'> & { ready?: ReadyOptions },
): Promise<EnclaveProcess> {
  const { ready, ...options } = o;
  const server = await spawnEnclave({ ...options, label, inheritEnv: true });
  onCleanup(label, () => stopServer(server));
  await waitReady(server, ready);
  return server;
}

const stopped = new WeakMap<ServerProcess, Promise<void>>();

/** Stops a server once, noting how it exited (printed after the cleanup timings) under `label`. */
export function stopServer(server: ServerProcess, label = server.label): Promise<void> {
  let stopping = stopped.get(server);
  if (!stopping) {
    stopping = server.stop().then(() => {
      const { pid, exitCode, signalCode } = server.process;
      exitNotes.push(`${label} pid ${pid} exited (code ${exitCode}, signal ${signalCode})`);
    });
    stopped.set(server, stopping);
  }
  return stopping;
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

// ---- the launcher's read ----------------------------------------------------------------------------------------

export interface ReadWorkspace {
  id: string;
  name: string;
  launchOptions: { choices: unknown[] };
}

/**
 * What is wrong with an answer to the launcher's read: `count` workspaces, each with the choices Auto and then its
 * networks (`expected`, by workspace id), each choice as `choice(network)` (null: Auto) says, fields in that order.
 */
export function readProblems(
  workspaces: ReadWorkspace[],
  expected: Map<string, string[]>,
  count: number,
  choice: (network: string | null) => object,
): string[] {
  const problems: string[] = [];
  if (workspaces.length !== count) problems.push(`${workspaces.length} workspaces, expected ${count}`);
  for (const ws of workspaces) {
    const nets = expected.get(ws.id);
    if (!nets) {
      problems.push(`unexpected workspace ${ws.id} ${ws.name}`);
      continue;
    }
    const want = [choice(null), ...nets.map(choice)];
    if (JSON.stringify(ws.launchOptions.choices) !== JSON.stringify(want))
      problems.push(`${ws.name}: ${JSON.stringify(ws.launchOptions.choices)} != ${JSON.stringify(want)}`);
  }
  return problems;
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
  let start: S | undefined;
  let end: S | undefined;
  const marks: Record<string, () => void> = { '@measure-start': () => (start = sample()), '@measure-end': () => (end = sample()) };
  const generator = spawnProcess({
    label: 'load generator',
    args: ['--import', 'tsx', 'bench/read/load.ts', JSON.stringify(cfg)],
    inheritEnv: true,
    ...(pinToCore !== undefined && { pinToCore }),
    onLine: (line) => (marks[line] ? (marks[line](), true) : false),
  });
  activeLoad = generator.process;
  const code = await generator.exited;
  activeLoad = undefined;
  const line = generator.stdout().trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !line.startsWith('{'))
    throw new Error(`load generator failed (exit ${code}):\n${generator.stderr().slice(-2000)}\n${generator.stdout().slice(-2000)}`);
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

/** The raw Engine API baseline: inspect the image (as Enclave does), create, start; ms after t0 for each step. */
export async function rawCreateStart(
  api: import('dockerode'),
  spec: { name: string; image: string; cmd: string[]; network: string; cores: number; memoryMb: number },
  live: Set<string>,
) {
  const t0 = performance.now();
  await api.getImage(spec.image).inspect();
  const inspectMs = performance.now() - t0;
  live.add(spec.name);
  const container = await api.createContainer({
    name: spec.name,
    Image: spec.image,
    Cmd: spec.cmd,
    Labels: {},
    HostConfig: { NetworkMode: spec.network, NanoCpus: Math.round(spec.cores * 1e9), Memory: spec.memoryMb * 1024 * 1024 },
  });
  const createdMs = performance.now() - t0;
  await container.start();
  return { t0, container, inspectMs, createdMs, startedMs: performance.now() - t0 };
}
