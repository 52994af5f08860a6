import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/auth.service.js';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/client.js';
import {
  agents,
  sessions,
  sessionTransitions,
  type AgentRow,
  type SessionRow,
  type SessionStatus,
  type WorkspaceRow,
} from '../db/schema.js';
import { DockerApiError, DockerUnreachableError, type DockerClient } from '../docker/client.js';
import type { DockerEvent } from '../docker/event-stream.js';
import type { DockerRegistry } from '../docker/registry.js';
import { AppError, ErrorCode, isDatabaseUnavailable, notFound } from '../errors.js';
import type { EventBus } from '../events/bus.js';
import { activeStatuses, loadFleetAgents, type Fleet } from '../fleet/fleet.js';
import { assertId } from '../ids.js';
import type { Metrics } from '../metrics.js';
import { allowedNetworks, noCapacityError, planPlacement, type PlacementPlan } from './placement.js';

export const sessionLabel = 'io.enclave.session';
const launching: SessionStatus[] = ['REQUESTED', 'PROVISIONING', 'STARTING'];
const ended: SessionStatus[] = ['STOPPED', 'FAILED'];

export const containerName = (sessionId: string) => `enclave-${sessionId}`;
const interrupted = 'launch interrupted: the Enclave process running it stopped';

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

/** The launch was overtaken (destroyed) while it ran. */
class Superseded extends Error {}

export type SessionsService = ReturnType<typeof createSessionsService>;

