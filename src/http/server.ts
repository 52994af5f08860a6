import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics.js';
import { createHttpGraphQL, type HttpGraphQLOptions } from './graphql-http.js';
import { serveGraphQLWebSocket, type WebSocketGraphQLOptions } from './graphql-ws.js';
import { sendJson } from './respond.js';
import { serveWeb } from './web.js';

export interface HttpServerOptions<C extends BaseContext, I> {
  /** GraphQL over HTTP (Apollo) at /graphql. */
  http: HttpGraphQLOptions<C>;
  /** GraphQL over WebSocket (graphql-ws) on the same path. */
  webSocket: WebSocketGraphQLOptions<C, I>;
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
export function createHttpServer<C extends BaseContext, I>({ http, webSocket, isReady, metrics, log }: HttpServerOptions<C, I>) {
  const httpServer = createServer();
  // Idle keep-alive connections are closed after 65 s, not Node's 5 s: longer than load balancers' usual 60 s, so that
  // the balancer closes first. A request sent on a connection just as the server closes it fails, and neither browsers
  // nor proxies resend a POST; the shorter the server's timeout, the more often that happens.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  let listening = false;

  const subscriptions = serveGraphQLWebSocket(httpServer, webSocket, { metrics, log });
  // Subscriptions live on the same server: they are closed when Apollo stops.
  const graphql = createHttpGraphQL(http, httpServer, () => subscriptions.dispose());

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    switch (url.pathname) {
      case '/healthz':
        return sendJson(res, 200, { status: 'ok' });
      case '/readyz':
        return listening && isReady() ? sendJson(res, 200, { status: 'ready' }) : sendJson(res, 503, { status: 'starting' });
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

  httpServer.on('request', (req, res) => {
    route(req, res).catch((error: unknown) => {
      log.error({ err: error }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    });
  });

  return {
    httpServer,
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
