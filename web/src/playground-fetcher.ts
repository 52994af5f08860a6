import { createGraphiQLFetcher, type Fetcher, type FetcherParams } from '@graphiql/toolkit';
import { GraphQLError, parse, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { Client } from 'graphql-ws';
import { graphqlUrl, type Credential } from './api.js';

/**
 * GraphiQL's fetcher: queries and mutations over HTTP, subscriptions over graphql-ws, both with the token (or the
 * sign-in cookie, which the browser sends itself: `null`); `undefined` has nothing to send with. The
 * transport is chosen from the text being sent (the toolkit's own choice relies on GraphiQL's parsed document,
 * which can lag behind the editor right after typing).
 */
export function createPlaygroundFetcher(token: Credential | undefined, wsClient: Client | undefined): Fetcher {
  if (token === undefined || !wsClient)
    return () => ({
      errors: [new GraphQLError('Paste an API token in the field above, then run the operation again.')],
    });
  const overHttp = createGraphiQLFetcher({
    url: graphqlUrl,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    // The server answers each request with one JSON result (no @defer or @stream).
    enableIncrementalDelivery: false,
  });
  return (params, options) => {
    const { operation, operationName } = resolveOperation(params);
    const sent = { ...params, operationName };
    return operation === 'subscription' ? overWebSocket(wsClient, sent) : overHttp(sent, options);
  };
}

/**
 * The operation to run, from the text being sent. GraphiQL works out the operation name from the editor 100 ms after
 * the last keystroke: run sooner (Ctrl-Enter right after typing) and the name may be a previous document's. With
 * one operation in the text, that stale name is dropped rather than sent (the server would refuse it).
 */
function resolveOperation({ query, operationName }: FetcherParams) {
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  } catch {
    return { operation: undefined, operationName }; // the server reports the syntax error
  }
  const named = operationName ? operations.find((o) => o.name?.value === operationName) : undefined;
  if (named) return { operation: named.operation, operationName };
  if (operations.length === 1) return { operation: operations[0]!.operation, operationName: undefined };
  return { operation: undefined, operationName };
}

/** Each event is one result; a refusal (bad token, validation, FORBIDDEN) is shown as a result too. */
async function* overWebSocket(
  client: Client,
  { query, operationName, variables }: FetcherParams,
): AsyncGenerator<ExecutionResult> {
  try {
    for await (const result of client.iterate({ query, operationName, variables })) yield result as ExecutionResult;
  } catch (error) {
    const errors = Array.isArray(error)
      ? error
      : [
          {
            message:
              error instanceof CloseEvent
                ? `The WebSocket closed (${error.code}${error.reason ? ` ${error.reason}` : ''}).`
                : error instanceof Error
                  ? error.message
                  : String(error),
          },
        ];
    yield { errors } as unknown as ExecutionResult;
  }
}
