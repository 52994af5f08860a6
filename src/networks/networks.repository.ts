import { and, eq, getTableColumns, inArray, isNotNull, isNull, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { networks, type NetworkRow } from '../db/schema.js';
import type { DockerNetwork } from '../docker/networks.js';

export type NetworksRepository = ReturnType<typeof createNetworksRepository>;

/**
 * Stores networks seen on an agent; `discovered` are those that are new or had been marked removed. The database
 * decides which, so two writers recording the same network both learn that only one of them discovered it.
 */
function upsertNetworks(db: Db, agentId: string, seen: readonly DockerNetwork[]) {
  return db.transaction(async (tx) => {
    const revived = await tx
      .select({ dockerId: networks.dockerId })
      .from(networks)
      .where(
        and(
          eq(networks.agentId, agentId),
          isNotNull(networks.removedAt),
          inArray(
            networks.dockerId,
            seen.map((n) => n.dockerId),
          ),
        ),
      );
    const rows = await tx
      .insert(networks)
      .values(seen.map((n) => ({ agentId, ...n })))
      .onConflictDoUpdate({
        target: [networks.agentId, networks.dockerId],
        set: {
          name: sql`excluded.name`,
          driver: sql`excluded.driver`,
          internal: sql`excluded.internal`,
          subnets: sql`excluded.subnets`,
          gateway: sql`excluded.gateway`,
          ipRange: sql`excluded.ip_range`,
          parent: sql`excluded.parent`,
          options: sql`excluded.options`,
          lastSeenAt: sql`now()`,
          removedAt: null,
        },
      })
      // xmax is 0 only on a row this statement inserted (rather than updated).
      .returning({ ...getTableColumns(networks), inserted: sql<boolean>`(xmax = 0)` });
    const revivedIds = new Set(revived.map((r) => r.dockerId));
    return {
      rows: rows.map(({ inserted, ...row }) => row),
      discovered: rows.filter((r) => r.inserted || revivedIds.has(r.dockerId)).map(({ inserted, ...row }) => row),
    };
  });
}

/** The networks table. */
export function createNetworksRepository({ db }: { db: Db }) {
  return {
    upsert: (agentId: string, seen: readonly DockerNetwork[]) => upsertNetworks(db, agentId, seen),

    /** Marks networks of an agent removed, those with the given Docker ids or (`except`) all but those. */
    markRemoved(agentId: string, which: { only: string[] } | { except: string[] }): Promise<NetworkRow[]> {
      const ids = 'only' in which ? which.only : which.except;
      if ('only' in which && ids.length === 0) return Promise.resolve([]);
      const match = 'only' in which ? inArray(networks.dockerId, ids) : ids.length > 0 ? notInArray(networks.dockerId, ids) : undefined;
      return db
        .update(networks)
        .set({ removedAt: sql`now()` })
        .where(and(eq(networks.agentId, agentId), isNull(networks.removedAt), match))
        .returning();
    },

    list(filter: { agentId?: string | null; name?: string | null; includeRemoved?: boolean | null }) {
      const where: (SQL | undefined)[] = [
        filter.agentId ? eq(networks.agentId, filter.agentId) : undefined,
        filter.name ? eq(networks.name, filter.name) : undefined,
        filter.includeRemoved ? undefined : isNull(networks.removedAt),
      ];
      return db
        .select()
        .from(networks)
        .where(and(...where))
        .orderBy(networks.name, networks.agentId);
    },

    /** The live networks of the agents. */
    liveOn: (agentIds: readonly string[]) =>
      agentIds.length === 0
        ? Promise.resolve([])
        : db
            .select()
            .from(networks)
            .where(and(inArray(networks.agentId, [...agentIds]), isNull(networks.removedAt))),

    /** The live networks named `name` on any of the agents. */
    liveNamed: (agentIds: readonly string[], name: string) =>
      db
        .select()
        .from(networks)
        .where(and(inArray(networks.agentId, [...agentIds]), eq(networks.name, name), isNull(networks.removedAt))),
  };
}
