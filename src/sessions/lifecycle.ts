import type { Logger } from 'pino';
import type { Viewer } from '../auth/auth.service.js';
import { activeStatuses, STAGING_OWNER, type AgentRow, type SessionRow, type SessionStatus, type WorkspaceRow } from '../db/schema.js';
import type { DockerClient } from '../docker/client.js';
import { describeDockerError, DockerApiError, isDockerError } from '../docker/errors.js';
import type { DockerRegistry } from '../docker/registry.js';
import { mayReach } from '../entitlements.js';
import { AppError, ErrorCode } from '../errors.js';
import { containerName, type LaunchRunner } from './launch-runner.js';
import { resumePaused, resumeSuspended } from './resume.js';
import type { SessionQueries } from './sessions.queries.js';
import type { Transitions } from './transitions.js';

/** Where a destroy starts from: every active status but STOPPING itself (what it left is what it still holds). */
const stoppable = activeStatuses.filter((s) => s !== 'STOPPING');

/** The statusReason of a session in STARTING because it is being resumed (not launched): see the reconciler. */
export const resuming = 'resuming';

export interface LifecycleDeps {
  transitions: Transitions;
  queries: SessionQueries;
  runner: Pick<LaunchRunner, 'abort' | 'track'>;
  docker: DockerRegistry;
  agentById(id: string): Promise<AgentRow | undefined>;
  getWorkspace(id: string): Promise<WorkspaceRow>;
  /** Seconds a container gets between SIGTERM and SIGKILL when its session is destroyed or suspended. */
  stopGraceSeconds: number;
  instanceId: string;
  log: Logger;
}

export type Lifecycle = ReturnType<typeof createLifecycle>;

const ended: readonly SessionStatus[] = ['STOPPED', 'FAILED'];

/**
 * What happens to a session after its launch: pause, suspend, resume, keepalive, destroy, and the expiry that a
 * lifetime rule applies. Every Docker action runs with the session's row locked and is recorded in the same
 * transaction (transitions.moveLocked): a concurrent keepalive, destroy or container event waits and then finds the
 * session moved, so each action happens once and nothing is recorded that Docker did not do.
 */
