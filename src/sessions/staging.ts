// Staging pool members, as sessions: made like a launch (the same placement, capacity and runner) but owned by
// STAGING_OWNER, and handed over to a person in one transaction. The pools themselves (how many, where) are the
// staging domain's; it asks for members through stageMember and retires them through lifecycle.retire.
import { createHash } from 'node:crypto';
import { and, arrayContains, asc, eq, inArray, isNull, not, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { agents, sessions, STAGING_OWNER, stagingPools, type SessionRow, type StagingPoolRow, type WorkspaceRow } from '../db/schema.js';
import { AppError, ErrorCode } from '../errors.js';
import { placeUnderLock } from './placement.lock.js';
import { countActiveSessions, launchingStatuses } from './sessions.queries.js';
import type { Claim } from './transitions.js';

/** At most this many members of all pools are being created on one agent at once (the rate a pool fills at). */
export const MEMBERS_IN_FLIGHT_PER_AGENT = 2;

/**
 * What a member was made as: the workspace's fields that shape its container or decide its agent. A member made
 * before an edit of any of them is stale: never handed over, replaced. (A selector and GPUs count only when set, so
 * that members made before workspaces had them are not all stale.)
 */
export function stagedSpec(workspace: WorkspaceRow): string {
  const { image, command, env, cores, memoryMb, zone, networks, connect, volumes, shmSizeMb, agentSelector, gpus } = workspace;
  const shape = {
    ...{ image, command, env, cores, memoryMb, zone, networks: [...networks].sort(), connect, volumes, shmSizeMb },
    ...(agentSelector.length > 0 && { agentSelector }),
    ...(gpus > 0 && { gpus }),
  };
  return createHash('sha256').update(JSON.stringify(shape)).digest('base64url').slice(0, 22);
}

/** Whether a member (as read) is ready to hand over: as readyMember says, its agent aside. */
export const isReadyMember = (member: SessionRow, workspace: WorkspaceRow) =>
  member.status === 'RUNNING' && member.stagedSpec === stagedSpec(workspace) && (!workspace.connect || member.ready);

/** A member is ready to hand over: RUNNING, made as the workspace is now, answering when it has a connect port. */
export const readyMember = (workspace: WorkspaceRow) =>
  and(eq(sessions.status, 'RUNNING'), eq(sessions.stagedSpec, stagedSpec(workspace)), workspace.connect ? eq(sessions.ready, true) : undefined);

/**
 * The session of `pool` to create now, if the pool lacks one: counted under the pool's row lock (two processes never
 * both fill the same gap), placed like any launch but never evicting, and never on an agent that is already creating
 * MEMBERS_IN_FLIGHT_PER_AGENT members. Null when the pool is full (or every agent with room is busy).
 */
export async function memberToStage(tx: Db, pool: StagingPoolRow, workspace: WorkspaceRow, allowed: readonly string[], instanceId: string) {
  const [locked] = await tx.select().from(stagingPools).where(eq(stagingPools.id, pool.id)).for('update');
  if (!locked) return null;
  const spec = stagedSpec(workspace);
  const members = await tx
    .select({ agentId: sessions.agentId, status: sessions.status })
    .from(sessions)
    .innerJoin(agents, eq(agents.id, sessions.agentId))
    .where(
      and(
        eq(sessions.poolId, pool.id),
        eq(sessions.owner, STAGING_OWNER),
        eq(sessions.stagedSpec, spec),
        inArray(sessions.status, [...launchingStatuses, 'RUNNING']),
        eq(agents.enabled, true),
        eq(agents.status, 'ONLINE'),
      ),
    );
  if (members.length >= locked.size) return null;
  const busy = await busyAgents(tx);
  const chosen = await placeUnderLock(tx, { ...workspace, zone: pool.zone ?? workspace.zone }, allowed, STAGING_OWNER, busy).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.code === ErrorCode.NO_CAPACITY) return null; // full: the next round tries again
      throw error;
    },
  );
  if (!chosen) return null;
  return {
    workspaceId: workspace.id,
    owner: STAGING_OWNER,
    agentId: chosen.agentId,
    network: chosen.network,
    cores: workspace.cores,
    memoryMb: workspace.memoryMb,
    gpus: workspace.gpus,
    // A member has no lifetime until it is handed over (its owner's rules start then).
    expirationAction: workspace.expirationAction,
    launchedBy: instanceId,
    poolId: pool.id,
    stagedSpec: spec,
  };
}

/** Agents creating MEMBERS_IN_FLIGHT_PER_AGENT members or more right now. */
async function busyAgents(tx: Db): Promise<Set<string>> {
  const rows = await tx
    .select({ agentId: sessions.agentId, n: sql<number>`count(*)::int` })
    .from(sessions)
    .where(and(eq(sessions.owner, STAGING_OWNER), inArray(sessions.status, [...launchingStatuses])))
    .groupBy(sessions.agentId);
  return new Set(rows.filter((r) => r.agentId && Number(r.n) >= MEMBERS_IN_FLIGHT_PER_AGENT).map((r) => r.agentId!));
}

