import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  AGENT_UNREACHABLE: 'AGENT_UNREACHABLE',
  NETWORK_SELECTION_NOT_ALLOWED: 'NETWORK_SELECTION_NOT_ALLOWED',
  NETWORK_NOT_ALLOWED: 'NETWORK_NOT_ALLOWED',
  NO_CAPACITY: 'NO_CAPACITY',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  /** connectSession, keepaliveSession, pauseSession or suspendSession on a session that is not RUNNING (or PAUSED). */
  SESSION_NOT_RUNNING: 'SESSION_NOT_RUNNING',
  /** The database cannot be reached (e.g. Postgres restarting): worth retrying. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A failure the caller caused and can fix; its message says how. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AppError';
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const notFound = (what: string, id: string) =>
  new AppError(ErrorCode.NOT_FOUND, `No ${what} with id "${id}". List them with the \`${what}s\` query.`);

/**
 * Keeps coded errors (ours, and GraphQL's own validation and input errors) and masks everything else as
 * INTERNAL_SERVER_ERROR, logging the original with its cause so nothing about the internals reaches the client.
 */
export function createErrorFormatter(log: Logger, { suggestions }: { suggestions: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    // GraphQLErrors are ours (AppError) or graphql-js' own (syntax, validation, input coercion): safe to show.
    if (original instanceof GraphQLError) {
      // Uncoded (graphql's own validation) or coded INTERNAL by Apollo (e.g. "too many errors processing variables",
      // which has no location): either way the request was at fault.
      const code = formatted.extensions?.code;
      const coded =
        code && code !== ErrorCode.INTERNAL_SERVER_ERROR
          ? formatted
          : { ...formatted, extensions: { ...formatted.extensions, code: code ? ErrorCode.BAD_USER_INPUT : 'GRAPHQL_VALIDATION_FAILED' } };
      return suggestions ? coded : { ...coded, message: coded.message.replace(/ Did you mean .*\?$/, '') };
    }
    // Apollo codes what it recognises (bad request, bad input) and calls everything else INTERNAL_SERVER_ERROR.
    const code = formatted.extensions?.code;
    if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
    if (isDatabaseUnavailable(original)) {
      log.warn({ err: original, path: formatted.path }, 'database unavailable');
      return {
        message: "Enclave's database cannot be reached right now. Retry in a few seconds (a launch with the same idempotencyKey is not started twice).",
        ...(formatted.path && { path: formatted.path }),
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      ...(formatted.path && { path: formatted.path }),
      ...(formatted.locations && { locations: formatted.locations }),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

function unwrap(error: unknown): unknown {
  let e = error;
  while (e instanceof GraphQLError && e.originalError && e.originalError !== e) e = e.originalError;
  return e;
}

/**
 * Whether `error` (or what it wraps: drizzle wraps the driver's errors) says the database could not be reached, rather
 * than that a query was wrong: postgres.js's connection errors, the socket's, and Postgres's own "shutting down" /
 * "starting up" (SQLSTATE 57P01-57P03) and connection exceptions (class 08).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    if (/^(CONNECTION_(CLOSED|ENDED|DESTROYED)|CONNECT_TIMEOUT|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$/.test(code)) return true;
    if (/^(57P0[123]|08...)$/.test(code)) return true;
  }
  return false;
}
