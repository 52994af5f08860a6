// Raw HTTP requests to the GraphQL endpoint, keeping the status and the body as sent back (for tests of refusals).
import type { GraphQLResponse } from './graphql.js';
import { adminToken } from './server.js';

export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: GraphQLResponse | undefined;
}

export interface RawRequest {
  method?: string;
  /** An object is sent as JSON; a string as is; undefined sends no body. */
  body?: unknown;
  /** Bearer token; null for none. Default: the admin token. */
  token?: string | null;
  contentType?: string | null;
  headers?: Record<string, string>;
  /** Appended to the URL (for GET). */
  search?: string;
}

export async function request(url: string, options: RawRequest = {}): Promise<RawResponse> {
  const { method = 'POST', body, token = adminToken, contentType = 'application/json', headers = {}, search = '' } = options;
  const response = await fetch(url + search, {
    method,
    headers: {
      ...(contentType && { 'content-type': contentType }),
      ...(token && { authorization: `Bearer ${token}` }),
      ...headers,
    },
    ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  let json: GraphQLResponse | undefined;
  try {
    json = JSON.parse(text) as GraphQLResponse;
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, json };
}

/** POSTs `{ query, variables }` as JSON, keeping what came back as it came (see postGraphQLRaw in graphql.ts for answers to read). */
export const postRaw = (url: string, query: string, variables?: Record<string, unknown>, token: string | null = adminToken) =>
  request(url, { body: { query, ...(variables && { variables }) }, token });

/** The error codes a user may cause (DESIGN): anything else, INTERNAL_SERVER_ERROR above all, is a bug. */
export const userErrorCodes = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'AGENT_UNREACHABLE',
  'NETWORK_SELECTION_NOT_ALLOWED',
  'NETWORK_NOT_ALLOWED',
  'NO_CAPACITY',
  'LIMIT_EXCEEDED',
  'SESSION_NOT_RUNNING',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
] as const;

/** The codes of a response's errors ('(none)' for an error without one). */
export const codesOf = (response: RawResponse): string[] =>
  (response.json?.errors ?? []).map((e) => (typeof e?.extensions?.code === 'string' ? e.extensions.code : '(none)'));

/** A short description of a response for failure messages. */
export const describeResponse = (response: RawResponse) => `HTTP ${response.status}: ${response.text.slice(0, 600)}`;

/** A deterministic PRNG (mulberry32). */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