export function createLifecycle(deps: LifecycleDeps) {
  const { queries } = deps;
  const { actingOn, pause, suspend, destroy } = actions(deps);

  return {
    pause: (viewer: Viewer, id: string) =>
      transition(queries, viewer, id, 'PAUSED', (s) => {
        if (s.status !== 'RUNNING') throw refuse('paused', s, 'RUNNING');
        return pause(s, () => `paused by ${viewer.owner}`);
      }),

    suspend: (viewer: Viewer, id: string) =>
      transition(queries, viewer, id, 'SUSPENDED', (s) => {
        if (s.status !== 'RUNNING' && s.status !== 'PAUSED') throw refuse('suspended', s, 'RUNNING or PAUSED');
        return suspend(s, () => `suspended by ${viewer.owner}`);
      }),

    resume: (viewer: Viewer, id: string) =>
      transition(queries, viewer, id, 'RUNNING', async (s) => {
        // Resuming is entering the enclave again: only while the viewer's groups still reach it.
        if (!mayReach(viewer.entitlement, await deps.getWorkspace(s.workspaceId), s.network))
          throw new AppError(
            ErrorCode.FORBIDDEN,
            `Your groups no longer reach this session's workspace or network; ask an admin, or destroy the session.`,
          );
        if (s.status === 'PAUSED') return resumePaused(deps, await actingOn(s), s, viewer);
        if (s.status === 'SUSPENDED') return resumeSuspended(deps, await actingOn(s), s, viewer);
        throw new AppError(
          ended.includes(s.status) ? ErrorCode.CONFLICT : ErrorCode.SESSION_NOT_RUNNING,
          `Session ${s.id} is ${s.status}; only a PAUSED or SUSPENDED session can be resumed.${ended.includes(s.status) ? ' Launch a new one.' : ''}`,
        );
      }),

    async keepalive(viewer: Viewer, id: string): Promise<SessionRow> {
      const session = await queries.mustGet(viewer, id);
      const kept = session.status === 'RUNNING' ? await deps.transitions.keepalive(id) : undefined;
      if (kept) return kept;
      const now = (await queries.byId(id)) ?? session;
      throw new AppError(
        ErrorCode.SESSION_NOT_RUNNING,
        now.status === 'RUNNING'
          ? `Session ${id} reached its deadline already and is being ended by its workspace's expiration action.`
          : `Session ${id} is ${now.status}; only a RUNNING session can be kept alive.${now.status === 'PAUSED' || now.status === 'SUSPENDED' ? ' Resume it first.' : ''}`,
      );
    },

    /** Destroys a staging member unless it was handed over meanwhile (then undefined: it is its owner's now). */
    retire: (session: SessionRow, reason: string) => destroy(session, () => reason, false, true),
    /** Destroys a session for Enclave's own reason (e.g. its hand-over failed). */
    end: (session: SessionRow, reason: string) => destroy(session, () => reason),

    async destroy(viewer: Viewer, id: string): Promise<SessionRow> {
      const session = await queries.mustGet(viewer, id);
      if (ended.includes(session.status)) return session;
      return (await destroy(session, () => `destroyed by ${viewer.owner}`)) ?? session;
    },

    /**
     * Applies a RUNNING session's expiration action if its deadline has passed (checked on the locked row): true when
     * it did, false when the session was not due (kept alive, or moved on). Docker failures are thrown (nothing changed).
     */
    async expire(session: SessionRow): Promise<boolean> {
      const reason = expiredReason;
      switch (session.expirationAction) {
        case 'DESTROY':
          return (await destroy(session, reason, true)) !== undefined;
        case 'SUSPEND':
          return (await suspend(session, reason, true)) !== undefined;
        case 'PAUSE':
          return (await pause(session, reason, true)) !== undefined;
      }
    },
  };
}

/** The Docker-backed moves the operations above are made of. */
function actions(deps: LifecycleDeps) {
  const { transitions, queries, docker, agentById, stopGraceSeconds } = deps;
  const actingOn = (session: SessionRow) => actingOnAgent(deps, session);
  type Reason = (session: SessionRow) => string;

  const pause = async (session: SessionRow, reason: Reason, due = false) => {
    const act = await actingOn(session);
    return transitions.moveLocked(session.id, {
      from: ['RUNNING'],
      to: 'PAUSED',
      due,
      reason,
      effect: () => act('pause', (client, container) => client.pauseContainer(container)),
    });
  };

  const suspend = async (session: SessionRow, reason: Reason, due = false) => {
    const act = await actingOn(session);
    return transitions.moveLocked(session.id, {
      from: due ? ['RUNNING'] : ['RUNNING', 'PAUSED'],
      to: 'SUSPENDED',
      due,
      reason,
      effect: (locked) =>
        act('suspend', async (client, container) => {
          // Thawed first, so that its processes get SIGTERM and their grace period like any stop.
          if (locked.status === 'PAUSED') await client.unpauseContainer(container);
          await client.stopContainer(container, stopGraceSeconds);
        }),
    });
  };

  /**
   * STOPPING, container stopped and removed, STOPPED. `due`: only if its deadline passed; `staged`: only while it is
   * a staging member (not handed over meanwhile). Either way undefined when the locked row does not qualify.
   */
  async function destroy(session: SessionRow, reason: Reason, due = false, staged = false): Promise<SessionRow | undefined> {
    const stopping =
      due || staged
        ? await transitions.moveLocked(session.id, {
            from: due ? ['RUNNING'] : stoppable,
            to: 'STOPPING',
            due,
            reason,
            when: (s) => !staged || s.owner === STAGING_OWNER,
          })
        : await transitions.move(session.id, stoppable, 'STOPPING', reason(session));
    if ((due || staged) && !stopping) return undefined;
    await deps.runner.abort(session.id);
    const current = await queries.byId(session.id);
    if (current?.status !== 'STOPPING') return current;
    const agent = current.agentId ? await agentById(current.agentId) : undefined;
    let left: string | null = null;
    if (agent) {
      try {
        await docker.clientFor(agent).removeContainer(containerName(session.id), stopGraceSeconds);
      } catch (error) {
        // Reconciliation removes it when the agent answers again (the session is STOPPED by then).
        left = `container not removed yet (${describeDockerError(error)}); it will be when agent ${agent.name} answers`;
        deps.log.warn({ session: session.id, agent: agent.name, err: error }, 'could not remove container');
      }
    }
    return (await transitions.move(session.id, ['STOPPING'], 'STOPPED', left)) ?? current;
  }

  return { actingOn, pause, suspend, destroy };
}

