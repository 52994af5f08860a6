import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireAdmin } from '../context.js';
import type { AgentRow } from '../db/schema.js';

export const agentsResolvers: Resolvers = {
  Query: {
    agents: (_, { zone }, context) => {
      requireAdmin(context);
      return context.services.agents.list({ zone });
    },
    agent: async (_, { id }, context) => {
      requireAdmin(context);
      return (await context.services.agents.get(id)) ?? null;
    },
  },
  Mutation: {
    registerAgent: (_, { input }, context) => {
      requireAdmin(context);
      return context.services.agents.register(input);
    },
    updateAgent: (_, { id, input }, context) => {
      requireAdmin(context);
      return context.services.agents.update(id, input);
    },
    removeAgent: (_, { id }, context) => {
      requireAdmin(context);
      return context.services.agents.remove(id);
    },
  },
  Subscription: {
    agentStatusChanged: {
      subscribe: (_, { agentId }, context) => {
        requireAdmin(context);
        return context.services.events.subscribe('agentStatusChanged', (a) => !agentId || a.id === agentId);
      },
      resolve: (agent: AgentRow) => agent,
    },
  },
  Agent: {
    tls: (agent) => agent.tlsCert !== null,
    networks: (agent, { includeRemoved }, context) =>
      context.services.networks.list({ agentId: agent.id, includeRemoved }),
    sessions: (agent, _, context) => context.services.sessions.listByAgent(agent.id),
    capacity: async (agent, _, context) => ({
      cores: agent.coresOverride ?? agent.daemonCores,
      memoryMb: agent.memoryMbOverride ?? agent.daemonMemoryMb,
      maxSessions: agent.maxSessions,
      ...(await context.loaders.usage.load(agent.id)),
    }),
  },
};
