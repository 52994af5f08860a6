// Subscription fan-out benchmark: 1000 graphql-ws subscribers of `sessionStatusChanged { id status updatedAt }`
// (as ADMIN), half on Enclave process A and half on process B, both on one fresh Postgres database (NODE_ENV=production),
// while one session changes status every 10 ms for 10 s (1000 events).
//
// The events are made the way Enclave makes them, without Docker (which cannot launch that fast): for each one, in ONE
// transaction, the session row's status is updated, a session_transitions row is inserted (its `at` = the writer's
// wall clock, which subscribers receive as `updatedAt`), and `pg_notify('enclave_events', {"t":"sessionStatusChanged",
// "id":<session>})` is sent: what the server's publish() sends after its own transition write. Every Enclave process
// (the cross-process bus in src/events/postgres.ts) then replays the session's transitions in order to its subscribers.
// The statuses cycle through all seven; the session's `launched_by` names a launcher whose process lock the benchmark
// holds (as a live Enclave process would), so that no process's sweep fails the "launch" half-way through the cycle.
//
// Subscribers live in two load-generator processes (bench/fanout/clients.ts), each with 250 clients on A and 250 on B.
// All must have received a warm-up event before the measured run, which follows BENCH_FANOUT_WARMUP_S (2) seconds of
// the same load, not counted (fresh processes run unoptimised code; the report's per-second line shows the rest). Measured: every subscriber must get every event
// exactly once and in order (missing / duplicate / out-of-order / unexpected / wrong status, all must be 0); delivery
// latency = receipt time - COMMIT acknowledged (and - `at`, taken before BEGIN), p50/p99/max, per process; how long the
// last of the 1000 subscribers took per event; and each server's event-loop responsiveness, which cannot be read from
// inside (the servers are not changed): GET /healthz is timed every 50 ms against each server from outside, and the
// p99/max of that response time is reported as a PROXY for event-loop delay (target p99 <= 100 ms).
// Then CAPACITY (bench/fanout/capacity.ts; BENCH_FANOUT_CAPACITY=0 skips it): with the same processes and subscribers, the
// event rate is stepped (up while steps pass, else down until one does; a step fails when delivery p99 exceeds 100 ms or
// a delivery is lost), and the highest rate that passed is printed beside the fixed-rate run. The load generators run
// under `nice -n 10`, so that the figure is the servers' as far as the machine allows.
//
// Run: npx tsx bench/fanout.ts   (or npm run bench:fanout). Needs Postgres on 127.0.0.1:5432 (ENCLAVE_TEST_POSTGRES_URL
// overrides); no Docker. Loopback only. Bounded (watchdog 200 s); the database and all processes are always removed.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { Cluster } from '../test/harness/cluster.js';
import { createTestDatabase } from '../test/harness/database.js';
import type { EnclaveProcess } from '../test/harness/enclave.js';
import { repoRoot, stopChild, waitReady, type ServerProcess } from '../test/harness/process.js';
import {
  busyCores,
  cores,
  cpuSeconds,
  cpuSecondsOfStat,
  enclaveEnv,
  envFlag,
  fmt,
  machineTicks,
  onCleanup,
  progressLogger,
  quantile,
  randomToken,
  round,
  rssMb,
  runBench,
  stopServer,
  summarizeLog,
  warnLines,
} from './harness.js';
import type { ExpectedEvent, TargetResult } from './fanout/clients.js';
import { capacityReport, findCapacity } from './fanout/capacity.js';
import { Histogram } from './fanout/histogram.js';


// BENCH_FANOUT_SUBSCRIBERS / _EVENTS / _INTERVAL_MS override the load (e.g. to find the rate a machine sustains).
const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};
const GENERATORS = 2;
const SUBSCRIBERS = Math.ceil(envInt('BENCH_FANOUT_SUBSCRIBERS', 1000) / (2 * GENERATORS)) * 2 * GENERATORS;
const EVENTS = envInt('BENCH_FANOUT_EVENTS', 1000);
const INTERVAL_MS = envInt('BENCH_FANOUT_INTERVAL_MS', 10);
const WARMUP_INTERVAL_MS = 100;
const SUBSCRIBE_TIMEOUT_MS = 30_000;
const WARMUP_TIMEOUT_MS = 20_000;
const WARMUP_AT_RATE_S = envInt('BENCH_FANOUT_WARMUP_S', 2);
/** after the last write: how long deliveries may still trickle in */
const DRAIN_TIMEOUT_MS = 40_000;
const PROBE_EVERY_MS = 50;
/** a probe that takes longer is recorded as failed, with this time (a lower bound) */
const PROBE_TIMEOUT_MS = 30_000;
const IDLE_PROBE_MS = 2_000;
/** the issue's target, applied to both delivery latency and the event-loop proxy */
const TARGET_LOOP_P99_MS = 100;
const WATCHDOG_MS = 200_000;
/** BENCH_FANOUT_CAPACITY=0: the fixed-rate run only; BENCH_FANOUT_CAPACITY_STEP_S: seconds of each capacity step */
const CAPACITY = process.env['BENCH_FANOUT_CAPACITY'] !== '0';
const CAPACITY_STEP_S = envInt('BENCH_FANOUT_CAPACITY_STEP_S', 4);
/** niceness of the load generators: the servers come first when the machine is full */
const GENERATOR_NICENESS = 10;
const STATUSES = ['REQUESTED', 'PROVISIONING', 'STARTING', 'RUNNING', 'STOPPING', 'STOPPED', 'FAILED'] as const;
/** BENCH_FANOUT_LOOP_MONITOR=1: also measure the servers' real event-loop delay with a preload (see bench/fanout/loop-monitor.ts) */
const loopMonitor = envFlag('BENCH_FANOUT_LOOP_MONITOR');
/** BENCH_FANOUT_CPU_PROFILE=<dir>: V8 CPU profiles of both servers, written there when they stop (where the time goes) */
const profileDir = process.env['BENCH_FANOUT_CPU_PROFILE'];

