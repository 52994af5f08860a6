// Read-throughput benchmark: the launcher's read
//   query { workspaces { id name launchOptions { choices { network label available agentCount } } } }
// with 20 workspaces on 4 real dockerd agents x 10 networks, against a bare Apollo Server hello-world in the same
// run. Servers are pinned to core 0 (`taskset -c 0`), the load generator (bench/read/load.ts, a closed loop of 32
// keep-alive connections) to core 1. Two Enclave configurations: in-memory PGlite, then a fresh database on the
// local Postgres. Per configuration: hello, Enclave, hello, Enclave; 2 s warm-up + 10 s measured each.
// Target: Enclave RPS >= 0.5 x hello RPS.
//
// Run: npx tsx bench/read.ts   (or npm run bench:read). Needs root, dockerd, taskset, 2 cores and Postgres on
// 127.0.0.1:5432 (ENCLAVE_TEST_POSTGRES_URL overrides). Loopback and unix sockets only.
// BENCH_READ_CPU_PROF=<dir> also writes a V8 CPU profile of each Enclave server (--cpu-prof) into <dir>.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { graphql } from '../test/__generated__/gql.js';
import type { BenchReadLauncherQuery } from '../test/__generated__/graphql.js';
import { createTestDatabase } from '../test/harness/database.js';
import { startDockerd, stopAllDockerds } from '../test/harness/dockerd.js';
import { CreateNetwork, CreateWorkspace, RegisterAgent, RestrictWorkspace } from '../test/harness/operations.js';
import { freePort, spawnProcess, waitReady } from '../test/harness/process.js';
import {
  cpuSeconds,
  enclaveEnv,
  engine,
  fmt,
  onCleanup,
  randomToken,
  round,
  runBench,
  readProblems,
  runLoadGenerator,
  startBenchEnclave,
  stopServer,
  warnLines,
} from './harness.js';
import type { LoadReport } from './read/load.js';

const AGENTS = 4;
const NETWORKS = 10;
const WORKSPACES = 20;
const NETWORKS_PER_WORKSPACE = 3;
const ROUNDS = 2;
const CONCURRENCY = 32;
const WARMUP_MS = 2_000;
const MEASURE_MS = 10_000;
const TARGET_RATIO = 0.5;
/** core 0 busy minus the server's own CPU above this = the run shared the server core (noted in the report) */
const CONTENTION = 0.15;
const WATCHDOG_MS = 175_000;
const SERVER_CORE = '0';
const LOADGEN_CORE = '1';
/** BENCH_READ_CPU_PROF=<dir>: run the Enclave servers with --cpu-prof, profiles written there on exit. */
const cpuProfDir = process.env['BENCH_READ_CPU_PROF'] || undefined;

// The read is a member's (a USER in a group every workspace is limited to, the group limited to every network): the
// path that applies entitlements, with the read cache kept per entitlement.
const ReaderGroup = graphql(`mutation BenchReadGroup($networks: [String!]!) { createGroup(input: { name: "bench-readers", networks: $networks }) { id } }`);
const Reader = graphql(`mutation BenchReadReader { createUser(input: { username: "reader", groups: ["bench-readers"] }) { id } }`);
const ReaderKey = graphql(`mutation BenchReadReaderKey { createApiKey(input: { name: "bench reader", role: USER, owner: "reader" }) { token } }`);
const LimitToReaders = graphql(`mutation BenchReadLimit($id: ID!) { updateWorkspace(id: $id, input: { groups: ["bench-readers"] }) { id } }`);
const READ = graphql(`query BenchReadLauncher { workspaces { id name launchOptions { choices { network label available agentCount } } } }`);
/** The read as one line, for the report. */
const READ_QUERY = String(READ).replace(/\s+/g, ' ').trim();
// Not Enclave's schema: the hello-world baseline's.
const HELLO_QUERY = '{ hello }';

const token = randomToken();
const pct = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '-' : `${Math.round(v * 100)}%`);
const perCpu = (r: { rps: number; serverCpu?: number }) => (r.serverCpu ? r.rps / r.serverCpu : undefined);

// ---- small helpers ------------------------------------------------------------------------------------------

/** /proc/stat tick counters of cores 0 and 1 (user nice system idle iowait irq softirq steal). */
function coreTicks(): number[][] {
  const lines = fs.readFileSync('/proc/stat', 'utf8').split('\n');
  return [SERVER_CORE, LOADGEN_CORE].map((core) => {
    const l = lines.find((x) => x.startsWith(`cpu${core} `));
    return l ? l.split(/\s+/).slice(1, 9).map(Number) : [];
  });
}


interface LoadResult extends LoadReport {
  /** server process CPU (fraction of a core) in the measured window, from /proc/<pid>/stat */
  serverCpu?: number;
  /** busy fraction of core 0 and core 1 in the measured window (every process, ours or not), from /proc/stat */
  coreBusy?: number[];
}