export interface HandOverRequest {
  workspace: WorkspaceRow;
  /** The networks the launch may use (the launch table and the viewer's groups): a member must be on one of them. */
  allowed: readonly string[];
  owner: string;
  idempotencyKey: string | null;
  maxSessionsPerOwner: number;
  instanceId: string;
}

/**
 * Finds and locks a ready member for the launch (SKIP LOCKED: concurrent launches take different ones), checks the
 * owner's cap under the owner's lock, and says how to rewrite it as theirs: RUNNING at once (its lifetime starting
 * now), or STARTING until the workspace's assignCommand has run.
 */
export async function claimMember(tx: Db, request: HandOverRequest): Promise<Claim | undefined> {
  const { workspace, allowed, owner } = request;
  // The owner's lock first, as an on-demand launch takes it (before any member's row): no lock-order cycle.
  await lockOwner(tx, owner);
  const [member] = await tx
    .select({ id: sessions.id })
    .from(sessions)
    .innerJoin(agents, eq(agents.id, sessions.agentId))
    .where(
      and(
        eq(sessions.workspaceId, workspace.id),
        eq(sessions.owner, STAGING_OWNER),
        inArray(sessions.network, [...allowed]),
        readyMember(workspace),
        eq(agents.enabled, true),
        eq(agents.status, 'ONLINE'),
        // A member of a pool in another zone than the workspace's own rule would not be placed there by a launch.
        workspace.zone ? eq(agents.zone, workspace.zone) : undefined,
        // Nor one on an agent whose labels changed since.
        carriesSelector(workspace),
      ),
    )
    .orderBy(asc(sessions.createdAt))
    .limit(1)
    .for('update', { of: sessions, skipLocked: true });
  if (!member) return undefined;
  if ((await countActiveSessions(tx, owner)) >= request.maxSessionsPerOwner)
    throw new AppError(
      ErrorCode.LIMIT_EXCEEDED,
      `You already have ${request.maxSessionsPerOwner} active session(s), the most one owner may hold. Destroy one first.`,
    );
  const assigning = (workspace.assignCommand?.length ?? 0) > 0;
  return {
    id: member.id,
    set: {
      owner,
      poolId: null,
      staged: true,
      idempotencyKey: request.idempotencyKey,
      maxLifetimeSeconds: workspace.maxLifetimeSeconds,
      idleTimeoutSeconds: workspace.idleTimeoutSeconds,
      expirationAction: workspace.expirationAction,
    },
    to: assigning ? 'STARTING' : 'RUNNING',
    reason: assigning ? `assigning to ${owner}` : `handed over to ${owner} from a staging pool`,
    patch: { launchedBy: request.instanceId },
  };
}

/** Serializes launches of one owner (on-demand and hand-over alike), so that two cannot both pass the cap. */
export async function lockOwner(tx: Db, owner: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`owner:${owner}`}, 0))`);
}

/** Whether the agent (joined) carries every label of the workspace's agentSelector; undefined: it has none. */
const carriesSelector = (workspace: WorkspaceRow) =>
  workspace.agentSelector.length > 0 ? arrayContains(agents.labels, [...workspace.agentSelector]) : undefined;

/**
 * Members to retire now: of no pool any more, stale (made before a workspace edit), on a drained agent, or on one
 * that no longer carries the workspace's agentSelector.
 */
export function retirable(db: Db, pool: { id: string }, workspace: WorkspaceRow) {
  return db
    .select({ session: sessions })
    .from(sessions)
    .leftJoin(agents, eq(agents.id, sessions.agentId))
    .where(
      and(
        eq(sessions.poolId, pool.id),
        eq(sessions.owner, STAGING_OWNER),
        inArray(sessions.status, [...launchingStatuses, 'RUNNING', 'PAUSED', 'SUSPENDED']),
        or(
          sql`${sessions.stagedSpec} is distinct from ${stagedSpec(workspace)}`,
          eq(agents.enabled, false),
          isNull(sessions.agentId),
          workspace.agentSelector.length > 0 ? not(carriesSelector(workspace)!) : undefined,
        ),
      ),
    )
    .then((rows) => rows.map((r) => r.session));
}

/** Active members of each pool (not handed over), oldest first; pool id null: members whose pool was deleted. */
export async function poolMembers(db: Db, poolIds: readonly string[] | null): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.owner, STAGING_OWNER),
        inArray(sessions.status, [...launchingStatuses, 'RUNNING', 'PAUSED', 'SUSPENDED']),
        poolIds === null ? isNull(sessions.poolId) : poolIds.length > 0 ? inArray(sessions.poolId, [...poolIds]) : sql`false`,
      ),
    )
    .orderBy(asc(sessions.createdAt));
}

/** Members of a pool that FAILED in the last 10 minutes: how many, and when the last did (the reconciler backs off). */
export async function recentFailures(db: Db, poolId: string): Promise<{ count: number; last: Date | null }> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, last: sql<string | null>`max(${sessions.updatedAt})` })
    .from(sessions)
    .where(and(eq(sessions.poolId, poolId), eq(sessions.status, 'FAILED'), sql`${sessions.updatedAt} > now() - interval '10 minutes'`));
  return { count: Number(row?.count ?? 0), last: row?.last ? new Date(row.last) : null };
}