const token = randomToken();
const wallNow = () => performance.timeOrigin + performance.now();

// ---- small helpers ------------------------------------------------------------------------------------------

/** CPU seconds so far of every process: pid -> { comm, seconds }. */
function allProcessCpu(): Map<number, { comm: string; seconds: number }> {
  const out = new Map<number, { comm: string; seconds: number }>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      out.set(Number(entry), { comm, seconds: cpuSecondsOfStat(stat) });
    } catch {
      // gone
    }
  }
  return out;
}

/** CPU seconds of every process whose command name is `comm` (e.g. the Postgres server's processes). */
function cpuSecondsOfComm(comm: string): number {
  let sum = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (!stat.startsWith(`${entry} (${comm})`)) continue;
      sum += cpuSecondsOfStat(stat);
    } catch {
      // gone
    }
  }
  return sum;
}


// ---- processes ----------------------------------------------------------------------------------------------

interface LoopSample {
  t: number;
  p50: number;
  p99: number;
  max: number;
}

type FanoutServer = EnclaveProcess & { loopSamples: LoopSample[] };

/** Spawns one more process of the cluster, collecting the loop monitor's lines (when it is preloaded). */
async function spawnEnclave(cluster: Cluster, label: string): Promise<FanoutServer> {
  const loopSamples: LoopSample[] = [];
  const server = await cluster.spawn(label, {
    onLine: (line) => line.startsWith('@loop ') && loopSamples.push(JSON.parse(line.slice(6)) as LoopSample) > 0,
  });
  return Object.assign(server, { loopSamples });
}

type GenMessage =
  | { type: 'spawned' }
  | { type: 'started' }
  | {
      type: 'status';
      connected: number;
      acked: number;
      withEvent: number;
      received: number;
      receivedByTarget: number[];
      errors: number;
      firstError?: string;
    }
  | {
      type: 'result';
      targets: TargetResult[];
      errors: number;
      firstError?: string;
      loadgen: { cpu: number; loopDelayP99Ms: number; loopDelayMaxMs: number; rssMb: number };
    };

interface Generator {
  index: number;
  child: ChildProcess;
  stderr: string[];
  request<T extends GenMessage['type']>(msg: Record<string, unknown>, reply: T, timeoutMs?: number): Promise<Extract<GenMessage, { type: T }>>;
  stop(): Promise<void>;
}

function spawnGenerator(index: number, config: unknown): Generator {
  // nice execs node: the child's pid is the generator's.
  const child = spawn('nice', ['-n', String(GENERATOR_NICENESS), process.execPath, '--import', 'tsx', 'bench/fanout/clients.ts', JSON.stringify(config)], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  const stderr: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (c: string) => stderr.push(c));
  const waiting = new Map<string, (m: GenMessage) => void>();
  child.on('message', (m: GenMessage) => {
    const w = waiting.get(m.type);
    if (w) {
      waiting.delete(m.type);
      w(m);
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopping: Promise<void> | undefined;
  return {
    index,
    child,
    stderr,
    request(msg, reply, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(reply);
          reject(new Error(`load generator ${index}: no '${reply}' within ${timeoutMs} ms\n${stderr.join('').slice(-1500)}`));
        }, timeoutMs);
        waiting.set(reply, (m) => {
          clearTimeout(timer);
          resolve(m as never);
        });
        if (msg['type'] !== 'none') child.send(msg);
      });
    },
    stop() {
      stopping ??= stopChild(child, 5_000, exited, () => {
        if (child.connected) child.send({ type: 'close' });
      });
      return stopping;
    },
  };
}

// ---- the servers' own event-loop figures, from their GET /metrics ----------------------------------------------

interface LoopFigures {
  p99?: number;
  max?: number;
}

/**
 * prom-client's default metrics (src/metrics.ts registers them) include the event-loop delay measured inside the
 * process since the previous scrape (monitorEventLoopDelay, reset on every collect): scraped before and after a phase,
 * the second scrape covers that phase. Nothing else scrapes these servers during the benchmark.
 */
async function scrapeLoop(server: ServerProcess): Promise<LoopFigures> {
  try {
    const res = await fetch(`${server.base}/metrics`, { signal: AbortSignal.timeout(20_000) });
    const text = await res.text();
    const value = (name: string) => {
      const m = new RegExp(`^enclave_nodejs_eventloop_lag_${name}_seconds(?:\\{[^}]*\\})? ([0-9.eE+-]+)$`, 'm').exec(text);
      return m ? Number(m[1]) * 1000 : undefined;
    };
    return { p99: value('p99'), max: value('max') };
  } catch {
    return {};
  }
}

// ---- /healthz prober (event-loop proxy) ------------------------------------------------------------------------

interface Probe {
  server: string;
  sentAt: number;
  ms: number;
  ok: boolean;
}

