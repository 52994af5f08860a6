import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Viewer } from '../auth/auth.service.js';
import type { SignInCookie } from '../http/cookies.js';
import { bearerToken } from '../auth/tokens.js';
import { createErrorFormatter, ErrorCode } from '../errors.js';
import type { HttpGraphQLOptions } from '../http/graphql-http.js';
import type { WebSocketGraphQLOptions } from '../http/graphql-ws.js';
import { sameOrigin } from '../http/origin.js';
import type { Metrics } from '../metrics.js';
import { createContext, type Context, type Services } from './context.js';
import { limitRules, limits } from './limits.js';
import { noSubscriptionsOverHttp, prepareOperation } from './operations.js';
import { metricsPlugin } from './plugins/metrics.js';
import { operationLogPlugin } from './plugins/operation-log.js';
import { readCachePlugin } from './plugins/read-cache.js';
import { textVariablesPlugin } from './plugins/text-variables.js';
import { resolvers } from './resolvers.js';
import { createSharedSubscribe } from './shared-subscriptions.js';

const typeDefs = readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8');

export interface GraphQLApiOptions {
  services: Services;
  introspection: boolean;
  /** Whether error messages may suggest field names ("Did you mean …?"), which helps attackers map the schema. */
  suggestions: boolean;
  metrics: Metrics;
  /** The browser's sign-in cookie, and where Enclave's own pages are served (their origin may use it). */
  cookie: SignInCookie;
  publicUrl(): URL;
  log: Logger;
}

/**
 * Enclave's GraphQL API as the transport takes it: the schema, how a request or a WebSocket connection becomes a
 * Context, the limits, plugins and error formatting that HTTP and graphql-ws both apply.
 */
export function createGraphQLApi({ services, introspection, suggestions, metrics, cookie, publicUrl, log }: GraphQLApiOptions): {
  http: HttpGraphQLOptions<Context>;
  webSocket: Omit<WebSocketGraphQLOptions<Context, Viewer>, 'flushMs' | 'maxBufferedBytes'>;
} {
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  const formatError = createErrorFormatter(log, { suggestions });
  const validationRules = limitRules({ introspection });
  const refuse = (code: string, status: number, message: string) => {
    // Refused before Apollo's request pipeline, so the metrics plugin does not see it.
    metrics.countError(code);
    return new GraphQLError(message, { extensions: { code, http: { status } } });
  };

  /**
   * An API key (Authorization) wins over a cookie; a cookie counts only on a request from Enclave's own origin (the
   * cookie is SameSite=Lax, Apollo's CSRF prevention refuses simple requests, and Origin is checked besides).
   */
  async function viewerOf(headers: IncomingHttpHeaders): Promise<Viewer> {
    if (headers.authorization !== undefined) {
      const viewer = await services.auth.authenticate(bearerToken(headers.authorization));
      if (!viewer) throw refuse(ErrorCode.UNAUTHENTICATED, 401, 'This API key is not valid (unknown, revoked or expired). Send a valid one as `Authorization: Bearer <token>`.');
      return viewer;
    }
    const token = cookie.read(headers.cookie);
    if (!token) throw refuse(ErrorCode.UNAUTHENTICATED, 401, 'Sign in, or send a valid API key as `Authorization: Bearer <token>`.');
    if (!sameOrigin(headers, publicUrl())) throw refuse(ErrorCode.FORBIDDEN, 403, 'A signed-in request must come from Enclave\'s own pages (its Origin is another site).');
    const viewer = await services.auth.authenticateSignIn(token);
    if (!viewer) throw refuse(ErrorCode.UNAUTHENTICATED, 401, 'Your sign-in has ended (signed out, expired or disabled). Sign in again.');
    return viewer;
  }

  /** graphql-ws: the connection params' Authorization, else the upgrade's sign-in cookie (Origin checked at upgrade). */
  function connectionViewer(params: Readonly<Record<string, unknown>> | undefined, request: IncomingMessage) {
    const header = params?.['authorization'];
    if (typeof header === 'string') return services.auth.authenticate(bearerToken(header));
    return services.auth.authenticateSignIn(cookie.read(request.headers.cookie));
  }

  return {
    http: {
      schema,
      introspection,
      formatError,
      validationRules: [...validationRules, noSubscriptionsOverHttp],
      parseOptions: { maxTokens: limits.maxTokens },
      plugins: [
        // Workspaces and their launch options come from the fleet snapshot only.
        readCachePlugin({ rootFields: new Set(['workspaces', 'workspace']), version: services.fleet.version }),
        textVariablesPlugin(),
        metricsPlugin(metrics),
        operationLogPlugin(),
      ],
      async context(headers, requestId) {
        return createContext(services, await viewerOf(headers), log, requestId);
      },
    },
    webSocket: {
      schema,
      authenticate: connectionViewer,
      // Cross-site WebSocket hijacking: a browser sends the cookie on an upgrade from any site, so Origin decides.
      acceptUpgrade: (request) => cookie.read(request.headers.cookie) === undefined || sameOrigin(request.headers, publicUrl()),
      context: (viewer, connectionId) => createContext(services, viewer, log, connectionId),
      // The same parsing limits and validation rules as on HTTP.
      prepare: (payload) => prepareOperation(schema, validationRules, payload),
      subscribe: createSharedSubscribe({ log }),
      // Formatted as Apollo formats its errors, and counted (Apollo's are counted by the metrics plugin).
      formatError(error) {
        const formatted = formatError(error.toJSON(), error);
        metrics.countError(String(formatted.extensions?.['code'] ?? 'UNKNOWN'));
        return formatted;
      },
    },
  };
}
