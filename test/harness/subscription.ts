// One GraphQL operation over graphql-ws, on its own connection and without retries, collected: every result with its
// arrival time, the first result not taken yet that matches (`next`), how it ended and the close codes of its
// connection, and `ready` once the server has set a subscription up (see live-subscriptions.ts).
import { getOperationAST, parse } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { Document, GraphQLError, GraphQLResponse, ResultOf, VariablesOf } from './graphql.js';
import { setUpSubscription, type LiveSubscription } from './live-subscriptions.js';

export interface SubscriptionEvent<T> {
  /** performance.now() when the result arrived */
  at: number;
  result: GraphQLResponse<T>;
}

export interface SubscribeOptions<T> {
  /** `{ authorization: "Bearer <token>" }` as connection params; null sends none. */
  token?: string | null;
  /** Sees each result as it arrives (e.g. to wake a waiting benchmark). */
  onEvent?: (event: SubscriptionEvent<T>) => void;
}

export interface Subscription<T> {
  /** Every result, in order of arrival; `next` does not take them from here. */
  readonly events: readonly SubscriptionEvent<T>[];
  /** What ended the operation abnormally: the errors of an `error` message, or the CloseEvent of the connection. */
  readonly failure: unknown;
  /** Whether the operation completed or failed. */
  readonly ended: boolean;
  /** Whether the connection has closed (a live subscription never closes by itself). */
  readonly closed: boolean;
  /** Close codes of the connection, in order (4403 when the server refused it). */
  readonly closeCodes: readonly number[];
  /** A subscription: once the server has set it up. Rejects if it ends first, or after 10 s. Other operations: at once. */
  readonly ready: Promise<void>;
  /** Once the operation completed or failed (refused connections included). */
  readonly done: Promise<void>;
  /** The first result not taken yet that satisfies `accept`; rejects once the operation ended without one, or on timeout. */
  next(accept?: (result: GraphQLResponse<T>) => boolean, timeoutMs?: number): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Results as they arrive, and the first one not taken yet that matches, as a promise. */
class Collector<T> {
  readonly events: SubscriptionEvent<T>[] = [];
  readonly closeCodes: number[] = [];
  failure: unknown;
  ended = false;
  closed = false;
  private readonly pending: GraphQLResponse<T>[] = [];
  private wake: (() => void) | undefined;

  add(event: SubscriptionEvent<T>) {
    this.events.push(event);
    this.pending.push(event.result);
    this.wake?.();
  }

  end() {
    this.ended = true;
    this.wake?.();
  }

  describe = () => `failure: ${show(this.failure)}; results: ${JSON.stringify(this.events.map((e) => e.result))}`;

  async take(accept: (result: GraphQLResponse<T>) => boolean, timeoutMs: number): Promise<GraphQLResponse<T>> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const index = this.pending.findIndex(accept);
      if (index >= 0) return this.pending.splice(index, 1)[0]!;
      if (this.ended) throw new Error(`the operation ended without a matching result (${this.describe()})`);
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`no matching result within ${timeoutMs} ms (${this.describe()})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
}

/** Runs `document` on its own graphql-ws connection to `wsUrl` (ws://host:port/graphql). */
export function subscribe<D extends Document>(
  wsUrl: string,
  document: D,
  variables?: VariablesOf<D>,
  { token = null, onEvent }: SubscribeOptions<ResultOf<D>> = {},
): Subscription<ResultOf<D>> {
  type T = ResultOf<D>;
  const query = String(document);
  const collected = new Collector<T>();
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let tracked: LiveSubscription | undefined;
  const end = () => {
    tracked?.ended();
    collected.end();
    finish();
  };

  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token === null ? undefined : { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: {
      closed: (event) => {
        collected.closed = true;
        collected.closeCodes.push((event as { code: number }).code);
      },
    },
  });
  const send = () =>
    client.subscribe<T>(
      { query, ...(variables && { variables: variables as Record<string, unknown> }) },
      {
        next: (value) => {
          const event = { at: performance.now(), result: value as GraphQLResponse<T> };
          collected.add(event);
          onEvent?.(event);
        },
        error: (error) => {
          collected.failure = error;
          end();
        },
        complete: end,
      },
    );
  if (isSubscription(query)) tracked = setUpSubscription(wsUrl.replace(/^ws/, 'http').replace(/\/graphql$/, ''), send);
  else send();

  let ready: Promise<void> | undefined;
  return {
    events: collected.events,
    get failure() {
      return collected.failure;
    },
    get ended() {
      return collected.ended;
    },
    get closed() {
      return collected.closed;
    },
    closeCodes: collected.closeCodes,
    get ready() {
      return (ready ??= live(tracked, collected.describe));
    },
    done,
    next: (accept = () => true, timeoutMs = 10_000) => collected.take(accept, timeoutMs),
    close: async () => {
      if (tracked) await tracked.close(() => client.dispose());
      else await client.dispose();
    },
  };
}

async function live(tracked: LiveSubscription | undefined, describe: () => string): Promise<void> {
  try {
    if (tracked && !(await tracked.live)) throw new Error('the subscription ended before the server counted it');
  } catch (error) {
    throw new Error(`${(error as Error).message} (${describe()})`);
  }
}

/** Whether the server would set `query` up as a subscription (a document it cannot parse it never sets up). */
function isSubscription(query: string): boolean {
  try {
    return getOperationAST(parse(query))?.operation === 'subscription';
  } catch {
    return false;
  }
}

export interface WsResult<T> {
  results: GraphQLResponse<T>[];
  failure: unknown;
  closeCodes: readonly number[];
  /** The operation neither completed nor failed within the time given (e.g. a subscription that was let through). */
  timedOut: boolean;
}

/** Runs one operation over graphql-ws until it completes or fails (or `timeoutMs`), then closes the connection. */
export async function wsRequest<D extends Document>(
  wsUrl: string,
  document: D,
  variables?: VariablesOf<D>,
  { token = null, timeoutMs = 10_000 }: { token?: string | null; timeoutMs?: number } = {},
): Promise<WsResult<ResultOf<D>>> {
  const operation = subscribe(wsUrl, document, variables, { token });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    operation.done.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs))),
  ]);
  clearTimeout(timer);
  await operation.close();
  return { results: operation.events.map((e) => e.result), failure: operation.failure, closeCodes: operation.closeCodes, timedOut };
}

/** The errors an operation ended with: those of its first result, or of its `error` message. */
export function errorsOf(result: { results: readonly GraphQLResponse<unknown>[]; failure: unknown }): GraphQLError[] | undefined {
  return result.results[0]?.errors ?? (Array.isArray(result.failure) ? (result.failure as GraphQLError[]) : undefined);
}

/** For messages: a CloseEvent as its code and reason, errors as JSON. */
export function show(value: unknown): string {
  if (value === undefined) return 'none';
  if (value && typeof value === 'object' && 'code' in value && 'reason' in value)
    return `close ${String((value as { code: unknown }).code)} ${String((value as { reason: unknown }).reason)}`;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
