import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { stagingPools, type SessionRow, type StagingPoolRow, type WorkspaceRow } from '../db/schema.js';
import { AppError, ErrorCode, notFound } from '../errors.js';
import { assertId, validZone } from '../ids.js';
import type { SessionsService } from '../sessions/sessions.service.js';

/** The most members one pool keeps. */
export const MAX_POOL_SIZE = 100;

export interface StagingServiceDeps {
  db: Db;
  /** The workspace of an id, or NOT_FOUND (the workspaces service's lookup). */
  getWorkspace(id: string): Promise<WorkspaceRow>;
  /** The sessions domain's side of pools: members made, handed over and retired as sessions. */
  members: SessionsService['staging'];
  /** A pool was created, resized or deleted: the reconciler looks again now. */
  changed?: () => void;
}

export interface PoolInput {
  workspaceId: string;
  network?: string | null | undefined;
  zone?: string | null | undefined;
  size: number;
}

export type StagingService = ReturnType<typeof createStagingService>;

/** Staging pools: what an admin asks for (how many sessions of a workspace, where); the reconciler makes it so. */
export function createStagingService(deps: StagingServiceDeps) {
  const { db } = deps;
  const mustGet = async (id: string) => {
    assertId(id, 'staging pool');
    const [pool] = await db.select().from(stagingPools).where(eq(stagingPools.id, id));
    if (!pool) throw notFound('staging pool', id);
    return pool;
  };

  return {
    list: (workspaceId?: string | null) => {
      if (workspaceId) assertId(workspaceId, 'workspace');
      return db
        .select()
        .from(stagingPools)
        .where(workspaceId ? eq(stagingPools.workspaceId, workspaceId) : undefined)
        .orderBy(asc(stagingPools.createdAt));
    },
    mustGet,

    async create(input: PoolInput): Promise<StagingPoolRow> {
      const workspace = await deps.getWorkspace(input.workspaceId);
      const pool = {
        workspaceId: workspace.id,
        network: input.network?.trim() || null,
        zone: validZone(input.zone?.trim() || null),
        size: checkedSize(input.size),
      };
      checkPool(workspace, pool);
      return db
        .transaction(async (tx) => {
          // One pool per workspace, network and zone: two would only be one bigger pool, counted twice.
          const [existing] = await tx
            .select({ id: stagingPools.id })
            .from(stagingPools)
            .where(and(eq(stagingPools.workspaceId, workspace.id), same(stagingPools.network, pool.network), same(stagingPools.zone, pool.zone)))
            .for('update');
          if (existing)
            throw new AppError(
              ErrorCode.CONFLICT,
              `Workspace "${workspace.name}" has a pool there already (${existing.id}); change its size instead.`,
            );
          return (await tx.insert(stagingPools).values(pool).returning())[0]!;
        })
        .finally(() => deps.changed?.());
    },

    async update(id: string, input: { size?: number | null | undefined }): Promise<StagingPoolRow> {
      await mustGet(id);
      if (input.size === undefined || input.size === null) return mustGet(id);
      const [pool] = await db
        .update(stagingPools)
        .set({ size: checkedSize(input.size), updatedAt: sql`now()` })
        .where(eq(stagingPools.id, id))
        .returning();
      if (!pool) throw notFound('staging pool', id);
      deps.changed?.();
      return pool;
    },

    /** Deletes the pool; its members (now of no pool) are retired at once here and, should that fail, by the reconciler. */
    async delete(id: string): Promise<string> {
      assertId(id, 'staging pool');
      const members = await deps.members.members([id]);
      const [deleted] = await db.delete(stagingPools).where(eq(stagingPools.id, id)).returning({ id: stagingPools.id });
      if (!deleted) throw notFound('staging pool', id);
      await Promise.allSettled(members.map((m) => deps.members.retire(m, 'its staging pool was deleted')));
      deps.changed?.();
      return id;
    },

    /** The members of a pool not handed over yet, and how many of them are ready to be. */
    async members(pool: StagingPoolRow): Promise<{ members: SessionRow[]; ready: number }> {
      const [members, workspace] = await Promise.all([deps.members.members([pool.id]), deps.getWorkspace(pool.workspaceId)]);
      return { members, ready: members.filter((m) => deps.members.isReady(m, workspace)).length };
    },
  };
}

const same = (column: typeof stagingPools.network | typeof stagingPools.zone, value: string | null) =>
  value === null ? isNull(column) : eq(column, value);

function checkedSize(size: number): number {
  if (!Number.isInteger(size) || size < 0 || size > MAX_POOL_SIZE)
    throw new AppError(ErrorCode.BAD_USER_INPUT, `A pool's size is a whole number from 0 to ${MAX_POOL_SIZE}, not ${size}.`, { field: 'size' });
  return size;
}

/** Where a pool may keep sessions of the workspace: as a launch of it could go, and made before anyone owns them. */
function checkPool(workspace: WorkspaceRow, pool: { network: string | null; zone: string | null }) {
  if (pool.network !== null && !workspace.networks.includes(pool.network))
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      workspace.networks.length === 0
        ? `Workspace "${workspace.name}" is not restricted to networks (its sessions go on the default network); leave \`network\` out (Auto).`
        : `"${pool.network}" is not one of workspace "${workspace.name}"'s networks (${workspace.networks.join(', ')}); pick one of them or leave it out (Auto).`,
      { field: 'network' },
    );
  if (pool.zone !== null && workspace.zone !== null && pool.zone !== workspace.zone)
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Workspace "${workspace.name}" launches in zone ${workspace.zone} only; leave \`zone\` out or use ${workspace.zone}.`,
      { field: 'zone' },
    );
  const personal = workspace.volumes.find((v) => v.source.includes('{owner}'));
  if (personal)
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Workspace "${workspace.name}" mounts ${personal.source}, which belongs to a session's owner; a pool's sessions are made before anyone owns them, so it cannot be staged.`,
      { field: 'workspaceId' },
    );
}
