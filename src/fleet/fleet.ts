import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { agents, networks, sessions, workspaces, type AgentRow, type WorkspaceRow } from '../db/schema.js';
import type { EventBus, Topic } from '../events/bus.js';
import type { PlacementAgent } from '../sessions/placement.js';

/** Sessions in these states hold capacity on their agent. */
export const activeStatuses = ['REQUESTED', 'PROVISIONING', 'STARTING', 'RUNNING', 'STOPPING'] as const;

export interface FleetAgent extends PlacementAgent {
  row: AgentRow;
}

export interface FleetSnapshot {
  agents: FleetAgent[];
  workspaces: WorkspaceRow[];
}

/** Agents with their live network names and the capacity their active sessions hold, read in one go. */
export interface AgentUsage {
  usedCores: number;
  usedMemoryMb: number;
  sessionCount: number;
}

/** Capacity held by active sessions, per agent id (agents without sessions are absent). */
export async function loadUsage(db: Db, agentIds: readonly string[]): Promise<Map<string, AgentUsage>> {
  if (agentIds.length === 0) return new Map();
  const rows = await db
    .select({
      agentId: sessions.agentId,
      usedCores: sql<number>`coalesce(sum(${sessions.cores}), 0)::float8`,
      usedMemoryMb: sql<number>`coalesce(sum(${sessions.memoryMb}), 0)::int`,
      sessionCount: sql<number>`count(*)::int`,
    })
    .from(sessions)
    .where(and(inArray(sessions.agentId, [...agentIds]), inArray(sessions.status, [...activeStatuses])))
    .groupBy(sessions.agentId);
  return new Map(
    rows.map(({ agentId, ...u }) => [
      agentId!,
      { usedCores: Number(u.usedCores), usedMemoryMb: Number(u.usedMemoryMb), sessionCount: Number(u.sessionCount) },
    ]),
  );
}

export async function loadFleetAgents(db: Db, agentRows?: AgentRow[]): Promise<FleetAgent[]> {
  const rows = agentRows ?? (await db.select().from(agents));
  if (rows.length === 0) return [];
  const ids = rows.map((a) => a.id);
  const [live, usage] = await Promise.all([
    db
      .select({ agentId: networks.agentId, name: networks.name })
      .from(networks)
      .where(and(inArray(networks.agentId, ids), isNull(networks.removedAt))),
    loadUsage(db, ids),
  ]);
  return rows.map((row) => {
    const used = usage.get(row.id);
    return {
      row,
      id: row.id,
      name: row.name,
      zone: row.zone,
      enabled: row.enabled,
      status: row.status,
      cores: row.coresOverride ?? row.daemonCores,
      memoryMb: row.memoryMbOverride ?? row.daemonMemoryMb,
      maxSessions: row.maxSessions,
      usedCores: Number(used?.usedCores ?? 0),
      usedMemoryMb: Number(used?.usedMemoryMb ?? 0),
      sessionCount: Number(used?.sessionCount ?? 0),
      networks: new Set(live.filter((n) => n.agentId === row.id).map((n) => n.name)),
    };
  });
}

// Every event that changes what the fleet snapshot holds.
const topics: Topic[] = ['agentStatusChanged', 'agentRemoved', 'networkDiscovered', 'networkRemoved', 'sessionStatusChanged', 'workspaceChanged'];

export type Fleet = ReturnType<typeof createFleet>;

/**
 * The state that launcher reads and dry-run placements are served from: loaded once, kept in memory, and reloaded
 * on the next read after any event that changes it (the watchers and services publish one for every change).
 */
export function createFleet({ db, events }: { db: Db; events: EventBus }) {
  let version = 0;
  let cached: Promise<FleetSnapshot> | undefined;
  const listeners = new Set<(topic: Topic) => void>();
  const subscriptions = topics.map((topic) => [topic, events.subscribe(topic)] as const);
  for (const [topic, subscription] of subscriptions)
    void (async () => {
      for await (const _ of subscription) {
        version++;
        cached = undefined;
        for (const listener of listeners) listener(topic);
      }
    })();

  async function load(): Promise<FleetSnapshot> {
    const [fleetAgents, workspaceRows] = await Promise.all([
      loadFleetAgents(db),
      db.select().from(workspaces).orderBy(workspaces.name),
    ]);
    return { agents: fleetAgents.sort((a, b) => (a.name < b.name ? -1 : 1)), workspaces: workspaceRows };
  }

  return {
    /** Goes up with every change: what was computed from the fleet at one version is current until it moves. */
    version: () => version,

    snapshot(): Promise<FleetSnapshot> {
      if (cached) return cached;
      const started = version;
      const loading = load();
      cached = loading;
      // A change during the load makes this result stale: keep it for this caller only.
      void loading.then(
        () => {
          if (version !== started && cached === loading) cached = undefined;
        },
        () => {
          if (cached === loading) cached = undefined;
        },
      );
      return loading;
    },
    /** Called after each change, with the topic of the event that made it (coalesce as needed). */
    onChange(listener: (topic: Topic) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await Promise.all(subscriptions.map(([, s]) => s.return?.()));
    },
  };
}
