import type { Resolvers } from '../__generated__/resolvers-types.js';
import { requireAdmin, requireRole } from '../graphql/context.js';
import type { SessionRow } from '../db/schema.js';
import { notFound } from '../errors.js';

export const sessionsResolvers: Resolvers = {
  Query: {
    sessions: (_, filter, context) => context.services.sessions.list(requireRole(context, 'ADMIN', 'USER'), filter),
    session: (_, { id }, context) => context.services.sessions.get(requireRole(context, 'ADMIN', 'USER'), id),
    placement: (_, { workspaceId, network }, context) => {
      const viewer = requireAdmin(context);
      return context.services.sessions.plan(workspaceId, network ?? null, viewer);
    },
  },
  Mutation: {
    launchSession: (_, { input }, context) => context.services.sessions.launch(requireRole(context, 'ADMIN', 'USER'), input),
    destroySession: (_, { id }, context) => context.services.sessions.destroy(requireRole(context, 'ADMIN', 'USER'), id),
    keepaliveSession: (_, { id }, context) => context.services.sessions.keepalive(requireRole(context, 'ADMIN', 'USER'), id),
    pauseSession: (_, { id }, context) => context.services.sessions.pause(requireRole(context, 'ADMIN', 'USER'), id),
    suspendSession: (_, { id }, context) => context.services.sessions.suspend(requireRole(context, 'ADMIN', 'USER'), id),
    resumeSession: (_, { id }, context) => context.services.sessions.resume(requireRole(context, 'ADMIN', 'USER'), id),
  },
  Subscription: {
    sessionStatusChanged: {
      subscribe: async (_, { sessionId }, context) => {
        const viewer = requireRole(context, 'ADMIN', 'USER');
        if (sessionId && !(await context.services.sessions.get(viewer, sessionId))) throw notFound('session', sessionId);
        return context.services.events.subscribe(
          'sessionStatusChanged',
          ({ session: s }) => (!sessionId || s.id === sessionId) && (viewer.role === 'ADMIN' || s.owner === viewer.owner),
        );
      },
      resolve: ({ session }: { session: SessionRow }) => session,
    },
  },
  Session: {
    workspace: async (session, _, context) => {
      const workspace = await context.loaders.workspace.load(session.workspaceId);
      // sessions.workspace_id references workspaces (on delete restrict): a session without its workspace is a bug.
      if (!workspace) throw new Error(`session ${session.id} has no workspace ${session.workspaceId}`);
      return workspace;
    },
    agent: async (session, _, context) => (session.agentId ? ((await context.loaders.agent.load(session.agentId)) ?? null) : null),
    history: (session, _, context) => context.services.sessions.history(session.id),
  },
};
