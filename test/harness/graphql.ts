// GraphQL over HTTP for tests and benchmarks: one POST, typed by the operation when it is a typed document
// (`graphql(`query Name …`)` from test/__generated__/gql.js), JSON of unknown shape when it is a plain string
// (the malformed and fuzzed documents of the refusal tests).
import type { TypedDocumentString } from '../__generated__/graphql.js';

export type Variables = Record<string, unknown>;

export interface GraphQLError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T = unknown> {
  data?: T | null;
  errors?: GraphQLError[];
}

/** Any typed document: the top type of TypedDocumentString (its variables are contravariant, its result covariant). */
export type AnyTypedDocument = TypedDocumentString<unknown, never>;
/** A document to send: typed, or a plain string. */
export type Document = AnyTypedDocument | string;
export type ResultOf<D> = D extends TypedDocumentString<infer R, infer _V> ? R : unknown;
/** The variables a document takes; a plain string or a document whose type is not known takes any. */
export type VariablesOf<D> = D extends TypedDocumentString<infer _R, infer V> ? ([V] extends [never] ? Variables : V) : Variables;

export interface PostOptions {
  /** `Authorization: Bearer <token>`; null or absent sends none. */
  token?: string | null;
  /** Aborts the request after this long. @default 30_000 */
  timeoutMs?: number;
}

export interface HttpResult<T> {
  status: number;
  body: GraphQLResponse<T>;
}

/** POSTs one operation to `url` (…/graphql); resolves to the status and the parsed body, errors included. */
export async function postGraphQLRaw<D extends Document>(
  url: string,
  document: D,
  variables?: VariablesOf<D>,
  { token = null, timeoutMs = 30_000 }: PostOptions = {},
): Promise<HttpResult<ResultOf<D>>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token !== null && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query: String(document), variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<ResultOf<D>> };
}

/** Thrown by postGraphQL for an answer with errors (or without data); `body` is the whole answer. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly body: GraphQLResponse,
    context = '',
  ) {
    super(`GraphQL errors: ${JSON.stringify(body.errors ?? body)}${context && `\n${context}`}`);
  }
}

/** POSTs one operation; resolves to its data, or throws a GraphQLRequestError with its errors. */
export async function postGraphQL<D extends Document>(
  url: string,
  document: D,
  variables?: VariablesOf<D>,
  options?: PostOptions,
): Promise<ResultOf<D>> {
  return dataOf((await postGraphQLRaw(url, document, variables, options)).body);
}

/** The data of an answer without errors; throws a GraphQLRequestError otherwise. */
export function dataOf<T>(body: GraphQLResponse<T>, context?: string): T {
  if (body.errors?.length || body.data === undefined || body.data === null) throw new GraphQLRequestError(body, context);
  return body.data;
}

/** The root field `field` of data of unknown shape (an untyped document's answer). */
export const fieldOf = (data: unknown, field: string): unknown =>
  data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[field] : undefined;
