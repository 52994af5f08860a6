import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireAdmin } from '../context.js';

export const authResolvers: Resolvers = {
  Mutation: {
    createApiKey: (_, { input }, context) => {
      requireAdmin(context);
      return context.services.auth.createApiKey(input);
    },
    revokeApiKey: (_, { id }, context) => {
      requireAdmin(context);
      return context.services.auth.revokeApiKey(id);
    },
  },
};
