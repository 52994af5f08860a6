// Discovery latency benchmark: how long after a Docker network is created does Enclave push
// `networkDiscovered` over graphql-ws, compared with the daemon's own /events stream; and how long after an
// agent's dockerd is SIGKILLed does Enclave push `agentStatusChanged` OFFLINE.
//
// Run: npx tsx bench/discovery.ts   (or npm run bench:discovery). Needs root and dockerd (see test/harness/dockerd.ts).
// Everything goes over loopback TCP (the Enclave server) or unix sockets (the daemons).
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { graphql } from '../test/__generated__/gql.js';
import { startDockerd, stopAllDockerds, type Dockerd } from '../test/harness/dockerd.js';
import { RegisterAgent } from '../test/harness/operations.js';
import { show } from '../test/harness/subscription.js';
import {
  Waiters,
  type Stats,
  engine,
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
  warnLines,
} from './harness.js';

const AGENTS = 3;
const NETWORKS_PER_AGENT = 8;
const PAUSE_MS = 50;
const NETWORK_TIMEOUT_MS = 5_000;
const OFFLINE_TIMEOUT_MS = 10_000;
const ONLINE_TIMEOUT_MS = 20_000;
const TARGET_MEDIAN_MS = 25;
const TARGET_WORST_MS = 100;
const TARGET_OFFLINE_MS = 3_000;
const WATCHDOG_MS = 115_000;
const token = randomToken();

const NetworkDiscovered = graphql(`subscription BenchDiscoveryNetworks { networkDiscovered { name agent { id } } }`);
const AgentStatusChanged = graphql(`subscription BenchDiscoveryAgentStatuses { agentStatusChanged { id status } }`);

// ---- state shared by the streams -----------------------------------------------------------------------------

/** name -> arrival (performance.now()) of the daemon's own `create` event */
const daemonArrivals = new Map<string, number>();
/** name -> { arrival, agentId } of Enclave's networkDiscovered */
const enclaveArrivals = new Map<string, { at: number; agentId: string }>();
/** agentStatusChanged messages in order */
const statusMessages: { at: number; id: string; status: string }[] = [];
const waiters = new Waiters();
const problems: string[] = [];

/** Follows the daemon's network events: records each network's `create` arrival. */
function followDaemonEvents(d: Dockerd): Promise<http.ClientRequest> {
  return followEngineEvents({
    socketPath: d.socketPath,
    type: 'network',
    prefix: `[${d.name}] `,
    onEvent: (event, at) => {
      const name = event.Actor?.Attributes?.name;
      if (event.Action === 'create' && name && !daemonArrivals.has(name)) daemonArrivals.set(name, at);
    },
    onChunk: () => waiters.wake(),
    problem: (message) => problems.push(message),
  });
}

// ---- main ------------------------------------------------------------------------------------------------------

