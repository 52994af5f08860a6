import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import type { AgentRow, SessionRow, WorkspaceRow } from '../db/schema.js';
import { describeDockerError, isDockerError } from '../docker/errors.js';
import { RegistryAuthError, type RegistryAuth } from '../docker/images.js';
import type { DockerRegistry } from '../docker/registry.js';
import { isDatabaseUnavailable } from '../errors.js';
import type { Metrics } from '../metrics.js';
import { placeUnderLock } from './placement.lock.js';
import { launchingStatuses } from './sessions.queries.js';
import type { Transitions } from './transitions.js';
import { containerMounts, namedVolumes } from './volume-mounts.js';
import { recordVolumes } from './volumes.repository.js';

export const sessionLabel = 'io.enclave.session';
export const containerName = (sessionId: string) => `enclave-${sessionId}`;

/** The launch was overtaken (destroyed) while it ran. */
class Superseded extends Error {}

/** Why a launch failed on an agent, for the session's statusReason; `retriable` on another agent (Auto only). */
class LaunchError extends Error {
  constructor(
    message: string,
    readonly retriable: boolean,
  ) {
    super(message);
  }
}

export interface LaunchRunnerDeps {
  /** Where the named volumes that launches create are recorded (agent_volumes), for placement. */
  db: Db;
  docker: DockerRegistry;
  transitions: Transitions;
  agentById(id: string): Promise<AgentRow | undefined>;
  metrics: Pick<Metrics, 'launchDuration'>;
  /** The credentials for pulling an image, if its registry has some stored (the registries service's). */
  pullAuth(image: string): Promise<RegistryAuth | undefined>;
  log: Logger;
}

/** What a launch needs besides its session: the workspace, the networks it may use, and whether it chose Auto. */
export interface LaunchPlan {
  workspace: WorkspaceRow;
  allowed: readonly string[];
  auto: boolean;
  /** Staging members whose place this launch took on its agent: their containers are removed before it creates its own. */
  evicts?: readonly string[];
}

export type LaunchRunner = ReturnType<typeof createLaunchRunner>;

/**
 * Runs launches in the background, after placement: pull the image if the agent lacks it, create the container on
 * exactly the chosen network, start it, RUNNING. A launch on Auto that fails because of its agent moves to another.
 */
export function createLaunchRunner(deps: LaunchRunnerDeps) {
  const { transitions, agentById, metrics, log } = deps;
  /** Launches in progress in this process, so that destroy and reconciliation can tell them apart. */
  const runners = new Map<string, { abort: AbortController; done: Promise<void> }>();

  const observe = (session: SessionRow, outcome: 'RUNNING' | 'FAILED') =>
    metrics.launchDuration.observe({ outcome }, (Date.now() - session.createdAt.getTime()) / 1000);

  /** The agent that `session` is placed on, in PROVISIONING (written as the agent is read), or undefined when removed. */
  async function provision(session: SessionRow) {
    const [agent, provisioned] = await Promise.all([
      session.agentId ? agentById(session.agentId) : undefined,
      // A retry on another agent is in PROVISIONING already.
      session.status === 'REQUESTED' ? transitions.move(session.id, ['REQUESTED'], 'PROVISIONING') : Promise.resolve(session),
    ]);
    return { agent, provisioned: provisioned !== undefined };
  }

  async function run(session: SessionRow, { workspace, allowed, auto, evicts = [] }: LaunchPlan, signal: AbortSignal) {
    const tried = new Set<string>();
    if (evicts.length > 0) await removeEvicted(deps, session, evicts);
    for (let current = session; ;) {
      const { agent, provisioned } = await provision(current);
      if (!agent) return void (await transitions.move(current.id, launchingStatuses, 'FAILED', 'its agent was removed'));
      tried.add(agent.id);
      try {
        await attempt(deps, { session: current, workspace, agent, provisioned }, signal);
        return observe(session, 'RUNNING');
      } catch (error) {
        if (error instanceof Superseded) return;
        if (!(error instanceof LaunchError)) throw error; // not the agent's fault: see start()
        log.warn({ session: current.id, agent: agent.name, reason: error.message }, 'launch failed on agent');
        const moved =
          auto && error.retriable
            ? await transitions.relocate(current.id, (tx) => placeUnderLock(tx, workspace, allowed, current.owner, tried)).catch(() => undefined)
            : undefined;
        if (moved) {
          log.info({ session: current.id, from: agent.name, to: moved.agentId }, 'retrying launch on another agent');
          current = moved;
          continue;
        }
        if (await transitions.move(current.id, launchingStatuses, 'FAILED', error.message)) observe(session, 'FAILED');
        return;
      }
    }
  }

  return {
    start(session: SessionRow, plan: LaunchPlan) {
      const abort = new AbortController();
      const done = run(session, plan, abort.signal)
        .catch((error: unknown) => failCrashed(deps, session.id, error))
        .finally(() => runners.delete(session.id));
      runners.set(session.id, { abort, done });
    },
    /**
     * Runs other work that finishes a session's start (a resume) as a launch of this process, so that reconciliation
     * and the sweep of interrupted launches leave it alone while it runs.
     */
    track: <T>(sessionId: string, work: () => Promise<T>): Promise<T> => track(runners, sessionId, work),
    /** Whether this process is running the launch of `sessionId`. */
    has: (sessionId: string) => runners.has(sessionId),
    /** Stops the launch of `sessionId` if this process runs it, and waits until it has let go. */
    async abort(sessionId: string) {
      const runner = runners.get(sessionId);
      if (!runner) return;
      runner.abort.abort();
      await runner.done;
    },
    /** Waits for launches in progress (used at shutdown). */
    async drain() {
      await Promise.all([...runners.values()].map((r) => r.done));
    },
  };
}

