import type { Logger } from 'pino';
import type { AgentRow } from '../db/schema.js';
import type { DockerClient } from '../docker/client.js';
import type { DockerEvent } from '../docker/event-stream.js';
import type { DockerRegistry } from '../docker/registry.js';
import type { EventBus } from '../events/bus.js';
import type { Coordination } from '../cluster/coordination.js';
import type { AgentsRepository } from './agents.repository.js';
import type { Metrics } from '../metrics.js';
import type { NetworksService } from '../networks/networks.service.js';
import { createObserver } from './observer.js';
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
export function createDiscovery(deps: DiscoveryDeps) {
  const { agents, docker, coordination, claimMs, heartbeatMs, resyncMs, log } = deps;
  const watchers = new Map<string, Watcher>();
  const observer = createObserver(deps);

  function watch(agent: AgentRow): Watcher {
    const existing = watchers.get(agent.id);
    if (existing) return existing;
    const watcher = startWatcher({
      agentId: agent.id,
      load: () => agents.byId(agent.id),
      client: (row) => docker.clientFor(row),
      sync: observer.sync,
      onEvent: observer.onEvent,
      online: (info) => observer.online(agent.id, info),
      offline: () => observer.offline(agent.id),
      seen: () => observer.seen(agent.id),
      heartbeatMs,
      resyncMs,
      log: log.child({ agent: agent.name, agentId: agent.id }),
    });
    watchers.set(agent.id, watcher);
    return watcher;
  }

  async function unwatch(agentId: string) {
    const watcher = watchers.get(agentId);
    watchers.delete(agentId);
    observer.forget(agentId);
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
    /** Whether this process watches the agent (and so acts for it: once, across processes). */
    watches: (agentId: string) => watchers.has(agentId),
    /** The agents this process watches. */
    watched: () => [...watchers.keys()],
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
