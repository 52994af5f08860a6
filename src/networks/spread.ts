import type { AgentRow, NetworkLayoutRow, NetworkRow } from '../db/schema.js';
import { rangesConflict } from './ipam.js';
import { segmentDrivers } from './layout.js';

/** One network name across the agents of a zone. */
export interface NetworkSpread {
  name: string;
  zone: string | null;
  present: NetworkRow[];
  missing: AgentRow[];
  conflicts: string[];
}

/**
 * Per zone of `agents` and network name, who has it, who lacks it and what differs. `live`
 * are the agents' live networks; `layouts` what Enclave made them with (networks made by others have none).
 */
export function spreadOf(agents: readonly AgentRow[], live: readonly NetworkRow[], layouts: readonly NetworkLayoutRow[]): NetworkSpread[] {
  const byId = new Map(agents.map((a) => [a.id, a]));
  const groups = new Map<string, { zone: string | null; name: string; present: NetworkRow[] }>();
  for (const network of live) {
    const agent = byId.get(network.agentId);
    if (!agent) continue;
    const key = JSON.stringify([agent.zone, network.name]);
    const group = groups.get(key) ?? { zone: agent.zone, name: network.name, present: [] };
    group.present.push(network);
    groups.set(key, group);
  }
  const agentName = (id: string) => byId.get(id)?.name ?? id;
  return (
    [...groups.values()]
      // Zones by name, the agents without one last; networks by name.
      .sort((a, b) => Number(a.zone === null) - Number(b.zone === null) || (a.zone ?? '').localeCompare(b.zone ?? '') || a.name.localeCompare(b.name))
      .map(({ zone, name, present }) => {
        present.sort((a, b) => agentName(a.agentId).localeCompare(agentName(b.agentId)));
        const layout = layouts.find((l) => l.name === name && l.zone === zone);
        return {
          name,
          zone,
          present,
          missing: agents.filter((a) => a.zone === zone && !present.some((n) => n.agentId === a.id)),
          conflicts: conflictsOf(present, layout, agentName),
        };
      })
  );
}

/** What differs between the copies of one network, in words. */
export function conflictsOf(present: readonly NetworkRow[], layout: NetworkLayoutRow | undefined, agentName: (id: string) => string): string[] {
  const conflicts: string[] = [];
  const differs = (what: string, value: (n: NetworkRow) => string | null) => {
    const values = new Set(present.map(value));
    if (values.size > 1) conflicts.push(`${what} differs: ${present.map((n) => `${value(n) ?? 'none'} on ${agentName(n.agentId)}`).join(', ')}`);
  };
  differs('driver', (n) => n.driver);
  const segment = present.filter((n) => segmentDrivers.has(n.driver));
  if (segment.length > 0 && segment.length === present.length) {
    // Parents are compared with the layout only: hosts name their interfaces as they like.
    differs('subnet', (n) => n.subnets.join(' ') || null);
    const ranges = segment.map((n) => ({ label: agentName(n.agentId), cidr: n.ipRange ?? n.subnets[0] })).filter((r) => r.cidr);
    conflicts.push(...rangesConflict(ranges as { label: string; cidr: string }[]));
  }
  if (layout) {
    for (const n of present) {
      const where = agentName(n.agentId);
      if (n.driver !== layout.driver) conflicts.push(`${where} has driver ${n.driver}, made with ${layout.driver}`);
      if (layout.subnet && !n.subnets.includes(layout.subnet))
        conflicts.push(`${where} has subnet ${n.subnets.join(' ') || 'none'}, made with ${layout.subnet}`);
      const planned = layout.perAgent.find((p) => p.agentId === n.agentId);
      const parent = planned ? planned.parent : layout.parent;
      if (segmentDrivers.has(n.driver) && parent && n.parent !== parent)
        conflicts.push(`${where} has parent ${n.parent ?? 'none'}, made with ${parent}`);
    }
  }
  return conflicts;
}
