// Launch latency benchmark: `launchSession` -> RUNNING (as pushed over graphql-ws) against the same daemon's raw
// Engine API create+start of the same image on the same network, interleaved in one run (the order alternates
// every round). The daemon's own GET /events stream is followed as well, so that Enclave's time can be split into
// "before the container was created", "create -> start" and "after the container started".
//
// Run: npx tsx bench/launch.ts   (or npm run bench:launch). Needs root and dockerd (see test/harness/dockerd.ts).
// Everything goes over loopback TCP (the Enclave server) or unix sockets (the daemon); container IPs are never used.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import Docker from 'dockerode';
import { graphql } from '../test/__generated__/gql.js';
import { startDockerd, stopAllDockerds } from '../test/harness/dockerd.js';
import {
  CreateNetwork,
  CreateWorkspace,
  DestroySession,
  LaunchSession,
  RegisterAgent,
  RestrictWorkspace,
} from '../test/harness/operations.js';
import { show } from '../test/harness/subscription.js';
import {
  Waiters,
  bounded,
  defined,
  enclaveEnv,
  fmt,
  followEngineEvents,
  onCleanup,
  randomToken,
  round,
  runBench,
  startBenchEnclave,
  stats,
  statsHeader,
  statsRow,
  summarizeLog,
  rawCreateStart,
  warnLines,
  type Stats,
} from './harness.js';

const ROUNDS = 20;
const WARMUP_ROUNDS = 2;
const PAUSE_MS = 50;
const ROUND_TIMEOUT_MS = 15_000;
const TARGET_RATIO = 1.1;
const WATCHDOG_MS = 180_000;
const NETWORK = 'z_bench';
const IMAGE = 'enclave-test/busybox:latest';
const CMD = ['sleep', '3600'];
const CORES = 0.1;
const MEMORY_MB = 32;

const token = randomToken();

const SessionStatusChanged = graphql(`subscription BenchLaunchSessions { sessionStatusChanged { id status statusReason } }`);
const WorkspaceId = graphql(`query BenchLaunchWorkspaceId($id: ID!) { workspace(id: $id) { id } }`);

// ---- state shared by the streams -----------------------------------------------------------------------------

/** session id -> status -> arrival (performance.now()) of the sessionStatusChanged message */
const sessionMessages = new Map<string, Map<string, { at: number; reason: string | null }>>();
/** container name -> action -> arrival of the daemon's own /events message */
const containerEvents = new Map<string, Map<string, number>>();
const waiters = new Waiters();
const problems: string[] = [];

/** Follows the daemon's container events: records each container's first arrival of each action. */
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

// ---- samples -------------------------------------------------------------------------------------------------

/** Times in ms after t0 (just before the first request of the path). */
interface EnclaveSample {
  round: number;
  sessionId?: string;
  /** launchSession HTTP response complete */
  responseMs?: number;
  requestedMs?: number;
  provisioningMs?: number;
  startingMs?: number;
  runningMs?: number;
  /** daemon's container create / start events (GET /events) */
  createEvMs?: number;
  startEvMs?: number;
  failed?: string;
}

interface RawSample {
  round: number;
  name: string;
  inspectMs?: number;
  /** t0 -> create resolved (inspect included) */
  createdMs?: number;
  /** t0 -> start resolved (inspect included) */
  startedMs?: number;
  createEvMs?: number;
  startEvMs?: number;
  failed?: string;
}

// ---- main ------------------------------------------------------------------------------------------------------