/** Applies `act` if the session is in one of `from`; as is if it is already `to`; the error otherwise. */
async function transition(
  queries: SessionQueries,
  viewer: Viewer,
  id: string,
  to: SessionStatus,
  act: (session: SessionRow) => Promise<SessionRow | undefined>,
) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const session = await queries.mustGet(viewer, id);
    if (session.status === to) return session;
    const moved = await act(session);
    if (moved) return moved;
  }
  // Three times the session changed under us: say how it is now.
  return queries.mustGet(viewer, id);
}

function refuse(verb: string, session: SessionRow, from: string) {
  return new AppError(
    ended.includes(session.status) ? ErrorCode.CONFLICT : ErrorCode.SESSION_NOT_RUNNING,
    `Session ${session.id} is ${session.status}; only a ${from} session can be ${verb}.${ended.includes(session.status) ? ' Launch a new one.' : ''}`,
  );
}

async function clientOf({ docker, agentById }: LifecycleDeps, session: SessionRow): Promise<{ client: DockerClient; agent: AgentRow }> {
  const agent = session.agentId ? await agentById(session.agentId) : undefined;
  if (!agent) throw new AppError(ErrorCode.CONFLICT, `Session ${session.id} has no agent any more (it was removed); destroy it.`);
  return { client: docker.clientFor(agent), agent };
}

/**
 * Docker calls on the session's container, their errors saying which agent and what to do. The agent is looked up
 * here, before any row is locked: on the embedded database (one connection) a query from inside the locked
 * transaction's effect, outside it, would wait for that transaction forever.
 */
async function actingOnAgent(deps: LifecycleDeps, session: SessionRow): Promise<Acting> {
  const { client, agent } = await clientOf(deps, session);
  return async (what, work) => {
    try {
      await work(client, session.containerId ?? containerName(session.id));
    } catch (error) {
      if (!isDockerError(error)) throw error;
      if (error instanceof DockerApiError && error.statusCode === 404)
        throw new AppError(
          ErrorCode.CONFLICT,
          `Could not ${what} session ${session.id}: its container is gone from agent ${agent.name}; destroy it.`,
        );
      throw new AppError(
        error instanceof DockerApiError ? ErrorCode.CONFLICT : ErrorCode.AGENT_UNREACHABLE,
        `Could not ${what} session ${session.id} on agent ${agent.name}: ${describeDockerError(error)}. Try again.`,
      );
    }
  };
}

export type Acting = (what: string, work: (client: DockerClient, container: string) => Promise<void>) => Promise<void>;

/** Which rule's deadline it is, for the history. */
function expiredReason(session: SessionRow): string {
  const lifetime = session.lifetimeEndsAt && (!session.idleEndsAt || session.lifetimeEndsAt <= session.idleEndsAt);
  return lifetime ? `expired: reached its maximum lifetime of ${session.maxLifetimeSeconds} s` : `expired: idle for ${session.idleTimeoutSeconds} s`;
}
