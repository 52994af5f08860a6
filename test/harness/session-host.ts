// A browser's view of a session's host, from tests: requests to <session id>.sessions.localhost:<port> sent to
// Enclave on 127.0.0.1 with that Host header (no resolver needed), a connect URL followed the way a browser follows it,
// and WebSockets through the proxy.
import { request, type IncomingHttpHeaders } from 'node:http';
import WebSocket from 'ws';
import { graphql } from '../__generated__/gql.js';
import type { Dockerd } from './dockerd.js';
import type { EnclaveProcess } from './enclave.js';
import { SERVICE_PORT } from './images.js';
import { until } from './until.js';

export interface HostResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** Header names and values as sent (Set-Cookie stays one entry per header). */
  rawHeaders: string[];
  body: Buffer;
}

export interface HostRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  timeoutMs?: number;
}

/** One request to the session's host `url` (its host names the session), sent to Enclave at 127.0.0.1:<its port>. */
export function hostRequest(url: URL, { method = 'GET', headers = {}, body, timeoutMs = 30_000 }: HostRequest = {}): Promise<HostResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: Number(url.port), method, path: `${url.pathname}${url.search}`, headers: { host: url.host, ...headers }, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${url.href} timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** How many execs run in a container (Docker lists them in ExecIDs until they exit): forwarders, for leak checks. */
export async function runningExecs(daemon: Pick<Dockerd, 'docker'>, containerId: string): Promise<number> {
  const ids = JSON.parse(await daemon.docker('inspect', '--format', '{{json .ExecIDs}}', containerId)) as string[] | null;
  return ids?.length ?? 0;
}

/** The `name=value` of a Set-Cookie header list (the first cookie of that name). */
export function cookieOf(headers: IncomingHttpHeaders, name: string): string | undefined {
  const set = headers['set-cookie'] ?? [];
  return set.map((line) => line.split(';')[0]!).find((pair) => pair.startsWith(`${name}=`));
}

/**
 * Follows a connect URL as a browser would: its token is exchanged for a cookie (303 with Set-Cookie), then the page it
 * redirects to is fetched with that cookie. Returns the cookie (`name=value`), the page and what the exchange said.
 */
export async function openConnectUrl(connectUrl: string, cookieName: string) {
  const url = new URL(connectUrl);
  const exchange = await hostRequest(url);
  const cookie = cookieOf(exchange.headers, cookieName);
  if (exchange.status !== 303 || !cookie || !exchange.headers.location)
    throw new Error(`the connect URL was not exchanged (${exchange.status}): ${exchange.body.toString().slice(0, 300)}`);
  const page = await hostRequest(new URL(exchange.headers.location, url), { headers: { cookie } });
  // The session's origin: the connect URL without its (used) token.
  return { cookie, page, exchange, host: new URL(url.origin) };
}

/** A WebSocket to `path` on the session's host `url`, through Enclave at 127.0.0.1; resolves once open, or with the refusal. */
export function hostWebSocket(url: URL, path: string, headers: Record<string, string> = {}): Promise<WebSocket | { status: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${url.port}${path}`, { headers: { host: url.host, ...headers } });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      res.resume();
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

const OpenableWorkspace = graphql(`
  mutation HarnessOpenableWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }
`);
const LaunchOpenable = graphql(`mutation HarnessLaunchOpenable($input: LaunchSessionInput!) { launchSession(input: $input) { id } }`);
const OpenableState = graphql(`query HarnessOpenableState($id: ID!) { session(id: $id) { status ready statusReason } }`);
const ConnectOpenable = graphql(`mutation HarnessConnectOpenable($id: ID!) { connectSession(id: $id) { url } }`);

/**
 * The whole way in, as a person takes it: a workspace of `image` (a test service image on SERVICE_PORT) with a connect
 * port, a session launched and waited for until ready, its connect URL opened, the page fetched and one WebSocket
 * message echoed through Enclave. For agents reached over TLS or SSH, where the tunnel rides that connection.
 */
export async function openThroughEnclave(server: Pick<EnclaveProcess, 'data'>, image: string, name: string) {
  // A whole core: the Node service starts, and the forwarders run, under the container's CPU quota.
  const { createWorkspace } = await server.data(OpenableWorkspace, {
    input: { name, image, cores: 1, memoryMb: 128, connect: { port: SERVICE_PORT } },
  });
  const { launchSession } = await server.data(LaunchOpenable, { input: { workspaceId: createWorkspace.id } });
  const id = launchSession.id;
  await until('the session to be ready', async () => {
    const { session } = await server.data(OpenableState, { id });
    if (session?.status === 'FAILED' || session?.statusReason) throw new Error(`the session did not open: ${JSON.stringify(session)}`);
    return session?.ready;
  }, { timeoutMs: 100_000, intervalMs: 200 });
  const { connectSession } = await server.data(ConnectOpenable, { id });
  const { cookie, page, host } = await openConnectUrl(connectSession.url, 'enclave_session');
  const socket = await hostWebSocket(host, '/echo', { cookie });
  if (!('send' in socket)) throw new Error(`the WebSocket was refused: ${socket.status}`);
  const echoed = await new Promise<string>((resolve) => (socket.once('message', (data) => resolve(String(data))), socket.send(`hello ${name}`)));
  socket.close();
  return { id, page, echoed };
}