async function main() {
  const tStart = performance.now();

  // 1. the daemon, with the busybox image
  const daemon = await startDockerd('bench-launch');
  onCleanup('dockerd', () => stopAllDockerds());
  const image = await daemon.importBusybox(IMAGE);
  const api = new Docker({ socketPath: daemon.socketPath });

  // 1b. the server, as its own process
  const server = await startBenchEnclave('server', {
    token,
    env: enclaveEnv('', { ENCLAVE_HEARTBEAT_MS: '1000', ENCLAVE_STOP_GRACE_S: '0' }),
  });
  const tReady = performance.now();
  const serverLog = server.lines;
  const options = { timeoutMs: ROUND_TIMEOUT_MS };

  // 2. the subscription, before anything is launched, live once the server has set it up
  const subscriptionErrors: string[] = [];
  const sessions = server.subscribe(SessionStatusChanged, {}, {
    onEvent: ({ at, result }) => {
      const s = result.data?.sessionStatusChanged;
      if (s) {
        let m = sessionMessages.get(s.id);
        if (!m) sessionMessages.set(s.id, (m = new Map()));
        if (!m.has(s.status)) m.set(s.status, { at, reason: s.statusReason });
      }
      if (result.errors) subscriptionErrors.push(JSON.stringify(result.errors));
      waiters.wake();
    },
  });
  onCleanup('ws client', () => sessions.close());
  await sessions.ready;

  // 3. agent, network, workspace
  const { registerAgent } = await server.data(RegisterAgent, { input: { name: 'bench-launch', endpoint: daemon.endpoint } }, options);
  if (registerAgent.status !== 'ONLINE') problems.push(`agent registered as ${registerAgent.status}`);
  await server.data(CreateNetwork, { input: { name: NETWORK, agentIds: [registerAgent.id] } }, options);
  const { createWorkspace } = await server.data(
    CreateWorkspace,
    { input: { name: 'bench-launch', image, command: CMD, cores: CORES, memoryMb: MEMORY_MB } },
    options,
  );
  const workspaceId = createWorkspace.id;
  await server.data(RestrictWorkspace, { id: workspaceId, networks: [NETWORK], allowNetworkSelection: true }, options);

  // 3b. the daemon's own container events
  const eventsRequest = await followDaemonEvents(daemon.socketPath);
  onCleanup('/events stream', async () => void eventsRequest.destroy());

  // Sessions still alive at the end are destroyed before the server goes (containers die with the daemon anyway).
  const liveSessions = new Set<string>();
  onCleanup('sessions', async () => {
    for (const id of liveSessions) {
      await server.data(DestroySession, { id }, options).catch((e: unknown) =>
        problems.push(`cleanup: destroySession ${id}: ${e instanceof Error ? e.message : String(e)}`),
      );
    }
  });
  const liveContainers = new Set<string>();
  onCleanup('raw containers', async () => {
    for (const name of liveContainers) await api.getContainer(name).remove({ force: true }).catch(() => {});
  });

  const statusAt = (id: string, status: string) => sessionMessages.get(id)?.get(status)?.at;

  // (A) Enclave
  async function enclaveRound(round: number): Promise<EnclaveSample> {
    const sample: EnclaveSample = { round };
    const t0 = performance.now();
    const { launchSession } = await server.data(LaunchSession, { input: { workspaceId, network: NETWORK } }, options);
    sample.responseMs = performance.now() - t0;
    const id = launchSession.id;
    sample.sessionId = id;
    liveSessions.add(id);
    const end = await waiters.until(
      () => (statusAt(id, 'RUNNING') !== undefined ? 'RUNNING' : statusAt(id, 'FAILED') !== undefined ? 'FAILED' : undefined),
      ROUND_TIMEOUT_MS,
    );
    const rel = (at: number | undefined) => (at === undefined ? undefined : at - t0);
    sample.requestedMs = rel(statusAt(id, 'REQUESTED'));
    sample.provisioningMs = rel(statusAt(id, 'PROVISIONING'));
    sample.startingMs = rel(statusAt(id, 'STARTING'));
    sample.runningMs = rel(statusAt(id, 'RUNNING'));
    if (end !== 'RUNNING')
      sample.failed = end === 'FAILED' ? `FAILED: ${sessionMessages.get(id)?.get('FAILED')?.reason}` : `no RUNNING within ${ROUND_TIMEOUT_MS} ms`;
    // the daemon's events for the container may trail the ws message by a moment
    const name = `enclave-${id}`;
    if (end === 'RUNNING') await waiters.until(() => containerEvents.get(name)?.get('start'), 2_000);
    sample.createEvMs = rel(containerEvents.get(name)?.get('create'));
    sample.startEvMs = rel(containerEvents.get(name)?.get('start'));

    // not timed: destroy and wait for STOPPED
    await server.data(DestroySession, { id }, options);
    const stopped = await waiters.until(() => statusAt(id, 'STOPPED') ?? statusAt(id, 'FAILED'), ROUND_TIMEOUT_MS);
    if (stopped === undefined) problems.push(`round ${round}: session ${id} not STOPPED within ${ROUND_TIMEOUT_MS} ms after destroySession`);
    else liveSessions.delete(id);
    return sample;
  }

  // (B) raw Engine API: inspect image (as Enclave does), create, start
  async function rawRound(round: number): Promise<RawSample> {
    const name = `zraw-${round}-${randomBytes(3).toString('hex')}`;
    const sample: RawSample = { round, name };
    const spec = { name, image, cmd: CMD, network: NETWORK, cores: CORES, memoryMb: MEMORY_MB };
    const { t0, container, inspectMs, createdMs, startedMs } = await rawCreateStart(api, spec, liveContainers);
    Object.assign(sample, { inspectMs, createdMs, startedMs });
    await waiters.until(() => containerEvents.get(name)?.get('start'), 2_000);
    const rel = (at: number | undefined) => (at === undefined ? undefined : at - t0);
    sample.createEvMs = rel(containerEvents.get(name)?.get('create'));
    sample.startEvMs = rel(containerEvents.get(name)?.get('start'));
    // not timed
    await container.remove({ force: true });
    liveContainers.delete(name);
    return sample;
  }

  // 3c. calibration: a trivial authenticated GraphQL round trip (HTTP + auth + one SELECT), to set against the
  // launchSession response time
  const trivial: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await server.data(WorkspaceId, { id: workspaceId }, options);
    if (i >= 5) trivial.push(performance.now() - t);
  }

  // 4. rounds: 2 warm-up, then ROUNDS measured, the order alternating
  const enclaveSamples: EnclaveSample[] = [];
  const rawSamples: RawSample[] = [];
  const tRunStart = performance.now();
  for (let r = -WARMUP_ROUNDS; r < ROUNDS; r++) {
    const enclaveFirst = (r + WARMUP_ROUNDS) % 2 === 0;
    const steps: (() => Promise<void>)[] = [
      async () => {
        const s = await bounded(`round ${r} Enclave`, ROUND_TIMEOUT_MS + 5_000, enclaveRound(r)).catch(
          (e: unknown): EnclaveSample => ({ round: r, failed: e instanceof Error ? e.message : String(e) }),
        );
        if (s.failed) problems.push(`round ${r} Enclave: ${s.failed}`);
        if (r >= 0) enclaveSamples.push(s);
      },
      async () => {
        const s = await bounded(`round ${r} raw`, ROUND_TIMEOUT_MS, rawRound(r)).catch(
          (e: unknown): RawSample => ({ round: r, name: '?', failed: e instanceof Error ? e.message : String(e) }),
        );
        if (s.failed) problems.push(`round ${r} raw: ${s.failed}`);
        if (r >= 0) rawSamples.push(s);
      },
    ];
    if (!enclaveFirst) steps.reverse();
    for (const step of steps) {
      await step();
      await sleep(PAUSE_MS);
    }
    if (problems.length > 10) throw new Error(`too many problems, giving up:\n${problems.join('\n')}`);
  }
  const tRunEnd = performance.now();

  // 5. report
  const okE = enclaveSamples.filter((s) => !s.failed);
  const okR = rawSamples.filter((s) => !s.failed);
  const eStats = stats(defined(okE.map((s) => s.runningMs)));
  const rawCS = stats(defined(okR.map((s) => (s.startedMs === undefined ? undefined : s.startedMs - s.inspectMs!))));
  const rawICS = stats(defined(okR.map((s) => s.startedMs)));
  const ratioCS = eStats.median !== undefined && rawCS.median ? eStats.median / rawCS.median : undefined;
  const ratioICS = eStats.median !== undefined && rawICS.median ? eStats.median / rawICS.median : undefined;
  const eMisses = enclaveSamples.length - okE.length;
  const rMisses = rawSamples.length - okR.length;

  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line();
  line(`Enclave launch benchmark: 1 agent, image ${image}, network ${NETWORK}, ${ROUNDS} rounds (+${WARMUP_ROUNDS} warm-up), ` +
    `order alternating, ${ROUND_TIMEOUT_MS} ms per-round timeout`);
  line(`  Enclave: t0 before POST launchSession, t1 = RUNNING pushed over graphql-ws (then destroySession, not timed)`);
  line(`  raw:     t0 before GET /images/{name}/json, then POST /containers/create, POST /containers/{id}/start; t1 = start resolved`);
  line(`           "create+start" leaves the image inspect out (t1 - inspect done); "inspect+create+start" is t1 - t0`);
  line();
  line('Per round (ms after t0):');
  line(`  ${'round'.padStart(5)} ${'1st'.padStart(4)} | ${'resp'.padStart(6)} ${'REQ'.padStart(6)} ${'PROV'.padStart(6)} ${'crEv'.padStart(6)} ` +
    `${'START'.padStart(6)} ${'stEv'.padStart(6)} ${'RUN'.padStart(6)} | ${'insp'.padStart(6)} ${'created'.padStart(7)} ${'crEv'.padStart(6)} ` +
    `${'stEv'.padStart(6)} ${'started'.padStart(7)} ${'c+s'.padStart(6)}`);
  for (let i = 0; i < ROUNDS; i++) {
    const e = enclaveSamples[i];
    const w = rawSamples[i];
    if (!e || !w) continue;
    const first = i % 2 === (WARMUP_ROUNDS % 2) ? 'E' : 'raw';
    const cs = w.startedMs !== undefined && w.inspectMs !== undefined ? w.startedMs - w.inspectMs : undefined;
    line(`  ${String(i).padStart(5)} ${first.padStart(4)} | ${fmt(e.responseMs).padStart(6)} ${fmt(e.requestedMs).padStart(6)} ` +
      `${fmt(e.provisioningMs).padStart(6)} ${fmt(e.createEvMs).padStart(6)} ${fmt(e.startingMs).padStart(6)} ${fmt(e.startEvMs).padStart(6)} ` +
      `${(e.failed ? 'MISS' : fmt(e.runningMs)).padStart(6)} | ${fmt(w.inspectMs).padStart(6)} ${fmt(w.createdMs).padStart(7)} ` +
      `${fmt(w.createEvMs).padStart(6)} ${fmt(w.startEvMs).padStart(6)} ${(w.failed ? 'MISS' : fmt(w.startedMs)).padStart(7)} ${fmt(cs).padStart(6)}`);
  }
  line('  (resp = launchSession HTTP response; REQ/PROV/START/RUN = ws pushes; crEv/stEv = daemon /events create/start;');
  line('   raw: insp = image inspect done, created/started = create/start call resolved, c+s = started - insp)');
  line();
  const head = statsHeader('path', 34);
  const row = (label: string, s: Stats, miss: number) => statsRow(label, s, miss, 34);
  line('Launch latency (ms; p90 = nearest rank):');
  line(head);
  line(row('Enclave launchSession -> RUNNING', eStats, eMisses));
  line(row('raw create+start', rawCS, rMisses));
  line(row('raw inspect-image+create+start', rawICS, rMisses));
  line(`  ratio of medians: Enclave / raw create+start = ${ratioCS?.toFixed(2) ?? '-'}; ` +
    `Enclave / raw inspect+create+start = ${ratioICS?.toFixed(2) ?? '-'}`);
  // The daemon's start time drifts and jitters far more than Enclave's own cost, so the same-round difference is
  // the steadier estimate of what Enclave adds.
  const paired = stats(
    enclaveSamples.flatMap((e, i) => {
      const w = rawSamples[i];
      return !e.failed && !w?.failed && e.runningMs !== undefined && w?.startedMs !== undefined ? [e.runningMs - w.startedMs] : [];
    }),
  );
  line(`  same-round difference Enclave - raw inspect+create+start: median ${fmt(paired.median)} ms ` +
    `(min ${fmt(paired.min)}, p90 ${fmt(paired.p90)}, max ${fmt(paired.max)})`);
  line();

  // Where the time goes: medians of per-round segments, both paths split at the daemon's create and start events.
  const seg = (values: (number | undefined)[]) => fmt(stats(defined(values)).median);
  const diff = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a - b);
  line('Breakdown (medians of per-round segments, ms):');
  line(`  Enclave: launchSession HTTP response     ${seg(okE.map((s) => s.responseMs))}   (a trivial query { workspace { id } }: ${fmt(stats(trivial).median)})`);
  line(`           t0 -> REQUESTED pushed           ${seg(okE.map((s) => s.requestedMs))}`);
  line(`           t0 -> PROVISIONING pushed        ${seg(okE.map((s) => s.provisioningMs))}`);
  line(`           PROVISIONING -> daemon create ev ${seg(okE.map((s) => diff(s.createEvMs, s.provisioningMs)))}   (image inspect + create)`);
  line(`           daemon create ev -> STARTING     ${seg(okE.map((s) => diff(s.startingMs, s.createEvMs)))}`);
  line(`           STARTING -> daemon start ev      ${seg(okE.map((s) => diff(s.startEvMs, s.startingMs)))}`);
  line(`           daemon start ev -> RUNNING       ${seg(okE.map((s) => diff(s.runningMs, s.startEvMs)))}`);
  line(`           t0 -> daemon create ev           ${seg(okE.map((s) => s.createEvMs))}`);
  line(`           daemon create ev -> start ev     ${seg(okE.map((s) => diff(s.startEvMs, s.createEvMs)))}`);
  line(`  raw:     image inspect                    ${seg(okR.map((s) => s.inspectMs))}`);
  line(`           t0 -> daemon create ev           ${seg(okR.map((s) => s.createEvMs))}`);
  line(`           daemon create ev -> start ev     ${seg(okR.map((s) => diff(s.startEvMs, s.createEvMs)))}`);
  line(`           daemon start ev -> start resolved ${seg(okR.map((s) => diff(s.startedMs, s.startEvMs)))}`);
  const eBefore = stats(defined(okE.map((s) => s.createEvMs))).median;
  const rBefore = stats(defined(okR.map((s) => s.createEvMs))).median;
  const eMid = stats(defined(okE.map((s) => diff(s.startEvMs, s.createEvMs)))).median;
  const rMid = stats(defined(okR.map((s) => diff(s.startEvMs, s.createEvMs)))).median;
  const eAfter = stats(defined(okE.map((s) => diff(s.runningMs, s.startEvMs)))).median;
  const rAfter = stats(defined(okR.map((s) => diff(s.startedMs, s.startEvMs)))).median;
  line(`  Enclave - raw(inspect+create+start): before create ev ${fmt(diff(eBefore, rBefore))}, create->start ev ${fmt(diff(eMid, rMid))}, ` +
    `after start ev ${fmt(diff(eAfter, rAfter))}`);
  line();
  const pass = ratioCS !== undefined && ratioCS <= TARGET_RATIO && eMisses === 0 && rMisses === 0;
  line(`Target: Enclave median / raw create+start median <= ${TARGET_RATIO.toFixed(2)}: ${ratioCS?.toFixed(2) ?? '-'}  ${pass ? 'PASS' : 'FAIL'}` +
    `   (vs raw inspect+create+start: ${ratioICS?.toFixed(2) ?? '-'} ${ratioICS !== undefined && ratioICS <= TARGET_RATIO ? 'PASS' : 'FAIL'})`);
  line();
  if (sessions.failure) subscriptionErrors.push(`sessionStatusChanged: ${show(sessions.failure)}`);
  if (subscriptionErrors.length) line(`Subscription errors: ${subscriptionErrors.join(' | ')}`);
  if (problems.length) for (const p of problems) line(`Note: ${p}`);
  const warnings = warnLines(serverLog);
  line(`Server log (LOG_LEVEL=warn): ${warnings.length} line(s)`);
  for (const l of warnings.slice(0, 12)) line(`  ${summarizeLog(l)}`);
  if (warnings.length > 12) line(`  ... ${warnings.length - 12} more`);
  line();
  line(`Timing: daemon+image+server ready ${fmt((tReady - tStart) / 1000)} s; rounds ${fmt((tRunEnd - tRunStart) / 1000)} s; ` +
    `total before cleanup ${fmt((performance.now() - tStart) / 1000)} s`);
  const pack = (s: Stats, misses: number) => ({ n: s.n, misses, median: round(s.median), p90: round(s.p90), max: round(s.max) });
  const summary = {
    rounds: ROUNDS,
    enclave: pack(eStats, eMisses),
    rawCreateStart: pack(rawCS, rMisses),
    rawInspectCreateStart: pack(rawICS, rMisses),
    ratio: ratioCS === undefined ? null : Math.round(ratioCS * 100) / 100,
    ratioWithInspect: ratioICS === undefined ? null : Math.round(ratioICS * 100) / 100,
    pairedDiffMedianMs: round(paired.median),
    target: TARGET_RATIO,
    pass,
  };
  console.log(out.join('\n'));
  return summary;
}


await runBench(main, { watchdogMs: WATCHDOG_MS, cleanupStepTimeoutMs: 30_000 });
