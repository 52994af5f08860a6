// Discovery latency benchmark: how long after a Docker network is created does Enclave push
// `networkDiscovered` over graphql-ws, compared with the daemon's own /events stream; and how long after an
// agent's dockerd is SIGKILLed does Enclave push `agentStatusChanged` OFFLINE.
//
// Run: npx tsx bench/discovery.ts   (or npm run bench:discovery). Needs root and dockerd (see test/harness/dockerd.ts).
// Everything goes over loopback TCP (the Enclave server) or unix sockets (the daemons).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startDockerd, stopAllDockerds, type Dockerd } from '../test/harness/dockerd.js';

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

const root = fileURLToPath(new URL('..', import.meta.url));
const token = randomBytes(16).toString('hex'); // 32 chars
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const fmt = (ms: number | undefined) => (ms === undefined ? '-' : ms.toFixed(1));

// ---- small helpers ------------------------------------------------------------------------------------------

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** A request to a daemon's Engine API over its unix socket; resolves when the response has completed. */
function engine(socketPath: string, method: string, path: string, body?: unknown): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        socketPath,
        method,
        path,
        headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
        timeout: 10_000,
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

function quantile(sorted: number[], q: number): number | undefined {
  if (sorted.length === 0) return undefined;
  // nearest rank
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

interface Stats {
  n: number;
  median: number | undefined;
  p90: number | undefined;
  max: number | undefined;
  min: number | undefined;
}

function stats(values: number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const median =
    s.length === 0 ? undefined : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return { n: s.length, median, p90: quantile(s, 0.9), max: s.at(-1), min: s[0] };
}

/** Resolves when `check` returns a value, polling on `wake()` calls, or undefined after timeoutMs. */
class Waiters {
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

// ---- state shared by the streams -----------------------------------------------------------------------------

/** name -> arrival (performance.now()) of the daemon's own `create` event */
const daemonArrivals = new Map<string, number>();
/** name -> { arrival, agentId } of Enclave's networkDiscovered */
const enclaveArrivals = new Map<string, { at: number; agentId: string }>();
/** agentStatusChanged messages in order */
const statusMessages: { at: number; id: string; status: string }[] = [];
const waiters = new Waiters();
const problems: string[] = [];

/** Opens GET /events (network events only) on a daemon; resolves once the daemon answered with headers. */
function followDaemonEvents(d: Dockerd): Promise<http.ClientRequest> {
  const filters = encodeURIComponent(JSON.stringify({ type: ['network'] }));
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath: d.socketPath, path: `/events?filters=${filters}` }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`[${d.name}] GET /events answered ${res.statusCode}`));
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
            const event = JSON.parse(line) as { Action?: string; Actor?: { Attributes?: { name?: string } } };
            const name = event.Actor?.Attributes?.name;
            if (event.Action === 'create' && name && !daemonArrivals.has(name)) daemonArrivals.set(name, at);
          } catch {
            problems.push(`[${d.name}] unparsable /events line: ${line.slice(0, 200)}`);
          }
        }
        waiters.wake();
      });
      res.on('error', () => {}); // the stream dies with the daemon (kill test); expected
      resolve(req);
    });
    req.on('error', (error) => reject(error));
    req.end();
  });
}

// ---- main ------------------------------------------------------------------------------------------------------

