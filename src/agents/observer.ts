import type { AgentRow } from '../db/schema.js';
import type { DaemonInfo, DockerClient } from '../docker/client.js';
import { DockerApiError } from '../docker/errors.js';
import type { DockerEvent } from '../docker/event-stream.js';
import type { DiscoveryDeps } from './discovery.js';

export type ObserverDeps = Pick<DiscoveryDeps, 'agents' | 'events' | 'networks' | 'containers' | 'metrics' | 'defaultNetwork' | 'log'>;

/**
 * What an agent's watcher sees, turned into rows and events: its status, its networks (listed, or one event at a
 * time) and, through the sessions domain, its containers.
 */
export function createObserver({ agents, events, networks, containers, metrics, defaultNetwork, log }: ObserverDeps) {
  // Last time lastSeenAt was written per agent: a heartbeat every second need not write every second.
  const lastSeenWrite = new Map<string, number>();

  async function setStatus(agentId: string, status: AgentRow['status'], extra: Partial<AgentRow> = {}) {
    const changed = await agents.setStatus(agentId, status, extra);
    if (changed) events.publish('agentStatusChanged', changed);
  }

  /**
   * Lists the daemon's networks, creating the default network if it lacks it, stores the result, then reconciles
   * the agent's containers with the sessions placed on it.
   */
  async function sync(client: DockerClient, agent: AgentRow) {
    let listed = await client.listNetworks();
    if (!listed.some((n) => n.name === defaultNetwork)) {
      try {
        listed.push(
          await client.createNetwork({
            name: defaultNetwork,
            driver: 'bridge',
            internal: false,
            options: {},
            labels: { 'io.enclave.managed': 'true' },
          }),
        );
        log.info({ agent: agent.name, network: defaultNetwork }, 'created the default network');
      } catch (error) {
        // Someone else created it since the listing: list again.
        if (!(error instanceof DockerApiError && error.statusCode === 409)) throw error;
        listed = await client.listNetworks();
      }
    }
    await networks.sync(agent.id, listed);
    await containers.reconcile(agent, client);
  }

  async function onEvent(event: DockerEvent, client: DockerClient, agent: AgentRow) {
    if (event.Type === 'container') return containers.onContainerEvent(event, client);
    if (event.Type !== 'network') return;
    switch (event.Action) {
      case 'create': {
        const network = await client.inspectNetwork(event.Actor.ID);
        if (network) await networks.record(agent.id, [network]);
        // The daemon's clock: exact for local agents, off by the clock skew for remote ones.
        if (network && event.timeNano) metrics.discoveryLatency.observe(Math.max(0, Date.now() - event.timeNano / 1e6) / 1000);
        break;
      }
      case 'destroy':
        await networks.markRemoved(agent.id, { only: [event.Actor.ID] });
        break;
      default: // connect, disconnect: containers joining networks, nothing to discover
    }
  }

  return {
    sync,
    onEvent,
    online: (agentId: string, info: DaemonInfo) =>
      setStatus(agentId, 'ONLINE', {
        dockerVersion: info.version,
        daemonCores: info.cores,
        daemonMemoryMb: info.memoryMb,
        daemonGpus: info.gpus,
        lastSeenAt: new Date(),
      }),
    offline: (agentId: string) => setStatus(agentId, 'OFFLINE'),
    /** The daemon answered a heartbeat. */
    async seen(agentId: string) {
      const now = Date.now();
      if (now - (lastSeenWrite.get(agentId) ?? 0) < 15_000) return;
      lastSeenWrite.set(agentId, now);
      await agents.record(agentId, { lastSeenAt: new Date(now) });
    },
    forget: (agentId: string) => lastSeenWrite.delete(agentId),
  };
}
