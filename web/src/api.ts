import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from './__generated__/graphql.js';

/** The API is served by the same server as the pages, on one path for HTTP and WebSocket. */
export const graphqlUrl = new URL('/graphql', location.href).href;
export const graphqlWsUrl = graphqlUrl.replace(/^http/, 'ws');

/** An error the API answered with: its message is meant for a person, `code` is `extensions.code`. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface Result<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function failure(result: Result<unknown>): ApiError {
  const first = result.errors?.[0];
  return new ApiError(first?.message ?? 'The server answered with no data.', first?.extensions?.code);
}

/** An operation's variables as arguments: optional when it has none (or none required), as in `graphql-request`. */
type VariablesArgument<V> = {} extends V ? [variables?: V] : [variables: V];

/**
 * POSTs one operation with the token; resolves to its data, or rejects with the server's first error. A query that
 * fails to reach the server is sent once more (a connection dropped by a restart or a proxy); a mutation is not.
 */
export async function request<R, V>(
  token: string,
  document: TypedDocumentString<R, V>,
  ...[variables]: VariablesArgument<V>
): Promise<R> {
  const query = document.toString();
  const post = () =>
    fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
  let response: Response;
  try {
    response = await post().catch(async (error: unknown) => {
      if (/^\s*mutation\b/.test(query)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return post();
    });
  } catch {
    throw new ApiError('The server cannot be reached. Check your connection and try again.', 'NETWORK');
  }
  let result: Result<R>;
  try {
    result = (await response.json()) as Result<R>;
  } catch {
    throw new ApiError(
      `The server answered ${response.status} ${response.statusText} without a GraphQL result.`,
      undefined,
    );
  }
  if (result.errors?.length || !result.data) throw failure(result);
  return result.data;
}

export interface LiveOptions {
  /**
   * Called on every (re)connection, once the subscriptions are sent: events from before (or from while the
   * connection was down) are not replayed, so this is when to read the current state.
   */
  connected(): void;
  /** The connection dropped; graphql-ws is retrying. */
  disconnected(): void;
  /** The server refused the token (closed with 4403 Forbidden). */
  refused(): void;
}

/** One graphql-ws connection for the page, authenticated with the token, reconnecting by itself. */
export function connect(token: string, { connected, disconnected, refused }: LiveOptions): Client {
  const isRefusal = (event: unknown) => event instanceof CloseEvent && event.code === 4403;
  return createClient({
    url: graphqlWsUrl,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: true,
    retryAttempts: 30,
    // A refused token is final; anything else (a restart, a dropped network) is worth retrying.
    shouldRetry: (event) => !isRefusal(event),
    on: {
      connected: () => void setTimeout(connected),
      closed: (event) => (isRefusal(event) ? refused() : disconnected()),
    },
  });
}

/** Subscribes until the returned function is called; errors are reported, not thrown. */
export function watch<R, V extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentString<R, V>,
  variables: V,
  next: (data: R) => void,
  error: (error: ApiError) => void,
): () => void {
  return client.subscribe<R>(
    { query: document.toString(), variables },
    {
      next: (result) => (result.data ? next(result.data) : error(failure(result as Result<unknown>))),
      error: (cause) =>
        error(
          Array.isArray(cause)
            ? failure({ errors: cause })
            : new ApiError(cause instanceof Error ? cause.message : 'Live updates stopped.', undefined),
        ),
      complete: () => {},
    },
  );
}
