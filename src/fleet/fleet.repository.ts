import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { activeStatuses, agents, coreHoldingStatuses, memoryHoldingStatuses, networks, sessions, type AgentRow, type SessionStatus } from '../db/schema.js';

/** An agent as placement and launch options see it: its row, its capacity and what holds it, its live networks. */
export interface FleetAgent {
  row: AgentRow;
  id: string;
  name: string;
  zone: string | null;
  enabled: boolean;
  status: 'ONLINE' | 'OFFLINE';
  cores: number;
  memoryMb: number;
  maxSessions: number | null;
  usedCores: number;
  usedMemoryMb: number;
  sessionCount: number;
  gpus: number;
  usedGpus: number;
  /** `key=value`, sorted. */
  labels: readonly string[];
  /** Names of the live networks on the agent. */
  networks: ReadonlySet<string>;
}

/** The capacity an agent's active sessions hold (PAUSED: memory, GPUs and a place, not cores; SUSPENDED: nothing). */
export interface AgentUsage {
  usedCores: number;
  usedMemoryMb: number;
  sessionCount: number;
  usedGpus: number;
}

/** In one of `statuses`, or STOPPING from one of them (destroying a suspended session frees nothing more). */
const holding = (statuses: readonly SessionStatus[]) =>
  or(inArray(sessions.status, [...statuses]), and(eq(sessions.status, 'STOPPING'), inArray(sessions.previousStatus, [...statuses])));

/** Capacity held by active sessions, per agent id (agents without sessions are absent). */
export async function loadUsage(db: Db, agentIds: readonly string[]): Promise<Map<string, AgentUsage>> {
  if (agentIds.length === 0) return new Map();
  const rows = await db
    .select({
      agentId: sessions.agentId,
      // A PAUSED session keeps its memory (and its place), not its cores; a SUSPENDED one holds nothing.
      usedCores: sql<number>`coalesce(sum(${sessions.cores}) filter (where ${holding(coreHoldingStatuses)}), 0)::float8`,
      usedMemoryMb: sql<number>`coalesce(sum(${sessions.memoryMb}) filter (where ${holding(memoryHoldingStatuses)}), 0)::int`,
      sessionCount: sql<number>`(count(*) filter (where ${holding(memoryHoldingStatuses)}))::int`,
      // A frozen process keeps its device memory: GPUs are held as memory is.
      usedGpus: sql<number>`coalesce(sum(${sessions.gpus}) filter (where ${holding(memoryHoldingStatuses)}), 0)::int`,
    })
    .from(sessions)
    .where(and(inArray(sessions.agentId, [...agentIds]), inArray(sessions.status, [...activeStatuses])))
    .groupBy(sessions.agentId);
  return new Map(
    rows.map(({ agentId, ...u }) => [
      agentId!,
      { usedCores: Number(u.usedCores), usedMemoryMb: Number(u.usedMemoryMb), sessionCount: Number(u.sessionCount), usedGpus: Number(u.usedGpus) },
    ]),
  );
}

/** Agents with their live network names and the capacity their active sessions hold, read in one go. */
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
      gpus: row.gpusOverride ?? row.daemonGpus,
      usedGpus: Number(used?.usedGpus ?? 0),
      labels: row.labels,
      networks: new Set(live.filter((n) => n.agentId === row.id).map((n) => n.name)),
    };
  });
}