export function createSessionsService({
  db,
  events,
  docker,
  fleet,
  defaultNetwork,
  stopGraceSeconds,
  maxSessionsPerOwner,
  getWorkspace,
  metrics,
  instanceId,
  launcherAlive,
  log,
}: SessionsServiceDeps) {
  /** Launches in progress in this process, so that destroy and reconciliation can tell them apart. */
  const runners = new Map<string, { abort: AbortController; done: Promise<void> }>();
  /** One transition at a time per session, so events are published in the order they were written. */
  const locks = new Map<string, Promise<unknown>>();

  function withLock<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = locks.get(id) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(work);
    locks.set(id, next);
    void next.finally(() => locks.get(id) === next && locks.delete(id)).catch(() => {});
    return next;
  }

  /**
   * Moves a session from one of `from` to `to`, writes the history row in the same transaction, then publishes.
   * Returns undefined (and changes nothing) when the session is no longer in one of `from`.
   */
  function transition(
    id: string,
    from: readonly SessionStatus[],
    to: SessionStatus,
    reason: string | null = null,
    patch: Partial<Pick<SessionRow, 'containerId' | 'agentId' | 'network'>> = {},
  ): Promise<SessionRow | undefined> {
    return withLock(id, async () => {
      const changed = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(sessions)
          .set({ status: to, statusReason: reason, updatedAt: sql`now()`, ...patch })
          .where(and(eq(sessions.id, id), inArray(sessions.status, [...from])))
          .returning();
        if (!row) return undefined;
        const [step] = await tx.insert(sessionTransitions).values({ sessionId: id, status: to, reason }).returning({ id: sessionTransitions.id });
        return { session: row, transitionId: step!.id };
      });
      if (changed) events.publish('sessionStatusChanged', changed);
      return changed?.session;
    });
  }


  /** Placement under lock: agents' rows are locked so that concurrent launches see each other's reservations. */
  async function placeAndRecord(
    workspace: WorkspaceRow,
    allowed: readonly string[],
    record: (tx: Db, plan: PlacementPlan) => Promise<SessionRow>,
    exclude: ReadonlySet<string> = new Set(),
  ): Promise<SessionRow> {
    return db.transaction(async (tx) => {
      const locked = await tx.select().from(agents).orderBy(asc(agents.id)).for('update');
      const fleetAgents = (await loadFleetAgents(tx, locked)).filter((a) => !exclude.has(a.id));
      const plan = planPlacement(workspace, allowed, fleetAgents);
      if (!plan.chosen) throw noCapacityError(plan, new Map(fleetAgents.map((a) => [a.id, a.name])));
      return record(tx, plan);
    });
  }

  function visible(viewer: Viewer): SQL | undefined {
    return viewer.role === 'ADMIN' ? undefined : eq(sessions.owner, viewer.owner);
  }

  async function mustGetFor(viewer: Viewer, id: string): Promise<SessionRow> {
    assertId(id, 'session');
    const [row] = await db.select().from(sessions).where(and(eq(sessions.id, id), visible(viewer)));
    // Someone else's session is as good as missing: its existence is not revealed.
    if (!row) throw notFound('session', id);
    return row;
  }

  /** The container's life: pull if needed, create on exactly the chosen network, start. */
  async function run(session: SessionRow, workspace: WorkspaceRow, allowed: readonly string[], auto: boolean, signal: AbortSignal) {
    const tried = new Set<string>();
    let current = session;
    for (;;) {
      // The PROVISIONING write and the image check go on together; the per-session lock keeps events in order.
      const [agentRows, provisioning] = await Promise.all([
        db.select().from(agents).where(eq(agents.id, current.agentId!)),
        // A retry on another agent is in PROVISIONING already.
        current.status === 'REQUESTED' ? transition(current.id, ['REQUESTED'], 'PROVISIONING') : Promise.resolve(current),
      ]);
      const agent = agentRows[0];
      if (!agent) {
        await transition(current.id, launching, 'FAILED', 'its agent was removed');
        return;
      }
      tried.add(agent.id);
      const client = docker.clientFor(agent);
      let created = false;
      try {
        if (signal.aborted || !provisioning) throw new Superseded();
        if (!(await client.hasImage(workspace.image))) {
          try {
            await client.pullImage(workspace.image, signal);
          } catch (error) {
            throw new LaunchError(
              `image "${workspace.image}" is not on agent ${agent.name} and could not be pulled: ${describe(error)}`,
              false,
            );
          }
        }
        if (signal.aborted) throw new Superseded();
        const containerId = await client.createContainer({
          name: containerName(current.id),
          image: workspace.image,
          command: workspace.command,
          env: workspace.env,
          labels: { [sessionLabel]: current.id, 'io.enclave.workspace': workspace.id, 'io.enclave.owner': current.owner },
          network: current.network!,
          cores: current.cores,
          memoryMb: current.memoryMb,
        });
        created = true;
        // Starting does not wait for the STARTING write; RUNNING is written after both.
        const [starting] = await Promise.all([
          transition(current.id, ['PROVISIONING'], 'STARTING', null, { containerId }),
          client.startContainer(containerId),
        ]);
        if (!starting || !(await transition(current.id, ['STARTING'], 'RUNNING'))) throw new Superseded();
        metrics.launchDuration.observe({ outcome: 'RUNNING' }, (Date.now() - session.createdAt.getTime()) / 1000);
        return;
      } catch (error) {
        if (created || error instanceof Superseded)
          await client.removeContainer(containerName(current.id), 0).catch((e: unknown) => log.warn({ err: e, session: current.id }, 'could not remove container'));
        if (error instanceof Superseded) return;
        const fromDocker = error instanceof DockerUnreachableError || error instanceof DockerApiError;
        if (!fromDocker && !(error instanceof LaunchError)) throw error; // not the agent's fault: see startRunner
        const retriable = fromDocker;
        const reason = error instanceof LaunchError ? error.message : `agent ${agent.name}: ${describe(error)}`;
        log.warn({ session: current.id, agent: agent.name, reason }, 'launch failed on agent');
        if (auto && retriable) {
          const moved = await placeAndRecord(
            workspace,
            allowed,
            async (tx, plan) => {
              const [row] = await tx
                .update(sessions)
                .set({ agentId: plan.chosen!.agentId, network: plan.chosen!.network, updatedAt: sql`now()` })
                .where(and(eq(sessions.id, current.id), eq(sessions.status, 'PROVISIONING')))
                .returning();
              if (!row) throw new Superseded();
              return row;
            },
            tried,
          ).catch(() => undefined);
          if (moved) {
            log.info({ session: current.id, from: agent.name, to: moved.agentId }, 'retrying launch on another agent');
            current = moved;
            continue;
          }
        }
        if (await transition(current.id, launching, 'FAILED', reason))
          metrics.launchDuration.observe({ outcome: 'FAILED' }, (Date.now() - session.createdAt.getTime()) / 1000);
        return;
      }
    }
  }

  function startRunner(session: SessionRow, workspace: WorkspaceRow, allowed: readonly string[], auto: boolean) {
    const abort = new AbortController();
    const done = run(session, workspace, allowed, auto, abort.signal)
      .catch(async (error: unknown) => {
        log.error({ err: error, session: session.id }, 'launch crashed');
        const reason = isDatabaseUnavailable(error)
          ? "Enclave's database could not be reached during the launch; launch again"
          : 'internal error during launch (see the server log)';
        await transition(session.id, launching, 'FAILED', reason).catch(() => {});
      })
      .finally(() => runners.delete(session.id));
    runners.set(session.id, { abort, done });
  }

  /** Ends a session whose container stopped by itself (or vanished), and removes what is left of it. */
  async function settle(session: SessionRow, client: DockerClient, exit: { code: number | null; oom: boolean } | null) {
    const to: SessionStatus = exit && exit.code === 0 && !exit.oom ? 'STOPPED' : 'FAILED';
    const reason = !exit
      ? 'container vanished'
      : exit.oom
        ? 'killed: out of memory'
        : exit.code === 0
          ? 'container exited with code 0'
          : `container exited with code ${exit.code}${exit.code === 137 ? ' (killed)' : ''}`;
    const row = await transition(session.id, ['RUNNING', 'STARTING'], to, reason);
    if (row) await client.removeContainer(containerName(session.id), 0).catch(() => {});
  }

  const ooms = new Set<string>();

  /** A launch nobody runs any more: not here (no runner), and its process, if another, is gone. */
  async function abandoned(session: SessionRow): Promise<boolean> {
    if (runners.has(session.id)) return false;
    return session.launchedBy === instanceId || !(await launcherAlive(session.launchedBy));
  }

  return {
    async list(viewer: Viewer, filter: { status?: readonly SessionStatus[] | null; workspaceId?: string | null }) {
      if (filter.workspaceId) assertId(filter.workspaceId, 'workspace');
      return db
        .select()
        .from(sessions)
        .where(
          and(
            visible(viewer),
            filter.status?.length ? inArray(sessions.status, [...filter.status]) : undefined,
            filter.workspaceId ? eq(sessions.workspaceId, filter.workspaceId) : undefined,
          ),
        )
        .orderBy(desc(sessions.createdAt), desc(sessions.id));
    },

    async get(viewer: Viewer, id: string): Promise<SessionRow | null> {
      assertId(id, 'session');
      const [row] = await db.select().from(sessions).where(and(eq(sessions.id, id), visible(viewer)));
      return row ?? null;
    },

    listByAgent: (agentId: string) =>
      db
        .select()
        .from(sessions)
        .where(and(eq(sessions.agentId, agentId), inArray(sessions.status, [...activeStatuses])))
        .orderBy(desc(sessions.createdAt)),

    history: (sessionId: string) =>
      db.select().from(sessionTransitions).where(eq(sessionTransitions.sessionId, sessionId)).orderBy(asc(sessionTransitions.id)),

    /** The placement a launch would make now, as a dry run: every agent, eligible or why not. */
    async plan(workspaceId: string, network: string | null) {
      const workspace = await getWorkspace(workspaceId);
      const allowed = allowedNetworks(workspace, network, defaultNetwork);
      return planPlacement(workspace, allowed, (await fleet.snapshot()).agents);
    },

    /**
     * Applies the launch rules and places the session synchronously (capacity reserved in the transaction that
     * records the choice), then creates and starts the container in the background.
     */
    async launch(viewer: Viewer, input: LaunchInput): Promise<SessionRow> {
      const key = input.idempotencyKey?.trim() || null;
      if (key && key.length > 200) throw new AppError(ErrorCode.BAD_USER_INPUT, 'An idempotencyKey is at most 200 characters.');
      const previous = async () =>
        key
          ? (await db.select().from(sessions).where(and(eq(sessions.owner, viewer.owner), eq(sessions.idempotencyKey, key))))[0]
          : undefined;
      const earlier = await previous();
      if (earlier) return earlier;

      const workspace = await getWorkspace(input.workspaceId);
      if (!workspace.enabled)
        throw new AppError(ErrorCode.CONFLICT, `Workspace "${workspace.name}" is disabled; ask an admin to enable it.`);
      const requested = input.network ?? null;
      const allowed = allowedNetworks(workspace, requested, defaultNetwork);

      let session: SessionRow;
      let requestedTransition = 0;
      try {
        session = await placeAndRecord(workspace, allowed, async (tx, plan) => {
          // Counted under the same locks as placement, so concurrent launches cannot slip past the cap.
          const [held] = await tx
            .select({ count: sql<number>`count(*)::int` })
            .from(sessions)
            .where(and(eq(sessions.owner, viewer.owner), inArray(sessions.status, [...activeStatuses])));
          if (Number(held?.count ?? 0) >= maxSessionsPerOwner)
            throw new AppError(
              ErrorCode.LIMIT_EXCEEDED,
              `You already have ${maxSessionsPerOwner} active session(s), the most one owner may hold. Destroy one first.`,
            );
          const [row] = await tx
            .insert(sessions)
            .values({
              workspaceId: workspace.id,
              owner: viewer.owner,
              agentId: plan.chosen!.agentId,
              network: plan.chosen!.network,
              cores: workspace.cores,
              memoryMb: workspace.memoryMb,
              idempotencyKey: key,
              launchedBy: instanceId,
            })
            .returning();
          const [step] = await tx
            .insert(sessionTransitions)
            .values({ sessionId: row!.id, status: 'REQUESTED' })
            .returning({ id: sessionTransitions.id });
          requestedTransition = step!.id;
          return row!;
        });
      } catch (error) {
        // The same key raced in from another request: that one won.
        const winner = isUniqueViolation(error) ? await previous() : undefined;
        if (winner) return winner;
        throw error;
      }
      events.publish('sessionStatusChanged', { session, transitionId: requestedTransition });
      log.info({ session: session.id, agent: session.agentId, network: session.network, owner: viewer.owner }, 'session placed');
      startRunner(session, workspace, allowed, requested === null);
      return session;
    },

    /** STOPPING, container stopped and removed, STOPPED. An ended session is returned unchanged. */
    async destroy(viewer: Viewer, id: string): Promise<SessionRow> {
      const session = await mustGetFor(viewer, id);
      if (ended.includes(session.status)) return session;
      await transition(id, activeStatuses, 'STOPPING', `destroyed by ${viewer.owner}`);
      const runner = runners.get(id);
      if (runner) {
        runner.abort.abort();
        await runner.done;
      }
      const [current] = await db.select().from(sessions).where(eq(sessions.id, id));
      if (current?.status !== 'STOPPING') return current ?? session;
      const [agent] = current.agentId ? await db.select().from(agents).where(eq(agents.id, current.agentId)) : [];
      let reason: string | null = null;
      if (agent) {
        try {
          await docker.clientFor(agent).removeContainer(containerName(id), stopGraceSeconds);
        } catch (error) {
          // Reconciliation removes it when the agent answers again (the session is STOPPED by then).
          reason = `container not removed yet (${describe(error)}); it will be when agent ${agent.name} answers`;
          log.warn({ session: id, agent: agent.name, err: error }, 'could not remove container');
        }
      }
      return (await transition(id, ['STOPPING'], 'STOPPED', reason)) ?? current;
    },

    /** A container event from an agent's stream: a session container that stopped behind Enclave's back ends its session. */
    async onContainerEvent(event: DockerEvent, client: DockerClient) {
      const sessionId = event.Actor.Attributes?.[sessionLabel];
      if (!sessionId) return;
      if (event.Action === 'oom') ooms.add(sessionId);
      if (event.Action !== 'die') return;
      const oom = ooms.delete(sessionId);
      if (runners.has(sessionId)) return;
      const [session] = await db.select().from(sessions).where(eq(sessions.id, sessionId));
      if (!session || session.status !== 'RUNNING') return;
      const code = Number(event.Actor.Attributes?.['exitCode']);
      await settle(session, client, { code: Number.isFinite(code) ? code : null, oom });
    },

    /**
     * Makes an agent's containers and Enclave's sessions agree, after every (re)connect: sessions whose container is
     * gone end as FAILED, ended or unknown sessions' containers are removed, launches that nobody runs any more fail.
     */
    async reconcile(agent: AgentRow, client: DockerClient) {
      const containers = await client.listLabelledContainers(sessionLabel);
      const active = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.agentId, agent.id), inArray(sessions.status, [...activeStatuses])));
      const byId = new Map(active.map((s) => [s.id, s]));
      for (const container of containers) {
        const id = container.labels[sessionLabel]!;
        if (byId.has(id)) continue;
        await client.removeContainer(container.id, 0);
        log.info({ agent: agent.name, container: container.id, session: id }, 'removed a container that no active session owns');
      }
      for (const session of active) {
        if (runners.has(session.id)) continue;
        const container = containers.find((c) => c.labels[sessionLabel] === session.id);
        if (launching.includes(session.status)) {
          // Another live process is still running this launch.
          if (!(await abandoned(session))) continue;
          if (container) await client.removeContainer(container.id, 0);
          await transition(session.id, launching, 'FAILED', interrupted);
        } else if (session.status === 'STOPPING') {
          if (container) await client.removeContainer(container.id, 0);
          await transition(session.id, ['STOPPING'], 'STOPPED');
        } else if (!container) {
          await settle(session, client, null);
        } else if (container.state !== 'running') {
          const info = await client.inspectContainer(container.id);
          await settle(session, client, info ? { code: info.exitCode, oom: info.oomKilled } : null);
        }
      }
    },

    /**
     * Launches whose process is gone (killed, crashed, restarted) cannot be finished: fail them and remove what they
     * may have created. Run at start-up and every few seconds, in every process; the conditional transition makes
     * sure each is failed once.
     */
    async sweepInterrupted() {
      const stuck = await db.select().from(sessions).where(inArray(sessions.status, launching));
      for (const session of stuck) {
        if (!(await abandoned(session))) continue;
        const [agent] = session.agentId ? await db.select().from(agents).where(eq(agents.id, session.agentId)) : [];
        // If the agent does not answer now, reconciliation removes the container when it does.
        if (agent) await docker.clientFor(agent).removeContainer(containerName(session.id), 0).catch(() => {});
        await transition(session.id, launching, 'FAILED', interrupted);
      }
    },

    /** Waits for launches in progress (used at shutdown). */
    async drain() {
      await Promise.all([...runners.values()].map((r) => r.done));
    },
  };
}

class LaunchError extends Error {
  constructor(
    message: string,
    readonly retriable: boolean,
  ) {
    super(message);
  }
}

function describe(error: unknown): string {
  if (error instanceof DockerUnreachableError) return `unreachable (${error.message})`;
  if (error instanceof DockerApiError) return `Docker refused: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
