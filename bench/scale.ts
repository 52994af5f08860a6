// Fleet-size benchmark: 10 real dockerd agents x 100 networks each against 1 agent x 10 networks. Per configuration:
// the daemons are started and their networks created (Engine API) BEFORE Enclave starts; then one Enclave process
// (PGlite memory://, NODE_ENV=production) is started and every agent registered at once (registerAgent answers after
// the agent's first sync). Measured:
//   - start-up resync: from the start of registration until `query { networks { id } }` counts every network
//     (agents x (networks + Enclave's own default network, which it creates on each agent)), plus each registerAgent's
//     response time;
//   - Enclave's RSS (/proc/<pid>/status VmRSS): after start, after the fleet settled, and after the load below;
//   - the launcher's read `query { workspaces { id name launchOptions { choices { network agentCount } } } }` with 20
//     workspaces each restricted to 3 networks: 200 sequential requests (p50/p99), then 10 s of a closed loop of 16
//     keep-alive connections (bench/read/load.ts, 1 s warm-up) for RPS and latency.
// Both configurations are printed side by side with ratios (big / small), then one JSON line.
//
// Run: npx tsx bench/scale.ts   (or npm run bench:scale). Needs root and dockerd (see test/harness/dockerd.ts).
// BENCH_SCALE_POSTGRES=1 runs Enclave on a fresh database on the local Postgres instead (ENCLAVE_TEST_POSTGRES_URL).
// Loopback TCP and unix sockets only. Bounded (watchdog 235 s); daemons, server and database are always removed.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { graphql } from '../test/__generated__/gql.js';
import type { BenchScaleReadQuery } from '../test/__generated__/graphql.js';
import { createTestDatabase } from '../test/harness/database.js';
import { startDockerd, stopAllDockerds, type Dockerd } from '../test/harness/dockerd.js';
import { dataOf, type Document, type GraphQLResponse, type ResultOf, type VariablesOf } from '../test/harness/graphql.js';
import { CreateWorkspace, RegisterAgent, RestrictWorkspace } from '../test/harness/operations.js';
import {
  busyCores,
  cores,
  cpuSeconds,
  enclaveEnv,
  engine,
  envFlag,
  fmt,
  machineTicks,
  onCleanup,
  progressLogger,
  quantile,
  randomToken,
  round,
  readProblems,
  rssMb,
  runBench,
  runLoadGenerator,
  startBenchEnclave,
  stopServer,
  summarizeLog,
  warnLines,
  type MachineTicks,
} from './harness.js';
import type { LoadReport } from './read/load.js';

const CONFIGS = [
  { name: '1 agent x 10 networks', agents: 1, networks: 10 },
  { name: '10 agents x 100 networks', agents: 10, networks: 100 },
] as const;
const WORKSPACES = 20;
const NETWORKS_PER_WORKSPACE = 3;
const SEQUENTIAL = 200;
const SEQUENTIAL_WARMUP = 10;
const CONCURRENCY = 16;
const LOAD_WARMUP_MS = 1_000;
const LOAD_MS = 10_000;
const SETTLE_MS = 3_000;
const RESYNC_TIMEOUT_MS = 60_000;
/** network creations in flight per daemon */
const CREATE_PARALLEL = 4;
const WATCHDOG_MS = 235_000;
const DEFAULT_NETWORK = 'enclave_default';
const usePostgres = envFlag('BENCH_SCALE_POSTGRES');

const READ = graphql(`query BenchScaleRead { workspaces { id name launchOptions { choices { network agentCount } } } }`);
/** The read as one line, for the report. */
const READ_QUERY = String(READ).replace(/\s+/g, ' ').trim();
const NetworkIds = graphql(`query BenchScaleNetworkIds { networks { id } }`);

const token = randomToken();
const progress = progressLogger('scale');

// ---- GraphQL, timed ---------------------------------------------------------------------------------------------

