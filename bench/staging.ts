// Staging pool benchmark: a launch handed over from a warm pool (`launchSession` -> RUNNING as pushed over graphql-ws)
// against an on-demand launch of the same image (a workspace without a pool) and the daemon's own Engine API
// create+start of the same image on the same network, interleaved in one run (the order rotates through all six
// permutations round by round). Before each staged round the pool is full again (stagingPools { ready } == size), so
// each round takes a ready member; after it, the refill is timed (the replacement member's RUNNING push). Then a
// sustained phase: one staged launch a second on the one agent, to see whether the refill keeps up.
//
// Run: npx tsx bench/staging.ts   (or npm run bench:staging). Needs root and dockerd (see test/harness/dockerd.ts).
// BENCH_ROUNDS (30), BENCH_STAGING_SUSTAINED_S (20) and BENCH_STAGING_POSTGRES=1 (a fresh database on the local
// Postgres instead of PGlite in memory). Everything goes over loopback TCP (the Enclave server) or unix sockets (the
// daemon); container IPs are never used.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import Docker from 'dockerode';
import type { SessionStatus } from '../test/__generated__/graphql.js';
import { createTestDatabase } from '../test/harness/database.js';
import { startDockerd, stopAllDockerds } from '../test/harness/dockerd.js';
import { CreateNetwork, CreateWorkspace, DestroySession, RegisterAgent, RestrictWorkspace } from '../test/harness/operations.js';
import { show } from '../test/harness/subscription.js';
import {
  Waiters,
  bounded,
  defined,
  enclaveEnv,
  envFlag,
  fmt,
  followEngineEvents,
  onCleanup,
  quantile,
  randomToken,
  round,
  runBench,
  startBenchEnclave,
  stats,
  summarizeLog,
  warnLines,
  rawCreateStart,
} from './harness.js';
import {
  CreatePool,
  DeletePool,
  History,
  OnDemandLaunch,
  Pool,
  SessionEvents,
  StagedLaunch,
  SustainedLaunch,
  Viewer,
  checkOperations,
  type SessionEvent,
} from './staging/operations.js';

const intEnv = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};
const ROUNDS = intEnv('BENCH_ROUNDS', 30);
const WARMUP_ROUNDS = 2;
const SUSTAINED_LAUNCHES = intEnv('BENCH_STAGING_SUSTAINED_S', 20);
const SUSTAINED_INTERVAL_MS = 1_000;
const POOL_SIZE = 3;
const PAUSE_MS = 50;
/** A staged launch is sent once the subscription has been quiet this long (see the report's note on ENCLAVE_WS_FLUSH_MS). */
const QUIET_MS = 60;
const ROUND_TIMEOUT_MS = 15_000;
const POOL_TIMEOUT_MS = 60_000;
const TARGET_P50 = 0.1;
const TARGET_P99 = 0.2;
const WATCHDOG_MS = 120_000 + (ROUNDS + WARMUP_ROUNDS) * 10_000 + SUSTAINED_LAUNCHES * 3_000;
const NETWORK = 'z_bench';
const IMAGE = 'enclave-test/busybox:latest';
const CMD = ['sleep', '3600'];
const CORES = 0.1;
const MEMORY_MB = 32;
const STAGING_OWNER = '~staging';
const usePostgres = envFlag('BENCH_STAGING_POSTGRES');

const token = randomToken();

// ---- state shared by the streams -------------------------------------------------------------------------------

interface Pushed extends SessionEvent {
  /** performance.now() of the message's arrival */
  at: number;
}
/** session id -> its sessionStatusChanged messages, in order of arrival */
const sessionMessages = new Map<string, Pushed[]>();
let lastPushAt = -Infinity;
/** container name -> action -> arrival of the daemon's own /events message */
const containerEvents = new Map<string, Map<string, number>>();
const waiters = new Waiters();
const problems: string[] = [];

/** The pool as its pushes show it: members not handed over (owner ~staging) and their status. */
const members = new Map<string, { status: SessionStatus; poolId: string | null }>();
/** First REQUESTED / RUNNING push of each member, in order of arrival. */
const memberRequested: { id: string; at: number }[] = [];
const memberRunning: { id: string; at: number }[] = [];
/** Moments the pool became full (ready == size), in order. */
const fullAt: number[] = [];
let poolFull = false;
const evictions: string[] = [];
const foreignPools = new Set<string>();
let poolId: string | undefined;

const pushedReady = () => [...members.values()].filter((m) => m.status === 'RUNNING').length;

function onSessionEvent(s: SessionEvent, at: number) {
  lastPushAt = at;
  let list = sessionMessages.get(s.id);
  if (!list) sessionMessages.set(s.id, (list = []));
  const first = !list.some((e) => e.status === s.status);
  list.push({ ...s, at });
  if (s.statusReason?.startsWith('evicted')) evictions.push(`${s.id}: ${s.statusReason}`);
  if (s.owner === STAGING_OWNER) {
    if (poolId !== undefined && s.poolId !== null && s.poolId !== poolId) foreignPools.add(s.poolId);
    members.set(s.id, { status: s.status, poolId: s.poolId });
    if (first && s.status === 'REQUESTED') memberRequested.push({ id: s.id, at });
    if (first && s.status === 'RUNNING') memberRunning.push({ id: s.id, at });
  } else members.delete(s.id); // handed over (or never a member)
  const full = pushedReady() >= POOL_SIZE;
  if (full && !poolFull) fullAt.push(at);
  poolFull = full;
}

