import type { Logger } from 'pino';
import type { Viewer } from '../auth/auth.service.js';
import { seesWorkspace, unrestricted, type Entitlement } from '../entitlements.js';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/client.js';
import { activeStatuses, type AgentRow, type SessionRow, type SessionStatus, type WorkspaceRow } from '../db/schema.js';
import { describeDockerError } from '../docker/errors.js';
import type { DockerRegistry } from '../docker/registry.js';
import { AppError, ErrorCode, notFound } from '../errors.js';
import type { EventBus } from '../events/bus.js';
import type { Fleet } from '../fleet/fleet.js';
import type { Metrics } from '../metrics.js';
import { containerName, createLaunchRunner, type LaunchRunner } from './launch-runner.js';
import { allowedNetworks, planPlacement } from './placement.js';
import { placeUnderLock } from './placement.lock.js';
import { createReconciler } from './reconciler.js';
import { countActiveSessions, createSessionQueries, type SessionQueries } from './sessions.queries.js';
import { createTransitions, recordActivity, type Transitions } from './transitions.js';

const ended: readonly SessionStatus[] = ['STOPPED', 'FAILED'];

export interface SessionsServiceDeps {
  db: Db;
  events: EventBus;
  docker: DockerRegistry;
  fleet: Fleet;
  defaultNetwork: string;
  /** Seconds a container gets between SIGTERM and SIGKILL when its session is destroyed. */
  stopGraceSeconds: number;
  maxSessionsPerOwner: number;
  /** The workspace of an id, or NOT_FOUND (the workspaces service's lookup). */
  getWorkspace(id: string): Promise<WorkspaceRow>;
  /** The agent of an id (the agents repository's lookup). */
  agentById(id: string): Promise<AgentRow | undefined>;
  metrics: Pick<Metrics, 'launchDuration'>;
  /** This process, as recorded on the sessions it launches. */
  instanceId: string;
  /** Whether the process that launched a session is still alive (it then finishes or fails the launch itself). */
  launcherAlive(instanceId: string | null): Promise<boolean>;
  log: Logger;
}

export interface LaunchInput {
  workspaceId: string;
  network?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}

export type SessionsService = ReturnType<typeof createSessionsService>;

/** The sessions domain: launch (placement now, the container in the background), destroy, reads, reconciliation. */
export function createSessionsService(deps: SessionsServiceDeps) {
  const { db, events, docker, fleet, defaultNetwork, maxSessionsPerOwner, getWorkspace, agentById, log } = deps;
  const transitions = createTransitions({ db, events });
  const queries = createSessionQueries({ db });
  const runner = createLaunchRunner({ docker, transitions, agentById, metrics: deps.metrics, log });
  const reconciler = createReconciler({ ...deps, transitions, queries, runner });

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

    /** The placement a launch would make now, as a dry run: every agent with its row, eligible or why not. */
    plan: async (workspaceId: string, network: string | null, entitlement: Entitlement = unrestricted) =>
      plan(fleet, await getWorkspace(workspaceId), network, defaultNetwork, entitlement),

    /**
     * Applies the launch rules and places the session synchronously (capacity reserved in the transaction that
     * records the choice), then creates and starts the container in the background.
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
      if (!workspace.enabled)
        throw new AppError(ErrorCode.CONFLICT, `Workspace "${workspace.name}" is disabled; ask an admin to enable it.`);
      const requested = input.network ?? null;
      const allowed = allowedNetworks(workspace, requested, defaultNetwork, viewer.entitlement);

      let session: SessionRow;
      try {
        session = await record(viewer, workspace, allowed, key);
      } catch (error) {
        // The same key raced in from another request: that one won.
        const winner = isUniqueViolation(error) ? await previous() : undefined;
        if (winner) return winner;
        throw error;
      }
      log.info({ session: session.id, agent: session.agentId, network: session.network, owner: viewer.owner }, 'session placed');
      runner.start(session, { workspace, allowed, auto: requested === null });
      return session;
    },

    destroy: (viewer: Viewer, id: string) => destroy({ ...deps, transitions, queries, runner }, viewer, id),
  };
}

/** Places the session and records it, under the placement's locks (so that concurrent launches cannot pass the cap). */
function recordPlacement(
  { transitions, maxSessionsPerOwner, instanceId }: { transitions: Transitions; maxSessionsPerOwner: number; instanceId: string },
  viewer: Viewer,
  workspace: WorkspaceRow,
  allowed: readonly string[],
  idempotencyKey: string | null,
) {
  return transitions.create(async (tx) => {
    const chosen = await placeUnderLock(tx, workspace, allowed);
    if ((await countActiveSessions(tx, viewer.owner)) >= maxSessionsPerOwner)
      throw new AppError(
        ErrorCode.LIMIT_EXCEEDED,
        `You already have ${maxSessionsPerOwner} active session(s), the most one owner may hold. Destroy one first.`,
      );
    return {
      workspaceId: workspace.id,
      owner: viewer.owner,
      agentId: chosen.agentId,
      network: chosen.network,
      cores: workspace.cores,
      memoryMb: workspace.memoryMb,
      idempotencyKey,
      launchedBy: instanceId,
    };
  });
}

/** STOPPING, container stopped and removed, STOPPED. An ended session is returned unchanged. */
type DomainDeps = SessionsServiceDeps & { transitions: Transitions; queries: SessionQueries; runner: LaunchRunner };

async function destroy(
  { transitions, queries, runner, agentById, docker, stopGraceSeconds, log }: DomainDeps,
  viewer: Viewer,
  id: string,
): Promise<SessionRow> {
  const session = await queries.mustGet(viewer, id);
  if (ended.includes(session.status)) return session;
  await transitions.move(id, activeStatuses, 'STOPPING', `destroyed by ${viewer.owner}`);
  await runner.abort(id);
  const current = await queries.byId(id);
  if (current?.status !== 'STOPPING') return current ?? session;
  const agent = current.agentId ? await agentById(current.agentId) : undefined;
  let reason: string | null = null;
  if (agent) {
    try {
      await docker.clientFor(agent).removeContainer(containerName(id), stopGraceSeconds);
    } catch (error) {
      // Reconciliation removes it when the agent answers again (the session is STOPPED by then).
      reason = `container not removed yet (${describeDockerError(error)}); it will be when agent ${agent.name} answers`;
      log.warn({ session: id, agent: agent.name, err: error }, 'could not remove container');
    }
  }
  return (await transitions.move(id, ['STOPPING'], 'STOPPED', reason)) ?? current;
}

function plan(fleet: Fleet, workspace: WorkspaceRow, network: string | null, defaultNetwork: string, entitlement: Entitlement) {
  const allowed = allowedNetworks(workspace, network, defaultNetwork, entitlement);
  return fleet.snapshot().then(({ agents }) => {
    const { chosen, candidates } = planPlacement(workspace, allowed, agents);
    const rows = new Map(agents.map((a) => [a.id, a.row]));
    const withAgent = <C extends { agentId: string }>(c: C) => {
      const agent = rows.get(c.agentId);
      return agent ? [{ ...c, agent }] : [];
    };
    return { chosen: chosen ? (withAgent(chosen)[0] ?? null) : null, candidates: candidates.flatMap(withAgent) };
  });
}
