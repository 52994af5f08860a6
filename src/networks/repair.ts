import type { AgentRow, NetworkLayoutRow, NetworkRow } from '../db/schema.js';
import { AppError, ErrorCode } from '../errors.js';
import { validateNetworkName } from '../ids.js';
import { createNetwork, type CreateNetworkDeps } from './create-network.js';
import { segmentDrivers, type SpecInput } from './layout.js';
import type { LayoutsRepository } from './layouts.repository.js';

/** Makes the network where it is missing among the ONLINE agents of the zone, as it was made; returns every copy. */
export async function repairNetwork(deps: CreateNetworkDeps & { layouts: Pick<LayoutsRepository, 'get'> }, name: string, zone: string | null) {
  const { agents, networks, layouts } = deps;
  validateNetworkName(name);
  const zoneAgents = (await agents.list({ zone })).filter((a) => a.zone === zone);
  const where = zone === null ? 'among the agents without a zone' : `in zone "${zone}"`;
  if (zoneAgents.length === 0)
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      zone === null ? 'Every agent has a zone: give the zone to repair.' : `No agent is in zone "${zone}": check its name.`,
    );
  const ids = zoneAgents.map((a) => a.id);
  const [present, layout] = await Promise.all([networks.liveNamed(ids, name), layouts.get(name, zone)]);
  if (present.length === 0 && !layout)
    throw new AppError(ErrorCode.NOT_FOUND, `No network "${name}" is known ${where}: make it with createNetwork first.`);
  const missing = zoneAgents.filter((a) => !present.some((n) => n.agentId === a.id));
  const online = missing.filter((a) => a.status === 'ONLINE');
  if (missing.length > 0 && online.length === 0)
    throw new AppError(
      ErrorCode.AGENT_UNREACHABLE,
      `"${name}" is missing on ${missing.map((a) => a.name).join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} OFFLINE: repair it when they are back.`,
    );
  if (online.length > 0) await createNetwork(deps, { ...repairInput(layout, present, online), name, agentIds: online.map((a) => a.id) });
  return networks.liveNamed(ids, name);
}

const pairs = (record: Record<string, string>) => Object.entries(record).map(([key, value]) => ({ key, value }));

/**
 * How to make a network again on `agents`: as its layout says (each agent's own parent, a fresh range), or, for a
 * network made by someone else, as the copy seen first is (a bridge's subnet is left to each daemon: bridges do not
 * share a segment, and a subnet one daemon picked may be taken on another).
 */
export function repairInput(
  layout: NetworkLayoutRow | undefined,
  present: readonly NetworkRow[],
  agents: readonly AgentRow[],
): SpecInput & { driver: string } {
  if (layout) {
    return {
      driver: layout.driver,
      internal: layout.internal,
      options: pairs(layout.options),
      ipam: layout.subnet ? { subnet: layout.subnet, gateway: layout.gateway, ipRange: layout.ipRange, auxAddresses: layout.auxAddresses } : null,
      parent: layout.parent,
      perAgent: layout.perAgent
        .filter((p) => p.parent && agents.some((a) => a.id === p.agentId))
        .map((p) => ({ agentId: p.agentId, parent: p.parent })),
    };
  }
  const model = [...present].sort((a, b) => a.discoveredAt.getTime() - b.discoveredAt.getTime())[0]!;
  const { parent, ...options } = model.options;
  const segment = segmentDrivers.has(model.driver) && model.subnets[0];
  return {
    driver: model.driver,
    internal: model.internal,
    options: pairs(options),
    ipam: segment ? { subnet: model.subnets[0]!, gateway: model.gateway } : null,
    parent: segmentDrivers.has(model.driver) ? (parent ?? model.parent) : null,
  };
}