/** The first message of `id` with `status` that arrived at or after `after` (and satisfies `also`). */
const pushed = (id: string, status: SessionStatus, after: number, also: (e: Pushed) => boolean = () => true) =>
  sessionMessages.get(id)?.find((e) => e.status === status && e.at >= after && also(e));

function followDaemonEvents(socketPath: string): Promise<http.ClientRequest> {
  return followEngineEvents({
    socketPath,
    type: 'container',
    onEvent: (event, at) => {
      const name = event.Actor?.Attributes?.name;
      if (!name || !event.Action) return;
      let m = containerEvents.get(name);
      if (!m) containerEvents.set(name, (m = new Map()));
      if (!m.has(event.Action)) m.set(event.Action, at);
    },
    onChunk: () => waiters.wake(),
    problem: (message) => problems.push(message),
  });
}

/** Container creates the daemon reported in [from, to]. */
const createsBetween = (from: number, to: number) =>
  [...containerEvents.values()].filter((m) => {
    const at = m.get('create');
    return at !== undefined && at >= from && at <= to;
  }).length;

// ---- statistics ----------------------------------------------------------------------------------------------

interface PStats {
  n: number;
  min?: number;
  p50?: number;
  p90?: number;
  p99?: number;
  max?: number;
  mean?: number;
}

function pstats(values: number[]): PStats {
  const s = [...values].sort((a, b) => a - b);
  return {
    n: s.length,
    min: s[0],
    p50: stats(s).median,
    p90: quantile(s, 0.9),
    p99: quantile(s, 0.99),
    max: s.at(-1),
    mean: s.length ? s.reduce((a, b) => a + b, 0) / s.length : undefined,
  };
}

const W = 44;
const tableHeader = (title: string) =>
  `  ${title.padEnd(W)} ${'n'.padStart(3)} ${'miss'.padStart(4)} ` + ['min', 'p50', 'p90', 'p99', 'max', 'mean'].map((h) => h.padStart(7)).join(' ');
const tableRow = (label: string, s: PStats, miss = 0) =>
  `  ${label.padEnd(W)} ${String(s.n).padStart(3)} ${String(miss).padStart(4)} ` +
  [s.min, s.p50, s.p90, s.p99, s.max, s.mean].map((v) => fmt(v).padStart(7)).join(' ');
const pack = (s: PStats, misses?: number) => ({
  n: s.n,
  ...(misses !== undefined && { misses }),
  p50: round(s.p50),
  p90: round(s.p90),
  p99: round(s.p99),
  max: round(s.max),
  mean: round(s.mean),
});

// ---- server metrics (GET /metrics) ---------------------------------------------------------------------------

type Scrape = Map<string, number>;
const metricKey = (name: string, labels: Record<string, string>) =>
  `${name}|${Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(',')}`;

function parseMetrics(text: string): Scrape {
  const out: Scrape = new Map();
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!;
    out.set(metricKey(m[1]!, labels), Number(m[3]));
  }
  return out;
}

const delta = (a: Scrape, b: Scrape, name: string, labels: Record<string, string> = {}) =>
  (b.get(metricKey(name, labels)) ?? 0) - (a.get(metricKey(name, labels)) ?? 0);

/**
 * Mean server-side time (ms) of one operation between two scrapes: Apollo's requestDidStart -> willSendResponse (parse,
 * validation, execution; the context, i.e. authentication, is made before it).
 */
function serverMs(a: Scrape, b: Scrape, type: string, operation: string) {
  const labels = { type, operation };
  const n = delta(a, b, 'enclave_graphql_operation_duration_seconds_count', labels);
  const sum = delta(a, b, 'enclave_graphql_operation_duration_seconds_sum', labels);
  return { n, meanMs: n > 0 ? (sum / n) * 1000 : undefined };
}

// ---- samples -------------------------------------------------------------------------------------------------

/** Times in ms after t0 (just before the launch request). */
interface StagedSample {
  round: number;
  sessionId?: string;
  /** polling stagingPools until ready == size, before t0 */
  gateMs?: number;
  readyBefore?: number;
  responseMs?: number;
  answeredStatus?: string;
  staged?: boolean;
  /** the hand-over's RUNNING push (owner no longer ~staging) */
  pushMs?: number;
  /** container creates the daemon reported between t0 and the push (a hand-over makes none) */
  creates?: number;
  replacementRequestedMs?: number;
  replacementCreateEvMs?: number;
  replacementStartEvMs?: number;
  /** the pool full again: the replacement's RUNNING push */
  refillMs?: number;
  /** stagingPools { ready } == size right after the refill push */
  refillConfirmed?: boolean;
  failed?: string;
}

interface OnDemandSample {
  round: number;
  sessionId?: string;
  responseMs?: number;
  staged?: boolean;
  runningMs?: number;
  failed?: string;
}

interface RawSample {
  round: number;
  name: string;
  inspectMs?: number;
  createdMs?: number;
  startedMs?: number;
  failed?: string;
}

