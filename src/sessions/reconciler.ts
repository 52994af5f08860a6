import type { Logger } from 'pino';
import type { AgentRow, SessionRow } from '../db/schema.js';
import type { DockerClient } from '../docker/client.js';
import type { DockerEvent } from '../docker/event-stream.js';
import type { DockerRegistry } from '../docker/registry.js';
import { exitOutcome, type ContainerExit } from './container-exit.js';
import { containerName, sessionLabel, type LaunchRunner } from './launch-runner.js';
import { launchingStatuses, type SessionQueries } from './sessions.queries.js';
import type { Transitions } from './transitions.js';

const interrupted = 'launch interrupted: the Enclave process running it stopped';

export interface ReconcilerDeps {
  docker: DockerRegistry;
  transitions: Transitions;
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
export function createReconciler({ docker, transitions, queries, runner, agentById, instanceId, launcherAlive, log }: ReconcilerDeps) {
  /** Sessions whose container the kernel killed for memory; the `die` event that follows says how it ended. */
  const ooms = new Set<string>();

  /** A launch nobody runs any more: not here (no runner), and its process, if another, is gone. */
  async function abandoned(session: SessionRow): Promise<boolean> {
    if (runner.has(session.id)) return false;
    return session.launchedBy === instanceId || !(await launcherAlive(session.launchedBy));
  }

  /** One active session of the agent against its container (or the lack of one). */
  async function reconcileSession(session: SessionRow, container: { id: string; state: string } | undefined, client: DockerClient) {
    if (launchingStatuses.includes(session.status)) {
      // Another live process is still running this launch.
      if (!(await abandoned(session))) return;
      if (container) await client.removeContainer(container.id, 0);
      await transitions.move(session.id, launchingStatuses, 'FAILED', interrupted);
    } else if (session.status === 'STOPPING') {
      if (container) await client.removeContainer(container.id, 0);
      await transitions.move(session.id, ['STOPPING'], 'STOPPED');
    } else if (!container) {
      await settle(transitions, session, client, null);
    } else if (container.state !== 'running') {
      const info = await client.inspectContainer(container.id);
      await settle(transitions, session, client, info ? { code: info.exitCode, oom: info.oomKilled } : null);
    }
  }

  return {
    /** A container event from an agent's stream: a session container that stopped behind Enclave's back ends its session. */
    async onContainerEvent(event: DockerEvent, client: DockerClient) {
      const sessionId = event.Actor.Attributes?.[sessionLabel];
      if (!sessionId) return;
      if (event.Action === 'oom') ooms.add(sessionId);
      if (event.Action !== 'die') return;
      const oom = ooms.delete(sessionId);
      if (runner.has(sessionId)) return;
      const session = await queries.byId(sessionId);
      if (!session || session.status !== 'RUNNING') return;
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
        await reconcileSession(session, containers.find((c) => c.labels[sessionLabel] === session.id), client);
      }
    },

    /**
     * Launches whose process is gone (killed, crashed, restarted) cannot be finished: fail them and remove what they
     * may have created. Run at start-up and every few seconds, in every process; the conditional move makes sure each
     * is failed once.
     */
    async sweepInterrupted() {
      for (const session of await queries.launching()) {
        if (!(await abandoned(session))) continue;
        const agent = session.agentId ? await agentById(session.agentId) : undefined;
        // If the agent does not answer now, reconciliation removes the container when it does.
        if (agent) await docker.clientFor(agent).removeContainer(containerName(session.id), 0).catch(() => {});
        await transitions.move(session.id, launchingStatuses, 'FAILED', interrupted);
      }
    },
  };
}

/** Ends a session whose container stopped by itself (or vanished), and removes what is left of it. */
async function settle(transitions: Transitions, session: SessionRow, client: DockerClient, exit: ContainerExit | null) {
  const { status, reason } = exitOutcome(exit);
  const row = await transitions.move(session.id, ['RUNNING', 'STARTING'], status, reason);
  if (row) await client.removeContainer(containerName(session.id), 0).catch(() => {});
}
