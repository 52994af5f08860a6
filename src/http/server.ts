import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics.js';
import { createHttpGraphQL, type HttpGraphQLOptions } from './graphql-http.js';
import { serveGraphQLWebSocket, type WebSocketGraphQLOptions } from './graphql-ws.js';
import { createSessionProxy, type SessionProxyOptions } from './session-proxy.js';
import { sendJson } from './respond.js';
import { serveWeb } from './web.js';

export interface HttpServerOptions<C extends BaseContext, I> {
  /** GraphQL over HTTP (Apollo) at /graphql. */
  http: HttpGraphQLOptions<C>;
  /** GraphQL over WebSocket (graphql-ws) on the same path. */
  webSocket: WebSocketGraphQLOptions<C, I>;
  /** Sessions, each on a host of its own: the Host names the session, every path is the session's. */
  sessions: SessionProxyOptions & {
    /** The session a Host header names; null when it is a session host naming none; undefined when it is no session host. */
    sessionOf(host: string | undefined): string | null | undefined;
  };
  /** /auth/*: sign-in and sign-out; false for a path it does not serve. */
  auth(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** Whether `GET /readyz` may answer 200 (besides listening). */
  isReady(): boolean;
  metrics: Metrics;
  log: Logger;
}

export type HttpServer = ReturnType<typeof createHttpServer>;

/**
 * The one port Enclave serves: /graphql over HTTP and WebSocket, /healthz, /readyz, /metrics, and the pages. The only
 * code that knows node:http, ws, Apollo's HTTP side and graphql-ws; what GraphQL means is given, as functions.
 */
export function createHttpServer<C extends BaseContext, I>({ http, webSocket, sessions, auth, isReady, metrics, log }: HttpServerOptions<C, I>) {
  const httpServer = createServer();
  // Idle keep-alive connections are closed after 65 s, not Node's 5 s: longer than load balancers' usual 60 s, so that
  // the balancer closes first. A request sent on a connection just as the server closes it fails, and neither browsers
  // nor proxies resend a POST; the shorter the server's timeout, the more often that happens.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  let listening = false;

  const subscriptions = serveGraphQLWebSocket(webSocket, { metrics, log });
  const proxy = createSessionProxy(sessions);
  // Subscriptions and sessions' connections live on the same server: they are closed when Apollo stops.
  const graphql = createHttpGraphQL(http, httpServer, async () => {
    proxy.closeAll();
    await subscriptions.dispose();
  });

  /** A session's host takes every path (Enclave's own pages and API are not served there); null: a host of none. */
  function session(req: IncomingMessage): string | null | undefined {
    return sessions.sessionOf(req.headers.host);
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const sessionId = session(req);
    if (sessionId) return proxy.request(sessionId, req, res, url);
    if (sessionId === null) return sendJson(res, 404, { error: 'No session has this host name.' });
    if (url.pathname.startsWith('/auth/') && (await auth(req, res, url))) return;
    return serveEnclave(req, res, url, { graphql, ready: () => listening && isReady(), metrics });
  }

  httpServer.on('request', (req, res) => {
    route(req, res).catch((error: unknown) => {
      log.error({ err: error }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    });
  });

  httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const sessionId = session(req);
    if (sessionId) return proxy.upgrade(sessionId, req, socket, head, url);
    if (sessionId === undefined && url.pathname === '/graphql') return subscriptions.upgrade(req, socket, head);
    // As ws answers an upgrade of a path it does not serve.
    // Closed once written, as ws does: an upgrade socket is half-open after end() until the client closes it.
    socket.once('finish', () => socket.destroy());
    socket.end(`HTTP/1.1 ${sessionId === null ? '404 Not Found' : '400 Bad Request'}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  });

  return {
    httpServer,
    /** Ends every connection open to a session (it ended, or the key that opened it was revoked). */
    closeSession: (sessionId: string) => proxy.close(sessionId),
    /** Ends the GraphQL WebSocket connections of the identities `stale` picks (see graphql-ws.ts). */
    closeWebSockets: subscriptions.closeWhere,
    async start(port: number, host: string): Promise<AddressInfo> {
      await graphql.start();
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      listening = true;
      return httpServer.address() as AddressInfo;
    },
    /** Stops accepting, closes subscriptions and waits for requests in flight. */
    async stop(): Promise<void> {
      listening = false;
      await graphql.stop();
    },
  };
}

/** Enclave's own paths (on its own host, never on a session's). */
async function serveEnclave(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  { graphql, ready, metrics }: { graphql: { handle(req: IncomingMessage, res: ServerResponse, url: URL): unknown }; ready(): boolean; metrics: Pick<Metrics, 'registry'> },
) {
  switch (url.pathname) {
    case '/healthz':
      return sendJson(res, 200, { status: 'ok' });
    case '/readyz':
      return ready() ? sendJson(res, 200, { status: 'ready' }) : sendJson(res, 503, { status: 'starting' });
    case '/graphql':
      return graphql.handle(req, res, url);
    case '/metrics':
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      return res.end(await metrics.registry.metrics());
    default:
      if (await serveWeb(req, res, url.pathname)) return;
      return sendJson(res, 404, { error: `Nothing at ${url.pathname}. The API is at /graphql.` });
  }
}
