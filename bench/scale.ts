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
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { startDockerd, stopAllDockerds, type Dockerd } from '../test/harness/dockerd.js';

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
const usePostgres = ['1', 'true', 'yes'].includes(process.env['BENCH_SCALE_POSTGRES'] ?? '');
const postgresUrl = process.env['ENCLAVE_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const READ_QUERY = 'query { workspaces { id name launchOptions { choices { network agentCount } } } }';

const root = fileURLToPath(new URL('..', import.meta.url));
const token = randomBytes(16).toString('hex'); // 32 chars
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const fmt = (v: number | null | undefined, digits = 1) => (v === null || v === undefined || Number.isNaN(v) ? '-' : v.toFixed(digits));
const clkTck = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
const progress = (s: string) => process.stderr.write(`[scale] ${s}\n`);

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

/** A request to a daemon's Engine API over its unix socket. */
function engine(socketPath: string, method: string, path: string, body?: unknown): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        socketPath,
        method,
        path,
        headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
        timeout: 30_000,
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
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function cpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clkTck;
  } catch {
    return undefined;
  }
}

function rssMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Busy and total jiffies of the whole machine, from /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const first = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1, 9).map(Number);
  const total = first.reduce((a, b) => a + b, 0);
  return { busy: total - first[3]! - first[4]!, total };
}
const cores = Number(spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()) || 1;
const busyCores = (a: ReturnType<typeof machineTicks>, b: ReturnType<typeof machineTicks>) =>
  ((b.busy - a.busy) / Math.max(1, b.total - a.total)) * cores;

function summarizeLog(l: string): string {
  try {
    const o = JSON.parse(l) as Record<string, unknown>;
    const { level, time, pid, hostname, msg, ...rest } = o;
    return `[${level}] ${msg} ${JSON.stringify(rest)}`.slice(0, 300);
  } catch {
    return l.slice(0, 300);
  }
}

// ---- Enclave process --------------------------------------------------------------------------------------------

interface ServerProcess {
  child: ChildProcess;
  log: string[];
  base: string;
  port: number;
  stop(): Promise<void>;
}

function spawnEnclave(label: string, port: number, databaseUrl: string): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      ENCLAVE_DATA_DIR: 'memory://',
      ENCLAVE_LOCAL_AGENT: 'false',
      ENCLAVE_ADMIN_TOKEN: token,
      ENCLAVE_DEFAULT_NETWORK: DEFAULT_NETWORK,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      partial += chunk;
      const lines = partial.split('\n');
      partial = lines.pop()!;
      for (const line of lines) if (line.trim()) log.push(line);
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopping: Promise<void> | undefined;
  return {
    child,
    log,
    port,
    base: `http://127.0.0.1:${port}`,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 12_000);
          await exited;
          clearTimeout(timer);
        }
        exitNotes.push(`enclave[${label}] pid ${child.pid} exited (code ${child.exitCode}, signal ${child.signalCode})`);
      })();
      return stopping;
    },
  };
}

async function waitReady(server: ServerProcess) {
  const deadline = performance.now() + 30_000;
  for (;;) {
    if (server.child.exitCode !== null || server.child.signalCode !== null)
      throw new Error(`Enclave exited during startup:\n${server.log.slice(-20).join('\n')}`);
    if (await fetch(`${server.base}/readyz`).then((r) => r.status === 200, () => false)) return;
    if (performance.now() > deadline) throw new Error(`Enclave not ready within 30 s:\n${server.log.slice(-20).join('\n')}`);
    await sleep(50);
  }
}

