import type { AgentRow, NetworkLayoutRow, NetworkRow } from '../db/schema.js';
import { segmentDrivers, type SpecInput } from './layout.js';

const pairs = (record: Record<string, string>) => Object.entries(record).map(([key, value]) => ({ key, value }));

/**
 * How to make a network again on `agents`: as its layout says (each agent's own parent, a fresh range), or, for a
 * network made by someone else, as the copy seen first is (a bridge's subnet is left to each daemon: bridges do not
 * share a segment, and a subnet one daemon picked may be taken on another).
 */
export function repairInput(layout: NetworkLayoutRow | undefined, present: readonly NetworkRow[], agents: readonly AgentRow[]): SpecInput & { driver: string } {
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
