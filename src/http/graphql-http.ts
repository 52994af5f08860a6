import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema, ParseOptions, ValidationRule } from 'graphql';
import { errorBody, maxBodyBytes, readBody, sendJson } from './respond.js';

/** What GraphQL over HTTP needs from the application. */
export interface HttpGraphQLOptions<C extends BaseContext> {
  schema: GraphQLSchema;
  introspection: boolean;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  plugins: ApolloServerPlugin<C>[];
  /**
   * The context of one request, from its headers (`Authorization`, or the sign-in cookie with `Origin`); throws (a
   * GraphQLError with `http.status`) to refuse it. `requestId` names the request in every log line it causes.
   */
  context(headers: IncomingHttpHeaders, requestId: string): Promise<C>;
}

/**
 * Apollo Server on node:http: the body is read here (1 MiB at most, JSON), the request handed to Apollo, its answer
 * written back. Batches, persisted queries and Apollo's landing page are off; `onDrain` runs when Apollo stops.
 */
export function createHttpGraphQL<C extends BaseContext>(
  { schema, introspection, formatError, validationRules, parseOptions, plugins, context }: HttpGraphQLOptions<C>,
  httpServer: Server,
  onDrain: () => Promise<void>,
) {
  const apollo = new ApolloServer<C>({
    schema,
    introspection,
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules,
    // Automatic persisted queries are not part of Enclave's API.
    persistedQueries: false,
    parseOptions,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set; without this Apollo wraps every field resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      ...plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: onDrain }) },
    ],
  });

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL) {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);

    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req);
      if (text === undefined) return sendJson(res, 413, errorBody(`The request body is larger than ${maxBodyBytes} bytes.`, 'BAD_USER_INPUT'));
      if ((headers.get('content-type') ?? '').startsWith('application/json')) {
        try {
          body = JSON.parse(text);
        } catch {
          return sendJson(res, 400, errorBody('The request body is not valid JSON.', 'BAD_USER_INPUT'));
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
      context: () => context(req.headers, requestId),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') return res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return { handle, start: () => apollo.start(), stop: () => apollo.stop() };
}
