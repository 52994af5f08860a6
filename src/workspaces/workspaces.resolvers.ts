import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireAdmin, requireRole } from '../graphql/context.js';
import type { LaunchOptions } from './launch-options.js';

export const workspacesResolvers: Resolvers = {
  Query: {
    workspaces: (_, __, context) => {
      requireRole(context, 'ADMIN', 'USER');
      return context.services.workspaces.list();
    },
    workspace: async (_, { id }, context) => {
      requireRole(context, 'ADMIN', 'USER');
      return (await context.services.workspaces.get(id)) ?? null;
    },
  },
  Mutation: {
    createWorkspace: (_, { input }, context) => {
      requireAdmin(context);
      return context.services.workspaces.create(input);
    },
    updateWorkspace: (_, { id, input }, context) => {
      requireAdmin(context);
      return context.services.workspaces.update(id, input);
    },
    restrictWorkspaceToNetworks: (_, { id, networks, allowNetworkSelection }, context) => {
      requireAdmin(context);
      return context.services.workspaces.restrict(id, networks, allowNetworkSelection);
    },
  },
  Subscription: {
    launchOptionsChanged: {
      subscribe: async (_, { workspaceId }, context) => {
        requireRole(context, 'ADMIN', 'USER');
        await context.services.workspaces.mustGet(workspaceId);
        return context.services.launchOptions.subscribe(workspaceId);
      },
      resolve: (options: LaunchOptions) => options,
    },
  },
  Workspace: {
    restrictToNetworks: (workspace) => workspace.networks.length > 0,
    launchOptions: (workspace, _, context) => context.services.workspaces.launchOptions(workspace),
  },
};
