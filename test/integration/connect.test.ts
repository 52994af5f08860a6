// Opening sessions: connectSession, the session's own host, the tunnel through the agent's Docker API, and who is
// refused — on a real dockerd, with a service image that serves a page, echoes headers and WebSocket messages, and
// takes and gives 10 MiB bodies. The sessions run on an `internal` network: nothing outside could route to them.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { importNodeServiceImage, patternSha256, SERVICE_PORT } from '../harness/images.js';
import { CreateNetwork, RegisterAgent, RestrictWorkspace } from '../harness/operations.js';
import { hostRequest, hostWebSocket, openConnectUrl, runningExecs } from '../harness/session-host.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { until } from '../harness/until.js';

const cookieName = 'enclave_session';

const CreateKey = graphql(`
  mutation ConnectTestKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { token apiKey { id } }
  }
`);
const CreateConnectWorkspace = graphql(`
  mutation ConnectTestWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) { id connect { port protocol path } }
  }
`);
const Launch = graphql(`
  mutation ConnectTestLaunch($input: LaunchSessionInput!) {
    launchSession(input: $input) { id }
  }
`);
const Connect = graphql(`
  mutation ConnectTestConnect($id: ID!) {
    connectSession(id: $id) { url expiresAt }
  }
`);
const SessionState = graphql(`
  query ConnectTestSession($id: ID!) {
    session(id: $id) { id status ready statusReason containerId lastActivityAt }
  }
`);
const Pool = graphql(`
  mutation ConnectTestPool($input: CreateStagingPoolInput!) {
    createStagingPool(input: $input) { id }
  }
`);
const PoolReady = graphql(`
  query ConnectTestPoolReady { stagingPools { id ready } }
`);
const LaunchStaged = graphql(`
  mutation ConnectTestLaunchStaged($input: LaunchSessionInput!) {
    launchSession(input: $input) { id status staged ready containerId }
  }
`);
const Destroy = graphql(`
  mutation ConnectTestDestroy($id: ID!) {
    destroySession(id: $id) { id status }
  }
`);
const Revoke = graphql(`
  mutation ConnectTestRevoke($id: ID!) {
    revokeApiKey(id: $id) { id }
  }
`);

