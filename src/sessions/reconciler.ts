import type { Logger } from 'pino';
import type { AgentRow, SessionRow } from '../db/schema.js';
import type { DockerClient } from '../docker/client.js';
import type { DockerEvent } from '../docker/event-stream.js';
import type { DockerRegistry } from '../docker/registry.js';
import { exitOutcome, type ContainerExit } from './container-exit.js';
import { containerName, sessionLabel, type LaunchRunner } from './launch-runner.js';
import { resuming } from './lifecycle.js';
import { launchingStatuses, type SessionQueries } from './sessions.queries.js';
import type { Transitions } from './transitions.js';

const interrupted = 'launch interrupted: the Enclave process running it stopped';
const resumeInterrupted = 'resume interrupted: the Enclave process running it stopped; resume it again';

export interface ReconcilerDeps {
  docker: DockerRegistry;
  transitions: Transitions;
  /** Seconds a container gets between SIGTERM and SIGKILL when it is stopped. */
  stopGraceSeconds: number;
  queries: SessionQueries;
  runner: Pick<LaunchRunner, 'has'>;
  agentById(id: string): Promise<AgentRow | undefined>;
  /** This process, as recorded on the sessions it launches. */
  instanceId: string;
  /** Whether the process that launched a session is still alive (it then finishes or fails the launch itself). */
  launcherAlive(instanceId: string | null): Promise<boolean>;
  log: Logger;
}

export type Reconciler = ReturnType<typeof createReconciler>;

/**
 * Keeps sessions and containers in agreement when something happens behind Enclave's back: a container that stops
 * by itself or vanishes ends its session, a container no active session owns is removed, and a launch whose process
 * is gone is failed (once, whichever process notices first: every move is conditional).
 */
export function createReconciler(deps: ReconcilerDeps) {
  const { docker, transitions, queries, runner, agentById, log } = deps;
  /** Sessions whose container the kernel killed for memory; the `die` event that follows says how it ended. */
  const ooms = new Set<string>();

  /** One active session of the agent against its container (or the lack of one). */
  async function reconcileSession(session: SessionRow, container: { id: string; state: string } | undefined, client: DockerClient) {
    if (launchingStatuses.includes(session.status)) {
      // Another live process is still running this launch.
      if (await abandoned(deps, session)) await interruptedStart(deps, session, client, container?.id);
    } else if (session.status === 'STOPPING') {
      if (container) await client.removeContainer(container.id, 0);
      await transitions.move(session.id, ['STOPPING'], 'STOPPED');
    } else if (!container) {
      await settle(transitions, session, client, null);
    } else {
      await follow(deps, session, container.id, container.state, client);
    }
  }

  return {
    /** A container event from an agent's stream: a session container that stopped behind Enclave's back ends its session. */
    async onContainerEvent(event: DockerEvent, client: DockerClient) {
      const sessionId = event.Actor.Attributes?.[sessionLabel];
      if (!sessionId) return;
      if (event.Action === 'oom') ooms.add(sessionId);
      if (['pause', 'unpause', 'start', 'destroy'].includes(event.Action)) return followEvent(deps, event.Action, sessionId, client);
      if (event.Action !== 'die') return;
      const oom = ooms.delete(sessionId);
      if (runner.has(sessionId)) return;
      const session = await queries.byId(sessionId);
      if (!session || (session.status !== 'RUNNING' && session.status !== 'PAUSED')) return;
      const code = Number(event.Actor.Attributes?.['exitCode']);
      await settle(transitions, session, client, { code: Number.isFinite(code) ? code : null, oom });
    },

    /**
     * Makes an agent's containers and Enclave's sessions agree, after every (re)connect: sessions whose container is
     * gone end as FAILED, ended or unknown sessions' containers are removed, launches that nobody runs any more fail.
     */
    async reconcile(agent: AgentRow, client: DockerClient) {
      const containers = await client.listLabelledContainers(sessionLabel);
      const active = await queries.activeOn(agent.id);
      const byId = new Map(active.map((s) => [s.id, s]));
      for (const container of containers) {
        const id = container.labels[sessionLabel]!;
        if (byId.has(id)) continue;
        await client.removeContainer(container.id, 0);
        log.info({ agent: agent.name, container: container.id, session: id }, 'removed a container that no active session owns');
      }
      for (const session of active) {
        if (runner.has(session.id)) continue;
        await reconcileSession(
          session,
          containers.find((c) => c.labels[sessionLabel] === session.id),
          client,
        );
      }
    },

    /**
     * Launches whose process is gone (killed, crashed, restarted) cannot be finished: fail them and remove what they
     * may have created. Run at start-up and every few seconds, in every process; the conditional move makes sure each
     * is failed once.
     */
    async sweepInterrupted() {
      for (const session of await queries.launching()) {
        if (!(await abandoned(deps, session))) continue;
        const agent = session.agentId ? await agentById(session.agentId) : undefined;
        // If the agent does not answer now, reconciliation removes (or stops) the container when it does.
        if (agent) await interruptedStart(deps, session, docker.clientFor(agent), containerName(session.id)).catch(() => {});
        else await transitions.move(session.id, launchingStatuses, 'FAILED', interrupted);
      }
    },
  };
}

