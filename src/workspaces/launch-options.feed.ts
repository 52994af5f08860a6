import type { Logger } from 'pino';
import { createLocalEventBus } from '../events/bus.js';
import type { Fleet } from '../fleet/fleet.js';
import { launchOptions, type LaunchOptions } from './launch-options.js';

export type LaunchOptionsFeed = ReturnType<typeof createLaunchOptionsFeed>;

/**
 * launchOptionsChanged, derived in each process from its fleet snapshot (so it never crosses processes itself): after
 * any fleet change (coalesced), every workspace's options are recomputed and compared with what was last announced,
 * and each workspace whose dropdown changed is announced once, however many clients watch it.
 */
export function createLaunchOptionsFeed({ fleet, defaultNetwork, log }: { fleet: Fleet; defaultNetwork: string; log: Logger }) {
  const changes = createLocalEventBus<{ launchOptionsChanged: LaunchOptions }>();
  const last = new Map<string, string>();
  let scheduled = false;
  let running = Promise.resolve();
  let unsubscribe = () => {};

  async function announceChanges(announce: boolean) {
    const snapshot = await fleet.snapshot();
    const seen = new Set<string>();
    for (const workspace of snapshot.workspaces) {
      seen.add(workspace.id);
      const options = launchOptions(workspace, snapshot.agents, defaultNetwork);
      const text = JSON.stringify(options);
      if (last.get(workspace.id) === text) continue;
      last.set(workspace.id, text);
      if (announce) changes.publish('launchOptionsChanged', options);
    }
    for (const id of last.keys()) if (!seen.has(id)) last.delete(id);
  }

  const next = (announce: boolean) => {
    running = running
      .then(() => announceChanges(announce))
      .catch((error: unknown) => log.error({ err: error }, 'could not announce changed launch options'));
  };

  return {
    /** The options of `workspaceId` each time they change, from now on. */
    subscribe: (workspaceId: string) => changes.subscribe('launchOptionsChanged', (o) => o.workspaceId === workspaceId),
    /** Reads the current options (announcing nothing), then follows the fleet. */
    start() {
      next(false);
      unsubscribe = fleet.onChange((topic) => {
        // Launch options do not depend on sessions (capacity is placement's business): no reload for those.
        if (topic === 'sessionStatusChanged' || scheduled) return;
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          next(true);
        });
      });
    },
    async stop() {
      unsubscribe();
      await running;
      await changes.close();
    },
  };
}