describe('opening a session through the agent’s Docker API (pglite, real dockerd)', () => {
  let server: TestServer;
  let daemon: Dockerd;
  let workspaceId = '';
  const users: Record<string, { token: string; keyId: string }> = {};

  beforeAll(async () => {
    daemon = await startDockerd('connect');
    const image = await importNodeServiceImage(daemon);
    server = await startTestServer('pglite', { ENCLAVE_STOP_GRACE_S: '1' });
    // Room for every session the file keeps running at a whole core each (what is booked, not what they use).
    const capacity = { cores: 64 };
    const { registerAgent } = await server.data(RegisterAgent, { input: { name: 'connect', endpoint: daemon.endpoint, capacity } });
    await server.data(CreateNetwork, { input: { name: 'z_internal', agentIds: [registerAgent.id], internal: true } });
    // A whole core: the forwarders run in the session's container, under its CPU quota (at 0.1 core, 200 of them and
    // the Node service took over two minutes to open on a slower machine).
    const { createWorkspace } = await server.data(CreateConnectWorkspace, {
      input: { name: 'web', image, cores: 1, memoryMb: 128, connect: { port: SERVICE_PORT } },
    });
    expect(createWorkspace.connect).toEqual({ port: SERVICE_PORT, protocol: 'HTTP', path: '/' });
    workspaceId = createWorkspace.id;
    await server.data(RestrictWorkspace, { id: workspaceId, networks: ['z_internal'], allowNetworkSelection: false });
    for (const owner of ['alice', 'bob']) {
      const { createApiKey } = await server.data(CreateKey, { input: { name: owner, role: 'USER', owner } });
      users[owner] = { token: createApiKey.token, keyId: createApiKey.apiKey.id };
    }
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await daemon?.stop();
  });

  const as = (owner: string) => users[owner]!.token;
  const state = async (id: string) => (await server.data(SessionState, { id })).session!;

  /** A session of alice's, RUNNING and ready. */
  async function readySession(): Promise<string> {
    const response = await server.gql(Launch, { input: { workspaceId } }, as('alice'));
    const id = response.data!.launchSession.id;
    await until('the session is ready', async () => (await state(id)).ready, { timeoutMs: 60_000 });
    return id;
  }

  const connect = async (id: string, owner = 'alice') => server.gql(Connect, { id }, as(owner));

  it('lets the owner open it: the token becomes a host-only cookie, the page names the session', async () => {
    const id = await readySession();
    const { data } = await connect(id);
    const url = new URL(data!.connectSession.url);
    expect(url.hostname).toBe(`${id}.sessions.localhost`);
    const { cookie, page, exchange } = await openConnectUrl(url.href, cookieName);
    const setCookie = exchange.headers['set-cookie']![0]!;
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Domain=/i);
    expect(exchange.headers.location).toBe('/');
    expect(cookie.startsWith(`${cookieName}=`)).toBe(true);
    expect(page.status).toBe(200);
    const { containerId } = await state(id);
    expect(page.body.toString()).toContain(containerId!.slice(0, 12));
  });

  it('opens a session handed over from a staging pool at once: it was ready before anyone asked', async () => {
    const { createStagingPool } = await server.data(Pool, { input: { workspaceId, size: 1 } });
    await until('the pool ready', async () => (await server.data(PoolReady)).stagingPools.find((p) => p.id === createStagingPool.id)?.ready === 1, {
      timeoutMs: 100_000,
      intervalMs: 200,
    });
    const { launchSession } = (await server.gql(LaunchStaged, { input: { workspaceId } }, as('alice'))).data!;
    expect(launchSession).toMatchObject({ status: 'RUNNING', staged: true, ready: true });
    const { data } = await connect(launchSession.id);
    const { page } = await openConnectUrl(data!.connectSession.url, cookieName);
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain(launchSession.containerId!.slice(0, 12)); // the service names its container
  }, 120_000);

  it('refuses what is not the owner’s: another user, a reused or foreign token, no cookie, another session’s cookie', async () => {
    const [first, second] = [await readySession(), await readySession()];
    expect((await connect(first, 'bob')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const url = new URL((await connect(first)).data!.connectSession.url);
    const { cookie } = await openConnectUrl(url.href, cookieName);
    expect((await hostRequest(url)).status).toBe(403); // the token again
    const secondHost = new URL(`http://${second}.sessions.localhost:${url.port}/`);
    expect((await hostRequest(secondHost)).status).toBe(401);
    expect((await hostRequest(secondHost, { headers: { cookie } })).status).toBe(403);
    const foreign = new URL(url);
    foreign.host = secondHost.host;
    expect((await hostRequest(foreign)).status).toBe(403); // first's token on second's host
    expect(await hostWebSocket(secondHost, '/echo', { cookie })).toEqual({ status: 403 });
    expect(await hostWebSocket(secondHost, '/echo')).toEqual({ status: 401 });
  });

  it('forwards no Enclave cookie or token, and the service’s own cookies both ways', async () => {
    const id = await readySession();
    const { cookie, host } = await openConnectUrl((await connect(id)).data!.connectSession.url, cookieName);
    const headers = await hostRequest(new URL('/headers', host), {
      headers: { cookie: `svc_a=mine; ${cookie}; other=1`, authorization: `Bearer ${as('alice')}` },
    });
    const seen = JSON.parse(headers.body.toString()) as Record<string, string>;
    expect(seen['cookie']).toBe('svc_a=mine; other=1');
    expect(seen['authorization']).toBeUndefined();
    expect(JSON.stringify(seen)).not.toContain(as('alice'));
    expect(JSON.stringify(seen)).not.toContain(cookie.split('=')[1]!);
    const cookies = await hostRequest(new URL('/cookie', host), { headers: { cookie } });
    expect(cookies.headers['set-cookie']).toEqual(['svc_a=from-service; Path=/', 'svc_b=second; Path=/cookie; HttpOnly; SameSite=Lax']);
  });

  it('carries 10 MiB each way intact, and 1000 WebSocket messages in order', async () => {
    const id = await readySession();
    const { cookie, host } = await openConnectUrl((await connect(id)).data!.connectSession.url, cookieName);
    const body = randomBytes(10 << 20);
    const upload = await hostRequest(new URL('/upload', host), { method: 'POST', body, headers: { cookie, 'content-type': 'application/octet-stream' } });
    expect(JSON.parse(upload.body.toString())).toEqual({ bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') });
    const download = await hostRequest(new URL(`/download?bytes=${10 << 20}`, host), { headers: { cookie } });
    expect(download.body.length).toBe(10 << 20);
    expect(createHash('sha256').update(download.body).digest('hex')).toBe(patternSha256(10 << 20));

    const socket = await hostWebSocket(host, '/echo', { cookie });
    if (!('send' in socket)) throw new Error(`the WebSocket was refused: ${socket.status}`);
    const received: string[] = [];
    const all = new Promise<void>((resolve) => socket.on('message', (m) => received.push(String(m)) === 1000 && resolve()));
    for (let i = 0; i < 1000; i++) socket.send(`message ${i}`);
    await all;
    expect(received).toEqual(Array.from({ length: 1000 }, (_, i) => `message ${i}`));
    socket.close();
    await until('activity is recorded', async () => (await state(id)).lastActivityAt !== null, { timeoutMs: 30_000 });
  }, 120_000);

  it('ends access when the session is destroyed or the key revoked: requests refused, open WebSockets closed', async () => {
    for (const end of ['destroy', 'revoke'] as const) {
      const { createApiKey } = await server.data(CreateKey, { input: { name: `alice-${end}`, role: 'USER', owner: 'alice' } });
      const launched = await server.gql(Launch, { input: { workspaceId } }, createApiKey.token);
      const id = launched.data!.launchSession.id;
      await until('the session is ready', async () => (await state(id)).ready, { timeoutMs: 60_000 });
      const url = (await server.gql(Connect, { id }, createApiKey.token)).data!.connectSession.url;
      const { cookie, host } = await openConnectUrl(url, cookieName);
      const socket = await hostWebSocket(host, '/echo', { cookie });
      if (!('send' in socket)) throw new Error(`the WebSocket was refused: ${socket.status}`);
      const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      if (end === 'destroy') await server.data(Destroy, { id });
      else await server.data(Revoke, { id: createApiKey.apiKey.id });
      await closed;
      const after = await hostRequest(host, { headers: { cookie } });
      expect({ status: after.status, body: after.body.toString() }).toMatchObject({ status: end === 'destroy' ? 410 : 403 });
    }
  }, 120_000);

  it('answers connectSession of a session that is not RUNNING with SESSION_NOT_RUNNING', async () => {
    const id = await readySession();
    await server.data(Destroy, { id });
    expect((await connect(id)).errors?.[0]?.extensions?.code).toBe('SESSION_NOT_RUNNING');
  });

  it('serves no Enclave page or API on a session host, and no session on a host that names none', async () => {
    const id = await readySession();
    const { cookie, host } = await openConnectUrl((await connect(id)).data!.connectSession.url, cookieName);
    // The service's own answer (it has no /graphql), not Enclave's API.
    const api = await hostRequest(new URL('/graphql', host), { headers: { cookie } });
    expect(api.body.toString()).not.toContain('errors');
    expect((await hostRequest(new URL(`http://nobody.sessions.localhost:${host.port}/`))).status).toBe(404);
    const inspect = JSON.parse(await daemon.docker('inspect', (await state(id)).containerId!)) as { HostConfig: { PortBindings: unknown }; NetworkSettings: { Ports: Record<string, unknown> } }[];
    expect(inspect[0]!.HostConfig.PortBindings ?? {}).toEqual({});
    expect(inspect[0]!.NetworkSettings.Ports ?? {}).toEqual({});
  });

  it('opens 200 WebSockets at once through Enclave, every one echoes, and closing them leaves no tunnel or exec', async () => {
    const id = await readySession();
    const { cookie, host } = await openConnectUrl((await connect(id)).data!.connectSession.url, cookieName);
    const { containerId } = await state(id);
    const execs = () => runningExecs(daemon, containerId!);
    const metrics = async () => (await fetch(new URL('/metrics', server.url))).text();
    const tunnels = async () => Number(/^enclave_session_tunnels\{agent="connect"\} (\d+)/m.exec(await metrics())?.[1] ?? 0);
    const [baseline, execsBefore] = [await tunnels(), await execs()];
    const sockets = await Promise.all(Array.from({ length: 200 }, () => hostWebSocket(host, '/echo', { cookie })));
    const open = sockets.filter((s): s is Extract<typeof s, { send: unknown }> => 'send' in s);
    expect(sockets.filter((s) => !('send' in s))).toEqual([]);
    expect(open).toHaveLength(200);
    // One tunnel each (the page's idle keep-alive ones may have been closed by the service meanwhile).
    expect(await tunnels()).toBeGreaterThanOrEqual(200);
    const echoes = await Promise.all(
      open.map((socket, i) => new Promise<string>((resolve) => (socket.once('message', (data) => resolve(String(data))), socket.send(`m${i}`)))),
    );
    expect(echoes).toEqual(open.map((_, i) => `m${i}`));
    await Promise.all(open.map((socket) => new Promise((resolve) => (socket.once('close', resolve), socket.close()))));
    await until('every tunnel closed', async () => (await tunnels()) <= baseline, { timeoutMs: 20_000 });
    // What is left is the HTTP pool's idle keep-alive tunnels (the page's), never the WebSockets'.
    await until('the WebSockets’ execs ended', async () => (await execs()) <= execsBefore, { timeoutMs: 20_000 });
  }, 120_000);

  it('says in statusReason, and in connectSession’s error, what an image with no forwarder needs', async () => {
    const bare = await importNodeServiceImage(daemon, { tag: 'enclave-test/no-forwarder:latest', applets: [] });
    const { createWorkspace } = await server.data(CreateConnectWorkspace, {
      input: { name: 'bare', image: bare, cores: 0.1, memoryMb: 128, connect: { port: SERVICE_PORT } },
    });
    const { data } = await server.gql(Launch, { input: { workspaceId: createWorkspace.id } }, as('alice'));
    const id = data!.launchSession.id;
    const session = await until('the probe to report', async () => {
      const s = await state(id);
      return s.status === 'RUNNING' && s.statusReason ? s : undefined;
    }, { timeoutMs: 60_000 });
    expect(session.ready).toBe(false);
    expect(session.statusReason).toMatch(/needs one of nc .*python3, socat, or bash with cat/);
    const refused = await connect(id);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain(session.statusReason!);
  }, 90_000);

  it('ends the forwarder of a WebSocket the browser cuts off without a close handshake', async () => {
    const id = await readySession();
    const { cookie, host } = await openConnectUrl((await connect(id)).data!.connectSession.url, cookieName);
    const { containerId } = await state(id);
    const execs = () => runningExecs(daemon, containerId!);
    const before = await execs();
    const sockets = await Promise.all(Array.from({ length: 5 }, () => hostWebSocket(host, '/echo', { cookie })));
    expect(await execs()).toBeGreaterThanOrEqual(before + 5);
    for (const socket of sockets) if ('terminate' in socket) socket.terminate();
    await until('the cut-off WebSockets’ forwarders to end', async () => (await execs()) <= before, {
      timeoutMs: 20_000,
      diagnose: async () => {
        const api = new Docker({ socketPath: daemon.socketPath });
        const ids = (await api.getContainer(containerId!).inspect()).ExecIDs ?? [];
        const infos = await Promise.all(ids.map((e) => api.getExec(e).inspect()));
        return JSON.stringify(infos.map((i) => ({ running: i.Running, pid: i.Pid, cmd: i.ProcessConfig.arguments.slice(0, 3), exit: i.ExitCode })));
      },
    });
  }, 60_000);

  it('opens an HTTPS service (self-signed, as KasmVNC’s is) without verifying its certificate', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'enclave-connect-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=kasm', '-keyout', `${dir}/key.pem`, '-out', `${dir}/cert.pem`], { stdio: 'ignore' });
    const env = [
      { key: 'TLS_CERT', value: readFileSync(`${dir}/cert.pem`, 'utf8') },
      { key: 'TLS_KEY', value: readFileSync(`${dir}/key.pem`, 'utf8') },
      { key: 'ENCLAVE_PAGE', value: 'Served over TLS' },
    ];
    rmSync(dir, { recursive: true, force: true });
    const image = await importNodeServiceImage(daemon);
    const { createWorkspace } = await server.data(CreateConnectWorkspace, {
      input: { name: 'https', image, env, cores: 0.1, memoryMb: 128, connect: { port: SERVICE_PORT, protocol: 'HTTPS' } },
    });
    const { data } = await server.gql(Launch, { input: { workspaceId: createWorkspace.id } }, as('alice'));
    const id = data!.launchSession.id;
    await until('the HTTPS session is ready', async () => (await state(id)).ready, { timeoutMs: 60_000 });
    const { cookie, page, host } = await openConnectUrl((await connect(id)).data!.connectSession.url, cookieName);
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('Served over TLS');
    const socket = await hostWebSocket(host, '/echo', { cookie });
    if (!('send' in socket)) throw new Error(`the WebSocket was refused: ${socket.status}`);
    const echoed = await new Promise<string>((resolve) => (socket.once('message', (m) => resolve(String(m))), socket.send('over tls')));
    expect(echoed).toBe('over tls');
    socket.close();
  }, 90_000);
});
