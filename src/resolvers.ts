import { GraphQLScalarType, Kind } from 'graphql';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { agentsResolvers } from './agents/agents.resolvers.js';
import { authResolvers } from './auth/auth.resolvers.js';
import { networksResolvers } from './networks/networks.resolvers.js';
import { sessionsResolvers } from './sessions/sessions.resolvers.js';
import { workspacesResolvers } from './workspaces/workspaces.resolvers.js';

const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An ISO-8601 date-time string.',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDate(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw new TypeError('DateTime must be an ISO-8601 string, e.g. 2026-01-31T12:00:00Z.');
  return date;
}

export function mergeResolvers(...parts: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts)
    for (const [type, fields] of Object.entries(part)) merged[type] = { ...merged[type], ...(fields as object) };
  return merged as Resolvers;
}

export const resolvers = mergeResolvers(
  { DateTime: DateTime as never },
  agentsResolvers,
  networksResolvers,
  workspacesResolvers,
  sessionsResolvers,
  authResolvers,
);
