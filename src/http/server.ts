import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FormattedExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Viewer } from '../auth/auth.service.js';
import { bearerToken } from '../auth/tokens.js';
import type { Context } from '../graphql/context.js';
import { createErrorFormatter, ErrorCode } from '../errors.js';
import { badText, limitRules, limits } from '../graphql/limits.js';
import { createSharedSubscribe } from '../graphql/shared-subscriptions.js';
import type { Metrics } from '../metrics.js';
import { useGraphQLWebSocket } from './websocket.js';

export const maxBodyBytes = 1024 * 1024;

export interface ServerOptions {
  schema: GraphQLSchema;
  /** Who a bearer token stands for; null when it stands for no one. */
  authenticate(token: string | undefined): Promise<Viewer | null>;
  /** `requestId` names the request (or WebSocket connection) in every log line it causes. */
  createContext(viewer: Viewer | null, requestId: string): Context;
  /** Whether `GET /readyz` may answer 200 (besides listening). */
  isReady(): boolean;
  introspection: boolean;
  /** Whether error messages may suggest field names ("Did you mean …?"), which helps attackers map the schema. */
  suggestions: boolean;
  /**
   * Queries whose root fields are all in `rootFields` read only state that `version()` versions: their results are
   * reused until the version moves. This is the launcher's read, served to every user on every page load.
   */
  readCache: { rootFields: ReadonlySet<string>; version(): number };
  /** Write coalescing and the bound on a client's backlog (see src/websocket.ts). */
  webSocket: { flushMs: number; maxBufferedBytes: number };
  metrics: Metrics;
  log: Logger;
}

/** The only place that knows HTTP, WebSocket, Apollo and graphql-ws. */
export function createGraphQLServer({
  schema,
  authenticate,
  createContext,
  isReady,
  introspection,
  suggestions,
  readCache,
  webSocket,
  metrics,
  log,
}: ServerOptions) {
  const formatError = createErrorFormatter(log, { suggestions });
  const validationRules = limitRules({ introspection });
  // graphql-ws errors, formatted as Apollo's are, and counted (Apollo's are counted by the metrics plugin).
  const formatCounted = (error: GraphQLError) => {
    const formatted = formatError(error.toJSON(), error);
    metrics.countError(String(formatted.extensions?.['code'] ?? 'UNKNOWN'));
    return formatted;
  };
  const httpServer = createServer();
  // Idle keep-alive connections are closed after 65 s, not Node's 5 s: longer than load balancers' usual 60 s, so that
  // the balancer closes first. A request sent on a connection just as the server closes it fails, and neither browsers
  // nor proxies resend a POST; the shorter the server's timeout, the more often that happens.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  let listening = false;

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: maxBodyBytes });
  wsServer.on('connection', (socket) => {
    metrics.webSocketClients.inc();
    socket.once('close', () => metrics.webSocketClients.dec());
  });
  const wsCleanup = useGraphQLWebSocket<{ viewer?: Viewer; connectionId?: string; subscriptions?: Set<string> }>(
    {
      schema,
      subscribe: createSharedSubscribe(),
      // Authenticated once per connection; a refused connection is closed with 4403 Forbidden.
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.['authorization'];
        const viewer = await authenticate(bearerToken(typeof header === 'string' ? header : undefined));
        if (!viewer) return false;
        ctx.extra.viewer = viewer;
        ctx.extra.connectionId = randomUUID();
        return true;
      },
      // The same parsing limits and validation rules as on HTTP, since graphql-ws does not go through Apollo.
      onSubscribe: (_ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (error) {
          // Coded as Apollo codes it on HTTP.
          return [new GraphQLError(error instanceof Error ? error.message : String(error), { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
        if (errors.length > 0) return errors;
        const bad = badText(payload.variables);
        if (bad) return [new GraphQLError(bad, { extensions: { code: ErrorCode.BAD_USER_INPUT } })];
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
      },
      context: (ctx) => createContext(ctx.extra.viewer ?? null, ctx.extra.connectionId!) as unknown as Record<string, unknown>,
      // Counted once set up, so that a client can tell when its subscription is live (GET /metrics).
      onOperation: (ctx, id, _payload, _args, result) => {
        if (!(Symbol.asyncIterator in result)) return;
        (ctx.extra.subscriptions ??= new Set()).add(id);
        metrics.subscriptions.inc();
      },
      onComplete: (ctx, id) => {
        if (ctx.extra.subscriptions?.delete(id)) metrics.subscriptions.dec();
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map(formatCounted) } : undefined),
      onError: (_ctx, _id, _payload, errors) => errors.map(formatCounted),
    },
    wsServer,
    // 30 s of keep-alive: graphql-ws's 12 s default can drop healthy clients while the process is busy delivering a
    // burst of events (seen in bench/fanout under overload).
    { keepAliveMs: 30_000, ...webSocket, onSlowClient: () => metrics.slowWebSocketClients.inc(), log },
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection,
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: [...validationRules, noSubscriptionsOverHttp],
    // Automatic persisted queries are not part of Enclave's API.
    persistedQueries: false,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set; without this Apollo wraps every field resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      readCachePlugin(readCache),
      // Variables must be text Postgres can store (literals are checked by a validation rule).
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ request, operation }) {
              // A mutation's arguments are checked as it runs, so that the refusal is audited like any other.
              if (operation?.operation === 'mutation') return;
              const bad = badText(request.variables);
              if (bad) throw new GraphQLError(bad, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
            },
          };
        },
      },
      metrics.plugin as ApolloServerPlugin<Context>,
      operationLogPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Subscriptions live on the same server: close them when Apollo stops.
      { serverWillStart: async () => ({ drainServer: async () => void (await wsCleanup.dispose()) }) },
    ],
  });

  httpServer.on('request', (req, res) => {
    route(req, res).catch((error: unknown) => {
      log.error({ err: error }, 'request failed');
      if (!res.headersSent) send(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
      else res.destroy();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    switch (url.pathname) {
      case '/healthz':
        return send(res, 200, { status: 'ok' });
      case '/readyz':
        return listening && isReady() ? send(res, 200, { status: 'ready' }) : send(res, 503, { status: 'starting' });
      case '/graphql':
        return graphql(req, res, url);
      case '/metrics':
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        return res.end(await metrics.registry.metrics());
      default:
        if (await serveWeb(req, res, url.pathname)) return;
        return send(res, 404, { error: `Nothing at ${url.pathname}. The API is at /graphql.` });
    }
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL) {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);

    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req);
      if (text === undefined) return send(res, 413, errorBody(`The request body is larger than ${maxBodyBytes} bytes.`));
      if ((headers.get('content-type') ?? '').startsWith('application/json')) {
        try {
          body = JSON.parse(text);
        } catch {
          return send(res, 400, errorBody('The request body is not valid JSON.'));
        }
      } else body = text;
    }

    // A caller's (or proxy's) request id is kept so that its logs and ours line up.
    const given = headers.get('x-request-id');
    const requestId = given && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    const request: HTTPGraphQLRequest = { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => {
        const viewer = await authenticate(bearerToken(headers.get('authorization')));
        if (!viewer) {
          // Refused before Apollo's request pipeline, so the metrics plugin does not see it.
          metrics.countError(ErrorCode.UNAUTHENTICATED);
          throw new GraphQLError('Send a valid API key as `Authorization: Bearer <token>`.', {
            extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
          });
        }
        return createContext(viewer, requestId);
      },
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') return res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return {
    httpServer,
    async start(port: number, host: string): Promise<AddressInfo> {
      await apollo.start();
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
      await apollo.stop();
    },
  };
}

/** One line per operation: mutations at info (they change things), the rest at debug. */
function operationLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, operation, operationName, response }) {
          if (!contextValue?.log) return;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors?.map((e) => e.extensions?.['code']) : undefined;
          const line = { operation: operationName ?? operation?.operation, ms: Math.round(performance.now() - started), errors };
          if (operation?.operation === 'mutation') contextValue.log.info(line, 'mutation');
          else contextValue.log.debug(line, 'operation');
        },
      };
    },
  };
}

