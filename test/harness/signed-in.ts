// A browser signed in to Enclave, as tests play it: password sign-in and sign-out on /auth/*, GraphQL over HTTP and
// graphql-ws with the sign-in cookie and the Origin a browser would send. Requests leave from a client address of the
// test's choosing (all of 127.0.0.0/8 is loopback), so that each test counts its own failures against the limit
// Enclave keeps per client address.
import { request, type IncomingHttpHeaders } from 'node:http';
import { getOperationAST, parse } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { Document, GraphQLResponse, ResultOf, VariablesOf } from './graphql.js';
import { setUpSubscription, type LiveSubscription } from './live-subscriptions.js';

export const signInCookieName = 'enclave_auth';

export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface BrowserRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The client's address, e.g. 127.0.0.7. @default 127.0.0.1 */
  address?: string;
  /** Generous: a password sign-in hashes with scrypt at OWASP's cost, a second or more on a busy machine. @default 60_000 */
  timeoutMs?: number;
}

/** One HTTP request to `url` on loopback, from `address`. */
export function send(url: string, { method = 'GET', headers = {}, body, address = '127.0.0.1', timeoutMs = 60_000 }: BrowserRequest = {}): Promise<HttpAnswer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: target.hostname, port: Number(target.port), path: `${target.pathname}${target.search}`, method, headers, localAddress: address, timeout: timeoutMs },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${url} timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** The `name=value` of the first Set-Cookie of that name, if any. */
export function setCookie(headers: IncomingHttpHeaders, name: string): { pair: string; line: string } | undefined {
  const line = (headers['set-cookie'] ?? []).find((l) => l.startsWith(`${name}=`));
  return line ? { pair: line.split(';')[0]!, line } : undefined;
}

export interface SignInAnswer extends HttpAnswer {
  /** `enclave_auth=<token>`, when one was set with a value. */
  cookie: string | undefined;
}

/** POST /auth/sign-in as Enclave's page sends it (JSON; `origin` when given). */
export async function signIn(
  base: string,
  username: string,
  password: string,
  { address, origin }: { address?: string; origin?: string } = {},
): Promise<SignInAnswer> {
  const answer = await send(`${base}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin && { origin }) },
    body: JSON.stringify({ username, password }),
    ...(address && { address }),
  });
  const pair = setCookie(answer.headers, signInCookieName)?.pair;
  return { ...answer, cookie: pair && pair !== `${signInCookieName}=` ? pair : undefined };
}

/** POST /auth/sign-out with the cookie. */
export const signOut = (base: string, cookie: string, headers: Record<string, string> = {}) =>
  send(`${base}/auth/sign-out`, { method: 'POST', headers: { cookie, ...headers } });

/** What a browser adds to a request of Enclave's own page: the cookie and the page's Origin. */
export interface CookieOptions {
  cookie: string;
  /** The page's origin; omitted when undefined. */
  origin?: string | undefined;
  headers?: Record<string, string>;
}

/** POSTs an operation to `url` (…/graphql) with the cookie and no Authorization; the status and the parsed answer. */
export async function postWithCookie<D extends Document>(
  url: string,
  document: D,
  variables: VariablesOf<D> | undefined,
  { cookie, origin, headers = {} }: CookieOptions,
): Promise<{ status: number; body: GraphQLResponse<ResultOf<D>> }> {
  const answer = await send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...(origin && { origin }), ...headers },
    body: JSON.stringify({ query: String(document), variables }),
  });
  let body: GraphQLResponse<ResultOf<D>>;
  try {
    body = JSON.parse(answer.text) as GraphQLResponse<ResultOf<D>>;
  } catch {
    throw new Error(`not a GraphQL answer (HTTP ${answer.status}): ${answer.text.slice(0, 300)}`);
  }
  return { status: answer.status, body };
}

/** The status an upgrade of `wsUrl` gets with these headers: 101 when it is taken (then closed at once). */
export function upgradeStatus(wsUrl: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { headers });
    socket.once('open', () => {
      resolve(101);
      socket.terminate();
    });
    socket.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

export interface CookieOperation<T> {
  /** Every result, in order of arrival. */
  readonly results: readonly GraphQLResponse<T>[];
  /** Close codes of the connection, in order (4403 when the server refused or closed it). */
  readonly closeCodes: readonly number[];
  /** The errors of an `error` message, or the CloseEvent that ended the operation. */
  readonly failure: unknown;
  /** A subscription: once the server counts it (see live-subscriptions.ts). Other operations: at once. */
  readonly ready: Promise<void>;
  /** Once the operation completed or failed. */
  readonly done: Promise<void>;
  close(): Promise<void>;
}

/**
 * Runs `document` over graphql-ws as Enclave's page does: no connection params, the sign-in cookie and the page's
 * Origin on the upgrade request. One connection, no retries.
 */
export function subscribeWithCookie<D extends Document>(
  wsUrl: string,
  document: D,
  variables: VariablesOf<D> | undefined,
  { cookie, origin, headers = {} }: CookieOptions,
): CookieOperation<ResultOf<D>> {
  type T = ResultOf<D>;
  const upgradeHeaders = { cookie, ...(origin && { origin }), ...headers };
  // graphql-ws constructs its socket as `new WebSocket(url, protocol)`; this one adds the browser's headers.
  class BrowserWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: upgradeHeaders });
    }
  }
  const results: GraphQLResponse<T>[] = [];
  const closeCodes: number[] = [];
  let failure: unknown;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let tracked: LiveSubscription | undefined;
  const end = () => {
    tracked?.ended();
    finish();
  };
  const client = createClient({
    url: wsUrl,
    webSocketImpl: BrowserWebSocket,
    retryAttempts: 0,
    on: { closed: (event) => void closeCodes.push((event as { code: number }).code) },
  });
  const query = String(document);
  const start = () =>
    client.subscribe<T>(
      { query, ...(variables && { variables: variables as Record<string, unknown> }) },
      {
        next: (value) => void results.push(value as GraphQLResponse<T>),
        error: (error) => {
          failure = error;
          end();
        },
        complete: end,
      },
    );
  if (getOperationAST(parse(query))?.operation === 'subscription')
    tracked = setUpSubscription(wsUrl.replace(/^ws/, 'http').replace(/\/graphql$/, ''), start);
  else start();
  let ready: Promise<void> | undefined;
  return {
    results,
    closeCodes,
    get failure() {
      return failure;
    },
    get ready() {
      return (ready ??= (async () => {
        if (tracked && !(await tracked.live)) throw new Error(`the subscription ended before the server counted it (close codes ${closeCodes.join(', ')})`);
      })());
    },
    done,
    close: async () => {
      if (tracked) await tracked.close(() => client.dispose());
      else await client.dispose();
    },
  };
}
