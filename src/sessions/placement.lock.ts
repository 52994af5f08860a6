import { asc } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { agents, type WorkspaceRow } from '../db/schema.js';
import { loadFleetAgents } from '../fleet/fleet.repository.js';
import { noCapacityError, planPlacement, type Candidate, type PlacementWorkspace } from './placement.js';
import { placementVolumes } from './volumes.repository.js';

/**
 * Placement inside a transaction that will record the choice: every agent's row is locked first, so that concurrent
 * launches see each other's reservations and never overbook. The agents that hold the owner's named volumes are
 * preferred (or required). Throws NO_CAPACITY (saying why each agent was refused) when no agent fits; `exclude`
 * leaves agents out (those a launch has tried already).
 */
export async function placeUnderLock(
  tx: Db,
  workspace: PlacementWorkspace & Pick<WorkspaceRow, 'id' | 'volumes'>,
  allowed: readonly string[],
  owner: string,
  exclude: ReadonlySet<string> = new Set(),
): Promise<Candidate> {
  const locked = await tx.select().from(agents).orderBy(asc(agents.id)).for('update');
  const [fleetAgents, volumes] = await Promise.all([loadFleetAgents(tx, locked), placementVolumes(tx, workspace, owner)]);
  const considered = fleetAgents.filter((a) => !exclude.has(a.id));
  const plan = planPlacement(workspace, allowed, considered, volumes);
  if (!plan.chosen) throw noCapacityError(plan, new Map(considered.map((a) => [a.id, a.name])));
  return plan.chosen;
}
