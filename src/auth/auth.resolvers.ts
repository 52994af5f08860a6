import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireAdmin, requireRole } from '../graphql/context.js';

export const authResolvers: Resolvers = {
  Query: {
    viewer: (_, __, context) => {
      return requireRole(context, 'ADMIN', 'USER');
    },
    apiKeys: (_, { includeRevoked }, context) => {
      requireAdmin(context);
      return context.services.auth.list(includeRevoked ?? false);
    },
    auditLog: (_, { first, after }, context) => {
      requireAdmin(context);
      return context.services.audit.page(first ?? 50, after);
    },
  },
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
  Viewer: {
    apiKey: async ({ keyId }, _, context) => (keyId ? ((await context.services.auth.get(keyId)) ?? null) : null),
  },
  AuditEntry: {
    id: (entry) => String(entry.id),
  },
};