/** One load run: the generator as its own process pinned to the load core; resolves with its JSON line. */
async function runLoad(url: string, body: string, headers: Record<string, string>, serverPid: number | undefined): Promise<LoadResult> {
  const cfg = { url, body, headers, concurrency: CONCURRENCY, warmupMs: WARMUP_MS, durationMs: MEASURE_MS };
  const sample = () => ({ at: performance.now(), server: cpuSeconds(serverPid), cores: coreTicks() });
  const { result, start, end } = await runLoadGenerator<LoadResult, ReturnType<typeof sample>>(cfg, sample, LOADGEN_CORE);
  if (start && end) {
    const seconds = (end.at - start.at) / 1000;
    if (start.server !== undefined && end.server !== undefined) result.serverCpu = (end.server - start.server) / seconds;
    result.coreBusy = end.cores.map((c, i) => {
      const s0 = start.cores[i];
      if (!s0) return NaN;
      const total = c.reduce((a, b) => a + b, 0) - s0.reduce((a, b) => a + b, 0);
      const idle = c[3]! + c[4]! - s0[3]! - s0[4]!; // idle + iowait
      return total > 0 ? 1 - idle / total : NaN;
    });
  }
  return result;
}

// ---- main ------------------------------------------------------------------------------------------------------

interface ConfigResult {
  name: string;
  hello: LoadResult[];
  enclave: LoadResult[];
  setupS: number;
  serverWarnings: string[];
}

function checkEnvironment() {
  const t = spawnSync('taskset', ['-c', LOADGEN_CORE, 'true']);
  if (t.error || t.status !== 0)
    throw new Error(`taskset -c ${LOADGEN_CORE} does not work (util-linux installed? 2 cores?): ${t.error?.message ?? t.stderr?.toString()}`);
}

