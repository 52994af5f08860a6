import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { agents, agentVolumes, type WorkspaceRow } from '../db/schema.js';
import type { PlacementVolume } from './placement.js';
import { namedVolumes, type MountContext } from './volume-mounts.js';

/** Records that these named volumes exist on the agent (a container that mounts them was created there). */
export async function recordVolumes(db: Db, agentId: string, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  await db
    .insert(agentVolumes)
    .values(names.map((name) => ({ agentId, name })))
    .onConflictDoNothing();
}

/** The named volumes a session of `owner` would mount, each with the agents that hold it (by name), for placement. */
export async function placementVolumes(db: Db, workspace: Pick<WorkspaceRow, 'id' | 'volumes'>, owner: string): Promise<PlacementVolume[]> {
  const context: MountContext = { owner, workspaceId: workspace.id };
  const wanted = namedVolumes(workspace.volumes, context);
  if (wanted.length === 0) return [];
  const held = await db
    .select({ name: agentVolumes.name, id: agents.id, agentName: agents.name })
    .from(agentVolumes)
    .innerJoin(agents, eq(agents.id, agentVolumes.agentId))
    .where(
      inArray(
        agentVolumes.name,
        wanted.map((v) => v.name),
      ),
    )
    .orderBy(asc(agents.name), asc(agents.id));
  return wanted.map(({ name, requireAgent }) => ({
    name,
    requireAgent,
    holders: held.filter((h) => h.name === name).map((h) => ({ id: h.id, name: h.agentName })),
  }));
}
