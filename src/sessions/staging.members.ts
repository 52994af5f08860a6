import type { Logger } from 'pino';
import type { Viewer } from '../auth/auth.service.js';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/client.js';
import type { AgentRow, SessionRow, StagingPoolRow, WorkspaceRow } from '../db/schema.js';
import { describeDockerError } from '../docker/errors.js';
import type { DockerRegistry } from '../docker/registry.js';
import { AppError } from '../errors.js';
import type { LaunchRunner } from './launch-runner.js';
import type { Lifecycle } from './lifecycle.js';
import { allowedNetworks } from './placement.js';
import { claimMember, memberToStage, poolMembers, recentFailures, retirable } from './staging.js';
import type { Transitions } from './transitions.js';

/** How long a workspace's assignCommand may run at a hand-over before the member is given up. */
const ASSIGN_TIMEOUT_MS = 30_000;

export interface StagingMembersDeps {
  db: Db;
  transitions: Transitions;
  runner: LaunchRunner;
  lifecycle: Pick<Lifecycle, 'retire' | 'end'>;
  docker: DockerRegistry;
  agentById(id: string): Promise<AgentRow | undefined>;
  defaultNetwork: string;
  maxSessionsPerOwner: number;
  instanceId: string;
  log: Logger;
}

/** What the staging domain and the launch path do with pool members: make one, hand one over, retire one. */
export function createStagingMembers(deps: StagingMembersDeps) {
  const { db, transitions, runner, log } = deps;

  /** Runs the workspace's assignCommand in the claimed member: RUNNING once it exits 0, or why it failed. */
  async function assign(session: SessionRow, workspace: WorkspaceRow, owner: string): Promise<SessionRow | string> {
    try {
      const agent = await deps.agentById(session.agentId!);
      if (!agent) throw new Error('its agent was removed');
      const env = [`ENCLAVE_OWNER=${owner}`, `ENCLAVE_SESSION_ID=${session.id}`];
      const result = await deps.docker.clientFor(agent).runExec(session.containerId!, workspace.assignCommand!, ASSIGN_TIMEOUT_MS, env);
      if (result.exitCode !== 0) throw new Error(`exited ${result.exitCode}${result.stderr.trim() ? `: ${result.stderr.trim().slice(0, 200)}` : ''}`);
      return (await transitions.move(session.id, ['STARTING'], 'RUNNING', `assigned to ${owner}`)) ?? 'it was destroyed meanwhile';
    } catch (error) {
      return error instanceof Error && !('statusCode' in error) ? error.message : describeDockerError(error);
    }
  }

  return {
    /**
     * Hands a ready member of the workspace over to the viewer, RUNNING (after the assignCommand, if any); undefined
     * when there is none (or assigning failed): the launch then goes on demand.
     */
    async handOver(
      viewer: Viewer,
      workspace: WorkspaceRow,
      allowed: readonly string[],
      idempotencyKey: string | null,
    ): Promise<SessionRow | undefined> {
      const request = {
        workspace,
        allowed,
        owner: viewer.owner,
        idempotencyKey,
        maxSessionsPerOwner: deps.maxSessionsPerOwner,
        instanceId: deps.instanceId,
      };
      let claimed: SessionRow | undefined;
      try {
        claimed = await transitions.handOver((tx) => claimMember(tx, request));
      } catch (error) {
        if (isUniqueViolation(error)) return undefined; // the same key raced in: the launch path finds the winner
        throw error;
      }
      if (!claimed) return undefined;
      log.info({ session: claimed.id, agent: claimed.agentId, owner: viewer.owner }, 'staged session handed over');
      if (claimed.status === 'RUNNING') return claimed;
      const assigned = await runner.track(claimed.id, () => assign(claimed, workspace, viewer.owner));
      if (typeof assigned !== 'string') return assigned;
      // Destroyed once the tracked work is over (destroying waits for the launch it tracks).
      log.warn({ session: claimed.id, owner: viewer.owner, reason: assigned }, 'assign command failed; launching on demand');
      await deps.lifecycle.end(claimed, `assign command failed: ${assigned}`);
      return undefined;
    },

    /** Creates one member of `pool` if it lacks one (see memberToStage) and starts it; whether one was created. */
    async stage(pool: StagingPoolRow, workspace: WorkspaceRow): Promise<boolean> {
      let allowed: readonly string[];
      try {
        allowed = allowedNetworks(workspace, pool.network, deps.defaultNetwork);
      } catch (error) {
        if (error instanceof AppError) return false; // the pool's network is no longer the workspace's: nothing to stage
        throw error;
      }
      const session = await transitions.createIf((tx) => memberToStage(tx, pool, workspace, allowed, deps.instanceId));
      if (!session) return false;
      runner.start(session, { workspace, allowed, auto: pool.network === null });
      return true;
    },

    /** Destroys a member unless it was handed over meanwhile. */
    retire: (session: SessionRow, reason: string) => deps.lifecycle.retire(session, reason),
    members: (poolIds: readonly string[] | null) => poolMembers(db, poolIds),
    retirable: (pool: { id: string }, workspace: WorkspaceRow) => retirable(db, pool, workspace),
    recentFailures: (poolId: string) => recentFailures(db, poolId),
  };
}

export type StagingMembers = ReturnType<typeof createStagingMembers>;