/** The evicted members' containers, gone before the launch creates its own (on failure the reconciler removes them). */
async function removeEvicted(
  { docker, agentById, log }: Pick<LaunchRunnerDeps, 'docker' | 'agentById' | 'log'>,
  session: SessionRow,
  evicts: readonly string[],
) {
  const agent = session.agentId ? await agentById(session.agentId) : undefined;
  if (!agent) return;
  const client = docker.clientFor(agent);
  await Promise.all(
    evicts.map((id) =>
      client
        .removeContainer(containerName(id), 0)
        .catch((error: unknown) => log.warn({ session: id, err: error }, 'could not remove an evicted staging member')),
    ),
  );
}

/** A launch that crashed (not the agent's fault) is FAILED, saying whether trying again may help. */
async function failCrashed({ transitions, log }: Pick<LaunchRunnerDeps, 'transitions' | 'log'>, sessionId: string, error: unknown) {
  log.error({ err: error, session: sessionId }, 'launch crashed');
  const reason = isDatabaseUnavailable(error)
    ? "Enclave's database could not be reached during the launch; launch again"
    : 'internal error during launch (see the server log)';
  await transitions
    .move(sessionId, launchingStatuses, 'FAILED', reason)
    .catch((e: unknown) => log.error({ err: e, session: sessionId }, 'could not record the crashed launch'));
}

type Runners = Map<string, { abort: AbortController; done: Promise<void> }>;

function track<T>(runners: Runners, sessionId: string, work: () => Promise<T>): Promise<T> {
  const result = work();
  const done = result.then(
    () => {},
    () => {},
  );
  runners.set(sessionId, { abort: new AbortController(), done });
  void done.finally(() => runners.get(sessionId)?.done === done && runners.delete(sessionId));
  return result;
}

/** One agent's attempt: throws Superseded, a LaunchError, or what is not the agent's fault. */
async function attempt(
  { db, docker, transitions, pullAuth, log }: Pick<LaunchRunnerDeps, 'db' | 'docker' | 'transitions' | 'pullAuth' | 'log'>,
  { session, workspace, agent, provisioned }: { session: SessionRow; workspace: WorkspaceRow; agent: AgentRow; provisioned: boolean },
  signal: AbortSignal,
) {
  const client = docker.clientFor(agent);
  let created = false;
  try {
    if (signal.aborted || !provisioned) throw new Superseded();
    if (!(await client.hasImage(workspace.image))) {
      const auth = await pullAuth(workspace.image);
      await client.pullImage(workspace.image, signal, auth).catch((error: unknown) => {
        // Refused credentials are the registry's answer, not the agent's: say what to fix (not retried elsewhere).
        const fix = auth ? 'check the credential stored for it (registryCredentials)' : 'no credential is stored for it (createRegistryCredential)';
        const why = error instanceof RegistryAuthError ? `${error.message}: ${fix}` : describeDockerError(error);
        throw new LaunchError(`image "${workspace.image}" is not on agent ${agent.name} and could not be pulled: ${why}`, false);
      });
    }
    if (signal.aborted) throw new Superseded();
    const mountFor = { owner: session.owner, workspaceId: workspace.id };
    const containerId = await client.createContainer({
      name: containerName(session.id),
      image: workspace.image,
      command: workspace.command,
      env: workspace.env,
      labels: { [sessionLabel]: session.id, 'io.enclave.workspace': workspace.id, 'io.enclave.owner': session.owner },
      network: session.network!,
      cores: session.cores,
      memoryMb: session.memoryMb,
      mounts: containerMounts(workspace.volumes, mountFor),
      shmSizeMb: workspace.shmSizeMb,
      gpus: session.gpus,
    });
    created = true;
    // Creating the container made its named volumes on this agent: the owner's next sessions are placed here.
    await recordVolumes(
      db,
      agent.id,
      namedVolumes(workspace.volumes, mountFor).map((v) => v.name),
    );
    // Starting does not wait for the STARTING write; RUNNING is written after both.
    const [starting] = await Promise.all([
      transitions.move(session.id, ['PROVISIONING'], 'STARTING', null, { containerId }),
      client.startContainer(containerId),
    ]);
    if (!starting || !(await transitions.move(session.id, ['STARTING'], 'RUNNING'))) throw new Superseded();
  } catch (error) {
    if (created || error instanceof Superseded)
      await client
        .removeContainer(containerName(session.id), 0)
        .catch((e: unknown) => log.warn({ err: e, session: session.id }, 'could not remove container'));
    if (isDockerError(error)) throw new LaunchError(`agent ${agent.name}: ${describeDockerError(error)}`, true);
    throw error;
  }
}
