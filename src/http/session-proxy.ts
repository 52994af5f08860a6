import { Agent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type RequestOptions, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from 'pino';

/** What the application decides of a request to a session's host (see SessionProxyOptions.admit). */
export type ProxyAdmission =
  | { kind: 'refused'; status: number; reason: string; message: string }
  | { kind: 'exchanged'; setCookie: string; location: string }
  | { kind: 'admitted'; cookieName: string };

export interface SessionProxyOptions {
  /** Every request and upgrade: may it reach the session? (`url` as the browser sent it, the Cookie header raw.) */
  admit(sessionId: string, url: URL, cookieHeader: string | undefined): Promise<ProxyAdmission>;
  /** A byte stream to the session's service (TLS already spoken for an HTTPS service). */
  dial(sessionId: string): Promise<Duplex>;
  /** Whether an Authorization value is Enclave's own credential (it never reaches a session). */
  isEnclaveCredential(authorization: string): boolean;
  /** Bytes that went to (`in`) or came from (`out`) the session's service. */
  onTraffic(sessionId: string, direction: 'in' | 'out', bytes: number): void;
  onRefused(reason: string): void;
  log: Logger;
}

/** How long a relayed connection may stay half-open after the browser's end before it is cut. */
const HALF_OPEN_GRACE_MS = 5_000;

// Hop-by-hop headers (RFC 9110 7.6.1) are the proxy's own on each side; the rest passes unchanged.
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/**
 * Serves sessions on their own hosts: HTTP requests through a pool of tunnels per session (keep-alive), WebSocket
 * upgrades through a tunnel each. Enclave's own cookie and credentials are removed from what is forwarded; the
 * service's own cookies and `Set-Cookie` pass unchanged. `close(sessionId)` ends everything open to a session.
 */
export function createSessionProxy({ admit, dial, isEnclaveCredential, onTraffic, onRefused, log }: SessionProxyOptions) {
  const { poolOf, track, close, closeAll } = sessionConnections(dial);

  function refuse(res: ServerResponse, admission: Extract<ProxyAdmission, { kind: 'refused' }>) {
    onRefused(admission.reason);
    res.writeHead(admission.status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`${admission.message}\n`);
  }

  async function request(sessionId: string, req: IncomingMessage, res: ServerResponse, url: URL) {
    const admission = await admit(sessionId, url, req.headers.cookie);
    if (admission.kind === 'refused') return refuse(res, admission);
    if (admission.kind === 'exchanged') {
      res.writeHead(303, { location: admission.location, 'set-cookie': admission.setCookie, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
      return res.end();
    }
    const headers = forwarded(req.headers, admission.cookieName, false, isEnclaveCredential);
    track(sessionId, req.socket);
    // Most requests have no body (no length, not chunked): they are sent at once, without a pipeline per request.
    const bodiless = req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined;
    if (!bodiless) req.on('data', (chunk: Buffer) => onTraffic(sessionId, 'in', chunk.length));
    let response: IncomingMessage;
    let sent: Promise<unknown>;
    try {
      ({ response, sent } = await sendUp({ agent: poolOf(sessionId), method: req.method, path: req.url, headers, setHost: false }, req, bodiless));
    } catch (error) {
      log.warn({ err: error, session: sessionId }, 'the session did not answer through its tunnel');
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end("The session's service did not answer.\n");
      return;
    }
    res.writeHead(response.statusCode ?? 502, response.statusMessage, responseHeaders(response.rawHeaders));
    response.on('data', (chunk: Buffer) => onTraffic(sessionId, 'out', chunk.length));
    await Promise.all([sent, pipeline(response, res)]).catch(() => {
      // The browser went away, or the tunnel did: pipeline has closed the other side; nothing is left to answer.
    });
  }

  async function upgrade(sessionId: string, req: IncomingMessage, socket: Duplex, head: Buffer, url: URL) {
    const admission = await admit(sessionId, url, req.headers.cookie);
    if (admission.kind !== 'admitted') return refuseUpgrade(socket, admission, onRefused);
    let tunnel: Duplex;
    try {
      tunnel = await dial(sessionId);
    } catch (error) {
      log.warn({ err: error, session: sessionId }, 'no tunnel to the session for an upgrade');
      socket.once('finish', () => socket.destroy());
      socket.end("HTTP/1.1 502 Bad Gateway\r\ncontent-type: text/plain; charset=utf-8\r\nconnection: close\r\n\r\nThe session's service could not be reached.\n");
      return;
    }
    track(sessionId, socket);
    track(sessionId, tunnel);
    socket.on('data', (chunk: Buffer) => onTraffic(sessionId, 'in', chunk.length));
    tunnel.on('data', (chunk: Buffer) => onTraffic(sessionId, 'out', chunk.length));
    await relay(tunnel, socket, req, head, forwarded(req.headers, admission.cookieName, true, isEnclaveCredential));
  }

  return {
    /** Handles an HTTP request whose Host names `sessionId`. */
    request(sessionId: string, req: IncomingMessage, res: ServerResponse, url: URL) {
      request(sessionId, req, res, url).catch((error: unknown) => {
        log.error({ err: error, session: sessionId }, 'session request failed');
        if (!res.headersSent) res.writeHead(502).end();
        else res.destroy();
      });
    },
    /** Handles an upgrade (WebSocket) whose Host names `sessionId`. */
    upgrade(sessionId: string, req: IncomingMessage, socket: Duplex, head: Buffer, url: URL) {
      upgrade(sessionId, req, socket, head, url).catch((error: unknown) => {
        log.warn({ err: error, session: sessionId }, 'session upgrade failed');
        socket.destroy();
      });
    },
    /** Ends every connection open to the session and its pool of tunnels. */
    close,
    closeAll,
  };
}

/** The headers to forward: hop-by-hop ones out (but an upgrade's), Enclave's cookie and credentials out. */
function forwarded(
  headers: IncomingHttpHeaders,
  cookieName: string,
  upgrade: boolean,
  isEnclaveCredential: (authorization: string) => boolean,
): Record<string, string | string[]> {
  const listed = new Set(String(headers.connection ?? '').toLowerCase().split(',').map((h) => h.trim()));
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (!upgrade && (hopByHop.has(name) || listed.has(name))) continue;
    if (name === 'authorization' && isEnclaveCredential(String(value))) continue;
    if (name === 'cookie') {
      const kept = String(value).split(';').filter((pair) => pair.split('=')[0]!.trim() !== cookieName).join(';').trim();
      if (kept) out[name] = kept;
      continue;
    }
    out[name] = value;
  }
  return out;
}

/** The service's response headers as sent (Set-Cookie one per line), less the hop-by-hop ones. */
function responseHeaders(rawHeaders: string[]): string[] {
  const headers: string[] = [];
  for (let i = 0; i < rawHeaders.length; i += 2)
    if (!hopByHop.has(rawHeaders[i]!.toLowerCase())) headers.push(rawHeaders[i]!, rawHeaders[i + 1]!);
  return headers;
}

/** A WebSocket (or any upgrade) relayed as bytes: the request line and headers re-sent down the tunnel, then both ways. */
async function relay(tunnel: Duplex, socket: Duplex, req: IncomingMessage, head: Buffer, headers: Record<string, string | string[]>) {
  const lines = Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${name}: ${v}`));
  tunnel.write(`${req.method} ${req.url} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
  if (head.length > 0) tunnel.write(head);
  // A browser that ends its side is gone (browsers do not half-close): the end is passed on, and a service that does not
  // close in turn within a few seconds has its tunnel cut (which ends the forwarder). Node's HTTP server would keep
  // the upgraded socket half-open for as long as the service did.
  // Both carry a fixed set of listeners (two pipelines, these, tracking, the tunnel gauge): more than the default 10.
  socket.setMaxListeners(20);
  tunnel.setMaxListeners(20);
  socket.once('end', () => setTimeout(() => tunnel.destroy(), HALF_OPEN_GRACE_MS).unref());
  socket.once('close', () => tunnel.destroy());
  tunnel.once('close', () => socket.destroy());
  await Promise.all([pipeline(socket, tunnel), pipeline(tunnel, socket)]).catch(() => {});
}

/** The connections open to each session (to close them when it ends) and a pool of keep-alive tunnels per session. */
function sessionConnections(dial: SessionProxyOptions['dial']) {
  const pools = new Map<string, Agent>();
  const open = new Map<string, Set<{ destroy(): void }>>();

  const track = (sessionId: string, stream: { destroy(): void; once(event: 'close', listener: () => void): unknown }) => {
    let set = open.get(sessionId);
    if (!set) open.set(sessionId, (set = new Set()));
    if (set.has(stream)) return; // a keep-alive connection's next request
    set.add(stream);
    stream.once('close', () => set.delete(stream));
  };

  function poolOf(sessionId: string): Agent {
    let pool = pools.get(sessionId);
    if (pool) return pool;
    pool = new Agent({ keepAlive: true, maxSockets: 32, maxFreeSockets: 8, timeout: 60_000 });
    // Each connection of the pool is a tunnel; Node takes a callback-made socket (Agent#createConnection).
    pool.createConnection = (_options: unknown, made: (error: Error | null, socket?: Duplex) => void) => {
      dial(sessionId).then((tunnel) => made(null, tunnel), (error: Error) => made(error));
      return undefined;
    };
    pools.set(sessionId, pool);
    return pool;
  }

  function close(sessionId: string) {
    for (const stream of open.get(sessionId) ?? []) stream.destroy();
    open.delete(sessionId);
    pools.get(sessionId)?.destroy();
    pools.delete(sessionId);
  }

  return {
    poolOf,
    track,
    close,
    closeAll: () => [...new Set([...open.keys(), ...pools.keys()])].forEach(close),
  };
}

/**
 * Sends a request up a session's pool; the body goes up as it comes (a browser that goes away mid-way ends the
 * upstream request). A bodiless request that fails on a reused keep-alive tunnel before any answer (the service closed
 * it just as it was reused, as Node's documentation warns) is sent once more, on another tunnel.
 */
async function sendUp(options: RequestOptions, req: IncomingMessage, bodiless: boolean): Promise<{ response: IncomingMessage; sent: Promise<unknown> }> {
  for (let attempt = 0; ; attempt++) {
    const upstream = httpRequest(options);
    const answered = new Promise<IncomingMessage>((resolve, reject) => upstream.once('response', resolve).once('error', reject));
    const sent = bodiless ? (upstream.end(), Promise.resolve()) : pipeline(req, upstream).catch(() => {});
    try {
      return { response: await answered, sent };
    } catch (error) {
      if (!(bodiless && attempt === 0 && upstream.reusedSocket)) throw error;
    }
  }
}

/** An upgrade that may not reach the session: refused as a plain HTTP answer (a connect token cannot open a WebSocket). */
function refuseUpgrade(socket: Duplex, admission: Exclude<ProxyAdmission, { kind: 'admitted' }>, onRefused: (reason: string) => void) {
  const status = admission.kind === 'refused' ? admission.status : 403;
  onRefused(admission.kind === 'refused' ? admission.reason : 'token-on-upgrade');
  const message = admission.kind === 'refused' ? admission.message : 'Open the session first; a WebSocket cannot follow a connect link.';
  socket.once('finish', () => socket.destroy()); // as ws does: not left half-open for the client to close
  socket.end(`HTTP/1.1 ${status} Refused\r\ncontent-type: text/plain; charset=utf-8\r\nconnection: close\r\n\r\n${message}\n`);
}
