import DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { AgentsService } from '../agents/agents.service.js';
import type { AuditLog } from '../auth/audit.js';
import type { AuthService, Role, Viewer } from '../auth/auth.service.js';
import type { ConnectService } from '../connect/connect.service.js';
import type { UsersService } from '../auth/users.service.js';
import type { AgentRow, GroupRow, UserRow, WorkspaceRow } from '../db/schema.js';
import { AppError, ErrorCode } from '../errors.js';
import type { EventBus } from '../events/bus.js';
import type { AgentUsage } from '../fleet/fleet.repository.js';
import type { Fleet } from '../fleet/fleet.js';
import type { NetworksService } from '../networks/networks.service.js';
import type { RegistriesService } from '../registries/registries.service.js';
import type { StagingService } from '../staging/staging.service.js';
import type { SessionsService } from '../sessions/sessions.service.js';
import type { LaunchOptionsFeed } from '../workspaces/launch-options.feed.js';
import type { WorkspacesService } from '../workspaces/workspaces.service.js';

export interface Services {
  agents: AgentsService;
  networks: NetworksService;
  auth: AuthService;
  users: UsersService;
  audit: AuditLog;
  events: EventBus;
  fleet: Fleet;
  workspaces: WorkspacesService;
  launchOptions: LaunchOptionsFeed;
  sessions: SessionsService;
  connect: ConnectService;
  registries: RegistriesService;
  staging: StagingService;
}

/**
 * Batching within a tick, so that a list costs one query per field rather than one per item. No cache: a
 * subscription's context lives as long as the subscription, and its events must show current rows.
 */
export interface Loaders {
  agent: DataLoader<string, AgentRow | undefined>;
  workspace: DataLoader<string, WorkspaceRow | undefined>;
  usage: DataLoader<string, AgentUsage>;
  user: DataLoader<string, UserRow | undefined>;
  groupsOfUser: DataLoader<string, GroupRow[]>;
  membersOfGroup: DataLoader<string, UserRow[]>;
}

export interface Context {
  viewer: Viewer | null;
  services: Services;
  loaders: Loaders;
  log: Logger;
}

/** A loader of rows by id: one query per batch, `undefined` for an id with no row. */
function byId<R extends { id: string }>(load: (ids: readonly string[]) => Promise<R[]>): DataLoader<string, R | undefined> {
  return new DataLoader(
    async (ids) => {
      const rows = new Map((await load(ids)).map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id));
    },
    { cache: false },
  );
}

export function createContext(services: Services, viewer: Viewer | null, log: Logger, requestId: string): Context {
  return {
    viewer,
    services,
    log: log.child({ requestId, actor: viewer?.owner }),
    loaders: {
      agent: byId((ids) => services.agents.byIds(ids)),
      workspace: byId((ids) => services.workspaces.byIds(ids)),
      usage: new DataLoader(
        async (ids) => {
          const usage = await services.agents.usage(ids);
          return ids.map((id) => usage.get(id) ?? { usedCores: 0, usedMemoryMb: 0, sessionCount: 0, usedGpus: 0 });
        },
        { cache: false },
      ),
      user: byId((ids) => services.users.byIds(ids)),
      groupsOfUser: grouped((ids) => services.users.groupsOf(ids)),
      membersOfGroup: grouped((ids) => services.users.membersOf(ids)),
    },
  };
}

/** A loader of lists by id (one query per batch), from a function that answers every id asked. */
function grouped<R>(load: (ids: readonly string[]) => Promise<Map<string, R[]>>): DataLoader<string, R[]> {
  return new DataLoader(
    async (ids) => {
      const lists = await load(ids);
      return ids.map((id) => lists.get(id) ?? []);
    },
    { cache: false },
  );
}

/** The viewer, if it has one of `roles`; UNAUTHENTICATED without a viewer, FORBIDDEN with the wrong role. */
export function requireRole(context: Pick<Context, 'viewer'>, ...roles: Role[]): Viewer {
  const { viewer } = context;
  if (!viewer)
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in, or send a valid API key as `Authorization: Bearer <token>`.');
  if (!roles.includes(viewer.role))
    throw new AppError(ErrorCode.FORBIDDEN, `This needs the ${roles.join(' or ')} role; your key has ${viewer.role}.`);
  return viewer;
}

export const requireAdmin = (context: Pick<Context, 'viewer'>) => requireRole(context, 'ADMIN');
