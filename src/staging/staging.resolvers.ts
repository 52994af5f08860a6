import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireAdmin } from '../graphql/context.js';

// ADMIN only: pools are fleet configuration, and their members are nobody's sessions until handed over.
export const stagingResolvers: Resolvers = {
  Query: {
    stagingPools: (_, { workspaceId }, context) => {
      requireAdmin(context);
      return context.services.staging.list(workspaceId);
    },
  },
  Mutation: {
    createStagingPool: async (_, { input }, context) => {
      requireAdmin(context);
      return context.services.staging.create(input);
    },
    updateStagingPool: (_, { id, input }, context) => {
      requireAdmin(context);
      return context.services.staging.update(id, input);
    },
    deleteStagingPool: (_, { id }, context) => {
      requireAdmin(context);
      return context.services.staging.delete(id);
    },
  },
  StagingPool: {
    workspace: (pool, _, context) => context.services.workspaces.mustGet(pool.workspaceId),
    ready: async (pool, _, context) => (await context.services.staging.members(pool)).ready,
    members: async (pool, _, context) => (await context.services.staging.members(pool)).members,
  },
};
