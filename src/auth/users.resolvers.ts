import type { Resolvers } from '../__generated__/resolvers-types.js';
import { AppError, ErrorCode } from '../errors.js';
import { requireAdmin, type Context } from '../graphql/context.js';

/** An admin cannot lock themselves out: disabling, demoting or deleting the user you act as is refused. */
function notYourself(context: Context, id: string, change: { disabled?: boolean | null; role?: string | null; deleted?: boolean }) {
  if (context.viewer?.userId !== id) return;
  if (change.deleted || change.disabled === true || change.role === 'USER')
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'You cannot disable, demote or delete yourself; ask another admin.');
}

export const usersResolvers: Resolvers = {
  Query: {
    users: (_, __, context) => {
      requireAdmin(context);
      return context.services.users.list();
    },
    groups: (_, __, context) => {
      requireAdmin(context);
      return context.services.users.listGroups();
    },
  },
  Mutation: {
    createUser: (_, { input }, context) => {
      requireAdmin(context);
      return context.services.users.createUser(input);
    },
    updateUser: (_, { id, input }, context) => {
      requireAdmin(context);
      notYourself(context, id, input);
      return context.services.users.updateUser(id, input);
    },
    deleteUser: (_, { id }, context) => {
      requireAdmin(context);
      notYourself(context, id, { deleted: true });
      return context.services.users.deleteUser(id);
    },
    createGroup: (_, { input }, context) => {
      requireAdmin(context);
      return context.services.users.createGroup(input);
    },
    updateGroup: (_, { id, input }, context) => {
      requireAdmin(context);
      return context.services.users.updateGroup(id, input);
    },
    deleteGroup: (_, { id }, context) => {
      requireAdmin(context);
      return context.services.users.deleteGroup(id);
    },
  },
  Viewer: {
    user: async ({ userId }, _, context) => (userId ? ((await context.loaders.user.load(userId)) ?? null) : null),
  },
  User: {
    groups: (user, _, context) => context.loaders.groupsOfUser.load(user.id),
    hasPassword: (user) => user.passwordHash !== null,
  },
  Group: {
    members: (group, _, context) => context.loaders.membersOfGroup.load(group.id),
  },
};
