import type { Resolvers } from '../__generated__/resolvers-types.js';
import { entitledNetworks, unrestricted } from '../entitlements.js';
import { requireAdmin, requireRole } from '../graphql/context.js';
import { notFound } from '../errors.js';
import type { LaunchOptionsEvent } from './launch-options.feed.js';

export const workspacesResolvers: Resolvers = {
  Query: {
    workspaces: (_, __, context) => {
      const viewer = requireRole(context, 'ADMIN', 'USER');
      return context.services.workspaces.list(viewer.entitlement);
    },
    workspace: async (_, { id }, context) => {
      const viewer = requireRole(context, 'ADMIN', 'USER');
      return (await context.services.workspaces.get(id, viewer.entitlement)) ?? null;
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
        const viewer = requireRole(context, 'ADMIN', 'USER');
        await context.services.workspaces.mustSee(workspaceId, viewer.entitlement);
        return context.services.launchOptions.subscribe(workspaceId, viewer.entitlement);
      },
      // A workspace gone from the viewer's sight (limited to groups they are not in) ends the watch as NOT_FOUND.
      resolve: (event: LaunchOptionsEvent) => {
        if ('gone' in event) throw notFound('workspace', event.gone);
        return event;
      },
    },
  },
  Workspace: {
    restrictToNetworks: (workspace) => workspace.networks.length > 0,
    // A USER sees the networks and groups of their own enclave, not the names of others'.
    networks: (workspace, _, context) => [...entitledNetworks(context.viewer?.entitlement ?? unrestricted, workspace.networks)],
    groups: (workspace, _, context) => {
      const groups = context.viewer?.entitlement.groups;
      return groups ? workspace.groups.filter((g) => groups.has(g)) : workspace.groups;
    },
    launchOptions: (workspace, _, context) => context.services.workspaces.launchOptions(workspace, context.viewer?.entitlement ?? unrestricted),
  },
};
