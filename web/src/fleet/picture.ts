// The fleet as the page draws it, derived from one read of the API and nothing else: per zone, its agents (the
// columns) and its network names (the rows), each cell what that agent has of that network. Pure, so that a live
// redraw is a function of the latest read.
import type { ActiveSession, Agent, KnownNetwork, Picture, PresentNetwork } from './operations.js';

export type Cell =
  /** The agent has it; `conflicting` when one of the row's conflicts names this agent. */
  | { kind: 'present'; network: PresentNetwork; sessions: number; conflicting: boolean }
  /** The agent lacks it: `repairNetwork` makes it there. */
  | { kind: 'missing' }
  /** The agent had it (removed by hand, or by a restart that lost it); it is missing now. */
  | { kind: 'removed'; removedAt: string };

export interface Row {
  name: string;
  conflicts: string[];
  /** One per agent of the zone, in the zone's column order. */
  cells: Cell[];
}

export interface Zone {
  /** null: the agents without a zone. */
  zone: string | null;
  agents: Agent[];
  rows: Row[];
}

/** A zone's heading. */
export const zoneTitle = (zone: string | null) => (zone === null ? 'No zone' : `Zone ${zone}`);

/** Named zones by name, then the agents without one; agents and network names sorted within each. */
export function zonesOf({ agents, networkSpread, networks, sessions }: Picture): Zone[] {
  const zones = [...new Set(agents.map((a) => a.zone))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  const count = sessionCounter(sessions);
  return zones.map((zone) => {
    const columns = agents.filter((a) => a.zone === zone).sort((a, b) => a.name.localeCompare(b.name));
    const ids = new Set(columns.map((a) => a.id));
    const spreads = networkSpread.filter((s) => s.zone === zone);
    const removed = lastRemoved(networks.filter((n) => ids.has(n.agent.id)));
    const names = [...new Set([...spreads.map((s) => s.name), ...removed.keys()])].sort((a, b) => a.localeCompare(b));
    const rows = names.map((name) => {
      const spread = spreads.find((s) => s.name === name);
      const present = spread?.present ?? [];
      const conflicts = spread?.conflicts ?? [];
      const cells = columns.map((agent): Cell => {
        const network = present.find((n) => n.agent.id === agent.id);
        if (network)
          return {
            kind: 'present',
            network,
            sessions: count(agent.id, name),
            conflicting: conflicts.some((c) => mentions(c, agent.name)),
          };
        const gone = removed.get(name)?.get(agent.id);
        return gone ? { kind: 'removed', removedAt: gone } : { kind: 'missing' };
      });
      return { name, conflicts, cells };
    });
    return { zone, agents: columns, rows };
  });
}

/** Whether a conflict's words name the agent (as a whole word: agent b1 is not named by "b10"). */
function mentions(conflict: string, agentName: string): boolean {
  const escaped = agentName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w.-])${escaped}($|[^\\w.-])`).test(conflict);
}

/** Per network name and agent, when its copy was last removed (those still there are left out). */
function lastRemoved(networks: readonly KnownNetwork[]): Map<string, Map<string, string>> {
  const live = new Set(networks.filter((n) => !n.removedAt).map((n) => `${n.agent.id} ${n.name}`));
  const removed = new Map<string, Map<string, string>>();
  for (const network of networks) {
    if (!network.removedAt || live.has(`${network.agent.id} ${network.name}`)) continue;
    const byAgent = removed.get(network.name) ?? new Map<string, string>();
    const known = byAgent.get(network.agent.id);
    if (!known || Date.parse(network.removedAt) > Date.parse(known)) byAgent.set(network.agent.id, network.removedAt);
    removed.set(network.name, byAgent);
  }
  return removed;
}

/** Active sessions per agent and network. */
function sessionCounter(sessions: readonly ActiveSession[]): (agentId: string, network: string) => number {
  const counts = new Map<string, number>();
  for (const { agent, network } of sessions)
    if (agent && network) counts.set(`${agent.id} ${network}`, (counts.get(`${agent.id} ${network}`) ?? 0) + 1);
  return (agentId, network) => counts.get(`${agentId} ${network}`) ?? 0;
}
