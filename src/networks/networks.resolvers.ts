import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireAdmin } from '../graphql/context.js';
import type { NetworkRow } from '../db/schema.js';

export const networksResolvers: Resolvers = {
  Query: {
    networks: (_, filter, context) => {
      requireAdmin(context);
      return context.services.networks.list(filter);
    },
    networkSpread: (_, { zone }, context) => {
      requireAdmin(context);
      return context.services.networks.spread(zone);
    },
    previewNetwork: (_, { input }, context) => {
      requireAdmin(context);
      return context.services.networks.preview(input);
    },
  },
  Mutation: {
    createNetwork: (_, { input }, context) => {
      requireAdmin(context);
      return context.services.networks.create(input);
    },
    repairNetwork: (_, { name, zone }, context) => {
      requireAdmin(context);
      return context.services.networks.repair(name, zone ?? null);
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
    options: (network) => Object.entries(network.options).map(([key, value]) => ({ key, value })),
    warnings: (network, _, context) => context.services.networks.warnings(network),
  },
};
