import type { Logger } from 'pino';
import { stagingPools, STAGING_OWNER, type SessionRow, type StagingPoolRow, type WorkspaceRow } from '../db/schema.js';
import type { EventBus } from '../events/bus.js';
import type { Metrics } from '../metrics.js';
import type { StagingServiceDeps } from './staging.service.js';

/** A round at least this often (takeovers, agents back online, workspace edits); sooner when a member changes. */
const ROUND_MS = 2_000;
/** Changes that come together (a burst of launches) make one round. */
const DEBOUNCE_MS = 50;

export interface StagingReconcilerDeps extends StagingServiceDeps {
  events: EventBus;
  metrics: Pick<Metrics, 'stagingReady' | 'stagingRefill'>;
  log: Logger;
}

/**
 * Level-triggered, like coder's prebuilds reconciler: each round compares what every pool asks for with the members
 * it has, in every process at once. Creating is counted under the pool's row lock (memberToStage), so two processes
 * never fill one gap twice; retiring is conditional on the member not having been handed over, so it is safe twice.
 */
export function createStagingReconciler(deps: StagingReconcilerDeps) {
  const { db, events, members, log } = deps;
  let timer: NodeJS.Timeout | undefined;
  let soon: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = true;
  let unsubscribe = () => {};
  /** Since when each pool has lacked members, for the refill time. */
  const lacking = new Map<string, number>();

  async function round() {
    const pools = await db.select().from(stagingPools);
    const workspaces = new Map<string, WorkspaceRow>();
    for (const pool of pools) if (!workspaces.has(pool.workspaceId)) workspaces.set(pool.workspaceId, await deps.getWorkspace(pool.workspaceId));
    await Promise.all(pools.map((pool) => reconcilePool(deps, lacking, pool, workspaces.get(pool.workspaceId)!)));
    for (const orphan of await members.members(null)) await members.retire(orphan, 'its staging pool was deleted');
  }

  /** One round at a time; a request during a round makes one more after it. */
  function kick() {
    if (stopped) return;
    if (running) return void (again = true);
    running = round()
      .catch((error: unknown) => log.warn({ err: error }, 'staging round failed; the next one tries again'))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          schedule();
        }
      });
  }

  function schedule() {
    if (stopped || soon) return;
    soon = setTimeout(() => {
      soon = undefined;
      kick();
    }, DEBOUNCE_MS);
  }

  return {
    start() {
      stopped = false;
      // A member that moved (ready, lost, handed over) or a pool changed: look again soon.
      const feed = events.subscribe('sessionStatusChanged', ({ session }) => session.owner === STAGING_OWNER || session.staged);
      unsubscribe = () => void feed.return?.();
      void (async () => {
        for await (const _ of feed) schedule();
      })().catch((error: unknown) => log.error({ err: error }, 'following staging members failed'));
      timer = setInterval(kick, ROUND_MS);
      kick();
    },
    /** Look again soon (a pool was created, resized or deleted). */
    poke: schedule,
    async stop() {
      stopped = true;
      unsubscribe();
      clearInterval(timer);
      clearTimeout(soon);
      await running;
    },
  };
}

/** One pool: stale and drained members retired, surplus retired, gaps filled; its figures updated. */
async function reconcilePool(deps: StagingReconcilerDeps, lacking: Map<string, number>, pool: StagingPoolRow, workspace: WorkspaceRow) {
  const { members } = deps;
  for (const stale of await members.retirable(pool, workspace)) await members.retire(stale, retireReason(stale, workspace));
  const current = await members.members([pool.id]);
  const wanted = workspace.enabled ? pool.size : 0;
  // Surplus: those not ready first, then the newest.
  const surplus = [...current].sort(
    (a, b) => Number(members.isReady(a, workspace)) - Number(members.isReady(b, workspace)) || b.createdAt.getTime() - a.createdAt.getTime(),
  );
  for (const member of surplus.slice(0, Math.max(0, current.length - wanted)))
    await members.retire(member, `its staging pool has ${wanted} member(s) now`);
  if (current.length < wanted && (await mayStage(deps, pool.id))) {
    for (let i = current.length; i < wanted; i++) if (!(await members.stage(pool, workspace))) break;
  }
  const ready = current.filter((m) => members.isReady(m, workspace)).length;
  deps.metrics.stagingReady.set({ pool: pool.id }, Math.min(ready, wanted));
  refillClock(deps, lacking, pool.id, ready >= wanted);
}

/** Times how long a pool lacked ready members. */
function refillClock(deps: StagingReconcilerDeps, lacking: Map<string, number>, poolId: string, full: boolean) {
  const since = lacking.get(poolId);
  if (full && since !== undefined) {
    deps.metrics.stagingRefill.observe((Date.now() - since) / 1000);
    lacking.delete(poolId);
  } else if (!full && since === undefined) lacking.set(poolId, Date.now());
}

/**
 * Whether the pool may create members now: a pool whose members keep failing (an image that cannot be pulled, a
 * command that exits) waits 2^n s after its n-th recent failure, up to 5 minutes, instead of hammering its agents.
 */
async function mayStage({ members }: StagingReconcilerDeps, poolId: string): Promise<boolean> {
  const { count, last } = await members.recentFailures(poolId);
  if (count === 0 || !last) return true;
  return Date.now() - last.getTime() >= Math.min(2 ** count, 300) * 1000;
}

function retireReason(member: SessionRow, workspace: WorkspaceRow): string {
  if (!member.agentId) return 'its agent was removed';
  return member.workspaceId === workspace.id ? 'replaced: made before an edit of its workspace, or its agent is drained' : 'replaced';
}
