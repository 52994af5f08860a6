import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from './__generated__/graphql.js';

/** The API is served by the same server as the pages, on one path for HTTP and WebSocket. */
export const graphqlUrl = new URL('/graphql', location.href).href;
export const graphqlWsUrl = graphqlUrl.replace(/^http/, 'ws');

/**
 * An error the API answered with: its message is meant for a person, `code` is `extensions.code`, `field` the input
 * field it concerns (`extensions.field`), when it names one, so that a form can show it beside that field.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly field?: string,
    /** The error's other `extensions`, e.g. createNetwork's `failures` (one per agent that refused). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

interface Result<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: unknown; [key: string]: unknown } }[];
}

function failure(result: Result<unknown>): ApiError {
  const first = result.errors?.[0];
  const field = first?.extensions?.field;
  return new ApiError(
    first?.message ?? 'The server answered with no data.',
    first?.extensions?.code,
    typeof field === 'string' ? field : undefined,
    first?.extensions ?? {},
  );
}

/**
 * How a request proves who sends it: an API token (sent as `Authorization: Bearer`), or null to rely on the sign-in
 * cookie, which the browser sends by itself on same-origin requests and WebSocket upgrades (it is HttpOnly: the page
 * never sees it). A token, when sent, wins over the cookie.
 */
export type Credential = string | null;

const authorization = (token: Credential): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {};

/** An operation's variables as arguments: optional when it has none (or none required), as in `graphql-request`. */
type VariablesArgument<V> = {} extends V ? [variables?: V] : [variables: V];

/**
 * POSTs one operation with the token (or the cookie); resolves to its data, or rejects with the server's first error. A query that
 * fails to reach the server is sent once more (a connection dropped by a restart or a proxy); a mutation is not.
 */
export async function request<R, V>(
  token: Credential,
  document: TypedDocumentString<R, V>,
  ...[variables]: VariablesArgument<V>
): Promise<R> {
  const query = document.toString();
  const post = () =>
    fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization(token) },
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
  /**
   * The server refused the credential or ended the connection (closed with 4403 Forbidden): the credential no longer
   * works, or who it stands for changed (their groups, their role) and what they may see must be read again.
   */
  refused(): void;
}

/**
 * One graphql-ws connection for the page, authenticated with the token (in the connection params) or the cookie (on
 * the upgrade), reconnecting by itself.
 */
export function connect(token: Credential, { connected, disconnected, refused }: LiveOptions): Client {
  const isRefusal = (event: unknown) => event instanceof CloseEvent && event.code === 4403;
  return createClient({
    url: graphqlWsUrl,
    connectionParams: authorization(token),
    lazy: true,
    retryAttempts: 30,
    // A refusal is the page's to handle (sign in again, or read what may now be seen); anything else (a restart, a
    // dropped network) is worth retrying.
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
            : cause instanceof Error
              ? new ApiError(cause.message, undefined)
              : // The connection closed for good (a refusal): `closed` reports it, once for all subscriptions.
                new ApiError('Live updates stopped.', 'CLOSED'),
        ),
      complete: () => {},
    },
  );
}
