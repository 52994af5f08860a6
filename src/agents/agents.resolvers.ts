import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireAdmin } from '../graphql/context.js';
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
  // A USER meets agents through their sessions: name, zone and status, but not how to reach the daemon, nor what
  // else runs there.
  Agent: {
    endpoint: (agent, _, context) => {
      requireAdmin(context);
      return agent.endpoint;
    },
    dockerVersion: (agent, _, context) => {
      requireAdmin(context);
      return agent.dockerVersion;
    },
    tls: (agent, _, context) => {
      requireAdmin(context);
      return agent.tlsCert !== null;
    },
    networks: (agent, { includeRemoved }, context) => {
      requireAdmin(context);
      return context.services.networks.list({ agentId: agent.id, includeRemoved });
    },
    sessions: (agent, _, context) => {
      requireAdmin(context);
      return context.services.sessions.listByAgent(agent.id);
    },
    capacity: async (agent, _, context) => ({
      cores: agent.coresOverride ?? agent.daemonCores,
      memoryMb: agent.memoryMbOverride ?? agent.daemonMemoryMb,
      maxSessions: agent.maxSessions,
      gpus: agent.gpusOverride ?? agent.daemonGpus,
      ...(await context.loaders.usage.load(agent.id)),
    }),
  },
};