interface SustainedSample {
  k: number;
  /** ms after the phase's start */
  startMs: number;
  readyAtLaunch: number;
  sessionId?: string;
  responseMs?: number;
  staged?: boolean;
  pushMs?: number;
  /** absolute (performance.now()) times, for the refill matching */
  t0: number;
  handOverAt?: number;
  failed?: string;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

// ---- main ------------------------------------------------------------------------------------------------------

async function main() {
  checkOperations();
  const tStart = performance.now();

  // 1. the daemon, with the busybox image
  const daemon = await startDockerd('bench-staging');
  onCleanup('dockerd', () => stopAllDockerds());
  const image = await daemon.importBusybox(IMAGE);
  const api = new Docker({ socketPath: daemon.socketPath });

  // 1b. the database and the server, as its own process
  let databaseUrl = '';
  if (usePostgres) {
    const database = await createTestDatabase('postgres', { prefix: 'enclave_bench' });
    onCleanup(`drop ${database.name}`, database.drop);
    databaseUrl = database.url;
  }
  const server = await startBenchEnclave('server', {
    token,
    env: enclaveEnv(databaseUrl, { ENCLAVE_HEARTBEAT_MS: '1000', ENCLAVE_STOP_GRACE_S: '0' }),
  });
  const tReady = performance.now();
  const options = { timeoutMs: ROUND_TIMEOUT_MS };

  // 2. the subscription, before anything is launched, live once the server has set it up
  const subscriptionErrors: string[] = [];
  const subscription = server.subscribe(
    SessionEvents,
    {},
    {
      onEvent: ({ at, result }) => {
        const s = result.data?.sessionStatusChanged;
        if (s) onSessionEvent(s, at);
        if (result.errors) subscriptionErrors.push(JSON.stringify(result.errors));
        waiters.wake();
      },
    },
  );
  onCleanup('ws client', () => subscription.close());
  await subscription.ready;

  // 3. agent, network, two workspaces of the same image (one with a pool), the daemon's own container events
  const { registerAgent } = await server.data(RegisterAgent, { input: { name: 'bench-staging', endpoint: daemon.endpoint } }, options);
  if (registerAgent.status !== 'ONLINE') problems.push(`agent registered as ${registerAgent.status}`);
  await server.data(CreateNetwork, { input: { name: NETWORK, agentIds: [registerAgent.id] } }, options);
  const workspace = async (name: string) => {
    const { createWorkspace } = await server.data(
      CreateWorkspace,
      { input: { name, image, command: CMD, cores: CORES, memoryMb: MEMORY_MB } },
      options,
    );
    await server.data(RestrictWorkspace, { id: createWorkspace.id, networks: [NETWORK], allowNetworkSelection: true }, options);
    return createWorkspace.id;
  };
  const stagedWorkspace = await workspace('bench-staged');
  const onDemandWorkspace = await workspace('bench-on-demand');
  const eventsRequest = await followDaemonEvents(daemon.socketPath);
  onCleanup('/events stream', async () => void eventsRequest.destroy());

  // Sessions still alive at the end are destroyed before the server goes (containers die with the daemon anyway).
  const liveSessions = new Set<string>();
  onCleanup('sessions', async () => {
    for (const id of liveSessions)
      await server.data(DestroySession, { id }, options).catch((e: unknown) => problems.push(`cleanup: destroySession ${id}: ${errorText(e)}`));
  });
  const liveContainers = new Set<string>();
  onCleanup('raw containers', async () => {
    for (const name of liveContainers)
      await api
        .getContainer(name)
        .remove({ force: true })
        .catch(() => {});
  });

  // 4. the pool, full
  const tPool = performance.now();
  const { createStagingPool } = await server.data(
    CreatePool,
    { input: { workspaceId: stagedWorkspace, network: NETWORK, size: POOL_SIZE } },
    options,
  );
  poolId = createStagingPool.id;
  const createdPool = poolId;
  onCleanup('staging pool', async () => void (await server.data(DeletePool, { id: createdPool }, options)));
  const poolState = async () => (await server.data(Pool, { workspaceId: stagedWorkspace }, options)).stagingPools[0];
  /** Polls stagingPools until ready == size (and no member is being replaced); the ms it took and the polls. */
  async function gate(): Promise<{ ms: number; polls: number }> {
    const t = performance.now();
    for (let polls = 1; ; polls++) {
      const p = await poolState();
      if (p && p.ready === POOL_SIZE && p.members.length === POOL_SIZE) return { ms: performance.now() - t, polls };
      if (performance.now() - t > POOL_TIMEOUT_MS) throw new Error(`pool not ready within ${POOL_TIMEOUT_MS} ms: ${JSON.stringify(p)}`);
      await sleep(20);
    }
  }
  await gate();
  const poolFillMs = performance.now() - tPool;

  /** Waits until the subscription has been quiet for QUIET_MS (at most 2 s). */
  async function quiet() {
    const deadline = performance.now() + 2_000;
    while (performance.now() - lastPushAt < QUIET_MS && performance.now() < deadline) await sleep(QUIET_MS - (performance.now() - lastPushAt) + 1);
  }

  async function destroy(id: string) {
    const t = performance.now();
    await server.data(DestroySession, { id }, options);
    const end = await waiters.until(() => pushed(id, 'STOPPED', t) ?? pushed(id, 'FAILED', t), ROUND_TIMEOUT_MS);
    if (end === undefined) problems.push(`session ${id} not STOPPED within ${ROUND_TIMEOUT_MS} ms after destroySession`);
    else liveSessions.delete(id);
  }

  /** What the server says of a launch that was not handed over, for the report. */
  async function evidence(what: string, id: string | undefined) {
    const [history, pool] = await Promise.all([
      id ? server.data(History, { id }, options).catch((e: unknown) => errorText(e)) : undefined,
      poolState().catch((e: unknown) => errorText(e)),
    ]);
    problems.push(`${what}; session: ${JSON.stringify(history)}; pool now: ${JSON.stringify(pool)}`);
  }

  const viewerRtt: number[] = [];
  async function viewer() {
    const t = performance.now();
    await server.data(Viewer, {}, options);
    viewerRtt.push(performance.now() - t);
  }

  // (1) staged: a ready member handed over
  async function stagedRound(r: number): Promise<StagedSample> {
    const sample: StagedSample = { round: r };
    const g = await gate();
    sample.gateMs = g.ms;
    await viewer();
    await quiet();
    sample.readyBefore = pushedReady();
    const t0 = performance.now();
    const { launchSession } = await server.data(StagedLaunch, { input: { workspaceId: stagedWorkspace, network: NETWORK } }, options);
    sample.responseMs = performance.now() - t0;
    const id = launchSession.id;
    sample.sessionId = id;
    sample.answeredStatus = launchSession.status;
    sample.staged = launchSession.staged;
    liveSessions.add(id);
    const rel = (at: number | undefined) => (at === undefined ? undefined : at - t0);
    if (!launchSession.staged || launchSession.status !== 'RUNNING') {
      sample.failed = `not handed over (answered ${launchSession.status}, staged ${launchSession.staged}) with ${POOL_SIZE} ready`;
      await evidence(
        `round ${r}: staged launch ${id} answered ${launchSession.status} staged=${launchSession.staged} right after stagingPools said ready=${POOL_SIZE}`,
        id,
      );
      await waiters.until(() => pushed(id, 'RUNNING', t0) ?? pushed(id, 'FAILED', t0), ROUND_TIMEOUT_MS);
      await destroy(id);
      return sample;
    }
    const push = await waiters.until(() => pushed(id, 'RUNNING', t0, (e) => e.owner !== STAGING_OWNER), ROUND_TIMEOUT_MS);
    sample.pushMs = rel(push?.at);
    if (!push) sample.failed = `no RUNNING push of the hand-over within ${ROUND_TIMEOUT_MS} ms`;
    else if (!push.staged) sample.failed = `the RUNNING push says staged=false`;
    sample.creates = push ? createsBetween(t0, push.at) : undefined;

    // the refill: the replacement member (the first one requested after t0) RUNNING, the pool full again
    const fullAgain = await waiters.until(() => fullAt.find((at) => at >= t0), ROUND_TIMEOUT_MS);
    const replacement = memberRequested.find((m) => m.at >= t0);
    sample.replacementRequestedMs = rel(replacement?.at);
    if (replacement) {
      const name = `enclave-${replacement.id}`;
      if (fullAgain !== undefined) await waiters.until(() => containerEvents.get(name)?.get('start'), 2_000);
      sample.replacementCreateEvMs = rel(containerEvents.get(name)?.get('create'));
      sample.replacementStartEvMs = rel(containerEvents.get(name)?.get('start'));
    }
    sample.refillMs = rel(fullAgain);
    if (fullAgain === undefined) problems.push(`round ${r}: the pool was not full again (pushed) within ${ROUND_TIMEOUT_MS} ms`);
    else {
      const p = await poolState();
      sample.refillConfirmed = p?.ready === POOL_SIZE;
    }

    // not timed: destroy and wait for STOPPED
    await destroy(id);
    return sample;
  }

  // (2) on demand: the same image, a workspace without a pool
  async function onDemandRound(r: number): Promise<OnDemandSample> {
    const sample: OnDemandSample = { round: r };
    await quiet();
    const t0 = performance.now();
    const { launchSession } = await server.data(OnDemandLaunch, { input: { workspaceId: onDemandWorkspace, network: NETWORK } }, options);
    sample.responseMs = performance.now() - t0;
    const id = launchSession.id;
    sample.sessionId = id;
    sample.staged = launchSession.staged;
    liveSessions.add(id);
    const end = await waiters.until(() => pushed(id, 'RUNNING', t0) ?? pushed(id, 'FAILED', t0), ROUND_TIMEOUT_MS);
    sample.runningMs = end?.status === 'RUNNING' ? end.at - t0 : undefined;
    if (end?.status !== 'RUNNING') sample.failed = end ? `FAILED: ${end.statusReason}` : `no RUNNING within ${ROUND_TIMEOUT_MS} ms`;
    if (launchSession.staged) sample.failed = 'an on-demand launch came back staged';
    await destroy(id);
    return sample;
  }

  // (3) raw Engine API: inspect image (as Enclave does), create, start
  async function rawRound(r: number): Promise<RawSample> {
    const name = `zraw-${r}-${randomBytes(3).toString('hex')}`;
    const sample: RawSample = { round: r, name };
    const { container, inspectMs, createdMs, startedMs } = await rawCreateStart(
      api,
      { name, image, cmd: CMD, network: NETWORK, cores: CORES, memoryMb: MEMORY_MB },
      liveContainers,
    );
    Object.assign(sample, { inspectMs, createdMs, startedMs });
    // not timed
    await container.remove({ force: true });
    liveContainers.delete(name);
    return sample;
  }

  // 5. calibration: the trivial query's round trip (HTTP, authentication, execution)
  for (let i = 0; i < 25; i++) await viewer();
  viewerRtt.splice(0, 5);

  // 6. rounds: warm-up, then ROUNDS measured, the order rotating through all six permutations
  type Path = 'staged' | 'onDemand' | 'raw';
  const permutations: Path[][] = [
    ['staged', 'onDemand', 'raw'],
    ['raw', 'onDemand', 'staged'],
    ['onDemand', 'raw', 'staged'],
    ['staged', 'raw', 'onDemand'],
    ['raw', 'staged', 'onDemand'],
    ['onDemand', 'staged', 'raw'],
  ];
  const stagedSamples: StagedSample[] = [];
  const onDemandSamples: OnDemandSample[] = [];
  const rawSamples: RawSample[] = [];
  const orders: string[] = [];
  let before: Scrape = new Map();
  let tRunStart = performance.now();
  for (let r = -WARMUP_ROUNDS; r < ROUNDS; r++) {
    if (r === 0) {
      before = parseMetrics(await (await fetch(`${server.base}/metrics`)).text());
      tRunStart = performance.now();
    }
    const order = permutations[(r + WARMUP_ROUNDS) % permutations.length]!;
    if (r >= 0) orders.push(order.map((p) => ({ staged: 'S', onDemand: 'O', raw: 'R' })[p]).join(''));
    for (const path of order) {
      if (path === 'staged') {
        const s = await bounded(`round ${r} staged`, 3 * ROUND_TIMEOUT_MS + POOL_TIMEOUT_MS, stagedRound(r)).catch((e: unknown): StagedSample => ({
          round: r,
          failed: errorText(e),
        }));
        if (s.failed) problems.push(`round ${r} staged: ${s.failed}`);
        if (r >= 0) stagedSamples.push(s);
      } else if (path === 'onDemand') {
        const s = await bounded(`round ${r} on-demand`, 2 * ROUND_TIMEOUT_MS + 5_000, onDemandRound(r)).catch((e: unknown): OnDemandSample => ({
          round: r,
          failed: errorText(e),
        }));
        if (s.failed) problems.push(`round ${r} on-demand: ${s.failed}`);
        if (r >= 0) onDemandSamples.push(s);
      } else {
        const s = await bounded(`round ${r} raw`, ROUND_TIMEOUT_MS, rawRound(r)).catch((e: unknown): RawSample => ({
          round: r,
          name: '?',
          failed: errorText(e),
        }));
        if (s.failed) problems.push(`round ${r} raw: ${s.failed}`);
        if (r >= 0) rawSamples.push(s);
      }
      await sleep(PAUSE_MS);
    }
    if (problems.length > 10) throw new Error(`too many problems, giving up:\n${problems.join('\n')}`);
  }
  const tRunEnd = performance.now();
  const after = parseMetrics(await (await fetch(`${server.base}/metrics`)).text());
  const refillsInRounds = delta(before, after, 'enclave_staging_refill_seconds_count');
  const refillSecondsInRounds = delta(before, after, 'enclave_staging_refill_seconds_sum');

  // 7. sustained: one staged launch a second on the one agent, each destroyed as soon as its RUNNING push came
  await gate();
  await quiet();
  const sustainedStart = performance.now();
  const requestedBefore = memberRequested.length;
  const runningBefore = memberRunning.length;
  const sustained: SustainedSample[] = [];
  const pending: Promise<void>[] = [];
  async function sustainedLaunch(s: SustainedSample) {
    const { launchSession } = await server.data(SustainedLaunch, { input: { workspaceId: stagedWorkspace, network: NETWORK } }, options);
    s.responseMs = performance.now() - s.t0;
    s.sessionId = launchSession.id;
    s.staged = launchSession.staged;
    liveSessions.add(launchSession.id);
    const push = await waiters.until(
      () => pushed(launchSession.id, 'RUNNING', s.t0, (e) => e.owner !== STAGING_OWNER) ?? pushed(launchSession.id, 'FAILED', s.t0),
      ROUND_TIMEOUT_MS,
    );
    if (push?.status === 'RUNNING') {
      s.pushMs = push.at - s.t0;
      if (launchSession.staged) s.handOverAt = push.at;
    } else s.failed = push ? `FAILED: ${push.statusReason}` : `no RUNNING within ${ROUND_TIMEOUT_MS} ms`;
    if (!launchSession.staged)
      await evidence(
        `sustained launch ${s.k}: ${launchSession.id} went on demand with ${s.readyAtLaunch} member(s) pushed ready at t0`,
        launchSession.id,
      );
    await destroy(launchSession.id);
  }
  const sBefore = parseMetrics(await (await fetch(`${server.base}/metrics`)).text());
  for (let k = 0; k < SUSTAINED_LAUNCHES; k++) {
    const due = sustainedStart + k * SUSTAINED_INTERVAL_MS;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const t0 = performance.now();
    const s: SustainedSample = { k, startMs: t0 - sustainedStart, readyAtLaunch: pushedReady(), t0 };
    sustained.push(s);
    pending.push(
      bounded(`sustained launch ${k}`, 2 * ROUND_TIMEOUT_MS + 5_000, sustainedLaunch(s)).catch((e: unknown) => {
        s.failed = errorText(e);
      }),
    );
  }
  await Promise.all(pending);
  const lastT0 = sustained.at(-1)?.t0 ?? sustainedStart;
  const sustainedFull = await waiters.until(() => fullAt.find((at) => at >= lastT0), ROUND_TIMEOUT_MS);
  if (sustainedFull === undefined) problems.push(`sustained: the pool was not full again within ${ROUND_TIMEOUT_MS} ms of the last launch`);
  const sustainedEnd = performance.now();
  await sleep(300); // the reconciler's next round (50 ms after the last member's RUNNING) observes the last refill
  const sAfter = parseMetrics(await (await fetch(`${server.base}/metrics`)).text());
  for (const s of sustained) if (s.failed) problems.push(`sustained launch ${s.k}: ${s.failed}`);

  // ---- report ----------------------------------------------------------------------------------------------------
  const okS = stagedSamples.filter((s) => !s.failed);
  const okO = onDemandSamples.filter((s) => !s.failed);
  const okR = rawSamples.filter((s) => !s.failed);
  const sMiss = stagedSamples.length - okS.length;
  const oMiss = onDemandSamples.length - okO.length;
  const rMiss = rawSamples.length - okR.length;
  const stagedPush = pstats(defined(okS.map((s) => s.pushMs)));
  const stagedResp = pstats(defined(okS.map((s) => s.responseMs)));
  const onDemand = pstats(defined(okO.map((s) => s.runningMs)));
  const onDemandResp = pstats(defined(okO.map((s) => s.responseMs)));
  const rawCS = pstats(defined(okR.map((s) => (s.startedMs === undefined ? undefined : s.startedMs - s.inspectMs!))));
  const rawICS = pstats(defined(okR.map((s) => s.startedMs)));
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? a / b : undefined);
  const ratioP50 = ratio(stagedPush.p50, rawCS.p50);
  const ratioP99 = ratio(stagedPush.p99, rawCS.p99);
  const metP50 = ratioP50 !== undefined && ratioP50 <= TARGET_P50 && sMiss === 0;
  const metP99 = ratioP99 !== undefined && ratioP99 <= TARGET_P99 && sMiss === 0;

  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line();
  line(
    `Enclave staging pool benchmark: 1 agent, image ${image}, network ${NETWORK}, ${usePostgres ? 'fresh Postgres database' : 'PGlite memory://'}, ` +
      `pool of ${POOL_SIZE} (filled in ${fmt(poolFillMs / 1000)} s), ${ROUNDS} rounds (+${WARMUP_ROUNDS} warm-up), order rotating through all 6 permutations`,
  );
  line(
    `  staged:    t0 before POST launchSession (workspace with the pool, after stagingPools { ready } == ${POOL_SIZE} and ${QUIET_MS} ms without a push);`,
  );
  line(`             t1 = the hand-over's RUNNING push over graphql-ws; then the refill is awaited and the session destroyed (not timed)`);
  line(`  on-demand: t0 before POST launchSession (workspace without a pool, same image, network and limits); t1 = RUNNING pushed`);
  line(`  raw:       GET /images/{name}/json, then POST /containers/create and /containers/{id}/start; t1 = start resolved`);
  line(`             ("create+start" leaves the image inspect out: the stricter baseline, used for the ratios)`);
  line();
  line('Per round (ms after t0):');
  line(
    `  ${'round'.padStart(5)} ${'order'.padStart(5)} | ${'gate'.padStart(5)} ${'resp'.padStart(6)} ${'push'.padStart(6)} ${'repREQ'.padStart(6)} ` +
      `${'crEv'.padStart(6)} ${'stEv'.padStart(6)} ${'full'.padStart(6)} | ${'resp'.padStart(6)} ${'RUN'.padStart(6)} | ${'c+s'.padStart(6)} ${'i+c+s'.padStart(6)}`,
  );
  for (let i = 0; i < ROUNDS; i++) {
    const s = stagedSamples[i];
    const o = onDemandSamples[i];
    const w = rawSamples[i];
    if (!s || !o || !w) continue;
    const cs = w.startedMs !== undefined && w.inspectMs !== undefined ? w.startedMs - w.inspectMs : undefined;
    line(
      `  ${String(i).padStart(5)} ${orders[i]!.padStart(5)} | ${fmt(s.gateMs).padStart(5)} ${fmt(s.responseMs).padStart(6)} ` +
        `${(s.failed ? 'MISS' : fmt(s.pushMs)).padStart(6)} ${fmt(s.replacementRequestedMs).padStart(6)} ${fmt(s.replacementCreateEvMs).padStart(6)} ` +
        `${fmt(s.replacementStartEvMs).padStart(6)} ${fmt(s.refillMs).padStart(6)} | ${fmt(o.responseMs).padStart(6)} ` +
        `${(o.failed ? 'MISS' : fmt(o.runningMs)).padStart(6)} | ${(w.failed ? 'MISS' : fmt(cs)).padStart(6)} ${fmt(w.startedMs).padStart(6)}`,
    );
  }
  line('  (staged: gate = stagingPools polled until full, before t0; resp = launchSession answered (RUNNING, staged); push = RUNNING pushed;');
  line('   repREQ/crEv/stEv = the replacement member REQUESTED pushed / its container created / started (daemon /events);');
  line('   full = the pool full again (the replacement RUNNING pushed). on-demand: resp = answered, RUN = RUNNING pushed.');
  line('   raw: c+s = create+start, i+c+s = with the image inspect)');
  line();
  line(`Launch latency (ms; p90/p99 = nearest rank${ROUNDS < 100 ? `, so with ${ROUNDS} rounds p99 is the worst round` : ''}):`);
  line(tableHeader('path'));
  line(tableRow('staged launchSession -> RUNNING pushed', stagedPush, sMiss));
  line(tableRow('on-demand launchSession -> RUNNING pushed', onDemand, oMiss));
  line(tableRow('raw create+start', rawCS, rMiss));
  line(tableRow('raw inspect-image+create+start', rawICS, rMiss));
  line(
    `  staged / raw create+start: p50 ${fmt(ratioP50, 3)} (target <= ${TARGET_P50}: ${metP50 ? 'MET' : 'NOT MET'}), ` +
      `p99 ${fmt(ratioP99, 3)} (target <= ${TARGET_P99}: ${metP99 ? 'MET' : 'NOT MET'})`,
  );
  line(
    `  (vs raw inspect+create+start: p50 ${fmt(ratio(stagedPush.p50, rawICS.p50), 3)}, p99 ${fmt(ratio(stagedPush.p99, rawICS.p99), 3)}; ` +
      `staged / on-demand: p50 ${fmt(ratio(stagedPush.p50, onDemand.p50), 3)}, p99 ${fmt(ratio(stagedPush.p99, onDemand.p99), 3)})`,
  );
  line();

