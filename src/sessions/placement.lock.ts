import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { agents, sessions, STAGING_OWNER, type WorkspaceRow } from '../db/schema.js';
import { loadFleetAgents } from '../fleet/fleet.repository.js';
import { noCapacityError, planPlacement, type Candidate, type PlacementWorkspace, type StagedMember } from './placement.js';
import { placementVolumes } from './volumes.repository.js';

/**
 * Placement inside a transaction that will record the choice: every agent's row is locked first, so that concurrent
 * launches see each other's reservations and never overbook. The agents that hold the owner's named volumes are
 * preferred (or required). Throws NO_CAPACITY (saying why each agent was refused) when no agent fits; `exclude`
 * leaves agents out (those a launch has tried already). With `mayEvict` (an on-demand launch) an agent full only
 * because of RUNNING staging members is eligible, and the choice names the members whose place it takes.
 */
export async function placeUnderLock(
  tx: Db,
  workspace: PlacementWorkspace & Pick<WorkspaceRow, 'id' | 'volumes'>,
  allowed: readonly string[],
  owner: string,
  exclude: ReadonlySet<string> = new Set(),
  { mayEvict = false }: { mayEvict?: boolean } = {},
): Promise<Candidate> {
  const locked = await tx.select().from(agents).orderBy(asc(agents.id)).for('update');
  const [fleetAgents, volumes, staged] = await Promise.all([
    loadFleetAgents(tx, locked),
    placementVolumes(tx, workspace, owner),
    mayEvict ? stagedMembers(tx) : new Map<string, StagedMember[]>(),
  ]);
  const considered = fleetAgents.filter((a) => !exclude.has(a.id)).map((a) => ({ ...a, staged: staged.get(a.id) ?? [] }));
  const plan = planPlacement(workspace, allowed, considered, volumes, { mayEvict });
  if (!plan.chosen) throw noCapacityError(plan, new Map(considered.map((a) => [a.id, a.name])));
  return plan.chosen;
}

/** RUNNING staging members (not handed over), per agent id: what an on-demand launch may take the place of. */
export async function stagedMembers(db: Db): Promise<Map<string, StagedMember[]>> {
  const rows = await db
    .select({
      id: sessions.id,
      agentId: sessions.agentId,
      cores: sessions.cores,
      memoryMb: sessions.memoryMb,
      gpus: sessions.gpus,
      ready: sessions.ready,
    })
    .from(sessions)
    .where(and(eq(sessions.owner, STAGING_OWNER), eq(sessions.status, 'RUNNING'), isNotNull(sessions.agentId)));
  const byAgent = new Map<string, StagedMember[]>();
  for (const { agentId, ...member } of rows) byAgent.set(agentId!, [...(byAgent.get(agentId!) ?? []), member]);
  return byAgent;
}