async function main(cleanups: Cleanup[]) {
  const onCleanup = (label: string, fn: () => Promise<void>) => cleanups.push(Object.assign(fn, { label }));
  const tStart = performance.now();

  // 1. daemons
  const daemons = await Promise.all(Array.from({ length: AGENTS }, (_, i) => startDockerd(`bench-a${i + 1}`)));
  onCleanup('dockerds', () => stopAllDockerds());
  const shortName = (i: number) => `a${i + 1}`;

  // 1b. the server, as its own process
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const serverLog: string[] = [];
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ENCLAVE_DATA_DIR: 'memory://',
      ENCLAVE_LOCAL_AGENT: 'false',
      ENCLAVE_ADMIN_TOKEN: token,
      LOG_LEVEL: 'warn',
      ENCLAVE_HEARTBEAT_MS: '1000',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const serverExited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  onCleanup('server', async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 12_000);
      await serverExited;
      clearTimeout(timer);
    }
    serverExitNote = `server pid ${server.pid} exited (code ${server.exitCode}, signal ${server.signalCode})`;
  });
  for (const stream of [server.stdout!, server.stderr!]) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      partial += chunk;
      const lines = partial.split('\n');
      partial = lines.pop()!;
      for (const line of lines) if (line.trim()) serverLog.push(line);
    });
  }

  const readyDeadline = performance.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(`the server exited during startup:\n${serverLog.slice(-20).join('\n')}`);
    const ok = await fetch(`${base}/readyz`).then((r) => r.status === 200, () => false);
    if (ok) break;
    if (performance.now() > readyDeadline) throw new Error(`/readyz did not answer 200 within 30 s:\n${serverLog.slice(-20).join('\n')}`);
    await sleep(100);
  }
  const tReady = performance.now();

  async function gql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors ?? body)}`);
    return body.data;
  }

  // 2. subscriptions, before anything is registered
  let client: Client | undefined;
  let acked!: () => void;
  const connected = new Promise<void>((resolve) => (acked = resolve));
  client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: { connected: () => acked() },
  });
  onCleanup('ws client', async () => void (await client?.dispose()));
  const subscriptionErrors: string[] = [];
  client.subscribe<{ networkDiscovered: { name: string; agent: { id: string } } }>(
    { query: 'subscription { networkDiscovered { name agent { id } } }' },
    {
      next: (result) => {
        const at = performance.now();
        const n = result.data?.networkDiscovered;
        if (n && !enclaveArrivals.has(n.name)) enclaveArrivals.set(n.name, { at, agentId: n.agent.id });
        if (result.errors) subscriptionErrors.push(JSON.stringify(result.errors));
        waiters.wake();
      },
      error: (error) => subscriptionErrors.push(`networkDiscovered: ${error instanceof Error ? error.message : JSON.stringify(error)}`),
      complete: () => {},
    },
  );
  client.subscribe<{ agentStatusChanged: { id: string; status: string } }>(
    { query: 'subscription { agentStatusChanged { id status } }' },
    {
      next: (result) => {
        const at = performance.now();
        const a = result.data?.agentStatusChanged;
        if (a) statusMessages.push({ at, id: a.id, status: a.status });
        if (result.errors) subscriptionErrors.push(JSON.stringify(result.errors));
        waiters.wake();
      },
      error: (error) => subscriptionErrors.push(`agentStatusChanged: ${error instanceof Error ? error.message : JSON.stringify(error)}`),
      complete: () => {},
    },
  );
  await Promise.race([
    connected,
    sleep(10_000).then(() => {
      throw new Error('graphql-ws: no connection_ack within 10 s');
    }),
  ]);

  // 1c. register the agents
  const agentIds: string[] = [];
  for (const [i, d] of daemons.entries()) {
    const { registerAgent } = await gql<{ registerAgent: { id: string; status: string } }>(
      'mutation ($input: RegisterAgentInput!) { registerAgent(input: $input) { id status } }',
      { input: { name: `bench-${shortName(i)}`, endpoint: d.endpoint } },
    );
    agentIds.push(registerAgent.id);
    if (registerAgent.status !== 'ONLINE') problems.push(`agent ${shortName(i)} registered as ${registerAgent.status}`);
  }

  // 2b. the daemons' own event streams (baseline)
  const eventRequests = await Promise.all(daemons.map((d) => followDaemonEvents(d)));
  onCleanup('/events streams', async () => eventRequests.forEach((r) => r.destroy()));

  // Warm-up, one network per agent, not counted: proves both streams are live end to end (the subscribe
  // message follows the ack) and takes first-use costs (JIT, first queries) out of the measurement.
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
  const head = `  ${'source'.padEnd(30)} ${'n'.padStart(3)} ${'miss'.padStart(4)} ${'min'.padStart(7)} ${'median'.padStart(7)} ${'p90'.padStart(7)} ${'max'.padStart(7)}`;
  const row = (label: string, s: Stats, miss: number) =>
    `  ${label.padEnd(30)} ${String(s.n).padStart(3)} ${String(miss).padStart(4)} ${fmt(s.min).padStart(7)} ${fmt(s.median).padStart(7)} ${fmt(s.p90).padStart(7)} ${fmt(s.max).padStart(7)}`;
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
  if (subscriptionErrors.length) line(`Subscription errors: ${subscriptionErrors.join(' | ')}`);
  if (problems.length) for (const p of problems) line(`Note: ${p}`);
  const warnLines = serverLog.filter((l) => !l.startsWith('{') || /"level":(40|50|60)/.test(l));
  line(`Server log (LOG_LEVEL=warn): ${warnLines.length} line(s)`);
  for (const l of warnLines.slice(0, 12)) line(`  ${summarizeLog(l)}`);
  if (warnLines.length > 12) line(`  ... ${warnLines.length - 12} more`);
  line();
  line(`Timing: daemons+server ready ${fmt((tReady - tStart) / 1000)} s; network phase ${fmt((tNetEnd - tNetStart) / 1000)} s; ` +
    `total before cleanup ${fmt((performance.now() - tStart) / 1000)} s`);
  const round = (v: number | undefined) => (v === undefined ? null : Math.round(v * 10) / 10);
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

function summarizeLog(l: string): string {
  try {
    const o = JSON.parse(l) as Record<string, unknown>;
    const { level, time, pid, hostname, msg, ...rest } = o;
    return `[${level}] ${msg} ${JSON.stringify(rest)}`.slice(0, 300);
  } catch {
    return l.slice(0, 300);
  }
}

// ---- run, always cleaning up ----------------------------------------------------------------------------------

type Cleanup = (() => Promise<void>) & { label?: string };
const cleanups: Cleanup[] = [];
const cleanupTimes: string[] = [];
let serverExitNote = '';
let exitCode = 0;
const watchdog = setTimeout(() => {
  console.error(`bench: watchdog fired after ${WATCHDOG_MS / 1000} s; cleaning up`);
  void cleanup().finally(() => process.exit(2));
}, WATCHDOG_MS);
let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    // reverse order: event streams, ws client, server, daemons
    for (const fn of cleanups.reverse()) {
      const t = performance.now();
      try {
        await fn();
      } catch (error) {
        console.error(`bench: cleanup step ${fn.label ?? '?'} failed:`, error);
      }
      cleanupTimes.push(`${fn.label ?? '?'} ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
  })();
  return cleaning;
}
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.once(sig, () => void cleanup().finally(() => process.exit(130)));

let summary: unknown;
try {
  summary = await main(cleanups);
} catch (error) {
  exitCode = 1;
  console.error('bench failed:', error);
} finally {
  const t = performance.now();
  await cleanup();
  clearTimeout(watchdog);
  console.log(`Cleanup took ${((performance.now() - t) / 1000).toFixed(1)} s (${cleanupTimes.join(', ')})${serverExitNote && `; ${serverExitNote}`}`);
}
if (summary) console.log(JSON.stringify(summary));
process.exit(exitCode);
