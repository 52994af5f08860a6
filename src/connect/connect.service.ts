import type { Logger } from 'pino';
import type { Viewer } from '../auth/auth.service.js';
import type { Db } from '../db/client.js';
import type { AgentRow, SessionRow, WorkspaceRow } from '../db/schema.js';
import type { DockerRegistry } from '../docker/registry.js';
import { AppError, ErrorCode } from '../errors.js';
import type { EventBus } from '../events/bus.js';
import type { Metrics } from '../metrics.js';
import { mayReach } from '../entitlements.js';
import { createSessionAccess, tokenParameter, type SessionAccessDeps } from './access.js';
import { createActivity } from './activity.js';
import { createSessionDialer } from './dialer.js';
import { createGrantsRepository } from './grants.repository.js';
import { createSessionHosts } from './hosts.js';
import { createReadiness } from './readiness.js';

export interface ConnectDeps {
  db: Db;
  events: EventBus;
  docker: DockerRegistry;
  /** The session, if `viewer` may see it; NOT_FOUND otherwise (the sessions domain's rule). */
  sessionFor(viewer: Viewer, id: string): Promise<SessionRow>;
  sessionById(id: string): Promise<SessionRow | undefined>;
  workspaceById(id: string): Promise<WorkspaceRow | undefined>;
  agentById(id: string): Promise<AgentRow | undefined>;
  /** The sessions domain's writes: `ready` and lastActivityAt. */
  markReady(sessionId: string, ready: boolean, reason?: string | null): Promise<unknown>;
  recordActivity(lastSeen: ReadonlyMap<string, Date>): Promise<void>;
  unreadySessions(): Promise<SessionRow[]>;
  watches(agentId: string): boolean;
  actorMay: SessionAccessDeps['actorMay'];
  /** How browsers reach Enclave (known once it listens). */
  publicUrl(): URL;
  /** Whether that is https (known before it listens): cookies are Secure then. */
  secureCookies: boolean;
  sessionDomain: string;
  metrics: Pick<Metrics, 'tunnelSetup' | 'openTunnels' | 'proxiedBytes' | 'refusedConnects'>;
  log: Logger;
}

export type ConnectService = ReturnType<typeof createConnectService>;

/** Opening sessions in the browser: connect URLs, who gets in on a session's host, the tunnels, readiness, activity. */
export function createConnectService(deps: ConnectDeps) {
  const { events, sessionFor, workspaceById, metrics, log } = deps;
  const hosts = createSessionHosts({ domain: deps.sessionDomain, publicUrl: deps.publicUrl });
  const access = createSessionAccess({
    grants: createGrantsRepository({ db: deps.db }),
    sessionById: deps.sessionById,
    actorMay: deps.actorMay,
    events,
    secure: deps.secureCookies,
    log,
  });
  const dialer = createSessionDialer(deps);
  const activity = createActivity({ record: deps.recordActivity, onError: (error) => log.warn({ err: error }, 'could not record activity') });
  const readiness = createReadiness({ dialer, events, markReady: deps.markReady, unready: deps.unreadySessions, watches: deps.watches, log });
  access.onRevoked((sessionId) => dialer.forget(sessionId));

  const proxied = { in: metrics.proxiedBytes.labels({ direction: 'in' }), out: metrics.proxiedBytes.labels({ direction: 'out' }) };

  return {
    /** A single-use URL that opens the session in the browser, for its owner or an ADMIN. */
    async connectSession(viewer: Viewer, id: string): Promise<{ url: string; expiresAt: Date }> {
      const session = await sessionFor(viewer, id);
      const workspace = await workspaceById(session.workspaceId);
      if (workspace && !mayReach(viewer.entitlement, workspace, session.network))
        throw new AppError(ErrorCode.FORBIDDEN, `Your groups no longer reach this session's workspace or network; ask an admin, or destroy the session.`);
      if (!workspace?.connect)
        throw new AppError(ErrorCode.BAD_USER_INPUT, `Workspace "${workspace?.name ?? session.workspaceId}" has no connect port; an admin sets one with updateWorkspace (connect: { port }).`);
      if (session.status !== 'RUNNING')
        throw new AppError(ErrorCode.SESSION_NOT_RUNNING, `The session is ${session.status}, not RUNNING: it can be opened once it runs.`);
      // The readiness probe found no way into the container (its reason says what the image needs).
      if (!session.ready && session.statusReason) throw new AppError(ErrorCode.CONFLICT, `This session cannot be opened: ${session.statusReason}.`);
      const { token, expiresAt } = await access.issue(session, viewer);
      const url = hosts.urlOf(session.id, workspace.connect.path);
      url.searchParams.set(tokenParameter, token);
      return { url: url.toString(), expiresAt };
    },

    /** What the transport needs to serve sessions' hosts (per chunk: the counters' children are looked up once). */
    proxy: {
      sessionOf: hosts.sessionOf,
      admit: access.admit,
      dial: dialer.dial,
      onTraffic(sessionId: string, direction: 'in' | 'out', bytes: number) {
        proxied[direction].inc(bytes);
        activity.touch(sessionId);
      },
      onRefused: (reason: string) => metrics.refusedConnects.inc({ reason }),
    },

    /** `listener` hears of each session whose open connections must close. */
    onRevoked: access.onRevoked,
    /** Probes the sessions that should be ready (after start-up, once agents are watched). */
    sweep: readiness.sweep,

    async stop() {
      await readiness.stop();
      await activity.stop();
      await access.close();
    },
  };
}
