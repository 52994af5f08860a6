import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ExecutionArgs, ExecutionResult, GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Metrics } from '../metrics.js';
import { maxBodyBytes } from './respond.js';
import { useGraphQLWebSocket } from './websocket.js';

/** What GraphQL over WebSocket (the graphql-ws protocol) needs from the application. */
export interface WebSocketGraphQLOptions<C, I> {
  schema: GraphQLSchema;
  /**
   * Who a connection is, from its connection params or the upgrade request (a browser's sign-in cookie); null refuses
   * it (closed with 4403).
   */
  authenticate(params: Readonly<Record<string, unknown>> | undefined, request: IncomingMessage): Promise<I | null>;
  /** Whether to take an upgrade at all (a cookie-bearing upgrade from another site is cross-site WebSocket hijacking). */
  acceptUpgrade(request: IncomingMessage): boolean;
  /** The context of one operation on a connection; `connectionId` names the connection in its log lines. */
  context(identity: I, connectionId: string): C;
  /** Parses and validates an operation as HTTP does (Apollo is not on this path): its execution arguments, or why not. */
  prepare(payload: SubscribePayload): Omit<ExecutionArgs, 'contextValue'> | readonly GraphQLError[];
  subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;
  formatError(error: GraphQLError): GraphQLFormattedError;
  /** Write coalescing and the bound on a client's backlog (see websocket.ts). */
  flushMs: number;
  maxBufferedBytes: number;
}

type Connection<I> = {
  identity?: I;
  connectionId?: string;
  /** Ids of the subscriptions set up on the connection and not ended, for the gauge. */
  subscriptions?: Set<string>;
};

/** graphql-ws for the upgrades of /graphql it is handed; dispose() closes every connection. */
export function serveGraphQLWebSocket<C, I>(
  { schema, authenticate, acceptUpgrade, context, prepare, subscribe, formatError, flushMs, maxBufferedBytes }: WebSocketGraphQLOptions<C, I>,
  { metrics, log }: { metrics: Metrics; log: Logger },
) {
  // Upgrades are routed by the server (sessions' hosts have their own): this one takes those it is handed.
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: maxBodyBytes });
  wsServer.on('connection', (socket) => {
    metrics.webSocketClients.inc();
    socket.once('close', () => metrics.webSocketClients.dec());
  });
  /** Who each open, acknowledged connection is, so that a revoked credential or changed user ends theirs. */
  const identities = new Map<WebSocket, I>();
  const served = useGraphQLWebSocket<Connection<I>>(
    {
      schema,
      subscribe,
      // Authenticated once per connection; a refused connection is closed with 4403 Forbidden.
      onConnect: async (ctx) => {
        const identity = await authenticate(ctx.connectionParams, ctx.extra.request);
        if (identity === null) return false;
        ctx.extra.identity = identity;
        identities.set(ctx.extra.socket, identity);
        ctx.extra.socket.once('close', () => identities.delete(ctx.extra.socket));
        ctx.extra.connectionId = randomUUID();
        return true;
      },
      onSubscribe: (_ctx, _id, payload) => {
        const prepared = prepare(payload);
        return 'document' in prepared ? { ...prepared } : [...prepared];
      },
      context: (ctx) => context(ctx.extra.identity as I, ctx.extra.connectionId!) as Record<string, unknown>,
      // Counted once set up, so that a client can tell when its subscription is live (GET /metrics).
      onOperation: (ctx, id, _payload, _args, result) => {
        if (!(Symbol.asyncIterator in result)) return;
        (ctx.extra.subscriptions ??= new Set()).add(id);
        metrics.subscriptions.inc();
      },
      onComplete: (ctx, id) => {
        if (ctx.extra.subscriptions?.delete(id)) metrics.subscriptions.dec();
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map(formatError) } : undefined),
      onError: (_ctx, _id, _payload, errors) => errors.map(formatError),
    },
    wsServer,
    // 30 s of keep-alive: graphql-ws's 12 s default can drop healthy clients while the process is busy delivering a
    // burst of events (seen in bench/fanout under overload).
    { keepAliveMs: 30_000, flushMs, maxBufferedBytes, onSlowClient: () => metrics.slowWebSocketClients.inc(), log },
  );
  return {
    /** Takes an upgrade of /graphql. */
    upgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
      if (!acceptUpgrade(req)) {
        socket.once('finish', () => socket.destroy());
        return socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      }
      wsServer.handleUpgrade(req, socket, head, (ws) => wsServer.emit('connection', ws, req));
    },
    /**
     * Closes every connection whose identity `stale` picks, with 4403 as graphql-ws closes a refused one; its client
     * connects again (graphql-ws retries) and is authenticated afresh, or refused.
     */
    closeWhere(stale: (identity: I) => boolean, reason: string) {
      for (const [socket, identity] of identities) if (stale(identity)) socket.close(4403, reason);
    },
    dispose: served.dispose,
  };
}