/** Apollo would execute a subscription as a query, on no event; say where subscriptions are served instead. */
const noSubscriptionsOverHttp: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription')
      context.reportError(
        new GraphQLError('Subscriptions are served over WebSocket (the graphql-ws protocol) at /graphql, not over HTTP.', { nodes: node }),
      );
  },
});

/** Reuses results of read-only queries over versioned state, per role, until the version moves. */
function readCachePlugin({ rootFields, version }: ServerOptions['readCache']): ApolloServerPlugin<Context> {
  const results = new Map<string, FormattedExecutionResult>();
  let cachedVersion = -1;
  const cacheable = (operation: OperationDefinitionNode | undefined) =>
    operation?.operation === 'query' &&
    operation.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && !s.directives?.length && (rootFields.has(s.name.value) || s.name.value === '__typename'),
    );
  return {
    async requestDidStart() {
      let key: string | undefined;
      return {
        async responseForOperation({ operation, source, request, contextValue }) {
          if (!cacheable(operation) || !contextValue.viewer) return null;
          if (version() !== cachedVersion) {
            results.clear();
            cachedVersion = version();
          }
          key = `${cachedVersion}\0${contextValue.viewer.role}\0${request.operationName ?? ''}\0${JSON.stringify(request.variables ?? {})}\0${source}`;
          const hit = results.get(key);
          return hit ? { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: hit } } : null;
        },
        async willSendResponse({ response }) {
          if (!key || response.body.kind !== 'single' || response.body.singleResult.errors) return;
          // Stored only if nothing changed while it was computed (the key names the version it started from).
          if (key.startsWith(`${version()}\0`) && results.size < 1000) results.set(key, response.body.singleResult);
        },
      };
    },
  };
}

const errorBody = (message: string) => ({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** The body as text, or undefined when it is over the limit (reading stops there). */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

// The playground (/) and the launcher (/launch), built by Vite into dist/web. Everything they load comes from this
// server, as an air-gapped enclave needs; the CSP makes the browser refuse anything else.
const webRoot = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const pages: Record<string, string> = { '/': 'index.html', '/launch': 'launch.html', '/launch/': 'launch.html' };
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // GraphiQL's editor sets style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

async function serveWeb(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const file = pages[pathname] ?? (pathname.startsWith('/assets/') ? pathname.slice(1) : undefined);
  if (!file) return false;
  const path = resolve(webRoot, file);
  if (!path.startsWith(webRoot)) return false;
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch {
    if (!pages[pathname]) return false;
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The web pages are not built. Run `npm run build` (npm start does it).');
    return true;
  }
  res.writeHead(200, {
    'content-type': contentTypes[extname(path)] ?? 'application/octet-stream',
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // Vite names assets by content hash: they never change under their name.
    'cache-control': file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