/** GraphQL over a keep-alive agent (one socket for sequential use); resolves with data and the request's time. */
function makeGql(base: string, agent: http.Agent) {
  const url = new URL(`${base}/graphql`);
  return function gql<T>(query: string, variables?: Record<string, unknown>): Promise<{ data: T; ms: number; bytes: number }> {
    const body = JSON.stringify({ query, variables });
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
            try {
              const parsed = JSON.parse(text) as { data?: T; errors?: unknown[] };
              if (parsed.errors?.length || !parsed.data) return reject(new Error(`GraphQL errors: ${text.slice(0, 1000)}`));
              resolve({ data: parsed.data, ms, bytes: text.length });
            } catch {
              reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 500)}`));
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

interface LoadResult {
  completed: number;
  rps: number;
  p50: number | null;
  p90: number | null;
  p99: number | null;
  max: number | null;
  errors: number;
  firstError?: string;
  sizeMismatches: number;
  responseBytes: number;
  loadgenCpu: number;
  serverCpu?: number;
  machineBusy?: number;
}

let activeLoad: ChildProcess | undefined;
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
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/read/load.ts', JSON.stringify(cfg)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  activeLoad = child;
  let out = '';
  let err = '';
  type Mark = { at: number; server: number | undefined; machine: ReturnType<typeof machineTicks> };
  const mark = (): Mark => ({ at: performance.now(), server: cpuSeconds(serverPid), machine: machineTicks() });
  let start: Mark | undefined;
  let end: Mark | undefined;
  let errPartial = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => {
    errPartial += c;
    const lines = errPartial.split('\n');
    errPartial = lines.pop()!;
    for (const l of lines) {
      if (l === '@measure-start') start = mark();
      else if (l === '@measure-end') end = mark();
      else err += `${l}\n`;
    }
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  activeLoad = undefined;
  const lastLine = out.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !lastLine.startsWith('{')) throw new Error(`load generator failed (exit ${code}):\n${err.slice(-2000)}\n${out.slice(-2000)}`);
  const result = JSON.parse(lastLine) as LoadResult;
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

type Cleanup = (() => Promise<void>) & { label?: string };
const cleanups: Cleanup[] = [];
const cleanupTimes: string[] = [];
const exitNotes: string[] = [];
const onCleanup = (label: string, fn: () => Promise<void>) => cleanups.push(Object.assign(fn, { label }));

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
          const res = await engine(d.socketPath, 'POST', '/networks/create', { Name: `z_net_${n}`, CheckDuplicate: true });
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
    const name = `enclave_bench_${randomBytes(6).toString('hex')}`;
    const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`create database ${name}`);
    } finally {
      await admin.end();
    }
    let dropped = false;
    dropDatabase = async () => {
      if (dropped) return;
      dropped = true;
      const sql = postgres(postgresUrl, { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await sql.end();
      }
    };
    onCleanup(`drop ${name}`, dropDatabase);
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const t2 = performance.now();
  const server = spawnEnclave(config.name, await freePort(), databaseUrl);
  onCleanup(`enclave[${config.name}]`, () => server.stop());
  await waitReady(server);
  const serverReadyS = (performance.now() - t2) / 1000;
  await sleep(500);
  const rssReadyMb = rssMb(server.child.pid);
  const pid = server.child.pid;
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
      const { data } = await poll<{ networks: { id: string }[] }>('query { networks { id } }').catch(() => ({ data: { networks: [] } }));
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
      const { data } = await makeGql(server.base, new http.Agent({ keepAlive: false }))<{ registerAgent: { id: string; status: string } }>(
        'mutation ($input: RegisterAgentInput!) { registerAgent(input: $input) { id status } }',
        { input: { name: `bench-${tag}-a${i + 1}`, endpoint: d.endpoint } },
      );
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
    const { data } = await gql<{ createWorkspace: { id: string } }>(
      'mutation ($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }',
      { input: { name: `bench-ws-${String(w).padStart(2, '0')}`, image: 'busybox:1.36' } },
    );
    const nets = Array.from({ length: NETWORKS_PER_WORKSPACE }, (_, k) => `z_net_${(w + k * 3) % config.networks}`);
    await gql(
      'mutation ($id: ID!, $networks: [String!]!) { restrictWorkspaceToNetworks(id: $id, networks: $networks, allowNetworkSelection: true) { id } }',
      { id: data.createWorkspace.id, networks: nets },
    );
    expected.set(data.createWorkspace.id, nets);
  }

  // 7. the read: checked, then 200 sequential, then the closed loop
  type Read = { workspaces: { id: string; name: string; launchOptions: { choices: { network: string | null; agentCount: number }[] } }[] };
  const problemsOf = (data: Read): string[] => {
    const problems: string[] = [];
    if (data.workspaces.length !== WORKSPACES) problems.push(`${data.workspaces.length} workspaces, expected ${WORKSPACES}`);
    for (const ws of data.workspaces) {
      const nets = expected.get(ws.id);
      if (!nets) {
        problems.push(`unexpected workspace ${ws.id} ${ws.name}`);
        continue;
      }
      const want = [{ network: null, agentCount: config.agents }, ...nets.map((n) => ({ network: n, agentCount: config.agents }))];
      if (JSON.stringify(ws.launchOptions.choices) !== JSON.stringify(want))
        problems.push(`${ws.name}: ${JSON.stringify(ws.launchOptions.choices)} != ${JSON.stringify(want)}`);
    }
    return problems;
  };
  const first = await gql<Read>(READ_QUERY);
  const firstReadMs = first.ms;
  let problems = problemsOf(first.data);
  for (const deadline = performance.now() + 5_000; problems.length && performance.now() < deadline; ) {
    await sleep(100);
    problems = problemsOf((await gql<Read>(READ_QUERY)).data);
  }
  if (problems.length) throw new Error(`the read is wrong:\n  ${problems.slice(0, 5).join('\n  ')}`);

  const seqMs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < SEQUENTIAL_WARMUP + SEQUENTIAL; i++) {
    const r = await gql<Read>(READ_QUERY);
    bytes = r.bytes;
    if (i >= SEQUENTIAL_WARMUP) seqMs.push(r.ms);
  }
  seqMs.sort((a, b) => a - b);
  progress(`sequential read p50 ${fmt(quantile(seqMs, 0.5), 2)} ms; closed loop C=${CONCURRENCY} for ${LOAD_MS / 1000} s ...`);
  const load = await runLoad(`${server.base}/graphql`, JSON.stringify({ query: READ_QUERY }), pid);
  await sleep(500);
  const rssAfterLoadMb = rssMb(pid);
  clearInterval(rssSampler);
  agent.destroy();
  pollAgent.destroy();

  const warnings = server.log.filter((l) => !l.startsWith('{') || /"level":(40|50|60)/.test(l));

  // 8. tear down this configuration: server (and database), networks (dockerd removes its bridges itself, which is
  // much faster than the harness deleting them one `ip link delete` at a time), daemons
  await server.stop();
  await dropDatabase?.();
  const tStop = performance.now();
  await Promise.all(
    daemons.map(async (d) => {
      const names = [...Array.from({ length: config.networks }, (_, n) => `z_net_${n}`), DEFAULT_NETWORK];
      const worker = async () => {
        for (let name = names.pop(); name !== undefined; name = names.pop()) await engine(d.socketPath, 'DELETE', `/networks/${name}`).catch(() => {});
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

  const r1 = (v: number | undefined | null, d = 1) => (v === undefined || v === null ? null : Math.round(v * 10 ** d) / 10 ** d);
  const pack = (r: ConfigResult) => ({
    agents: r.agents,
    networksPerAgent: r.networks,
    resyncMs: r1(r.resyncMs, 0),
    registerMaxMs: r1(r.registerMs.max, 0),
    rssSettledMb: r1(r.rssSettledMb),
    rssAfterLoadMb: r1(r.rssAfterLoadMb),
    rssPeakMb: r1(r.rssPeakMb),
    seqP50: r1(r.seq.p50, 2),
    seqP99: r1(r.seq.p99, 2),
    rps: r1(r.load.rps, 0),
    loadP50: r1(r.load.p50, 2),
    loadP99: r1(r.load.p99, 2),
    errors: r.load.errors + r.load.sizeMismatches,
  });
  return {
    database: usePostgres ? 'postgres' : 'pglite',
    small: pack(small),
    big: pack(big),
    ratios: {
      resync: r1(big.resyncMs / small.resyncMs, 2),
      rss: r1((big.rssSettledMb ?? NaN) / (small.rssSettledMb ?? NaN), 2),
      seqP50: r1((big.seq.p50 ?? NaN) / (small.seq.p50 ?? NaN), 2),
      seqP99: r1((big.seq.p99 ?? NaN) / (small.seq.p99 ?? NaN), 2),
      rps: r1(big.load.rps / small.load.rps, 2),
    },
  };
}

// ---- run, always cleaning up ----------------------------------------------------------------------------------

let exitCode = 0;
const watchdog = setTimeout(() => {
  console.error(`bench: watchdog fired after ${WATCHDOG_MS / 1000} s; cleaning up`);
  void cleanup().finally(() => process.exit(2));
}, WATCHDOG_MS);
let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    activeLoad?.kill('SIGKILL');
    // reverse order: servers and databases, then daemons
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
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void cleanup().finally(() => process.exit(130)));

let summary: unknown;
try {
  summary = await main();
} catch (error) {
  exitCode = 1;
  console.error('bench failed:', error);
} finally {
  const t = performance.now();
  await cleanup();
  clearTimeout(watchdog);
  console.log(`Cleanup took ${((performance.now() - t) / 1000).toFixed(1)} s (${cleanupTimes.join(', ')})${exitNotes.length ? `; ${exitNotes.join('; ')}` : ''}`);
}
if (summary) console.log(JSON.stringify(summary));
else exitCode ||= 1;
process.exit(exitCode);
