import type { Resolvers } from '../__generated__/resolvers-types.js';
import { agentsResolvers } from '../agents/agents.resolvers.js';
import { authResolvers } from '../auth/auth.resolvers.js';
import { usersResolvers } from '../auth/users.resolvers.js';
import { connectResolvers } from '../connect/connect.resolvers.js';
import { networksResolvers } from '../networks/networks.resolvers.js';
import { registriesResolvers } from '../registries/registries.resolvers.js';
import { stagingResolvers } from '../staging/staging.resolvers.js';
import { sessionsResolvers } from '../sessions/sessions.resolvers.js';
import { workspacesResolvers } from '../workspaces/workspaces.resolvers.js';
import { audited } from './audited.js';
import { DateTime } from './scalars.js';

function mergeResolvers(...parts: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts)
    for (const [type, fields] of Object.entries(part)) merged[type] = { ...merged[type], ...(fields as object) };
  return merged as Resolvers;
}

/** The whole resolver map: each domain's resolvers, every mutation audited. */
export const resolvers = audited(
  mergeResolvers({ DateTime: DateTime as never }, agentsResolvers, networksResolvers, workspacesResolvers, sessionsResolvers, authResolvers, usersResolvers, connectResolvers, registriesResolvers, stagingResolvers),
);
