import type { EventBus } from '../events/bus.js';
import type { Fleet } from '../fleet/fleet.js';
import { launchOptions } from './launch-options.js';

/**
 * Publishes launchOptionsChanged for each workspace whose dropdown changed, once per change however many clients
 * watch it: after any fleet change (coalesced), every workspace's options are recomputed from the snapshot and
 * compared with what was last published.
 */
export function startLaunchOptionsPublisher({ events, fleet, defaultNetwork }: { events: EventBus; fleet: Fleet; defaultNetwork: string }) {
  const last = new Map<string, string>();
  let scheduled = false;
  let running = Promise.resolve();

  async function publishChanges(announce: boolean) {
    const snapshot = await fleet.snapshot();
    const seen = new Set<string>();
    for (const workspace of snapshot.workspaces) {
      seen.add(workspace.id);
      const options = launchOptions(workspace, snapshot.agents, defaultNetwork);
      const text = JSON.stringify(options);
      if (last.get(workspace.id) === text) continue;
      last.set(workspace.id, text);
      if (announce) events.publish('launchOptionsChanged', options);
    }
    for (const id of last.keys()) if (!seen.has(id)) last.delete(id);
  }

  running = publishChanges(false).catch(() => {});
  const unsubscribe = fleet.onChange((topic) => {
    // Launch options do not depend on sessions (capacity is placement's business): no reload for those.
    if (topic === 'sessionStatusChanged' || scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      running = running.then(() => publishChanges(true)).catch(() => {});
    });
  });
  return {
    async stop() {
      unsubscribe();
      await running;
    },
  };
}
