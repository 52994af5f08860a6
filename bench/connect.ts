// Opening sessions: what Enclave's proxy adds on top of the tunnel it rides, and what a tunnel costs against a plain
// loopback socket (the upper bound of the "second way in" the issue asks to weigh: a port published on the agent).
// One dockerd with the node-service test image (BusyBox nc as the forwarder), the Enclave server as its own process
// (in-memory PGlite), one RUNNING session opened with connectSession like a browser (token exchanged for a cookie).
// Three ways to the same service, interleaved round by round:
//   enclave   HTTP to <session>.sessions.localhost on Enclave's port (127.0.0.1), cookie; Enclave dials the tunnel
//   tunnel    this process opens the same exec tunnel (openExecTunnel over the daemon's unix socket) itself
//   loopback  the same service script run on this machine, on 127.0.0.1: no Docker at all
// Measured: keep-alive request latency (GET /, 200 per round), 100 MiB each way, time to the first byte of a new
// connection (a WebSocket to /echo opened and one message echoed: every upgrade is a new tunnel), and 200 WebSockets
// opened at once echoing 10 messages each. Targets: added p50 latency (enclave - tunnel) <= 1 ms, throughput >= 0.8 x
// tunnel, new connection <= 1.5 x tunnel.
//
// Run: npx tsx bench/connect.ts   (or npm run bench:connect). Needs root and dockerd. About two minutes.
import { spawn } from 'node:child_process';
import http, { type IncomingMessage } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Docker from 'dockerode';
import WebSocket from 'ws';
import { createDockerClient } from '../src/docker/client.js';
import { parseEndpoint } from '../src/docker/endpoint.js';
import { probeForwarder } from '../src/docker/forwarders.js';
import { openExecTunnel } from '../src/docker/tunnel.js';
import { graphql } from '../test/__generated__/gql.js';
import { startDockerd, stopAllDockerds } from '../test/harness/dockerd.js';
import { importNodeServiceImage, SERVICE_PORT } from '../test/harness/images.js';
import { RegisterAgent } from '../test/harness/operations.js';
import { until } from '../test/harness/until.js';
import { bounded, enclaveEnv, fmt, onCleanup, quantile, randomToken, round, runBench, startBenchEnclave } from './harness.js';

const ROUNDS = 3;
const REQUESTS = 500;
const TRANSFER = 100 << 20;
const CONNECTIONS = 20;
const CONCURRENT = 200;
const ECHOES = 10;
const TARGETS = { addedP50Ms: 1, throughput: 0.8, newConnection: 1.5 };
const SERVICE_SCRIPT = fileURLToPath(new URL('../test/harness/images/node-service.mjs', import.meta.url));

const CreateWorkspace = graphql(`
  mutation BenchConnectWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }
`);
const Launch = graphql(`mutation BenchConnectLaunch($input: LaunchSessionInput!) { launchSession(input: $input) { id } }`);
const Ready = graphql(`query BenchConnectReady($id: ID!) { session(id: $id) { status ready statusReason containerId } }`);
const Connect = graphql(`mutation BenchConnectUrl($id: ID!) { connectSession(id: $id) { url } }`);

type Way = 'enclave' | 'tunnel' | 'loopback';
const ways: Way[] = ['enclave', 'tunnel', 'loopback'];

/** Where one way's requests go: an Agent (its own connections) and the headers that route and admit them. */
interface Route {
  agent: (keepAlive: boolean) => http.Agent;
  port: number;
  headers: Record<string, string>;
}