/**
 * Fires GET /healthz at each server every PROBE_EVERY_MS, open loop, each on a new connection (no client-side queue:
 * the time is the server's accept + parse + answer, all on its event loop, plus loopback and this process's own delay).
 */
function startProber(servers: ServerProcess[]) {
  const probes: Probe[] = [];
  const pending = new Map<Promise<void>, { server: string; sentAt: number }>();
  const one = (server: ServerProcess) => {
    const sentAt = performance.now();
    let done = false;
    const p = new Promise<void>((resolve) => {
      const finish = (ok: boolean) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        probes.push({ server: server.label, sentAt, ms: performance.now() - sentAt, ok });
        resolve();
      };
      const req = http.get({ agent: false, host: '127.0.0.1', port: server.port, path: '/healthz' }, (res) => {
        res.resume();
        res.on('end', () => finish(res.statusCode === 200));
        res.on('error', () => finish(false));
      });
      const timer = setTimeout(() => {
        finish(false);
        req.destroy();
      }, PROBE_TIMEOUT_MS);
      req.on('error', () => finish(false));
    });
    pending.set(p, { server: server.label, sentAt });
    void p.finally(() => pending.delete(p));
  };
  const timer = setInterval(() => servers.forEach((s) => one(s)), PROBE_EVERY_MS);
  return {
    probes,
    /** Stops sending; waits up to maxWaitMs for answers; probes still open are recorded as failed, time so far. */
    async stop(maxWaitMs = 10_000) {
      clearInterval(timer);
      await Promise.race([Promise.all(pending.keys()), sleep(maxWaitMs)]);
      for (const { server, sentAt } of pending.values()) probes.push({ server, sentAt, ms: performance.now() - sentAt, ok: false });
      pending.clear();
    },
  };
}

// ---- main ------------------------------------------------------------------------------------------------------

const progress = progressLogger('fanout');