/** GraphQL over a keep-alive agent (one socket for sequential use); resolves with data and the request's time. */
function makeGql(base: string, agent: http.Agent) {
  const url = new URL(`${base}/graphql`);
  return function gql<D extends Document>(document: D, variables?: VariablesOf<D>): Promise<{ data: ResultOf<D>; ms: number; bytes: number }> {
    const body = JSON.stringify({ query: String(document), variables });
    return new Promise((resolve, reject) => {
      const t0 = performance.now();
      const req = http.request(
        {
          agent,
          hostname: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
          timeout: 60_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const ms = performance.now() - t0;
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: GraphQLResponse<ResultOf<D>>;
            try {
              parsed = JSON.parse(text) as GraphQLResponse<ResultOf<D>>;
            } catch {
              return reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 500)}`));
            }
            try {
              resolve({ data: dataOf(parsed), ms, bytes: text.length });
            } catch (error) {
              reject(error);
            }
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error('GraphQL request timed out')));
      req.on('error', reject);
      req.end(body);
    });
  };
}

interface LoadResult extends LoadReport {
  serverCpu?: number;
  machineBusy?: number;
}

/** Closed loop of CONCURRENCY keep-alive connections: bench/read/load.ts in its own process. */
async function runLoad(url: string, body: string, serverPid: number | undefined): Promise<LoadResult> {
  const cfg = {
    url,
    body,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    concurrency: CONCURRENCY,
    warmupMs: LOAD_WARMUP_MS,
    durationMs: LOAD_MS,
  };
  type Mark = { at: number; server: number | undefined; machine: MachineTicks };
  const mark = (): Mark => ({ at: performance.now(), server: cpuSeconds(serverPid), machine: machineTicks() });
  const { result, start, end } = await runLoadGenerator<LoadResult, Mark>(cfg, mark);
  if (start && end) {
    const seconds = (end.at - start.at) / 1000;
    if (start.server !== undefined && end.server !== undefined) result.serverCpu = (end.server - start.server) / seconds;
    result.machineBusy = busyCores(start.machine, end.machine);
  }
  return result;
}


// ---- one configuration ------------------------------------------------------------------------------------------

interface ConfigResult {
  name: string;
  agents: number;
  networks: number;
  expectedNetworks: number;
  daemonsStartS: number;
  networksCreateS: number;
  serverReadyS: number;
  resyncMs: number;
  registerMs: { p50?: number; max?: number };
  resyncServerCpuS?: number;
  rssReadyMb?: number;
  rssSettledMb?: number;
  rssAfterLoadMb?: number;
  rssPeakMb?: number;
  firstReadMs: number;
  seq: { p50?: number; p99?: number; max?: number; bytes: number };
  load: LoadResult;
  warnings: string[];
}


async function runConfig(config: (typeof CONFIGS)[number], index: number): Promise<ConfigResult> {
  const tag = `s${index}`;
  progress(`== ${config.name}: starting ${config.agents} dockerd(s) ...`);

  // 1. daemons
  const t0 = performance.now();
  const daemons: Dockerd[] = await Promise.all(Array.from({ length: config.agents }, (_, i) => startDockerd(`bench-${tag}-a${i + 1}`)));
  const daemonsStartS = (performance.now() - t0) / 1000;

  // 2. networks, before Enclave starts: z_net_0 .. z_net_{N-1} on every daemon (same names on all, as a fleet has)
  const t1 = performance.now();
  await Promise.all(
    daemons.map(async (d) => {
      let next = 0;
      const worker = async () => {
        for (let n = next++; n < config.networks; n = next++) {
          const res = await engine(d.socketPath, 'POST', '/networks/create', { Name: `z_net_${n}`, CheckDuplicate: true }, 30_000);
          if (res.status !== 201) throw new Error(`[${d.name}] create z_net_${n}: ${res.status} ${res.text}`);
        }
      };
      await Promise.all(Array.from({ length: CREATE_PARALLEL }, worker));
    }),
  );
  const networksCreateS = (performance.now() - t1) / 1000;
  progress(`daemons up in ${fmt(daemonsStartS)} s; ${config.agents * config.networks} networks created in ${fmt(networksCreateS)} s`);

  // 3. database and Enclave
  let databaseUrl = '';
  let dropDatabase: (() => Promise<void>) | undefined;
  if (usePostgres) {
    const database = await createTestDatabase('postgres', { prefix: 'enclave_bench' });
    dropDatabase = database.drop;
    onCleanup(`drop ${database.name}`, dropDatabase);
    databaseUrl = database.url;
  }
  const t2 = performance.now();
  const server = await startBenchEnclave(`enclave[${config.name}]`, {
    token,
    env: enclaveEnv(databaseUrl, { NODE_ENV: 'production', ENCLAVE_DEFAULT_NETWORK: DEFAULT_NETWORK }),
    ready: { pollMs: 50 },
  });
  const serverReadyS = (performance.now() - t2) / 1000;
  await sleep(500);
  const rssReadyMb = rssMb(server.process.pid);
  const pid = server.process.pid;
  // peak RSS over the rest of this configuration, sampled every 200 ms
  let rssPeakMb = rssReadyMb ?? 0;
  const rssSampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, rssMb(pid) ?? 0)), 200);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const pollAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const gql = makeGql(server.base, agent);
  const poll = makeGql(server.base, pollAgent);

  // 4. registration, all agents at once; the resync is done when `networks { id }` counts every network
  const expectedNetworks = config.agents * (config.networks + 1); // + Enclave's default network on each agent
  progress(`Enclave ready in ${fmt(serverReadyS)} s; registering ${config.agents} agent(s), expecting ${expectedNetworks} networks ...`);
  const cpuBefore = cpuSeconds(pid);
  const tReg = performance.now();
  let known = 0;
  let resyncedAt: number | undefined;
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const { data } = await poll(NetworkIds).catch(() => ({ data: { networks: [] } }));
      known = data.networks.length;
      if (known >= expectedNetworks) {
        resyncedAt ??= performance.now();
        return;
      }
      if (performance.now() - tReg > RESYNC_TIMEOUT_MS) return;
      await sleep(50);
    }
  })();
  const registerMs = await Promise.all(
    daemons.map(async (d, i) => {
      const t = performance.now();
      const { data } = await makeGql(server.base, new http.Agent({ keepAlive: false }))(RegisterAgent, {
        input: { name: `bench-${tag}-a${i + 1}`, endpoint: d.endpoint },
      });
      if (data.registerAgent.status !== 'ONLINE') throw new Error(`agent ${d.name} registered as ${data.registerAgent.status}`);
      return performance.now() - t;
    }),
  );
  const registeredAt = performance.now();
  await poller;
  polling = false;
  if (resyncedAt === undefined) throw new Error(`only ${known}/${expectedNetworks} networks known ${RESYNC_TIMEOUT_MS} ms after registration began`);
  const resyncMs = resyncedAt - tReg;
  const cpuAfter = cpuSeconds(pid);
  progress(`all registered in ${fmt(registeredAt - tReg, 0)} ms; all ${expectedNetworks} networks known after ${fmt(resyncMs, 0)} ms`);

  // 5. settle, RSS
  await sleep(SETTLE_MS);
  const rssSettledMb = rssMb(pid);

  // 6. workspaces restricted to 3 networks each
  const expected = new Map<string, string[]>();
  for (let w = 0; w < WORKSPACES; w++) {
    const { data } = await gql(CreateWorkspace, { input: { name: `bench-ws-${String(w).padStart(2, '0')}`, image: 'busybox:1.36' } });
    const nets = Array.from({ length: NETWORKS_PER_WORKSPACE }, (_, k) => `z_net_${(w + k * 3) % config.networks}`);
    await gql(RestrictWorkspace, { id: data.createWorkspace.id, networks: nets, allowNetworkSelection: true });
    expected.set(data.createWorkspace.id, nets);
  }

  // 7. the read: checked, then 200 sequential, then the closed loop
  const problemsOf = (data: BenchScaleReadQuery) =>
    readProblems(data.workspaces, expected, WORKSPACES, (network) => ({ network, agentCount: config.agents }));
  const first = await gql(READ);
  const firstReadMs = first.ms;
  let problems = problemsOf(first.data);
  for (const deadline = performance.now() + 5_000; problems.length && performance.now() < deadline; ) {
    await sleep(100);
    problems = problemsOf((await gql(READ)).data);
  }
  if (problems.length) throw new Error(`the read is wrong:\n  ${problems.slice(0, 5).join('\n  ')}`);

  const seqMs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < SEQUENTIAL_WARMUP + SEQUENTIAL; i++) {
    const r = await gql(READ);
    bytes = r.bytes;
    if (i >= SEQUENTIAL_WARMUP) seqMs.push(r.ms);
  }
  seqMs.sort((a, b) => a - b);
  progress(`sequential read p50 ${fmt(quantile(seqMs, 0.5), 2)} ms; closed loop C=${CONCURRENCY} for ${LOAD_MS / 1000} s ...`);
  const load = await runLoad(`${server.base}/graphql`, JSON.stringify({ query: String(READ) }), pid);
  await sleep(500);
  const rssAfterLoadMb = rssMb(pid);
  clearInterval(rssSampler);
  agent.destroy();
  pollAgent.destroy();

  const warnings = warnLines(server.lines);

  // 8. tear down this configuration: server (and database), networks (dockerd removes its bridges itself, which is
  // much faster than the harness deleting them one `ip link delete` at a time), daemons
  await stopServer(server);
  await dropDatabase?.();
  const tStop = performance.now();
  await Promise.all(
    daemons.map(async (d) => {
      const names = [...Array.from({ length: config.networks }, (_, n) => `z_net_${n}`), DEFAULT_NETWORK];
      const worker = async () => {
        for (let name = names.pop(); name !== undefined; name = names.pop()) await engine(d.socketPath, 'DELETE', `/networks/${name}`, undefined, 30_000).catch(() => {});
      };
      await Promise.all(Array.from({ length: CREATE_PARALLEL }, worker));
    }),
  );
  const tDaemons = performance.now();
  await stopAllDockerds();
  progress(`torn down (networks removed in ${fmt((tDaemons - tStop) / 1000)} s, daemons stopped in ${fmt((performance.now() - tDaemons) / 1000)} s)`);

  const sortedReg = [...registerMs].sort((a, b) => a - b);
  return {
    name: config.name,
    agents: config.agents,
    networks: config.networks,
    expectedNetworks,
    daemonsStartS,
    networksCreateS,
    serverReadyS,
    resyncMs,
    registerMs: { p50: quantile(sortedReg, 0.5), max: sortedReg.at(-1) },
    ...(cpuBefore !== undefined && cpuAfter !== undefined && { resyncServerCpuS: cpuAfter - cpuBefore }),
    rssReadyMb,
    rssSettledMb,
    rssAfterLoadMb,
    rssPeakMb,
    firstReadMs,
    seq: { p50: quantile(seqMs, 0.5), p99: quantile(seqMs, 0.99), max: seqMs.at(-1), bytes },
    load,
    warnings,
  };
}

// ---- main ------------------------------------------------------------------------------------------------------

async function main() {
  const tStart = performance.now();
  onCleanup('dockerds', () => stopAllDockerds());
  const results: ConfigResult[] = [];
  for (const [i, config] of CONFIGS.entries()) results.push(await runConfig(config, i));
  const [small, big] = results as [ConfigResult, ConfigResult];

  const out: string[] = [];
  const line = (s = '') => out.push(s);
  const ratio = (a: number | undefined | null, b: number | undefined | null) => (a && b ? `${(b / a).toFixed(2)}x` : '-');
  const row = (label: string, a: number | undefined | null, b: number | undefined | null, digits = 1, unit = '') =>
    line(`  ${label.padEnd(44)} ${`${fmt(a, digits)}${unit}`.padStart(12)} ${`${fmt(b, digits)}${unit}`.padStart(12)} ${ratio(a, b).padStart(8)}`);
  line();
  line(`Enclave fleet-size benchmark: one Enclave process (${usePostgres ? 'fresh Postgres database' : 'PGlite memory://'}, NODE_ENV=production), ` +
    `real dockerd agents (vfs), networks created before Enclave starts;`);
  line(`  read: ${READ_QUERY}`);
  line(`  ${WORKSPACES} workspaces restricted to ${NETWORKS_PER_WORKSPACE} networks each; node ${process.version}, ${cores} CPUs (shared with the daemons and the load generator)`);
  line();
  line(`  ${''.padEnd(44)} ${small.name.split(' x ').join('x').padStart(12)} ${big.name.split(' x ').join('x').padStart(12)} ${'big/small'.padStart(8)}`);
  row('networks Enclave must know (incl. default)', small.expectedNetworks, big.expectedNetworks, 0);
  row('daemons started (s)', small.daemonsStartS, big.daemonsStartS);
  row('networks created via Engine API (s)', small.networksCreateS, big.networksCreateS);
  row('Enclave start to /readyz (s)', small.serverReadyS, big.serverReadyS, 2);
  row('start-up resync: registration -> all known (ms)', small.resyncMs, big.resyncMs, 0);
  row('  registerAgent response p50 (ms)', small.registerMs.p50, big.registerMs.p50, 0);
  row('  registerAgent response max (ms)', small.registerMs.max, big.registerMs.max, 0);
  row('  Enclave CPU during resync (s)', small.resyncServerCpuS, big.resyncServerCpuS, 2);
  row('RSS after start (MB)', small.rssReadyMb, big.rssReadyMb);
  row(`RSS settled, ${SETTLE_MS / 1000} s after resync (MB)`, small.rssSettledMb, big.rssSettledMb);
  row('RSS after the read load (MB)', small.rssAfterLoadMb, big.rssAfterLoadMb);
  row('RSS peak, sampled every 200 ms (MB)', small.rssPeakMb, big.rssPeakMb);
  row('first read after setup (ms)', small.firstReadMs, big.firstReadMs, 2);
  row(`read, ${SEQUENTIAL} sequential: p50 (ms)`, small.seq.p50, big.seq.p50, 2);
  row(`read, ${SEQUENTIAL} sequential: p99 (ms)`, small.seq.p99, big.seq.p99, 2);
  row(`read, ${SEQUENTIAL} sequential: max (ms)`, small.seq.max, big.seq.max, 2);
  row('read response size (bytes)', small.seq.bytes, big.seq.bytes, 0);
  row(`read, C=${CONCURRENCY} closed loop ${LOAD_MS / 1000} s: RPS`, small.load.rps, big.load.rps, 0);
  row(`read, C=${CONCURRENCY}: p50 (ms)`, small.load.p50, big.load.p50, 2);
  row(`read, C=${CONCURRENCY}: p99 (ms)`, small.load.p99, big.load.p99, 2);
  row(`read, C=${CONCURRENCY}: max (ms)`, small.load.max, big.load.max, 2);
  row(`read, C=${CONCURRENCY}: errors`, small.load.errors + small.load.sizeMismatches, big.load.errors + big.load.sizeMismatches, 0);
  row(`  Enclave CPU in the loop (cores)`, small.load.serverCpu, big.load.serverCpu, 2);
  row(`  load generator CPU (cores)`, small.load.loadgenCpu, big.load.loadgenCpu, 2);
  row(`  machine busy in the loop (cores of ${cores})`, small.load.machineBusy, big.load.machineBusy, 2);
  line('  (ratio = big / small; resync includes the daemons\' listing, Enclave\'s writes and its default-network creation on each agent)');
  if (!usePostgres) line('  (PGlite, Postgres compiled to WASM, runs inside the Enclave process: its heap is part of the RSS; BENCH_SCALE_POSTGRES=1 leaves it out)');
  for (const r of results) {
    if (r.load.firstError) line(`  ${r.name}: first load error: ${r.load.firstError}`);
    if (r.warnings.length) {
      line(`  ${r.name}: server log (LOG_LEVEL=warn) ${r.warnings.length} line(s)`);
      for (const l of r.warnings.slice(0, 6)) line(`    ${summarizeLog(l)}`);
    }
  }
  line();
  line(`Timing: total before cleanup ${fmt((performance.now() - tStart) / 1000)} s`);
  console.log(out.join('\n'));

  const pack = (r: ConfigResult) => ({
    agents: r.agents,
    networksPerAgent: r.networks,
    resyncMs: round(r.resyncMs, 0),
    registerMaxMs: round(r.registerMs.max, 0),
    rssSettledMb: round(r.rssSettledMb),
    rssAfterLoadMb: round(r.rssAfterLoadMb),
    rssPeakMb: round(r.rssPeakMb),
    seqP50: round(r.seq.p50, 2),
    seqP99: round(r.seq.p99, 2),
    rps: round(r.load.rps, 0),
    loadP50: round(r.load.p50, 2),
    loadP99: round(r.load.p99, 2),
    errors: r.load.errors + r.load.sizeMismatches,
  });
  return {
    database: usePostgres ? 'postgres' : 'pglite',
    small: pack(small),
    big: pack(big),
    ratios: {
      resync: round(big.resyncMs / small.resyncMs, 2),
      rss: round((big.rssSettledMb ?? NaN) / (small.rssSettledMb ?? NaN), 2),
      seqP50: round((big.seq.p50 ?? NaN) / (small.seq.p50 ?? NaN), 2),
      seqP99: round((big.seq.p99 ?? NaN) / (small.seq.p99 ?? NaN), 2),
      rps: round(big.load.rps / small.load.rps, 2),
    },
  };
}

await runBench(main, { watchdogMs: WATCHDOG_MS });