  // the hand-over's floor
  const sStaged = serverMs(before, after, 'mutation', 'BenchStagedLaunch');
  const sOnDemand = serverMs(before, after, 'mutation', 'BenchOnDemandLaunch');
  const sViewer = serverMs(before, after, 'query', 'BenchStagingViewer');
  const sPool = serverMs(before, after, 'query', 'BenchStagingPool');
  const viewerStats = pstats(viewerRtt);
  const pushMinusResp = pstats(okS.flatMap((s) => (s.pushMs !== undefined && s.responseMs !== undefined ? [s.pushMs - s.responseMs] : [])));
  const creates = okS.reduce((n, s) => n + (s.creates ?? 0), 0);
  line('Hand-over breakdown (ms):');
  line(tableHeader('what'));
  line(tableRow('trivial query { viewer { owner } } round trip', viewerStats));
  line(tableRow('staged launchSession round trip (answer)', stagedResp));
  line(tableRow('staged RUNNING push after t0', stagedPush));
  line(tableRow('  push - answer (< 0: push first)', pushMinusResp));
  line(tableRow('on-demand launchSession round trip (answer)', onDemandResp));
  line(
    `  server-side, mean (/metrics over the measured rounds: Apollo's parse, validation and execution; authentication and HTTP are outside it): ` +
      `staged launchSession ${fmt(sStaged.meanMs, 2)} (n ${sStaged.n}), on-demand launchSession ${fmt(sOnDemand.meanMs, 2)} (n ${sOnDemand.n}),`,
  );
  line(`    { viewer { owner } } ${fmt(sViewer.meanMs, 2)} (n ${sViewer.n}), stagingPools ${fmt(sPool.meanMs, 2)} (n ${sPool.n})`);
  const outside = stagedResp.mean !== undefined && sStaged.meanMs !== undefined ? stagedResp.mean - sStaged.meanMs : undefined;
  const viewerOutside = viewerStats.mean !== undefined && sViewer.meanMs !== undefined ? viewerStats.mean - sViewer.meanMs : undefined;
  line(
    `  so, of the staged answer's mean ${fmt(stagedResp.mean)}: ${fmt(sStaged.meanMs)} in the server's GraphQL execution (the hand-over ` +
      `transaction), ${fmt(outside)} outside it (HTTP, authentication, client); the trivial query spends ${fmt(viewerOutside)} outside its ${fmt(sViewer.meanMs, 2)}`,
  );
  line(`  container creates the daemon reported between t0 and the hand-over's push, all rounds: ${creates} (a hand-over touches no container)`);
  line();

