// Raw transports for tests that need what the TestServer helpers hide: the HTTP status, any token (or none), and
// over graphql-ws every result, the end of an operation and the close codes of its connection.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLResponse } from './server.js';

export type Variables = Record<string, unknown>;

/** POSTs one operation with `Authorization: Bearer <token>` (none for null); returns the status and the parsed body. */
export async function httpPost(
  url: string,
  query: string,
  variables: Variables | undefined,
  token: string | null,
): Promise<{ status: number; body: GraphQLResponse }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token !== null && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

export interface WsOperation {
  /** Every `next` payload, in order; never spliced. */
  readonly all: GraphQLResponse[];
  /** What ended the operation abnormally: the errors of an `error` message, or the CloseEvent of the connection. */
  readonly failure: unknown;
  /** Whether the operation completed or failed. */
  readonly ended: boolean;
  /** Close codes of the connection, in order (4403 when the server refused it). */
  readonly closeCodes: number[];
  /** Once the connection was acknowledged, plus a moment for the server to set the subscription up. */
  readonly ready: Promise<void>;
  /** Once the operation completed or failed (refused connections included). */
  readonly done: Promise<void>;
  /** The first result not taken yet that satisfies `accept`; rejects once the operation ended without one, or on timeout. */
  next(accept?: (result: GraphQLResponse) => boolean, timeoutMs?: number): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

/** Runs one operation (query, mutation or subscription) on its own graphql-ws connection, without retries. */
export function wsOperation(wsUrl: string, token: string | null, query: string, variables?: Variables): WsOperation {
  const all: GraphQLResponse[] = [];
  const pending: GraphQLResponse[] = [];
  const closeCodes: number[] = [];
  let failure: unknown;
  let ended = false;
  let wake: (() => void) | undefined;
  let acked!: () => void;
  let finish!: () => void;
  const ready = new Promise<void>((resolve) => (acked = resolve));
  const done = new Promise<void>((resolve) => (finish = resolve));
  const end = () => {
    ended = true;
    finish();
    wake?.();
  };

  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token === null ? undefined : { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: {
      // The subscribe message follows the ack; give the server a moment to register it.
      connected: () => void setTimeout(acked, 150),
      closed: (event) => void closeCodes.push((event as { code: number }).code),
    },
  });
  client.subscribe<unknown>(
    { query, ...(variables && { variables }) },
    {
      next: (value) => {
        all.push(value as GraphQLResponse);
        pending.push(value as GraphQLResponse);
        wake?.();
      },
      error: (error) => {
        failure = error;
        end();
      },
      complete: end,
    },
  );

  return {
    all,
    get failure() {
      return failure;
    },
    get ended() {
      return ended;
    },
    closeCodes,
    ready,
    done,
    async next(accept = () => true, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const index = pending.findIndex(accept);
        if (index >= 0) return pending.splice(index, 1)[0]!;
        if (ended)
          throw new Error(`the operation ended without a matching result (failure: ${show(failure)}; results: ${JSON.stringify(all)})`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching result within ${timeoutMs} ms (results: ${JSON.stringify(all)})`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    },
    close: async () => {
      await client.dispose();
    },
  };
}

export interface WsResult {
  results: GraphQLResponse[];
  failure: unknown;
  closeCodes: number[];
  /** The operation neither completed nor failed within the time given (e.g. a subscription that was let through). */
  timedOut: boolean;
}

/** Runs one operation over graphql-ws until it completes or fails (or `timeoutMs`), then closes the connection. */
export async function wsRequest(
  wsUrl: string,
  token: string | null,
  query: string,
  variables?: Variables,
  timeoutMs = 10_000,
): Promise<WsResult> {
  const operation = wsOperation(wsUrl, token, query, variables);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    operation.done.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs))),
  ]);
  clearTimeout(timer);
  await operation.close();
  return { results: operation.all, failure: operation.failure, closeCodes: operation.closeCodes, timedOut };
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
