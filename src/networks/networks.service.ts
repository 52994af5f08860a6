import type { AgentsRepository } from '../agents/agents.repository.js';
import type { NetworkRow } from '../db/schema.js';
import type { DockerNetwork } from '../docker/networks.js';
import type { DockerRegistry } from '../docker/registry.js';
import type { EventBus } from '../events/bus.js';
import { assertId } from '../ids.js';
import { createNetwork, type CreateNetworkInput } from './create-network.js';
import type { NetworksRepository } from './networks.repository.js';
import { networkWarnings } from './warnings.js';

export interface NetworksServiceDeps {
  networks: NetworksRepository;
  agents: Pick<AgentsRepository, 'byIds' | 'list'>;
  events: EventBus;
  docker: DockerRegistry;
  defaultNetwork: string;
}

export type NetworksService = ReturnType<typeof createNetworksService>;
export type NetworkRecords = Pick<NetworksService, 'record' | 'markRemoved'>;

/** What Enclave knows of the agents' networks, kept as their daemons report them; and creating them. */
export function createNetworksService({ networks, agents, events, docker, defaultNetwork }: NetworksServiceDeps) {
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

    create: (input: CreateNetworkInput) => createNetwork({ docker, agents, networks, records: { record, markRemoved } }, input),
  };
}