  // refill
  const refill = pstats(defined(okS.map((s) => s.refillMs)));
  const confirmed = okS.filter((s) => s.refillConfirmed).length;
  const diff = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a - b);
  line("Refill after each round's hand-over (ms after t0):");
  line(tableHeader('segment'));
  line(tableRow('t0 -> replacement REQUESTED pushed', pstats(defined(okS.map((s) => s.replacementRequestedMs)))));
  line(tableRow('  REQUESTED -> daemon create event', pstats(defined(okS.map((s) => diff(s.replacementCreateEvMs, s.replacementRequestedMs))))));
  line(tableRow('  daemon create -> start event', pstats(defined(okS.map((s) => diff(s.replacementStartEvMs, s.replacementCreateEvMs))))));
  line(tableRow('  daemon start event -> RUNNING pushed', pstats(defined(okS.map((s) => diff(s.refillMs, s.replacementStartEvMs))))));
  line(tableRow('t0 -> pool full again (RUNNING pushed)', refill));
  line(
    `  stagingPools { ready } == ${POOL_SIZE} at the first query after the push: ${confirmed}/${okS.length}; ` +
      `server's enclave_staging_refill_seconds over the rounds: ${refillsInRounds} refill(s), mean ` +
      `${fmt(refillsInRounds ? (refillSecondsInRounds / refillsInRounds) * 1000 : undefined)} ms (timed by its reconciler rounds)`,
  );
  line(`  gate before each staged round (stagingPools polled until full): ${fmt(pstats(defined(okS.map((s) => s.gateMs))).max)} ms at most`);
  line();

  // sustained
  const sStagedN = sustained.filter((s) => s.staged).length;
  const everyStaged = sStagedN === sustained.length && sustained.every((s) => !s.failed);
  const handOvers = sustained.filter((s) => s.handOverAt !== undefined).sort((a, b) => a.t0 - b.t0);
  const replacements = memberRunning.slice(runningBefore);
  const replacementMs = handOvers.flatMap((s, i) => (replacements[i] ? [replacements[i].at - s.t0] : []));
  const fullAgainMs = handOvers.flatMap((s) => {
    const at = fullAt.find((f) => f >= s.handOverAt!);
    return at === undefined ? [] : [at - s.t0];
  });
  const overlapped = handOvers.filter((s, i) => {
    const at = fullAt.find((f) => f >= s.handOverAt!);
    const next = handOvers[i + 1];
    return at === undefined || (next !== undefined && next.t0 < at);
  }).length;
  const sustainedPush = pstats(defined(sustained.filter((s) => s.staged).map((s) => s.pushMs)));
  const sustainedResp = pstats(defined(sustained.map((s) => s.responseMs)));
  const launchesStaged = delta(sBefore, sAfter, 'enclave_launches_total', { kind: 'staged' });
  const launchesOnDemand = delta(sBefore, sAfter, 'enclave_launches_total', { kind: 'on_demand' });
  const sRefillN = delta(sBefore, sAfter, 'enclave_staging_refill_seconds_count');
  const sRefillSum = delta(sBefore, sAfter, 'enclave_staging_refill_seconds_sum');
  const sServer = serverMs(sBefore, sAfter, 'mutation', 'BenchSustainedLaunch');
  const readyAtLaunch = sustained.map((s) => s.readyAtLaunch);
  line(
    `Sustained: ${sustained.length} staged launches, one every ${SUSTAINED_INTERVAL_MS} ms on the one agent (each destroyed once its RUNNING push came), ` +
      `${fmt((sustainedEnd - sustainedStart) / 1000)} s:`,
  );
  line(
    `  handed over: ${sStagedN}/${sustained.length} (server's enclave_launches_total: staged +${launchesStaged}, on_demand +${launchesOnDemand}); ` +
      `every launch staged: ${everyStaged ? 'YES' : 'NO'} -> refill ${everyStaged ? 'keeps up with' : 'does NOT keep up with'} 1 launch/s/agent`,
  );
  line(
    `  members pushed ready at each launch: min ${Math.min(...readyAtLaunch)}, max ${Math.max(...readyAtLaunch)} of ${POOL_SIZE}; ` +
      `members requested meanwhile: ${memberRequested.length - requestedBefore}`,
  );
  line(tableHeader('ms'));
  line(tableRow('launchSession round trip (answer)', sustainedResp));
  line(tableRow('staged RUNNING pushed after t0', sustainedPush));
  line(tableRow('t0 -> its replacement RUNNING pushed (FIFO)', pstats(replacementMs)));
  line(tableRow('t0 -> pool full again', pstats(fullAgainMs)));
  line(
    `  pool not full again before the next launch: ${overlapped}/${handOvers.length}; server-side launchSession mean ${fmt(sServer.meanMs, 2)} ms; ` +
      `server's refill histogram: ${sRefillN} refill(s), mean ${fmt(sRefillN ? (sRefillSum / sRefillN) * 1000 : undefined)} ms`,
  );
  line();
  line(
    `Note: pushes go out at once after a quiet spell of ENCLAVE_WS_FLUSH_MS (40 ms) and are gathered every 40 ms under a stream of ` +
      `events; the rounds launch after ${QUIET_MS} ms without a push, the sustained phase does not wait.`,
  );
  if (evictions.length) line(`Evictions of members (by on-demand launches): ${evictions.length}: ${evictions.slice(0, 5).join('; ')}`);
  if (foreignPools.size) line(`Members of unexpected pools: ${[...foreignPools].join(', ')}`);
  if (subscription.failure) subscriptionErrors.push(`sessionStatusChanged: ${show(subscription.failure)}`);
  if (subscriptionErrors.length) line(`Subscription errors: ${subscriptionErrors.join(' | ')}`);
  for (const p of problems) line(`Note: ${p}`);
  const warnings = warnLines(server.lines);
  line(`Server log (LOG_LEVEL=warn): ${warnings.length} line(s)`);
  for (const l of warnings.slice(0, 12)) line(`  ${summarizeLog(l)}`);
  if (warnings.length > 12) line(`  ... ${warnings.length - 12} more`);
  line();
  line(
    `Timing: daemon+image+server ready ${fmt((tReady - tStart) / 1000)} s; rounds ${fmt((tRunEnd - tRunStart) / 1000)} s; ` +
      `total before cleanup ${fmt((performance.now() - tStart) / 1000)} s`,
  );
  console.log(out.join('\n'));

  return {
    rounds: ROUNDS,
    database: usePostgres ? 'postgres' : 'pglite',
    poolSize: POOL_SIZE,
    staged: pack(stagedPush, sMiss),
    stagedResponse: pack(stagedResp),
    onDemand: pack(onDemand, oMiss),
    rawCreateStart: pack(rawCS, rMiss),
    rawInspectCreateStart: pack(rawICS, rMiss),
    ratioP50: round(ratioP50, 3),
    ratioP99: round(ratioP99, 3),
    targets: { p50: TARGET_P50, p99: TARGET_P99 },
    metP50,
    metP99,
    viewer: pack(viewerStats),
    serverMs: { staged: round(sStaged.meanMs, 2), onDemand: round(sOnDemand.meanMs, 2), viewer: round(sViewer.meanMs, 2) },
    refill: pack(refill),
    sustained: {
      launches: sustained.length,
      staged: sStagedN,
      everyStaged,
      push: pack(sustainedPush),
      replacement: pack(pstats(replacementMs)),
      overlapped,
    },
    problems: problems.length,
  };
}

await runBench(main, { watchdogMs: WATCHDOG_MS, cleanupStepTimeoutMs: 30_000 });
