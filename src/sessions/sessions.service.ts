import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/auth.service.js';
import { seesWorkspace } from '../entitlements.js';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/client.js';
import { sessions, STAGING_OWNER, type AgentRow, type SessionRow, type WorkspaceRow } from '../db/schema.js';
import type { RegistryAuth } from '../docker/images.js';
import type { DockerRegistry } from '../docker/registry.js';
import { AppError, ErrorCode, notFound } from '../errors.js';
import type { EventBus } from '../events/bus.js';
import type { Fleet } from '../fleet/fleet.js';
import type { Metrics } from '../metrics.js';
import { createLaunchRunner } from './launch-runner.js';
import { createExpiryScheduler } from './expiry.js';
import { createLifecycle } from './lifecycle.js';
import { allowedNetworks, planPlacement, type Candidate } from './placement.js';
import { placeUnderLock, stagedMembers } from './placement.lock.js';
import { placementVolumes } from './volumes.repository.js';
import { isReadyMember, lockOwner } from './staging.js';
import { createStagingMembers } from './staging.members.js';
import { createReconciler } from './reconciler.js';
import { countActiveSessions, createSessionQueries } from './sessions.queries.js';
import { recordActivity } from './activity.js';
import { createTransitions, moveInTx, type Transitions } from './transitions.js';

export interface SessionsServiceDeps {
  db: Db;
  events: EventBus;
  docker: DockerRegistry;
  fleet: Fleet;
  defaultNetwork: string;
  /** Seconds a container gets between SIGTERM and SIGKILL when its session is destroyed or suspended. */
  stopGraceSeconds: number;
  maxSessionsPerOwner: number;
  /** The workspace of an id, or NOT_FOUND (the workspaces service's lookup). */
  getWorkspace(id: string): Promise<WorkspaceRow>;
  /** The agent of an id (the agents repository's lookup). */
  agentById(id: string): Promise<AgentRow | undefined>;
  metrics: Pick<Metrics, 'launchDuration' | 'countLaunch'>;
  /** This process, as recorded on the sessions it launches. */
  instanceId: string;
  /** Whether the process that launched a session is still alive (it then finishes or fails the launch itself). */
  launcherAlive(instanceId: string | null): Promise<boolean>;
  /** The credentials for pulling an image, if its registry has some stored (the registries service's). */
  pullAuth(image: string): Promise<RegistryAuth | undefined>;
  log: Logger;
}

export interface LaunchInput {
  workspaceId: string;
  network?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}

export type SessionsService = ReturnType<typeof createSessionsService>;

/** The sessions domain: launch (placement now, the container in the background), what follows it (lifecycle.ts), reads, reconciliation. */
export function createSessionsService(deps: SessionsServiceDeps) {
  const { db, events, docker, fleet, defaultNetwork, maxSessionsPerOwner, getWorkspace, agentById, log } = deps;
  const transitions = createTransitions({ db, events });
  const queries = createSessionQueries({ db });
  const runner = createLaunchRunner({ db, docker, transitions, agentById, metrics: deps.metrics, pullAuth: deps.pullAuth, log });
  const reconciler = createReconciler({ ...deps, transitions, queries, runner });
  const lifecycle = createLifecycle({ ...deps, transitions, queries, runner });
  const staging = createStagingMembers({ ...deps, transitions, runner, lifecycle });
  const expiry = createExpiryScheduler({ db, events, expire: lifecycle.expire, log: log.child({ component: 'expiry' }) });

  const record = (viewer: Viewer, workspace: WorkspaceRow, allowed: readonly string[], key: string | null) =>
    recordPlacement({ transitions, maxSessionsPerOwner, instanceId: deps.instanceId }, viewer, workspace, allowed, key);
  return {
    list: queries.list,
    get: queries.get,
    mustGet: queries.mustGet,
    byId: queries.byId,
    unready: queries.unready,
    markReady: transitions.markReady,
    recordActivity: (lastSeen: ReadonlyMap<string, Date>) => recordActivity(db, lastSeen),
    listByAgent: queries.activeOn,
    history: queries.history,
    onContainerEvent: reconciler.onContainerEvent,
    reconcile: reconciler.reconcile,
    sweepInterrupted: reconciler.sweepInterrupted,
    /** Waits for launches in progress (used at shutdown). */
    drain: runner.drain,

    /** The placement a launch by `viewer` would make now, as a dry run: every agent with its row, eligible or why not. */
    plan: async (workspaceId: string, network: string | null, viewer: Pick<Viewer, 'owner' | 'entitlement'>) =>
      plan({ fleet, db, defaultNetwork }, await getWorkspace(workspaceId), network, viewer),
    /** Staging pool members: made, handed over and retired here; how many and where is the staging domain's. */
    staging: { ...staging, isReady: isReadyMember },
    /**
     * Applies the launch rules, then hands over a ready staging member or places the session synchronously (capacity
     * reserved in the transaction that records the choice) and creates and starts its container in the background.
     */
    async launch(viewer: Viewer, input: LaunchInput): Promise<SessionRow> {
      const key = input.idempotencyKey?.trim() || null;
      if (key && key.length > 200) throw new AppError(ErrorCode.BAD_USER_INPUT, 'An idempotencyKey is at most 200 characters.');
      const previous = () => (key ? queries.byIdempotencyKey(viewer.owner, key) : Promise.resolve(undefined));
      const earlier = await previous();
      if (earlier) return earlier;

      const workspace = await getWorkspace(input.workspaceId);
      // As for a workspace that does not exist: a non-member is not told it is there.
      if (!seesWorkspace(viewer.entitlement, workspace)) throw notFound('workspace', input.workspaceId);
      if (!workspace.enabled) throw new AppError(ErrorCode.CONFLICT, `Workspace "${workspace.name}" is disabled; ask an admin to enable it.`);
      const requested = input.network ?? null;
      const allowed = allowedNetworks(workspace, requested, defaultNetwork, viewer.entitlement);
      const staged = await staging.handOver(viewer, workspace, allowed, key);
      deps.metrics.countLaunch(staged ? 'staged' : 'on_demand');
      if (staged) return staged;

      let session: SessionRow;
      let evicts: string[] = [];
      try {
        ({ session, evicts } = await record(viewer, workspace, allowed, key));
      } catch (error) {
        // The same key raced in from another request: that one won.
        const winner = isUniqueViolation(error) ? await previous() : undefined;
        if (winner) return winner;
        throw error;
      }
      log.info({ session: session.id, agent: session.agentId, network: session.network, owner: viewer.owner }, 'session placed');
      runner.start(session, { workspace, allowed, auto: requested === null, evicts });
      return session;
    },

    /** STOPPING, container stopped and removed, STOPPED, from any state. An ended session is returned unchanged. */
    destroy: lifecycle.destroy,
    pause: lifecycle.pause,
    suspend: lifecycle.suspend,
    resume: lifecycle.resume,
    keepalive: lifecycle.keepalive,
    /** Applies lifetime rules at their deadlines for the sessions of the agents this process watches. */
    startExpiry: expiry.start,
    stopExpiry: expiry.stop,
  };
}