function get(route: Route, agent: http.Agent, path: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: route.port, path, agent, headers: route.headers, timeout: 30_000 }, (res: IncomingMessage) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out`)));
    req.on('error', reject);
  });
}

async function latencies(route: Route, expected = 200): Promise<number[]> {
  const agent = route.agent(true);
  await get(route, agent, '/'); // the connection, opened outside the measurement
  const out: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    const { status } = await get(route, agent, '/');
    out.push(performance.now() - t0);
    if (status !== expected) throw new Error(`GET / answered ${status}`);
  }
  agent.destroy();
  return out;
}

async function download(route: Route): Promise<number> {
  const agent = route.agent(true);
  const t0 = performance.now();
  const { bytes } = await get(route, agent, `/download?bytes=${TRANSFER}`);
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  if (bytes !== TRANSFER) throw new Error(`downloaded ${bytes} of ${TRANSFER} bytes`);
  return bytes / seconds / (1 << 20);
}

const block = Buffer.alloc(1 << 20, 7);

/** POST /upload of TRANSFER bytes, written as fast as the way takes them; MiB/s until the service's answer. */
async function upload(route: Route): Promise<number> {
  const agent = route.agent(true);
  const t0 = performance.now();
  const answer = await new Promise<string>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: route.port, method: 'POST', path: '/upload', agent, headers: { ...route.headers, 'content-length': TRANSFER } },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk));
        res.on('end', () => resolve(body));
      },
    );
    req.on('error', reject);
    let left = TRANSFER / block.length;
    const pump = () => {
      while (left > 0) {
        left--;
        if (!req.write(block)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  if ((JSON.parse(answer) as { bytes: number }).bytes !== TRANSFER) throw new Error(`upload answered ${answer}`);
  return TRANSFER / seconds / (1 << 20);
}

/** Opens a WebSocket to /echo and resolves once it is open. */
function openSocket(route: Route): Promise<WebSocket> {
  const socket = new WebSocket(`ws://127.0.0.1:${route.port}/echo`, { headers: route.headers, agent: route.agent(false) });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade answered ${res.statusCode}`)));
  });
}

/** CONCURRENT WebSockets opened at once, each echoing ECHOES messages one after another: the time of it all, and each echo's. */
async function concurrentEchoes(route: Route): Promise<{ totalMs: number; echoMs: number[] }> {
  const t0 = performance.now();
  const sockets = await Promise.all(Array.from({ length: CONCURRENT }, () => openSocket(route)));
  const echoMs: number[] = [];
  await Promise.all(
    sockets.map(async (socket, i) => {
      for (let n = 0; n < ECHOES; n++) {
        const sent = performance.now();
        const text = `s${i}m${n}`;
        const back = await new Promise<string>((resolve) => (socket.once('message', (data) => resolve(String(data))), socket.send(text)));
        if (back !== text) throw new Error(`echo out of order: sent ${text}, got ${back}`);
        echoMs.push(performance.now() - sent);
      }
    }),
  );
  const totalMs = performance.now() - t0;
  for (const socket of sockets) socket.terminate();
  return { totalMs, echoMs };
}

/** Time to the first byte back on a new connection: a WebSocket opened (each one a new tunnel) and one echo. */
async function newConnections(route: Route): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const t0 = performance.now();
    const socket = await openSocket(route);
    await new Promise<void>((resolve) => (socket.once('message', () => resolve()), socket.send('ping')));
    out.push(performance.now() - t0);
    socket.terminate();
  }
  return out;
}

/** One measured step, bounded in time, its failure named. */
const step = <T>(what: string, ms: number, work: Promise<T>) =>
  bounded(what, ms, work).catch((error: Error) => Promise.reject(new Error(`${what}: ${error.message}`, { cause: error })));

