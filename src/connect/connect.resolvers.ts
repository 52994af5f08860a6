import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireRole } from '../graphql/context.js';

export const connectResolvers: Resolvers = {
  Mutation: {
    connectSession: (_, { id }, context) => context.services.connect.connectSession(requireRole(context, 'ADMIN', 'USER'), id),
  },
};