/**
 * Places the session and records it, under the placement's locks (so that concurrent launches cannot pass the cap),
 * with the staging members it takes the place of, if any.
 */
async function recordPlacement(
  { transitions, maxSessionsPerOwner, instanceId }: { transitions: Transitions; maxSessionsPerOwner: number; instanceId: string },
  viewer: Viewer,
  workspace: WorkspaceRow,
  allowed: readonly string[],
  idempotencyKey: string | null,
) {
  let evicts: string[] = [];
  const session = await transitions.create(async (tx, also) => {
    await lockOwner(tx, viewer.owner);
    const chosen = await placeUnderLock(tx, workspace, allowed, viewer.owner, new Set(), { mayEvict: true });
    if ((await countActiveSessions(tx, viewer.owner)) >= maxSessionsPerOwner)
      throw new AppError(
        ErrorCode.LIMIT_EXCEEDED,
        `You already have ${maxSessionsPerOwner} active session(s), the most one owner may hold. Destroy one first.`,
      );
    // The staging members whose place it takes end with the choice (their containers go before this one is created).
    const reason = `evicted: its place went to a launch of ${workspace.name}`;
    const evicted = await moveInTx(tx, chosen.evicts, { from: ['RUNNING'], to: 'STOPPED', reason, where: eq(sessions.owner, STAGING_OWNER) });
    // One was handed over between the placement's read and now: its place is someone's session again.
    if (evicted.length < chosen.evicts.length)
      throw new AppError(ErrorCode.NO_CAPACITY, 'The agent with room was just given to another launch; launch again.');
    also.push(...evicted);
    evicts = chosen.evicts;
    return {
      workspaceId: workspace.id,
      owner: viewer.owner,
      agentId: chosen.agentId,
      network: chosen.network,
      cores: workspace.cores,
      memoryMb: workspace.memoryMb,
      gpus: workspace.gpus,
      // The rules it is launched under; its deadlines are set when it becomes RUNNING.
      maxLifetimeSeconds: workspace.maxLifetimeSeconds,
      idleTimeoutSeconds: workspace.idleTimeoutSeconds,
      expirationAction: workspace.expirationAction,
      idempotencyKey,
      launchedBy: instanceId,
    };
  });
  return { session, evicts };
}

/** Placement's dry run, from the in-memory fleet, with the viewer's named volumes: the reasons a launch of theirs would meet. */
async function plan(
  { fleet, db, defaultNetwork }: { fleet: Fleet; db: Db; defaultNetwork: string },
  workspace: WorkspaceRow,
  network: string | null,
  { owner, entitlement }: Pick<Viewer, 'owner' | 'entitlement'>,
) {
  const allowed = allowedNetworks(workspace, network, defaultNetwork, entitlement);
  const [{ agents }, volumes, staged] = await Promise.all([fleet.snapshot(), placementVolumes(db, workspace, owner), stagedMembers(db)]);
  const withStaged = agents.map((a) => ({ ...a, staged: staged.get(a.id) ?? [] }));
  const { chosen, candidates } = planPlacement(workspace, allowed, withStaged, volumes, { mayEvict: true });
  const rows = new Map(agents.map((a) => [a.id, a.row]));
  // PlacementCandidate has one list: a preferred agent's notes are shown among its reasons, and it stays eligible.
  const withAgent = (c: Candidate) => {
    const agent = rows.get(c.agentId);
    return agent ? [{ ...c, reasons: [...c.reasons, ...c.notes], agent }] : [];
  };
  return { chosen: chosen ? (withAgent(chosen)[0] ?? null) : null, candidates: candidates.flatMap(withAgent) };
}