/** An http.Agent whose connections are exec tunnels opened by `dial` (as Enclave's proxy pools them). */
function tunnelAgent(dial: () => Promise<Duplex>, keepAlive: boolean): http.Agent {
  const agent = new http.Agent({ keepAlive, maxSockets: 1 });
  agent.createConnection = ((_options: unknown, made: (error: Error | null, socket?: Duplex) => void) => {
    dial().then((tunnel) => made(null, tunnel), (error: Error) => made(error));
    return undefined;
  }) as unknown as http.Agent['createConnection'];
  return agent;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function main() {
  const token = randomToken();
  const daemon = await startDockerd('bench-connect');
  onCleanup('dockerd', () => stopAllDockerds());
  const image = await importNodeServiceImage(daemon);
  const profile = process.env['BENCH_CONNECT_CPU_PROF'];
  const server = await startBenchEnclave('server', {
    token,
    env: enclaveEnv('', { ENCLAVE_STOP_GRACE_S: '0' }),
    ...(profile && { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profile] }),
  });
  await server.data(RegisterAgent, { input: { name: 'bench-connect', endpoint: daemon.endpoint } });
  const { createWorkspace } = await server.data(CreateWorkspace, {
    input: { name: 'bench-connect', image, cores: 1, memoryMb: 512, connect: { port: SERVICE_PORT, protocol: 'HTTP', path: '/' } },
  });
  const { launchSession } = await server.data(Launch, { input: { workspaceId: createWorkspace.id } });
  const session = await until('the session to be ready', async () => {
    const s = (await server.data(Ready, { id: launchSession.id })).session;
    if (s?.status === 'FAILED' || s?.statusReason) throw new Error(`session: ${s.status} ${s.statusReason}`);
    return s?.ready && s;
  }, { timeoutMs: 60_000, intervalMs: 100 });

  // The browser's way in: the connect URL's token, exchanged for the cookie.
  const connectUrl = new URL((await server.data(Connect, { id: launchSession.id })).connectSession.url);
  const exchange = await new Promise<IncomingMessage>((resolve, reject) =>
    http.get({ host: '127.0.0.1', port: Number(connectUrl.port), path: `${connectUrl.pathname}${connectUrl.search}`, headers: { host: connectUrl.host } }, resolve).on('error', reject),
  );
  exchange.resume();
  const cookie = String(exchange.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  if (exchange.statusCode !== 303 || !cookie) throw new Error(`the connect URL was not exchanged (${exchange.statusCode})`);

  const client = createDockerClient({ endpoint: parseEndpoint(daemon.endpoint, { tls: false }), timeoutMs: 10_000 });
  const probed = await probeForwarder(client, session.containerId!);
  if (!probed.forwarder) throw new Error(probed.message);
  const forwarder = probed.forwarder;
  const dial = () => openExecTunnel(client, { containerId: session.containerId!, port: SERVICE_PORT }, forwarder);

  const loopbackPort = await freePort();
  const service = spawn(process.execPath, [SERVICE_SCRIPT], { env: { ...process.env, HOST: '127.0.0.1', PORT: String(loopbackPort) }, stdio: 'ignore' });
  onCleanup('loopback service', async () => void service.kill());

  const routes: Record<Way, Route> = {
    enclave: { agent: (keepAlive) => new http.Agent({ keepAlive, maxSockets: 1 }), port: Number(connectUrl.port), headers: { host: connectUrl.host, cookie } },
    tunnel: { agent: (keepAlive) => tunnelAgent(dial, keepAlive), port: 0, headers: { host: 'localhost' } },
    loopback: { agent: (keepAlive) => new http.Agent({ keepAlive, maxSockets: 1 }), port: loopbackPort, headers: { host: 'localhost' } },
  };
  await until('the loopback service', () => get(routes.loopback, routes.loopback.agent(false), '/').then((r) => r.status === 200, () => false));

  // Enclave answering by itself on the session's host (no cookie: 401), for where the added latency goes.
  const refusedRoute: Route = { ...routes.enclave, headers: { host: connectUrl.host } };
  const refused: number[] = [];
  interface Samples { latency: number[]; down: number[]; up: number[]; connect: number[]; concurrentMs: number[]; echo: number[] }
  const empty = (): Samples => ({ latency: [], down: [], up: [], connect: [], concurrentMs: [], echo: [] });
  const samples: Record<Way, Samples> = { enclave: empty(), tunnel: empty(), loopback: empty() };
  // Docker takes seconds to reap hundreds of execs: each measurement waits until the container is back to the pools'.
  const api = new Docker({ socketPath: daemon.socketPath });
  const settled = () =>
    until('the execs to be reaped', async () => ((await api.getContainer(session.containerId!).inspect()).ExecIDs?.length ?? 0) <= 16, {
      timeoutMs: 60_000,
      intervalMs: 200,
    });
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 ? [...ways].reverse() : ways;
    for (const way of order) {
      const route = routes[way];
      const into = samples[way];
      await settled();
      into.latency.push(...(await step(`${way} latency`, 60_000, latencies(route))));
      if (way === 'enclave') refused.push(...(await step('enclave refusals', 60_000, latencies(refusedRoute, 401))));
      into.down.push(await step(`${way} download`, 60_000, download(route)));
      into.up.push(await step(`${way} upload`, 60_000, upload(route)));
      into.connect.push(...(await step(`${way} connections`, 60_000, newConnections(route))));
    }
    for (const way of order) {
      await settled();
      const concurrent = await step(`${way} ${CONCURRENT} WebSockets`, 120_000, concurrentEchoes(routes[way]));
      samples[way].concurrentMs.push(concurrent.totalMs);
      samples[way].echo.push(...concurrent.echoMs);
    }
    process.stderr.write(`[connect] round ${r + 1}/${ROUNDS}\n`);
  }

  const p = (values: number[], q: number) => quantile([...values].sort((a, b) => a - b), q)!;
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const figure = (way: Way) => ({
    p50: p(samples[way].latency, 0.5),
    p99: p(samples[way].latency, 0.99),
    down: mean(samples[way].down),
    up: mean(samples[way].up),
    connectP50: p(samples[way].connect, 0.5),
    concurrentMs: mean(samples[way].concurrentMs),
    echoP50: p(samples[way].echo, 0.5),
    echoP99: p(samples[way].echo, 0.99),
  });
  const f = { enclave: figure('enclave'), tunnel: figure('tunnel'), loopback: figure('loopback') };
  const added = f.enclave.p50 - f.tunnel.p50;
  const throughputRatio = Math.min(f.enclave.down / f.tunnel.down, f.enclave.up / f.tunnel.up);
  const connectRatio = f.enclave.connectP50 / f.tunnel.connectP50;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

  const row = (label: string, pick: (x: (typeof f)['enclave']) => number, digits = 2) =>
    console.log(`${label.padEnd(28)}${ways.map((w) => fmt(pick(f[w]), digits).padStart(11)).join('')}`);
  console.log(`\nforwarder: ${forwarder}; ${ROUNDS} rounds, interleaved: ${REQUESTS} keep-alive GET /, ${TRANSFER >> 20} MiB each way, ` +
    `${CONNECTIONS} new connections, ${CONCURRENT} concurrent WebSockets x ${ECHOES} echoes\n`);
  console.log(`${''.padEnd(28)}${ways.map((w) => w.padStart(11)).join('')}`);
  row('GET / p50 (ms)', (x) => x.p50);
  row('GET / p99 (ms)', (x) => x.p99);
  row('download (MiB/s)', (x) => x.down, 1);
  row('upload (MiB/s)', (x) => x.up, 1);
  row('new connection TTFB p50 (ms)', (x) => x.connectP50);
  row(`${CONCURRENT} WebSockets, all (ms)`, (x) => x.concurrentMs, 0);
  row('  echo p50 (ms)', (x) => x.echoP50);
  row('  echo p99 (ms)', (x) => x.echoP99);
  console.log(`${'GET / refused by Enclave p50 (ms)'.padEnd(28)}${fmt(p(refused, 0.5), 2).padStart(11)}   (Enclave's own answer, no tunnel)`);
  console.log('');
  console.log(`added p50 latency ${fmt(added, 2)} ms (target <= ${TARGETS.addedP50Ms}): ${verdict(added <= TARGETS.addedP50Ms)}`);
  console.log(`throughput ${fmt(throughputRatio, 2)} x tunnel, the lower of both ways (target >= ${TARGETS.throughput}): ${verdict(throughputRatio >= TARGETS.throughput)}`);
  console.log(`new connection ${fmt(connectRatio, 2)} x tunnel (target <= ${TARGETS.newConnection}): ${verdict(connectRatio <= TARGETS.newConnection)}`);
  console.log(
    `tunnel vs loopback (what a port published on the agent could win back): ${fmt(f.tunnel.down / f.loopback.down, 2)} x download, ` +
      `${fmt(f.tunnel.up / f.loopback.up, 2)} x upload, ${fmt(f.tunnel.connectP50 / f.loopback.connectP50, 0)} x new-connection time`,
  );
  const summary = (x: (typeof f)['enclave']) => ({
    p50Ms: round(x.p50, 3),
    p99Ms: round(x.p99, 3),
    downMibps: round(x.down),
    upMibps: round(x.up),
    connectP50Ms: round(x.connectP50, 2),
    concurrentMs: round(x.concurrentMs, 0),
    echoP50Ms: round(x.echoP50, 2),
    echoP99Ms: round(x.echoP99, 2),
  });
  return {
    bench: 'connect',
    forwarder,
    enclave: summary(f.enclave),
    tunnel: summary(f.tunnel),
    loopback: summary(f.loopback),
    refusedP50Ms: round(p(refused, 0.5), 3),
    addedP50Ms: round(added, 3),
    throughputRatio: round(throughputRatio, 3),
    connectRatio: round(connectRatio, 3),
    pass: added <= TARGETS.addedP50Ms && throughputRatio >= TARGETS.throughput && connectRatio <= TARGETS.newConnection,
  };
}

await runBench(main, { watchdogMs: 300_000 });
