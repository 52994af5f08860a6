import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/auth.service.js';
import { bearerToken } from '../auth/tokens.js';
import { createErrorFormatter, ErrorCode } from '../errors.js';
import type { HttpGraphQLOptions } from '../http/graphql-http.js';
import type { WebSocketGraphQLOptions } from '../http/graphql-ws.js';
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
  log: Logger;
}

/**
 * Enclave's GraphQL API as the transport takes it: the schema, how a request or a WebSocket connection becomes a
 * Context, the limits, plugins and error formatting that HTTP and graphql-ws both apply.
 */
export function createGraphQLApi({ services, introspection, suggestions, metrics, log }: GraphQLApiOptions): {
  http: HttpGraphQLOptions<Context>;
  webSocket: Omit<WebSocketGraphQLOptions<Context, Viewer>, 'flushMs' | 'maxBufferedBytes'>;
} {
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  const formatError = createErrorFormatter(log, { suggestions });
  const validationRules = limitRules({ introspection });
  const authenticate = (authorization: string | undefined) => services.auth.authenticate(bearerToken(authorization));

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
      async context(authorization, requestId) {
        const viewer = await authenticate(authorization);
        if (!viewer) {
          // Refused before Apollo's request pipeline, so the metrics plugin does not see it.
          metrics.countError(ErrorCode.UNAUTHENTICATED);
          throw new GraphQLError('Send a valid API key as `Authorization: Bearer <token>`.', {
            extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
          });
        }
        return createContext(services, viewer, log, requestId);
      },
    },
    webSocket: {
      schema,
      authenticate: (params) => {
        const header = params?.['authorization'];
        return authenticate(typeof header === 'string' ? header : undefined);
      },
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
