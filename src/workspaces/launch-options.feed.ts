import type { Logger } from 'pino';
import { seesWorkspace, type Entitlement } from '../entitlements.js';
import { createLocalEventBus } from '../events/bus.js';
import type { Fleet } from '../fleet/fleet.js';
import { launchOptions, type LaunchOptions } from './launch-options.js';

export type LaunchOptionsFeed = ReturnType<typeof createLaunchOptionsFeed>;

/** A dropdown that changed, or a workspace that those of this entitlement can no longer see (its watchers end). */
type Announced = { entitlement: string } & ({ options: LaunchOptions } | { gone: string });

/** What a watcher gets: the options, or, once, that the workspace is gone from its sight (then nothing more). */
export type LaunchOptionsEvent = LaunchOptions | { gone: string };

/**
 * launchOptionsChanged, derived in each process from its fleet snapshot (so it never crosses processes itself): after
 * any fleet change (coalesced), every workspace's options are recomputed for each entitlement someone watches with,
 * compared with what was last announced, and each dropdown that changed is announced once, however many clients (of
 * that entitlement) watch it. Options are per entitlement, not per person: members of one group share them.
 */
export function createLaunchOptionsFeed({ fleet, defaultNetwork, log }: { fleet: Fleet; defaultNetwork: string; log: Logger }) {
  const changes = createLocalEventBus<{ launchOptionsChanged: Announced }>();
  /** The entitlements watched now, with how many subscriptions use each. */
  const watched = new Map<string, { entitlement: Entitlement; subscribers: number }>();
  /** What was last announced, by entitlement key, then workspace id. */
  const last = new Map<string, Map<string, string>>();
  let scheduled = false;
  let running = Promise.resolve();
  let unsubscribe = () => {};

  async function compute(entitlement: Entitlement, announce: boolean) {
    const snapshot = await fleet.snapshot();
    const known = last.get(entitlement.key) ?? new Map<string, string>();
    last.set(entitlement.key, known);
    const seen = new Set<string>();
    for (const workspace of snapshot.workspaces) {
      if (!seesWorkspace(entitlement, workspace)) continue;
      seen.add(workspace.id);
      const options = launchOptions(workspace, snapshot.agents, defaultNetwork, entitlement);
      const text = JSON.stringify(options);
      if (known.get(workspace.id) === text) continue;
      known.set(workspace.id, text);
      if (announce) changes.publish('launchOptionsChanged', { entitlement: entitlement.key, options });
    }
    for (const id of known.keys())
      if (!seen.has(id)) {
        known.delete(id);
        if (announce) changes.publish('launchOptionsChanged', { entitlement: entitlement.key, gone: id });
      }
  }

  const next = () => {
    running = running
      .then(async () => {
        for (const { entitlement } of watched.values()) await compute(entitlement, true);
      })
      .catch((error: unknown) => log.error({ err: error }, 'could not announce changed launch options'));
  };

  return {
    /** The options of `workspaceId`, as `entitlement` sees them, each time they change from now on. */
    async subscribe(workspaceId: string, entitlement: Entitlement): Promise<AsyncIterableIterator<LaunchOptionsEvent>> {
      const entry = watched.get(entitlement.key) ?? { entitlement, subscribers: 0 };
      entry.subscribers++;
      if (!watched.has(entitlement.key)) {
        watched.set(entitlement.key, entry);
        // What "changed" is measured against, for a set of viewers nobody watched with until now.
        const baseline = running.then(() => compute(entitlement, false));
        running = baseline.catch((error: unknown) => log.error({ err: error }, 'could not read launch options'));
        await running;
      }
      const events = changes.subscribe(
        'launchOptionsChanged',
        (a) => a.entitlement === entitlement.key && ('gone' in a ? a.gone : a.options.workspaceId) === workspaceId,
      );
      return optionsOf(events, () => {
        if (--entry.subscribers === 0 && watched.get(entitlement.key) === entry) (watched.delete(entitlement.key), last.delete(entitlement.key));
      });
    },
    /** Follows the fleet. */
    start() {
      unsubscribe = fleet.onChange((topic) => {
        // Launch options do not depend on sessions (capacity is placement's business): no reload for those.
        if (topic === 'sessionStatusChanged' || scheduled) return;
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          next();
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

/** The options of what was announced; `end` runs once, when the subscriber stops (or the feed closes). */
function optionsOf(events: AsyncIterableIterator<Announced>, end: () => void): AsyncIterableIterator<LaunchOptionsEvent> {
  let ended = false;
  let gone = false;
  const once = () => {
    if (!ended) (ended = true), end();
  };
  const options: AsyncIterableIterator<LaunchOptionsEvent> = {
    async next() {
      const result = gone ? { done: true as const, value: undefined } : await events.next();
      if (result.done) {
        once();
        await events.return?.();
        return { done: true, value: undefined };
      }
      if ('gone' in result.value) gone = true;
      return { done: false, value: 'gone' in result.value ? { gone: result.value.gone } : result.value.options };
    },
    async return() {
      once();
      await events.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => options,
  };
  return options;
}
