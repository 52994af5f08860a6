import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireAdmin } from '../graphql/context.js';

// ADMIN only, reads included: which registries Enclave holds accounts on is no USER's business (and pulls need no one).
export const registriesResolvers: Resolvers = {
  Query: {
    registryCredentials: (_, __, context) => {
      requireAdmin(context);
      return context.services.registries.list();
    },
  },
  Mutation: {
    createRegistryCredential: (_, { input }, context) => {
      requireAdmin(context);
      return context.services.registries.create(input);
    },
    deleteRegistryCredential: (_, { id }, context) => {
      requireAdmin(context);
      return context.services.registries.delete(id);
    },
  },
};
