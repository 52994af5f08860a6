import type { Logger } from 'pino';
import type { AgentRow } from '../db/schema.js';
import type { DockerClient } from '../docker/client.js';
import { DockerApiError } from '../docker/errors.js';
import type { DockerEvent } from '../docker/event-stream.js';
import type { DockerRegistry } from '../docker/registry.js';
import type { EventBus } from '../events/bus.js';
import type { Coordination } from '../cluster/coordination.js';
import type { AgentsRepository } from './agents.repository.js';
import type { Metrics } from '../metrics.js';
import type { NetworksService } from '../networks/networks.service.js';
import { startWatcher, type Watcher } from './watcher.js';

export interface DiscoveryDeps {
  agents: AgentsRepository;
  events: EventBus;
  docker: DockerRegistry;
  networks: NetworksService;
  defaultNetwork: string;
  heartbeatMs: number;
  resyncMs: number;
  log: Logger;
  metrics: Pick<Metrics, 'discoveryLatency'>;
  coordination: Coordination;
  /** How often unwatched agents are claimed (and a dead process's agents taken over). */
  claimMs: number;
  /** What the sessions domain does with an agent's containers. */
  containers: {
    reconcile(agent: AgentRow, client: DockerClient): Promise<void>;
    onContainerEvent(event: DockerEvent, client: DockerClient): Promise<void>;
  };
}

export type Discovery = ReturnType<typeof createDiscovery>;

/** Keeps one watcher per agent and turns what they see into rows and events. */
export function createDiscovery({
  agents,
  events,
  docker,
  networks,
  containers,
  metrics,
  coordination,
  claimMs,
  defaultNetwork,
  heartbeatMs,
  resyncMs,
  log,
}: DiscoveryDeps) {
  const watchers = new Map<string, Watcher>();
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

  function watch(agent: AgentRow): Watcher {
    const existing = watchers.get(agent.id);
    if (existing) return existing;
    const agentLog = log.child({ agent: agent.name, agentId: agent.id });
    const watcher = startWatcher({
      agentId: agent.id,
      load: () => agents.byId(agent.id),
      client: (row) => docker.clientFor(row),
      sync,
      onEvent,
      online: (info) =>
        setStatus(agent.id, 'ONLINE', {
          dockerVersion: info.version,
          daemonCores: info.cores,
          daemonMemoryMb: info.memoryMb,
          lastSeenAt: new Date(),
        }),
      offline: () => setStatus(agent.id, 'OFFLINE'),
      seen: async () => {
        const now = Date.now();
        if (now - (lastSeenWrite.get(agent.id) ?? 0) < 15_000) return;
        lastSeenWrite.set(agent.id, now);
        await agents.record(agent.id, { lastSeenAt: new Date(now) });
      },
      heartbeatMs,
      resyncMs,
      log: agentLog,
    });
    watchers.set(agent.id, watcher);
    return watcher;
  }

  async function unwatch(agentId: string) {
    const watcher = watchers.get(agentId);
    watchers.delete(agentId);
    lastSeenWrite.delete(agentId);
    await watcher?.stop();
    await coordination.releaseAgent(agentId);
  }

  async function stopAll() {
    const ids = [...watchers.keys()];
    await Promise.all(ids.map(unwatch));
  }

  /** Watches every agent that no live process watches, and lets go of agents that were removed. */
  async function claimRound() {
    if (!(await coordination.check())) await stopAll();
    const rows = await agents.list();
    for (const agent of rows) if (!watchers.has(agent.id) && (await coordination.claimAgent(agent.id))) watch(agent);
    for (const id of watchers.keys()) if (!rows.some((a) => a.id === id)) await unwatch(id);
  }

  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  const nextRound = () => {
    round = round.then(claimRound).catch((error: unknown) => log.error({ err: error }, 'claiming agents failed'));
    return round;
  };

  return {
    /** Watches a newly registered agent here, unless another process claimed it first. */
    async adopt(agent: AgentRow): Promise<Watcher | undefined> {
      return (await coordination.claimAgent(agent.id)) ? watch(agent) : undefined;
    },
    unwatch,
    async start() {
      await nextRound();
      timer = setInterval(nextRound, claimMs);
    },
    async stopAll() {
      clearInterval(timer);
      await round;
      await stopAll();
    },
  };
}
