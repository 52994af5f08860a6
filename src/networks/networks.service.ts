import type { AgentsRepository } from '../agents/agents.repository.js';
import type { NetworkRow } from '../db/schema.js';
import type { DockerNetwork } from '../docker/networks.js';
import type { DockerRegistry } from '../docker/registry.js';
import type { EventBus } from '../events/bus.js';
import { assertId } from '../ids.js';
import { createNetwork, prepareNetwork, type CreateNetworkInput } from './create-network.js';
import type { LayoutsRepository } from './layouts.repository.js';
import type { NetworksRepository } from './networks.repository.js';
import { repairNetwork } from './repair.js';
import { spreadOf } from './spread.js';
import { networkWarnings } from './warnings.js';

export interface NetworksServiceDeps {
  networks: NetworksRepository;
  layouts: LayoutsRepository;
  agents: Pick<AgentsRepository, 'byIds' | 'list'>;
  events: EventBus;
  docker: DockerRegistry;
  defaultNetwork: string;
}

export type NetworksService = ReturnType<typeof createNetworksService>;
export type NetworkRecords = Pick<NetworksService, 'record' | 'markRemoved'>;

/** What Enclave knows of the agents' networks, kept as their daemons report them; and creating them. */
export function createNetworksService({ networks, layouts, agents, events, docker, defaultNetwork }: NetworksServiceDeps) {
  /** Stores networks seen on an agent; publishes networkDiscovered for each one that is new (or was removed). */
  async function record(agentId: string, seen: readonly DockerNetwork[]): Promise<NetworkRow[]> {
    if (seen.length === 0) return [];
    const { rows, discovered } = await networks.upsert(agentId, seen);
    for (const row of discovered) events.publish('networkDiscovered', row);
    return rows;
  }

  /** Marks networks of an agent removed (the given Docker ids, or all but those) and publishes networkRemoved for each. */
  async function markRemoved(agentId: string, which: { only: string[] } | { except: string[] }): Promise<NetworkRow[]> {
    const removed = await networks.markRemoved(agentId, which);
    for (const row of removed) events.publish('networkRemoved', row);
    return removed;
  }

  const deps = () => ({ docker, agents, networks, layouts, records: { record, markRemoved } });

  return {
    record,
    markRemoved,

    /** Makes the stored networks of an agent match a full listing of its daemon. */
    async sync(agentId: string, listed: readonly DockerNetwork[]): Promise<void> {
      await record(agentId, listed);
      await markRemoved(agentId, { except: listed.map((n) => n.dockerId) });
    },

    warnings: (network: Pick<NetworkRow, 'name'>) => networkWarnings(network.name, defaultNetwork),

    list(filter: { agentId?: string | null; name?: string | null; includeRemoved?: boolean | null }) {
      if (filter.agentId) assertId(filter.agentId, 'agent');
      return networks.list(filter);
    },

    create: (input: CreateNetworkInput) => createNetwork(deps(), input),

    /** Each target's copy as createNetwork would make it, or as it is. */
    async preview(input: CreateNetworkInput) {
      const { spec, targets, sameName, plans } = await prepareNetwork({ agents, networks }, input);
      return targets.map((agent) => {
        const there = sameName.find((n) => n.agentId === agent.id);
        if (there)
          return {
            agent,
            exists: true,
            driver: there.driver,
            subnet: there.subnets[0] ?? null,
            gateway: there.gateway,
            ipRange: there.ipRange,
            parent: there.parent,
          };
        const plan = plans.find((p) => p.agent.id === agent.id)!;
        return { agent, exists: false, driver: spec.driver, subnet: spec.subnet, gateway: spec.gateway, ipRange: plan.ipRange, parent: plan.parent };
      });
    },

    /** Per zone (or only `zone`) and network name: who has it, who lacks it, what differs. */
    async spread(zone: string | null | undefined) {
      const zoneAgents = await agents.list({ zone });
      const [live, made] = await Promise.all([networks.liveOn(zoneAgents.map((a) => a.id)), layouts.list()]);
      return spreadOf(zoneAgents, live, made);
    },

    /** Makes the network where it is missing among the ONLINE agents of the zone, as it was made; returns every copy. */
    repair: (name: string, zone: string | null) => repairNetwork(deps(), name, zone),
  };
}
