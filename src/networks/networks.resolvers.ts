import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireAdmin } from '../graphql/context.js';
import type { NetworkRow } from '../db/schema.js';

export const networksResolvers: Resolvers = {
  Query: {
    networks: (_, filter, context) => {
      requireAdmin(context);
      return context.services.networks.list(filter);
    },
  },
  Mutation: {
    createNetwork: (_, { input }, context) => {
      requireAdmin(context);
      return context.services.networks.create(input);
    },
  },
  Subscription: {
    networkDiscovered: {
      subscribe: (_, { agentId }, context) => {
        requireAdmin(context);
        return context.services.events.subscribe('networkDiscovered', (n) => !agentId || n.agentId === agentId);
      },
      resolve: (network: NetworkRow) => network,
    },
    networkRemoved: {
      subscribe: (_, { agentId }, context) => {
        requireAdmin(context);
        return context.services.events.subscribe('networkRemoved', (n) => !agentId || n.agentId === agentId);
      },
      resolve: (network: NetworkRow) => network,
    },
  },
  Network: {
    agent: async (network, _, context) => {
      const agent = await context.loaders.agent.load(network.agentId);
      if (!agent) throw new Error(`network ${network.id} has no agent ${network.agentId}`);
      return agent;
    },
    warnings: (network, _, context) => context.services.networks.warnings(network),
  },
};