/**
 * Ends a session whose container stopped by itself (or vanished), and removes what is left of it. A suspended
 * session's container is stopped by design: only its disappearance ends it.
 */
async function settle(transitions: Transitions, session: SessionRow, client: DockerClient, exit: ContainerExit | null) {
  const { status, reason } =
    session.status === 'SUSPENDED' ? { status: 'FAILED' as const, reason: 'its container is gone (removed while suspended)' } : exitOutcome(exit);
  // Only from the status it was seen in: an action that was moving it meanwhile (a suspend stops it) wins.
  const row = await transitions.move(session.id, [session.status], status, reason);
  if (row) await client.removeContainer(containerName(session.id), 0).catch(() => {});
}

/**
 * A container paused, unpaused, started or removed. Enclave's own pause, resume and start are recorded by whoever
 * made them (a move here then finds the session moved and does nothing): the container's state now, not the event,
 * says what to follow. Enclave removes only containers of sessions that have ended or are ending.
 */
async function followEvent(deps: ReconcilerDeps, action: string, sessionId: string, client: DockerClient) {
  const session = deps.runner.has(sessionId) ? undefined : await deps.queries.byId(sessionId);
  if (!session || !['RUNNING', 'PAUSED', 'SUSPENDED'].includes(session.status)) return;
  if (action === 'destroy') return settle(deps.transitions, session, client, null);
  const state = await stateOf(client, containerName(sessionId));
  if (state) await follow(deps, session, containerName(sessionId), state, client);
}

/** A launch (or resume) nobody finishes any more: a launch fails, a resume goes back to SUSPENDED. */
async function interruptedStart(
  { transitions, stopGraceSeconds }: ReconcilerDeps,
  session: SessionRow,
  client: DockerClient,
  container: string | undefined,
) {
  if (session.status === 'STARTING' && session.statusReason === resuming) {
    if (container) await client.stopContainer(container, stopGraceSeconds);
    await transitions.move(session.id, ['STARTING'], 'SUSPENDED', resumeInterrupted);
    return;
  }
  if (container) await client.removeContainer(container, 0);
  await transitions.move(session.id, launchingStatuses, 'FAILED', interrupted);
}

/**
 * A container whose state is not its session's: paused or unpaused behind Enclave's back is followed; one that
 * ended ends its session; a suspended session's container that was started again is stopped (it holds no capacity).
 */
async function follow(
  { transitions, stopGraceSeconds, log }: ReconcilerDeps,
  session: SessionRow,
  container: string,
  state: string,
  client: DockerClient,
) {
  if (session.status === 'SUSPENDED') {
    if (state !== 'running' && state !== 'paused') return;
    log.info({ session: session.id, container }, "stopping a suspended session's container that was started outside Enclave");
    if (state === 'paused') await client.unpauseContainer(container);
    return client.stopContainer(container, stopGraceSeconds);
  }
  if (session.status === 'RUNNING' && state === 'paused')
    return void (await transitions.move(session.id, ['RUNNING'], 'PAUSED', 'paused outside Enclave'));
  if (session.status === 'PAUSED' && state === 'running')
    return void (await transitions.move(session.id, ['PAUSED'], 'RUNNING', 'unpaused outside Enclave'));
  if (state !== 'running' && state !== 'paused') {
    const info = await client.inspectContainer(container);
    await settle(transitions, session, client, info ? { code: info.exitCode, oom: info.oomKilled } : null);
  }
}

/** The container's state now, as `docker ps` names it, or undefined when it is gone. */
async function stateOf(client: DockerClient, container: string) {
  const info = await client.inspectContainer(container);
  return info && (info.paused ? 'paused' : info.running ? 'running' : 'exited');
}

/** A launch nobody runs any more: not here (no runner), and its process, if another, is gone. */
async function abandoned({ runner, instanceId, launcherAlive }: ReconcilerDeps, session: SessionRow): Promise<boolean> {
  if (runner.has(session.id)) return false;
  return session.launchedBy === instanceId || !(await launcherAlive(session.launchedBy));
}
