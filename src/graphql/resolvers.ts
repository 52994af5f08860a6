import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { Context } from './context.js';
import { AppError, ErrorCode } from '../errors.js';
import { badText } from './limits.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { agentsResolvers } from '../agents/agents.resolvers.js';
import { authResolvers } from '../auth/auth.resolvers.js';
import { networksResolvers } from '../networks/networks.resolvers.js';
import { sessionsResolvers } from '../sessions/sessions.resolvers.js';
import { workspacesResolvers } from '../workspaces/workspaces.resolvers.js';

const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An ISO-8601 date-time string.',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDate(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
  // Postgres (and most clients) stop at year 9999.
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1970 || date.getUTCFullYear() > 9999)
    throw new TypeError('DateTime must be an ISO-8601 string between 1970 and 9999, e.g. 2026-01-31T12:00:00Z.');
  return date;
}

export function mergeResolvers(...parts: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts)
    for (const [type, fields] of Object.entries(part)) merged[type] = { ...merged[type], ...(fields as object) };
  return merged as Resolvers;
}

/** The id a mutation acted on, for the audit log. */
function targetOf(args: Record<string, any>, result: any): string | null {
  const id = args['id'] ?? args['input']?.workspaceId ?? result?.id ?? result?.apiKey?.id ?? (typeof result === 'string' ? result : null);
  return typeof id === 'string' ? id : null;
}

/** Every mutation leaves an audit row: who, what, on which id, and how it ended. */
function audited(all: Resolvers): Resolvers {
  const mutations = Object.entries((all.Mutation ?? {}) as Record<string, (...a: any[]) => unknown>).map(([operation, resolve]) => [
    operation,
    async (parent: unknown, args: Record<string, any>, context: Context, info: unknown) => {
      const record = (outcome: string, result?: unknown, message: string | null = null) =>
        context.viewer &&
        context.services.audit.record({ viewer: context.viewer, operation, target: targetOf(args, result), outcome, message });
      try {
        const bad = badText(args);
        if (bad) throw new AppError(ErrorCode.BAD_USER_INPUT, bad);
        const result = await resolve(parent, args, context, info);
        await record('OK', result);
        return result;
      } catch (error) {
        const code = error instanceof GraphQLError ? String(error.extensions['code'] ?? 'INTERNAL_SERVER_ERROR') : 'INTERNAL_SERVER_ERROR';
        await record(code, undefined, code === 'INTERNAL_SERVER_ERROR' ? null : (error as Error).message);
        throw error;
      }
    },
  ]);
  return { ...all, Mutation: Object.fromEntries(mutations) } as Resolvers;
}

export const resolvers = audited(mergeResolvers(
  { DateTime: DateTime as never },
  agentsResolvers,
  networksResolvers,
  workspacesResolvers,
  sessionsResolvers,
  authResolvers,
));