async function main() {
  const tStart = performance.now();

  // 1. daemons
  const daemons = await Promise.all(Array.from({ length: AGENTS }, (_, i) => startDockerd(`bench-a${i + 1}`)));
  onCleanup('dockerds', () => stopAllDockerds());
  const shortName = (i: number) => `a${i + 1}`;

  // 1b. the server, as its own process
  const server = await startBenchEnclave('server', { token, env: enclaveEnv('', { ENCLAVE_HEARTBEAT_MS: '1000' }) });
  const tReady = performance.now();
  const serverLog = server.lines;

  // 2. subscriptions, before anything is registered, live once the server has set them up
  const subscriptionErrors: string[] = [];
  const networks = server.subscribe(NetworkDiscovered, {}, {
    onEvent: ({ at, result }) => {
      const n = result.data?.networkDiscovered;
      if (n && !enclaveArrivals.has(n.name)) enclaveArrivals.set(n.name, { at, agentId: n.agent.id });
      if (result.errors) subscriptionErrors.push(JSON.stringify(result.errors));
      waiters.wake();
    },
  });
  const statuses = server.subscribe(AgentStatusChanged, {}, {
    onEvent: ({ at, result }) => {
      const a = result.data?.agentStatusChanged;
      if (a) statusMessages.push({ at, id: a.id, status: a.status });
      if (result.errors) subscriptionErrors.push(JSON.stringify(result.errors));
      waiters.wake();
    },
  });
  onCleanup('ws client', async () => void (await Promise.all([networks.close(), statuses.close()])));
  await Promise.all([networks.ready, statuses.ready]);

  // 1c. register the agents
  const agentIds: string[] = [];
  for (const [i, d] of daemons.entries()) {
    const { registerAgent } = await server.data(RegisterAgent, { input: { name: `bench-${shortName(i)}`, endpoint: d.endpoint } });
    agentIds.push(registerAgent.id);
    if (registerAgent.status !== 'ONLINE') problems.push(`agent ${shortName(i)} registered as ${registerAgent.status}`);
  }

  // 2b. the daemons' own event streams (baseline)
  const eventRequests = await Promise.all(daemons.map((d) => followDaemonEvents(d)));
  onCleanup('/events streams', async () => eventRequests.forEach((r) => r.destroy()));

  // Warm-up, one network per agent, not counted: proves both streams are live end to end and takes first-use costs
  // (JIT, first queries) out of the measurement.
  const warmup: { name: string; daemon?: number; enclave?: number }[] = [];
  for (const [i, d] of daemons.entries()) {
    const name = `z_bench_warmup_${shortName(i)}`;
    const res = await engine(d.socketPath, 'POST', '/networks/create', { Name: name, CheckDuplicate: true });
    const t0 = performance.now();
    if (res.status !== 201) throw new Error(`[${d.name}] create ${name}: ${res.status} ${res.text}`);
    await waiters.until(() => (daemonArrivals.has(name) && enclaveArrivals.has(name) ? true : undefined), 10_000);
    const dAt = daemonArrivals.get(name);
    const eAt = enclaveArrivals.get(name)?.at;
    warmup.push({ name, daemon: dAt === undefined ? undefined : dAt - t0, enclave: eAt === undefined ? undefined : eAt - t0 });
    if (eAt === undefined) throw new Error(`warm-up: Enclave never reported ${name}; is the subscription live?`);
    if (dAt === undefined) throw new Error(`warm-up: the daemon's /events never reported ${name}`);
    await sleep(PAUSE_MS);
  }

  // 3. measured creations, interleaved across agents, one at a time
  interface Sample {
    name: string;
    agent: string;
    daemonMs?: number;
    enclaveMs?: number;
    createMs: number;
    wrongAgent?: boolean;
  }
  const samples: Sample[] = [];
  const tNetStart = performance.now();
  for (let i = 0; i < NETWORKS_PER_AGENT; i++) {
    for (const [a, d] of daemons.entries()) {
      const name = `z_bench_${shortName(a)}_${i}`;
      const tReq = performance.now();
      const res = await engine(d.socketPath, 'POST', '/networks/create', { Name: name, CheckDuplicate: true });
      const t0 = performance.now();
      if (res.status !== 201) throw new Error(`[${d.name}] create ${name}: ${res.status} ${res.text}`);
      await waiters.until(
        () => (daemonArrivals.has(name) && enclaveArrivals.has(name) ? true : undefined),
        NETWORK_TIMEOUT_MS,
      );
      const dAt = daemonArrivals.get(name);
      const e = enclaveArrivals.get(name);
      const sample: Sample = {
        name,
        agent: shortName(a),
        createMs: t0 - tReq,
        ...(dAt !== undefined && { daemonMs: dAt - t0 }),
        ...(e !== undefined && { enclaveMs: e.at - t0 }),
        ...(e !== undefined && e.agentId !== agentIds[a] && { wrongAgent: true }),
      };
      samples.push(sample);
      if (sample.wrongAgent) problems.push(`${name}: networkDiscovered named agent ${e!.agentId}, expected ${agentIds[a]}`);
      await sleep(PAUSE_MS);
    }
  }
  const tNetEnd = performance.now();

  // 4. agent killed -> OFFLINE pushed
  interface KillRun {
    agent: string;
    offlineMs?: number;
    killReturnedMs: number;
    onlineAfterStartMs?: number;
    startMs: number;
  }
  const kills: KillRun[] = [];
  for (const [a, d] of daemons.entries()) {
    const id = agentIds[a]!;
    const from = statusMessages.length;
    const offline = waiters.until(() => {
      const m = statusMessages.slice(from).find((s) => s.id === id && s.status === 'OFFLINE');
      return m?.at;
    }, OFFLINE_TIMEOUT_MS);
    const tKill = performance.now();
    await d.kill('SIGKILL');
    const killReturnedMs = performance.now() - tKill;
    const offlineAt = await offline;

    const fromOnline = statusMessages.length;
    const tStartReq = performance.now();
    await d.start();
    const startMs = performance.now() - tStartReq;
    const onlineAt = await waiters.until(
      () => statusMessages.slice(fromOnline).find((s) => s.id === id && s.status === 'ONLINE')?.at,
      ONLINE_TIMEOUT_MS,
    );
    kills.push({
      agent: shortName(a),
      killReturnedMs,
      startMs,
      ...(offlineAt !== undefined && { offlineMs: offlineAt - tKill }),
      ...(onlineAt !== undefined && { onlineAfterStartMs: onlineAt - (tStartReq + startMs) }),
    });
    if (onlineAt === undefined) {
      problems.push(`agent ${shortName(a)} did not come back ONLINE within ${ONLINE_TIMEOUT_MS} ms; stopping the kill runs`);
      break;
    }
  }

  // 5. report
  const daemonValues = samples.flatMap((s) => (s.daemonMs === undefined ? [] : [s.daemonMs]));
  const enclaveValues = samples.flatMap((s) => (s.enclaveMs === undefined ? [] : [s.enclaveMs]));
  const dStats = stats(daemonValues);
  const eStats = stats(enclaveValues);
  const enclaveMisses = samples.filter((s) => s.enclaveMs === undefined).map((s) => s.name);
  const daemonMisses = samples.filter((s) => s.daemonMs === undefined).map((s) => s.name);
  const createStats = stats(samples.map((s) => s.createMs));

  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line();
  line(`Enclave discovery benchmark: ${AGENTS} agents, ${samples.length} networks (${NETWORKS_PER_AGENT}/agent, interleaved), ` +
    `${PAUSE_MS} ms pause, ${NETWORK_TIMEOUT_MS} ms timeout`);
  line(`t0 = Engine API POST /networks/create response complete (that call itself: median ${fmt(createStats.median)} ms, max ${fmt(createStats.max)} ms)`);
  line();
  line('Per network (ms after t0):');
  line(`  ${'network'.padEnd(16)} ${'daemon /events'.padStart(14)} ${'Enclave'.padStart(9)} ${'diff'.padStart(8)}`);
  for (const s of samples) {
    const diff = s.daemonMs !== undefined && s.enclaveMs !== undefined ? s.enclaveMs - s.daemonMs : undefined;
    line(`  ${s.name.padEnd(16)} ${(s.daemonMs === undefined ? 'MISS' : fmt(s.daemonMs)).padStart(14)} ` +
      `${(s.enclaveMs === undefined ? 'MISS' : fmt(s.enclaveMs)).padStart(9)} ${fmt(diff).padStart(8)}`);
  }
  line();
  line(`Warm-up (not counted): ${warmup.map((w) => `${w.name} daemon ${fmt(w.daemon)} / Enclave ${fmt(w.enclave)}`).join('; ')}`);
  line();
  const head = statsHeader('source', 30);
  const row = (label: string, s: Stats, miss: number) => statsRow(label, s, miss, 30);
  line('Latency from t0 (ms; p90 = nearest rank):');
  line(head);
  line(row('Enclave networkDiscovered (ws)', eStats, enclaveMisses.length));
  line(row("daemon's own GET /events", dStats, daemonMisses.length));
  const medianDiff = eStats.median !== undefined && dStats.median !== undefined ? eStats.median - dStats.median : undefined;
  line(`  difference of medians (Enclave - daemon): ${fmt(medianDiff)} ms`);
  if (enclaveMisses.length) line(`  Enclave misses: ${enclaveMisses.join(', ')}`);
  if (daemonMisses.length) line(`  daemon /events misses: ${daemonMisses.join(', ')}`);
  line();
  const medianPass = eStats.median !== undefined && eStats.median <= TARGET_MEDIAN_MS && enclaveMisses.length === 0;
  const worstPass = eStats.max !== undefined && eStats.max <= TARGET_WORST_MS && enclaveMisses.length === 0;
  line('Targets (Enclave networkDiscovered):');
  line(`  median <= ${TARGET_MEDIAN_MS} ms : ${fmt(eStats.median)} ms  ${medianPass ? 'PASS' : 'FAIL'}`);
  line(`  worst  <= ${TARGET_WORST_MS} ms: ${enclaveMisses.length ? `${enclaveMisses.length} miss(es)` : `${fmt(eStats.max)} ms`}  ${worstPass ? 'PASS' : 'FAIL'}`);
  line();
  line(`Agent SIGKILLed -> OFFLINE pushed (target <= ${TARGET_OFFLINE_MS} ms; clock starts just before the signal):`);
  for (const k of kills) {
    const pass = k.offlineMs !== undefined && k.offlineMs <= TARGET_OFFLINE_MS;
    line(`  ${k.agent}: ${k.offlineMs === undefined ? `MISS (>${OFFLINE_TIMEOUT_MS} ms)` : `${fmt(k.offlineMs)} ms`}  ${pass ? 'PASS' : 'FAIL'}` +
      `   (dockerd exit seen by harness after ${fmt(k.killReturnedMs)} ms; restart took ${fmt(k.startMs)} ms, ` +
      `ONLINE pushed ${k.onlineAfterStartMs === undefined ? 'never' : `${fmt(k.onlineAfterStartMs)} ms after /_ping answered`})`);
  }
  const offlineValues = kills.flatMap((k) => (k.offlineMs === undefined ? [] : [k.offlineMs]));
  const offlinePass = kills.length === AGENTS && offlineValues.length === AGENTS && offlineValues.every((v) => v <= TARGET_OFFLINE_MS);
  line(`  overall: ${offlinePass ? 'PASS' : 'FAIL'}`);
  line();
  for (const [name, subscription] of [['networkDiscovered', networks], ['agentStatusChanged', statuses]] as const)
    if (subscription.failure) subscriptionErrors.push(`${name}: ${show(subscription.failure)}`);
  if (subscriptionErrors.length) line(`Subscription errors: ${subscriptionErrors.join(' | ')}`);
  if (problems.length) for (const p of problems) line(`Note: ${p}`);
  const warnings = warnLines(serverLog);
  line(`Server log (LOG_LEVEL=warn): ${warnings.length} line(s)`);
  for (const l of warnings.slice(0, 12)) line(`  ${summarizeLog(l)}`);
  if (warnings.length > 12) line(`  ... ${warnings.length - 12} more`);
  line();
  line(`Timing: daemons+server ready ${fmt((tReady - tStart) / 1000)} s; network phase ${fmt((tNetEnd - tNetStart) / 1000)} s; ` +
    `total before cleanup ${fmt((performance.now() - tStart) / 1000)} s`);
  const summary = {
    networks: samples.length,
    enclave: { n: eStats.n, misses: enclaveMisses.length, median: round(eStats.median), p90: round(eStats.p90), max: round(eStats.max) },
    daemonEvents: { n: dStats.n, misses: daemonMisses.length, median: round(dStats.median), p90: round(dStats.p90), max: round(dStats.max) },
    medianDiffMs: round(medianDiff),
    offlineMs: kills.map((k) => round(k.offlineMs)),
    pass: { median: medianPass, worst: worstPass, offline: offlinePass },
  };
  console.log(out.join('\n'));
  return summary;
}

await runBench(main, { watchdogMs: WATCHDOG_MS });
