import type { Db } from '../db/client.js';
import { workspaces, type WorkspaceRow } from '../db/schema.js';
import type { EventBus } from '../events/bus.js';
import type { Topic } from '../events/topics.js';
import { loadFleetAgents, type FleetAgent } from './fleet.repository.js';

export interface FleetSnapshot {
  agents: FleetAgent[];
  workspaces: WorkspaceRow[];
}

// Every event that changes what the fleet snapshot holds.
export const fleetTopics = [
  'agentStatusChanged',
  'agentRemoved',
  'networkDiscovered',
  'networkRemoved',
  'sessionStatusChanged',
  'workspaceChanged',
] as const satisfies Topic[];
export type FleetTopic = (typeof fleetTopics)[number];

export type Fleet = ReturnType<typeof createFleet>;

/**
 * The state that launcher reads and dry-run placements are served from: loaded once, kept in memory, and reloaded
 * on the next read after any event that changes it (the watchers and services publish one for every change).
 */
export function createFleet({ db, events }: { db: Db; events: EventBus }) {
  let version = 0;
  let cached: Promise<FleetSnapshot> | undefined;
  const listeners = new Set<(topic: FleetTopic) => void>();
  const subscriptions = fleetTopics.map((topic) => [topic, events.subscribe(topic)] as const);
  for (const [topic, subscription] of subscriptions)
    void (async () => {
      for await (const _ of subscription) {
        version++;
        cached = undefined;
        for (const listener of listeners) listener(topic);
      }
    })();

  async function load(): Promise<FleetSnapshot> {
    const [fleetAgents, workspaceRows] = await Promise.all([
      loadFleetAgents(db),
      db.select().from(workspaces).orderBy(workspaces.name),
    ]);
    return { agents: fleetAgents.sort((a, b) => (a.name < b.name ? -1 : 1)), workspaces: workspaceRows };
  }

  return {
    /** Goes up with every change: what was computed from the fleet at one version is current until it moves. */
    version: () => version,

    snapshot(): Promise<FleetSnapshot> {
      if (cached) return cached;
      const started = version;
      const loading = load();
      cached = loading;
      // A change during the load makes this result stale: keep it for this caller only.
      void loading.then(
        () => {
          if (version !== started && cached === loading) cached = undefined;
        },
        () => {
          if (cached === loading) cached = undefined;
        },
      );
      return loading;
    },
    /** Called after each change, with the topic of the event that made it (coalesce as needed). */
    onChange(listener: (topic: FleetTopic) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await Promise.all(subscriptions.map(([, s]) => s.return?.()));
    },
  };
}