async function main() {
  const tStart = performance.now();
  checkEnvironment();

  // 1. daemons, and the hello-world baseline (kept up for the whole run)
  const daemons = await Promise.all(Array.from({ length: AGENTS }, (_, i) => startDockerd(`bench-r${i + 1}`)));
  onCleanup('dockerds', () => stopAllDockerds());

  // Servers are pinned to the servers' core and run as deployed: graphql-js skips its development-only checks in production.
  const helloPort = await freePort();
  const hello = spawnProcess({
    label: 'hello',
    port: helloPort,
    args: ['--import', 'tsx', 'bench/read/hello.ts'],
    env: { NODE_ENV: 'production', PORT: String(helloPort) },
    inheritEnv: true,
    pinToCore: SERVER_CORE,
  });
  onCleanup('hello server', () => stopServer(hello));
  const helloBody = JSON.stringify({ query: HELLO_QUERY });
  await waitReady(hello, {
    probe: async () => {
      const r = await fetch(`${hello.base}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: helloBody });
      return r.status === 200 && ((await r.json()) as { data?: { hello?: string } }).data?.hello === 'world';
    },
  });
  const tDaemons = performance.now();

  const results: ConfigResult[] = [];
  for (const config of ['pglite (memory://)', 'postgres (local)'] as const) {
    const tSetup = performance.now();
    // 2. database
    let databaseUrl = '';
    let dropDatabase: (() => Promise<void>) | undefined;
    if (config.startsWith('postgres')) {
      const database = await createTestDatabase('postgres', { prefix: 'enclave_bench' });
      dropDatabase = database.drop;
      onCleanup(`drop ${database.name}`, dropDatabase);
      databaseUrl = database.url;
    }

    // 3. Enclave, as its own process
    const enclave = await startBenchEnclave(`enclave[${config}]`, {
      token,
      nodeArgs: cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [],
      env: { NODE_ENV: 'production', ...enclaveEnv(databaseUrl, { ENCLAVE_HEARTBEAT_MS: '1000' }) },
      pinToCore: SERVER_CORE,
    });

    // 4. fleet: agents, networks on every agent, workspaces restricted to 3 networks each
    const agentIds: string[] = [];
    for (const [i, d] of daemons.entries()) {
      const { registerAgent } = await enclave.data(RegisterAgent, { input: { name: `bench-r${i + 1}`, endpoint: d.endpoint } });
      if (registerAgent.status !== 'ONLINE') throw new Error(`agent bench-r${i + 1} registered as ${registerAgent.status}`);
      agentIds.push(registerAgent.id);
    }
    for (let n = 0; n < NETWORKS; n++) {
      const { createNetwork } = await enclave.data(CreateNetwork, { input: { name: `z_net_${n}` } });
      if (createNetwork.length !== AGENTS) throw new Error(`createNetwork z_net_${n} made ${createNetwork.length} networks, expected ${AGENTS}`);
    }
    await enclave.data(ReaderGroup, { networks: Array.from({ length: NETWORKS }, (_, n) => `z_net_${n}`) });
    await enclave.data(Reader);
    const readerToken = (await enclave.data(ReaderKey)).createApiKey.token;
    const expected = new Map<string, string[]>();
    for (let w = 0; w < WORKSPACES; w++) {
      const name = `bench-ws-${String(w).padStart(2, '0')}`;
      const { createWorkspace } = await enclave.data(CreateWorkspace, { input: { name, image: 'busybox:1.36' } });
      const nets = Array.from({ length: NETWORKS_PER_WORKSPACE }, (_, k) => `z_net_${(w + k * 3) % NETWORKS}`);
      await enclave.data(RestrictWorkspace, { id: createWorkspace.id, networks: nets, allowNetworkSelection: true });
      await enclave.data(LimitToReaders, { id: createWorkspace.id });
      expected.set(createWorkspace.id, nets);
    }

    // 5. the read, checked once before loading
    const problemsOf = (data: BenchReadLauncherQuery) =>
      readProblems(data.workspaces, expected, WORKSPACES, (network) => ({ network, label: network ?? 'Auto', available: true, agentCount: AGENTS }));
    let problems: string[] = ['not read yet'];
    for (const deadline = performance.now() + 5_000; problems.length && performance.now() < deadline; ) {
      problems = problemsOf(await enclave.data(READ, {}, { token: readerToken }));
      if (problems.length) await sleep(100);
    }
    if (problems.length) throw new Error(`the read is wrong:\n  ${problems.slice(0, 5).join('\n  ')}`);
    const setupS = (performance.now() - tSetup) / 1000;

    // 6. load, interleaved
    const enclaveBody = JSON.stringify({ query: String(READ) });
    const jsonHeaders = { 'content-type': 'application/json' };
    const res: ConfigResult = { name: config, hello: [], enclave: [], setupS, serverWarnings: [] };
    for (let r = 0; r < ROUNDS; r++) {
      process.stderr.write(`[${config}] round ${r + 1}/${ROUNDS}: hello ... `);
      res.hello.push(await runLoad(`${hello.base}/`, helloBody, jsonHeaders, hello.process.pid));
      process.stderr.write(`${fmt(res.hello.at(-1)!.rps, 0)} rps; enclave ... `);
      res.enclave.push(
        await runLoad(`${enclave.base}/graphql`, enclaveBody, { ...jsonHeaders, authorization: `Bearer ${readerToken}` }, enclave.process.pid),
      );
      process.stderr.write(`${fmt(res.enclave.at(-1)!.rps, 0)} rps\n`);
    }
    res.serverWarnings = warnLines(enclave.lines);
    results.push(res);

    // 7. tear this configuration down: server, database, and the networks it made on the daemons
    await stopServer(enclave);
    await dropDatabase?.();
    for (const d of daemons)
      for (let n = 0; n < NETWORKS; n++) {
        const del = await engine(d.socketPath, 'DELETE', `/networks/z_net_${n}`);
        if (del.status !== 204 && del.status !== 404) throw new Error(`[${d.name}] DELETE z_net_${n}: ${del.status} ${del.text}`);
      }
  }

  // 8. report
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line();
  line(`Enclave read benchmark: ${WORKSPACES} workspaces x (Auto + ${NETWORKS_PER_WORKSPACE}) choices, ${AGENTS} agents x ${NETWORKS} networks`);
  line(`query: ${READ_QUERY}`);
  line(`servers on core ${SERVER_CORE}, load generator on core ${LOADGEN_CORE}; closed loop, ${CONCURRENCY} keep-alive connections; ` +
    `${WARMUP_MS / 1000} s warm-up + ${MEASURE_MS / 1000} s measured per run; node ${process.version}`);
  const summary: Record<string, unknown> = {};
  let allPass = true;
  for (const res of results) {
    line();
    line(`== ${res.name}  (setup: server start + ${AGENTS} agents + ${NETWORKS} createNetwork + ${WORKSPACES} workspaces: ${fmt(res.setupS)} s)`);
    line(`  ${'run'.padEnd(12)} ${'rps'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p90 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)} ` +
      `${'errors'.padStart(6)} ${'bytes'.padStart(6)} ${'srv cpu'.padStart(7)} ${'gen cpu'.padStart(7)} ${'core0'.padStart(5)} ${'core1'.padStart(5)} ${'req/cpu-s'.padStart(9)}`);
    const rowOf = (label: string, r: LoadResult) =>
      `  ${label.padEnd(12)} ${fmt(r.rps, 0).padStart(8)} ${fmt(r.p50, 2).padStart(7)} ${fmt(r.p90, 2).padStart(7)} ${fmt(r.p99, 2).padStart(7)} ` +
      `${fmt(r.max, 1).padStart(7)} ${String(r.errors + r.sizeMismatches).padStart(6)} ${String(r.responseBytes).padStart(6)} ` +
      `${pct(r.serverCpu).padStart(7)} ${pct(r.loadgenCpu).padStart(7)} ${pct(r.coreBusy?.[0]).padStart(5)} ${pct(r.coreBusy?.[1]).padStart(5)} ${fmt(perCpu(r), 0).padStart(9)}`;
    for (let r = 0; r < ROUNDS; r++) {
      line(rowOf(`hello #${r + 1}`, res.hello[r]!));
      line(rowOf(`enclave #${r + 1}`, res.enclave[r]!));
    }
    const agg = (rs: LoadResult[]) => ({
      perCpu: mean(rs.map((r) => perCpu(r) ?? NaN)),
      rps: mean(rs.map((r) => r.rps)),
      p50: mean(rs.map((r) => r.p50 ?? NaN)),
      p99: mean(rs.map((r) => r.p99 ?? NaN)),
      errors: rs.reduce((a, r) => a + r.errors + r.sizeMismatches, 0),
    });
    const h = agg(res.hello);
    const e = agg(res.enclave);
    const ratio = e.rps / h.rps;
    const pass = ratio >= TARGET_RATIO && e.errors === 0 && h.errors === 0;
    allPass &&= pass;
    line(`  mean hello   : ${fmt(h.rps, 0)} rps, p50 ${fmt(h.p50, 2)} ms, p99 ${fmt(h.p99, 2)} ms`);
    line(`  mean enclave : ${fmt(e.rps, 0)} rps, p50 ${fmt(e.p50, 2)} ms, p99 ${fmt(e.p99, 2)} ms`);
    line(`  ratio enclave/hello = ${fmt(ratio, 3)}  (target >= ${TARGET_RATIO})  ${pass ? 'PASS' : 'FAIL'}` +
      `   [per server CPU-second: ${fmt(e.perCpu, 0)} vs ${fmt(h.perCpu, 0)} req, ratio ${fmt(e.perCpu / h.perCpu, 3)}]`);
    for (const r of [...res.hello, ...res.enclave]) if (r.firstError) line(`  first error: ${r.firstError}`);
    // Core 0 busy beyond the server's own CPU = other processes (idle servers' timers, dockerd, anything else on
    // the machine) took part of the server's core: that run's RPS is low for reasons outside the server.
    const contended = [...res.hello.map((r, i) => [`hello #${i + 1}`, r] as const), ...res.enclave.map((r, i) => [`enclave #${i + 1}`, r] as const)]
      .filter(([, r]) => r.serverCpu !== undefined && r.coreBusy?.[0] !== undefined && r.coreBusy[0] - r.serverCpu > CONTENTION)
      .map(([label, r]) => `${label} (server ${pct(r.serverCpu)} of a core0 busy ${pct(r.coreBusy![0])})`);
    if (contended.length)
      line(`  Note: other processes shared core 0 in ${contended.join(', ')}; RPS is disturbed there, req/cpu-s less so.`);
    if (res.serverWarnings.length) {
      line(`  server log (LOG_LEVEL=warn): ${res.serverWarnings.length} line(s)`);
      for (const l of res.serverWarnings.slice(0, 8)) line(`    ${l.slice(0, 300)}`);
    }
    summary[res.name.startsWith('postgres') ? 'postgres' : 'pglite'] = {
      helloRps: round(h.rps, 0),
      enclaveRps: round(e.rps, 0),
      ratio: round(ratio, 3),
      perCpuRatio: round(e.perCpu / h.perCpu, 3),
      hello: { p50: round(h.p50, 2), p99: round(h.p99, 2) },
      enclave: { p50: round(e.p50, 2), p99: round(e.p99, 2) },
      errors: h.errors + e.errors,
      contendedRuns: contended.length,
      pass,
    };
  }
  line();
  line('srv cpu / gen cpu = the server / generator process CPU, core0 / core1 = whole-core busy (any process), all in the');
  line('measured window. srv cpu well under core0 = other processes shared the server core; gen cpu near 100% = the');
  line('generator may be the limit. req/cpu-s = rps / srv cpu: requests per server CPU-second, less sensitive to noise.' + (cpuProfDir ? ` Enclave ran with --cpu-prof (slower); profiles in ${cpuProfDir}.` : ''));
  line();
  line(`Overall: ${allPass ? 'PASS' : 'FAIL'}`);
  line(`Timing: daemons + hello ready ${fmt((tDaemons - tStart) / 1000)} s; total before cleanup ${fmt((performance.now() - tStart) / 1000)} s`);
  console.log(out.join('\n'));
  return { ...summary, pass: allPass };
}

await runBench(main, { watchdogMs: WATCHDOG_MS });