async function main() {
  const tStart = performance.now();

  // 1. database, and the two Enclave processes on it (one after the other: both migrate and bootstrap at start)
  const database = await createTestDatabase('postgres', { prefix: 'enclave_bench' });
  onCleanup(`drop ${database.name}`, database.drop);
  const databaseUrl = database.url;

  const cluster = new Cluster({
    token,
    databaseUrl,
    inheritEnv: true,
    env: enclaveEnv(databaseUrl, { NODE_ENV: 'production' }),
    nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    preload: loopMonitor ? ['./bench/fanout/loop-monitor.ts'] : [],
  });
  const servers: FanoutServer[] = [];
  for (const label of ['A', 'B']) {
    const server = await spawnEnclave(cluster, label);
    onCleanup(`enclave ${label}`, () => stopServer(server, `enclave ${label}`));
    await waitReady(server);
    servers.push(server);
  }
  const [A, B] = servers as [FanoutServer, FanoutServer];
  const tServers = performance.now();
  progress(`servers ready in ${fmt((tServers - tStart) / 1000)} s (A pid ${A.process.pid}, B pid ${B.process.pid})`);

  // 2. the session, written directly; its launcher's process lock held like a live Enclave process holds its own
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  onCleanup('writer connections', () => sql.end({ timeout: 5 }));
  const launcher = `bench-fanout-${randomBytes(4).toString('hex')}`;
  // its own one-connection client, as src/cluster/coordination.ts holds its locks (not a reserved pool connection)
  const lockConn = postgres(databaseUrl, { max: 1, idle_timeout: 0, max_lifetime: null, onnotice: () => {} });
  // Keyed as src/cluster/coordination.ts keys it: (namespace "ENCP", 31-bit sha256 prefix of the instance id).
  const processLocks = 0x454e4350;
  const keyOf = (id: string) => createHash('sha256').update(id).digest().readUInt32BE(0) & 0x7fffffff;
  await lockConn`select pg_advisory_lock(${processLocks}, ${keyOf(launcher)})`;
  onCleanup('launcher lock', () => lockConn.end({ timeout: 5 }));
  const [ws] = await sql<{ id: string }[]>`insert into workspaces (name, image) values ('bench-fanout', 'busybox:bench') returning id`;
  const [session] = await sql<{ id: string }[]>`
    insert into sessions (workspace_id, owner, status, cores, memory_mb, launched_by)
    values (${ws!.id}, 'bench', 'RUNNING', 0.1, 32, ${launcher}) returning id`;
  const sessionId = session!.id;
  const notice = `{"t":"sessionStatusChanged","id":"${sessionId}"}`;

  let statusIndex = 3; // starts RUNNING
  let lastAt = 0;
  /** One status change as Enclave writes it, plus the NOTIFY its publish() sends; all in one transaction. */
  /**
   * `durable: false` (the capacity steps) skips the wait for the commit's WAL flush: the writer commits one transaction
   * at a time, and the flush, not the servers, would otherwise bound the rate it can step to (~450 events/s here).
   */
  async function write(reason: string, { durable = true } = {}) {
    statusIndex = (statusIndex + 1) % STATUSES.length;
    const status = STATUSES[statusIndex]!;
    const begun = wallNow();
    const at = Math.max(Math.floor(begun), lastAt + 1); // unique, increasing: it identifies the event
    lastAt = at;
    const atDate = new Date(at);
    await sql.begin((tx) => [
      ...(durable ? [] : [tx`set local synchronous_commit = off`]),
      tx`update sessions set status = ${status}, status_reason = ${reason}, updated_at = ${atDate} where id = ${sessionId}`,
      tx`insert into session_transitions (session_id, status, reason, at) values (${sessionId}, ${status}, ${reason}, ${atDate})`,
      // exactly what Enclave's publisher sends (src/events/postgres.ts, publish())
      tx`select pg_notify('enclave_events', ${notice})`,
    ]);
    return { at, status, begun, committed: wallNow() };
  }

  // 3. the subscribers, in their own processes
  const perGenerator = SUBSCRIBERS / GENERATORS;
  const targets = servers.map((s) => ({ label: s.label, url: `ws://127.0.0.1:${s.port}/graphql` }));
  const generators: Generator[] = [];
  for (let g = 0; g < GENERATORS; g++) {
    const gen = spawnGenerator(g, { token, targets, count: perGenerator, offset: g });
    onCleanup(`load generator ${g}`, () => gen.stop());
    generators.push(gen);
  }
  const tSub0 = performance.now();
  await Promise.all(generators.map((g) => g.request({ type: 'none' }, 'spawned', 20_000)));
  const statusAll = () => Promise.all(generators.map((g) => g.request({ type: 'status' }, 'status')));
  for (;;) {
    const st = await statusAll();
    const acked = st.reduce((a, s) => a + s.acked, 0);
    const errors = st.reduce((a, s) => a + s.errors, 0);
    if (errors) throw new Error(`subscriber errors while connecting: ${errors}; first: ${st.find((s) => s.firstError)?.firstError}`);
    if (acked === SUBSCRIBERS) break;
    if (performance.now() - tSub0 > SUBSCRIBE_TIMEOUT_MS) throw new Error(`only ${acked}/${SUBSCRIBERS} connections acknowledged within ${SUBSCRIBE_TIMEOUT_MS} ms`);
    await sleep(100);
  }
  const tAcked = performance.now();
  progress(`${SUBSCRIBERS} connections acknowledged in ${fmt((tAcked - tSub0) / 1000)} s`);

  // 4. warm-up: status changes until every subscriber has had one (the subscribe message follows the ack, and the
  // server sets the subscription up asynchronously, so an ack alone does not prove it is live)
  let warmups = 0;
  for (;;) {
    await write(`bench warm-up ${warmups++}`);
    await sleep(WARMUP_INTERVAL_MS);
    const st = await statusAll();
    const withEvent = st.reduce((a, s) => a + s.withEvent, 0);
    if (withEvent === SUBSCRIBERS) break;
    if (performance.now() - tAcked > WARMUP_TIMEOUT_MS)
      throw new Error(`after ${warmups} warm-up events only ${withEvent}/${SUBSCRIBERS} subscribers had received one`);
  }
  const tWarm = performance.now();
  progress(`all subscribers live after ${warmups} warm-up event(s), ${fmt((tWarm - tAcked) / 1000)} s`);
  // ... then WARMUP_AT_RATE_S at the measured rate, not counted: a process fresh from start-up runs the delivery path
  // unoptimised and with a small heap, which shows as ~150-250 ms of extra latency in the first second or two (seen
  // when this was measured too; the per-second line in the report shows what is left of it).
  const warmupFrom = performance.now();
  for (let i = 0; i < (WARMUP_AT_RATE_S * 1000) / INTERVAL_MS; i++) {
    const wait = warmupFrom + i * INTERVAL_MS - performance.now();
    if (wait > 0) await sleep(wait);
    await write(`bench warm-up at rate ${i}`);
  }
  // let the warm-up deliveries land before the counters are cleared: until nothing arrives for 500 ms
  for (let last = -1, steady = 0; steady < 5; ) {
    await sleep(100);
    const received = (await statusAll()).reduce((a, s) => a + s.received, 0);
    steady = received === last ? steady + 1 : 0;
    last = received;
  }
  await Promise.all(generators.map((g) => g.request({ type: 'start' }, 'started')));

  // 5. idle baseline of the /healthz proxy, then the measured run with the prober still going
  await Promise.all(servers.map((s) => scrapeLoop(s))); // resets the servers' own event-loop histograms
  const prober = startProber(servers);
  onCleanup('prober', () => prober.stop());
  await sleep(IDLE_PROBE_MS);
  const idleLoop = await Promise.all(servers.map((s) => scrapeLoop(s)));
  const runFrom = performance.now();
  const cpu0 = servers.map((s) => cpuSeconds(s.process.pid));
  const gen0 = generators.map((g) => cpuSeconds(g.child.pid));
  const self0 = process.cpuUsage();
  const pg0 = cpuSecondsOfComm('postgres');
  const machine0 = machineTicks();
  const procs0 = allProcessCpu();
  const rss0 = servers.map((s) => rssMb(s.process.pid));
  const expected: ExpectedEvent[] = [];
  let maxLag = 0;
  progress(`writing ${EVENTS} status changes, one per ${INTERVAL_MS} ms ...`);
  for (let i = 0; i < EVENTS; i++) {
    const due = runFrom + i * INTERVAL_MS;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    maxLag = Math.max(maxLag, performance.now() - due);
    const w = await write(`bench seq ${i}`);
    expected.push({ at: w.at, seq: i, status: w.status, begun: w.begun, committed: w.committed });
  }
  const writesDone = performance.now();
  progress(`writes done in ${fmt((writesDone - runFrom) / 1000, 2)} s; waiting for deliveries ...`);

  // 6. drain: until every subscriber has every event (or no progress / timeout)
  const wanted = SUBSCRIBERS * EVENTS;
  let received = 0;
  let receivedBy = servers.map(() => 0);
  let lastProgress = performance.now();
  let drainedAt: number | undefined;
  for (;;) {
    const st = await statusAll();
    const now = performance.now();
    const r = st.reduce((a, s) => a + s.received, 0);
    receivedBy = servers.map((_, i) => st.reduce((a, s) => a + (s.receivedByTarget[i] ?? 0), 0));
    if (r !== received) lastProgress = now;
    received = r;
    if (received >= wanted) {
      drainedAt = now;
      break;
    }
    if (now - writesDone > DRAIN_TIMEOUT_MS || now - lastProgress > 5_000) break;
    await sleep(50);
  }
  const runTo = performance.now();
  const cpu1 = servers.map((s) => cpuSeconds(s.process.pid));
  const gen1 = generators.map((g) => cpuSeconds(g.child.pid));
  const selfCpu = ((u) => (u.user + u.system) / 1e6)(process.cpuUsage(self0));
  const pg1 = cpuSecondsOfComm('postgres');
  const machine1 = machineTicks();
  const procs1 = allProcessCpu();
  const rss1 = servers.map((s) => rssMb(s.process.pid));
  const runLoop = await Promise.all(servers.map((s) => scrapeLoop(s)));
  await sleep(300); // a moment for stragglers (duplicates would show up here)
  await prober.stop();

  // 7. results from the generators; and what else wrote transitions for the session (should be nothing)
  const results = await Promise.all(generators.map((g) => g.request({ type: 'finish', expected }, 'result', 30_000)));
  // 8. capacity: the event rate stepped, with the same processes and subscribers
  const capacitySteps = CAPACITY
    ? await findCapacity(
        {
          subscribers: SUBSCRIBERS,
          serverPids: servers.map((s) => s.process.pid),
          generatorPids: generators.map((g) => g.child.pid),
          write: (reason) => write(reason, { durable: false }),
          clear: async () => void (await Promise.all(generators.map((g) => g.request({ type: 'start' }, 'started')))),
          received: async () => (await statusAll()).reduce((a, s) => a + s.received, 0),
          check: async (events) =>
            (await Promise.all(generators.map((g) => g.request({ type: 'finish', expected: events }, 'result', 30_000)))).flatMap((r) => r.targets),
          progress,
        },
        { startEventsPerSecond: Math.round(1000 / INTERVAL_MS), stepSeconds: CAPACITY_STEP_S, targetP99Ms: TARGET_LOOP_P99_MS },
      )
    : [];
  const [foreignRow] = await sql<{ foreign: number }[]>`
    select count(*)::int as foreign from session_transitions where session_id = ${sessionId} and reason not like 'bench %'`;
  const foreign = foreignRow?.foreign ?? 0;

  // ---- report ----
  const runSeconds = (runTo - runFrom) / 1000;
  let machineSummary: { busyCores: number; others: number } | undefined;
  let perDeliveryUs: (number | undefined)[] = [];
  const writeMs = expected.map((e) => e.committed - e.begun).sort((a, b) => a - b);
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line();
  line(`Enclave subscription fan-out: ${SUBSCRIBERS} graphql-ws subscribers (ADMIN) of sessionStatusChanged { id status updatedAt },`);
  line(`  ${SUBSCRIBERS / 2} on process A + ${SUBSCRIBERS / 2} on process B (one Postgres database, NODE_ENV=production), in ${GENERATORS} load-generator processes;`);
  line(`  ${EVENTS} status changes of one session, one per ${INTERVAL_MS} ms (UPDATE sessions + INSERT session_transitions + pg_notify, one transaction each),`);
  line(`  after ${WARMUP_AT_RATE_S} s of the same at the same rate, not counted;`);
  line(`  node ${process.version}, ${cores} CPUs shared by everything (servers, generators, Postgres, this process)`);
  line();
  line(`Writer: ${EVENTS} events in ${fmt((writesDone - runFrom) / 1000, 2)} s (target ${fmt((EVENTS * INTERVAL_MS) / 1000, 2)} s); ` +
    `write transaction p50 ${fmt(quantile(writeMs, 0.5), 2)} / p99 ${fmt(quantile(writeMs, 0.99), 2)} / max ${fmt(writeMs.at(-1), 2)} ms; ` +
    `max schedule lag ${fmt(maxLag, 1)} ms`);
  line(`Delivery: ${received}/${wanted} messages in the drain window, ${drainedAt !== undefined ? `all in ${fmt((drainedAt - writesDone) / 1000, 2)} s after the last write` : `NOT all in when it closed ${fmt((runTo - writesDone) / 1000, 1)} s after the last write`}` +
    `; counted below at the end of the benchmark: ${results.reduce((a, r) => a + r.targets.reduce((b, t) => b + t.deliveries + t.unexpected, 0), 0)}`);
  line();

  const merged = (label?: string) => {
    const rs = results.flatMap((r) => r.targets).filter((t) => !label || t.label === label);
    const hC = new Histogram();
    const hA = new Histogram();
    for (const t of rs) {
      hC.add(t.fromCommit);
      hA.add(t.fromAt);
    }
    const sum = (k: keyof TargetResult) => rs.reduce((a, t) => a + (t[k] as number), 0);
    // per event: the last receipt over every generator's subscribers (of this server) minus commit
    const completion = expected
      .map((e) => Math.max(...rs.map((t) => t.latestPerSeq[e.seq] ?? -1)) - e.committed)
      .filter((v) => v > -1e12)
      .sort((a, b) => a - b);
    return {
      subscribers: sum('subscribers'),
      deliveries: sum('deliveries'),
      missing: sum('missing'),
      tail: sum('tail'),
      duplicates: sum('duplicates'),
      outOfOrder: sum('outOfOrder'),
      unexpected: sum('unexpected'),
      wrongStatus: sum('wrongStatus'),
      badSubscribers: sum('badSubscribers'),
      commit: { p50: hC.quantile(0.5), p90: hC.quantile(0.9), p99: hC.quantile(0.99), max: hC.max() },
      at: { p50: hA.quantile(0.5), p99: hA.quantile(0.99), max: hA.max() },
      completion: { p50: quantile(completion, 0.5), p99: quantile(completion, 0.99), max: completion.at(-1) },
    };
  };
  const rows = [['A', merged('A')], ['B', merged('B')], ['all', merged()]] as const;
  line('Delivery check and latency (ms, receipt - COMMIT acknowledged; every subscriber must get every event once, in order):');
  line(`  ${'proc'.padEnd(4)} ${'subs'.padStart(5)} ${'deliveries'.padStart(10)} ${'missing'.padStart(7)} ${'late'.padStart(6)} ${'dup'.padStart(5)} ${'order'.padStart(5)} ` +
    `${'unexp'.padStart(5)} ${'status'.padStart(6)} ${'badSub'.padStart(6)} | ${'p50'.padStart(7)} ${'p90'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)} | ` +
    `${'last p50'.padStart(8)} ${'last p99'.padStart(8)} ${'last max'.padStart(8)}`);
  for (const [label, m] of rows)
    line(`  ${label.padEnd(4)} ${String(m.subscribers).padStart(5)} ${String(m.deliveries).padStart(10)} ${String(m.missing).padStart(7)} ${String(m.tail).padStart(6)} ` +
      `${String(m.duplicates).padStart(5)} ${String(m.outOfOrder).padStart(5)} ${String(m.unexpected).padStart(5)} ${String(m.wrongStatus).padStart(6)} ` +
      `${String(m.badSubscribers).padStart(6)} | ${fmt(m.commit.p50).padStart(7)} ${fmt(m.commit.p90).padStart(7)} ${fmt(m.commit.p99).padStart(7)} ` +
      `${fmt(m.commit.max).padStart(7)} | ${fmt(m.completion.p50).padStart(8)} ${fmt(m.completion.p99).padStart(8)} ${fmt(m.completion.max).padStart(8)}`);
  line('  (missing = lost: a later event did arrive; late = after the subscriber\'s last event, still not in when the benchmark');
  line('   stopped waiting; order = delivered after a later event; unexp = an event not written in the run; status = wrong');
  line('   status for the event; badSub = subscribers with any problem; last = per event, until the LAST subscriber of that process had it;');
  line('   latencies are over the deliveries that arrived)');
  const all = merged();
  // when the slow deliveries happened: per second of the run, the worst event (until its last subscriber had it)
  const perSecond: string[] = [];
  const eventsPerSecond = Math.max(1, Math.round(1000 / INTERVAL_MS));
  for (let from = 0; from < expected.length; from += eventsPerSecond) {
    const worst = Math.max(...expected.slice(from, from + eventsPerSecond).map((e) =>
      Math.max(...results.flatMap((r) => r.targets.map((t) => t.latestPerSeq[e.seq] ?? -1))) - e.committed));
    perSecond.push(fmt(worst, 0));
  }
  line(`  worst event per second of the run (ms, until its last subscriber had it): ${perSecond.join(' ')}`);
  line(`  from updatedAt (\`at\`, the writer's clock before BEGIN): p50 ${fmt(all.at.p50)} / p99 ${fmt(all.at.p99)} / max ${fmt(all.at.max)} ms ` +
    `(A p99 ${fmt(merged('A').at.p99)}, B p99 ${fmt(merged('B').at.p99)})`);
  line();

  // event-loop proxy
  const probeStats = (server: string, from: number, to: number) => {
    const ps = prober.probes.filter((p) => p.server === server && p.sentAt >= from && p.sentAt < to);
    const ms = ps.map((p) => p.ms).sort((a, b) => a - b);
    return { n: ps.length, failed: ps.filter((p) => !p.ok).length, p50: quantile(ms, 0.5), p99: quantile(ms, 0.99), max: ms.at(-1) };
  };
  const idleFrom = runFrom - IDLE_PROBE_MS;
  line(`Server event-loop delay, PROXY (the servers are not instrumented): response time of GET /healthz sent every ${PROBE_EVERY_MS} ms`);
  line('  from outside to each server (open loop, a new connection each); includes loopback TCP and the prober\'s own delay.');
  line(`  ${'proc'.padEnd(4)} ${'phase'.padEnd(5)} ${'n'.padStart(4)} ${'fail'.padStart(4)} ${'p50'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)} | ` +
    `${'cpu'.padStart(5)} ${'rss before'.padStart(10)} ${'rss after'.padStart(9)}`);
  const loop: Record<string, { idle: ReturnType<typeof probeStats>; run: ReturnType<typeof probeStats> }> = {};
  for (const [i, s] of servers.entries()) {
    const idle = probeStats(s.label, idleFrom, runFrom);
    const run = probeStats(s.label, runFrom, runTo);
    loop[s.label] = { idle, run };
    const cpu = cpu0[i] !== undefined && cpu1[i] !== undefined ? (cpu1[i]! - cpu0[i]!) / runSeconds : undefined;
    line(`  ${s.label.padEnd(4)} ${'idle'.padEnd(5)} ${String(idle.n).padStart(4)} ${String(idle.failed).padStart(4)} ${fmt(idle.p50, 2).padStart(7)} ` +
      `${fmt(idle.p99, 2).padStart(7)} ${fmt(idle.max, 2).padStart(7)} |`);
    line(`  ${s.label.padEnd(4)} ${'run'.padEnd(5)} ${String(run.n).padStart(4)} ${String(run.failed).padStart(4)} ${fmt(run.p50, 2).padStart(7)} ` +
      `${fmt(run.p99, 2).padStart(7)} ${fmt(run.max, 2).padStart(7)} | ${(cpu === undefined ? '-' : `${Math.round(cpu * 100)}%`).padStart(5)} ` +
      `${`${fmt(rss0[i], 0)} MB`.padStart(10)} ${`${fmt(rss1[i], 0)} MB`.padStart(9)}`);
  }
  line(`  the servers' own figures (GET /metrics, enclave_nodejs_eventloop_lag_*: prom-client's monitorEventLoopDelay in the process,`);
  line(`  scraped before and after each phase): ` +
    servers
      .map((s, i) => `${s.label} idle p99 ${fmt(idleLoop[i]?.p99)} / max ${fmt(idleLoop[i]?.max)} ms, run p99 ${fmt(runLoop[i]?.p99)} / max ${fmt(runLoop[i]?.max)} ms`)
      .join('; '));
  if (loopMonitor) {
    const wallFrom = performance.timeOrigin + runFrom;
    const wallTo = performance.timeOrigin + runTo;
    for (const s of servers) {
      const inRun = s.loopSamples.filter((x) => x.t >= wallFrom && x.t <= wallTo + 1_000);
      line(`  ${s.label}: real event-loop delay (preloaded monitorEventLoopDelay, per-second windows in the run): ` +
        `worst p99 ${fmt(Math.max(...inRun.map((x) => x.p99)))} ms, max ${fmt(Math.max(...inRun.map((x) => x.max)))} ms, ` +
        `${inRun.length} window(s) reported (a blocked loop reports late or not at all)`);
    }
  }
  line(`  (run = first write until every delivery was in or the drain window closed, ${fmt(runSeconds, 1)} s; cpu = server process CPU`);
  line('   over that window, of one core; fail = no answer (or not 200) within 30 s, or still open at the end: counted with its time so far)');
  const perDelivery = (perDeliveryUs = servers.map((s, i) => {
    const cpu = cpu0[i] !== undefined && cpu1[i] !== undefined ? cpu1[i]! - cpu0[i]! : undefined;
    return cpu !== undefined && receivedBy[i] ? (cpu * 1e6) / receivedBy[i]! : undefined;
  }));
  line(`  server CPU per delivered message: ${servers.map((s, i) => `${s.label} ${fmt(perDelivery[i], 1)} µs`).join(', ')} ` +
    `(=> one core sustains ~${servers.map((s, i) => (perDelivery[i] ? `${fmt(1e6 / perDelivery[i]! / 1000, 0)}k` : '-')).join(' / ')} deliveries/s; ` +
    `this run asks ${fmt((SUBSCRIBERS / 2) * (1000 / INTERVAL_MS) / 1000, 0)}k/s of each process)`);
  line();
  {
    // Where the machine's CPU went in the run window: ours (servers, generators, this process, Postgres) and the rest.
    const busy = busyCores(machine0, machine1);
    const sumDiff = (a: (number | undefined)[], b: (number | undefined)[]) => a.reduce<number>((acc, v, i) => acc + ((b[i] ?? 0) - (v ?? 0)), 0);
    const serversCpu = sumDiff(cpu0, cpu1) / runSeconds;
    const gensCpu = sumDiff(gen0, gen1) / runSeconds;
    const pgCpu = (pg1 - pg0) / runSeconds;
    const irqCores = ((machine1.irq - machine0.irq) / Math.max(1, machine1.total - machine0.total)) * cores;
    // (clamped: the per-process and whole-machine counters are read a moment apart, in whole ticks)
    const others = Math.max(0, busy - serversCpu - gensCpu - pgCpu - selfCpu / runSeconds - irqCores);
    line(`Machine CPU in the run window (cores busy of ${cores}): ${fmt(busy, 2)} = servers ${fmt(serversCpu, 2)} + generators ${fmt(gensCpu, 2)} + ` +
      `Postgres ${fmt(pgCpu, 2)} + this process ${fmt(selfCpu / runSeconds, 2)} + kernel irq/softirq ${fmt(irqCores, 2)} + other ${fmt(others, 2)}` +
      (others > 0.3 ? '   <- other processes took a noticeable share: results disturbed' : ''));
    machineSummary = { busyCores: Math.round(busy * 100) / 100, others: Math.round(others * 100) / 100 };
    if (others > 0.3) {
      const ours = new Set([process.pid, ...servers.map((x) => x.process.pid), ...generators.map((g) => g.child.pid)]);
      const byComm = new Map<string, number>();
      for (const [pid, p1] of procs1) {
        if (ours.has(pid) || p1.comm === 'postgres') continue;
        const used = p1.seconds - (procs0.get(pid)?.seconds ?? 0);
        if (used > 0) byComm.set(p1.comm, (byComm.get(p1.comm) ?? 0) + used);
      }
      const top = [...byComm].sort((a, b) => b[1] - a[1]).slice(0, 4);
      line(`  other processes' CPU in the window (cores): ${top.map(([c, v]) => `${c} ${fmt(v / runSeconds, 2)}`).join(', ')}`);
    }
  }
  line('Load generators (their own delay inflates measured latency if high):');
  for (const [g, r] of results.entries())
    line(`  gen ${g}: cpu ${Math.round(r.loadgen.cpu * 100)}%, event-loop delay p99 ${fmt(r.loadgen.loopDelayP99Ms)} / max ${fmt(r.loadgen.loopDelayMaxMs)} ms, ` +
      `rss ${fmt(r.loadgen.rssMb, 0)} MB, client errors ${r.errors}${r.firstError ? ` (first: ${r.firstError})` : ''}`);
  if (foreign) line(`Note: ${foreign} transition(s) of the session were written by something other than the benchmark (a sweep?)`);
  for (const s of servers) {
    const warn = warnLines(s.lines);
    line(`Server ${s.label} log (LOG_LEVEL=warn): ${warn.length} line(s)`);
    for (const l of warn.slice(0, 6)) line(`  ${summarizeLog(l)}`);
    if (warn.length > 6) line(`  ... ${warn.length - 6} more`);
  }
  line();
  const problems = all.missing + all.tail + all.duplicates + all.outOfOrder + all.unexpected + all.wrongStatus;
  const loopP99 = Math.max(...servers.map((s) => loop[s.label]!.run.p99 ?? Infinity));
  const deliveryP99 = all.commit.p99 ?? Infinity;
  const pass = problems === 0 && loopP99 <= TARGET_LOOP_P99_MS && deliveryP99 <= TARGET_LOOP_P99_MS;
  line(`Targets: every subscriber got every event exactly once, in order (by the end of the benchmark${drainedAt === undefined ? '; NOT all within the drain window' : ''}): ` +
    `${problems === 0 ? 'PASS' : 'FAIL'}; ` +
    `delivery p99 <= ${TARGET_LOOP_P99_MS} ms: ${fmt(deliveryP99)} ms ${deliveryP99 <= TARGET_LOOP_P99_MS ? 'PASS' : 'FAIL'}; ` +
    `/healthz p99 (event-loop proxy) <= ${TARGET_LOOP_P99_MS} ms on both: ${fmt(loopP99)} ms ${loopP99 <= TARGET_LOOP_P99_MS ? 'PASS' : 'FAIL'}`);
  const capacity = capacityReport(capacitySteps, { servers: servers.length, targetP99Ms: TARGET_LOOP_P99_MS });
  if (CAPACITY) {
    line();
    for (const l of capacity.lines) line(l);
    line(`  beside the fixed-rate run: ${fmt(received / runSeconds / 1000, 0)}k deliveries/s, p99 ${fmt(deliveryP99)} ms, ` +
      `server CPU ${servers.map((s, i) => `${s.label} ${fmt(perDeliveryUs[i], 1)}`).join(' / ')} µs per delivery`);
  }
  line(`Timing: servers ${fmt((tServers - tStart) / 1000)} s; subscribe ${fmt((tAcked - tSub0) / 1000)} s; warm-up ${fmt((tWarm - tAcked) / 1000)} s; ` +
    `run ${fmt(runSeconds)} s; total before cleanup ${fmt((performance.now() - tStart) / 1000)} s`);
  console.log(out.join('\n'));

  const pack = (m: ReturnType<typeof merged>) => ({
    deliveries: m.deliveries,
    missing: m.missing,
    late: m.tail,
    duplicates: m.duplicates,
    outOfOrder: m.outOfOrder,
    unexpected: m.unexpected,
    p50: round(m.commit.p50),
    p99: round(m.commit.p99),
    max: round(m.commit.max),
    lastP99: round(m.completion.p99),
  });
  return {
    subscribers: SUBSCRIBERS,
    events: EVENTS,
    deliveredInDrainWindow: received,
    expected: wanted,
    A: pack(merged('A')),
    B: pack(merged('B')),
    all: pack(all),
    healthzProxy: Object.fromEntries(servers.map((s) => [s.label, { p99: round(loop[s.label]!.run.p99), max: round(loop[s.label]!.run.max) }])),
    serverEventLoop: Object.fromEntries(servers.map((s, i) => [s.label, { p99: round(runLoop[i]?.p99), max: round(runLoop[i]?.max) }])),
    writeSeconds: round((writesDone - runFrom) / 1000),
    machineCpu: machineSummary,
    serverCpuPerDeliveryUs: Object.fromEntries(servers.map((s, i) => [s.label, round(perDeliveryUs[i])])),
    capacity: capacity.capacity,
    capacitySteps,
    pass,
  };
}

await runBench(main, { watchdogMs: WATCHDOG_MS, cleanupStepTimeoutMs: 20_000 });
