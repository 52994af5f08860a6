import type { Logger } from 'pino';
import type { EventBus } from '../events/bus.js';
import type { Viewer } from './auth.service.js';

/**
 * Ends what a viewer holds open (GraphQL WebSocket connections) when it no longer stands as it was authenticated: its
 * key revoked, its sign-in ended, its user changed (disabled, deleted, regrouped, role) or one of its groups changed.
 * A client that connects again is authenticated afresh, with what it now may see; returns the stop.
 */
export function followStaleViewers(
  events: Pick<EventBus, 'subscribe'>,
  close: (stale: (viewer: Viewer) => boolean, reason: string) => void,
  log: Logger,
): () => Promise<void> {
  const rules = [
    ['apiKeyRevoked', (id: string) => (v: Viewer) => v.keyId === id, 'API key revoked'],
    ['signInRevoked', (id: string) => (v: Viewer) => v.signInId === id, 'Signed out'],
    ['userChanged', (id: string) => (v: Viewer) => v.userId === id, 'User changed'],
    ['groupChanged', (id: string) => (v: Viewer) => v.groupIds.includes(id), 'Group changed'],
  ] as const;
  const subscriptions = rules.map(([topic, stale, reason]) => {
    const subscription = events.subscribe(topic);
    void (async () => {
      for await (const { id } of subscription) close(stale(id), reason);
    })().catch((error: unknown) => log.error({ err: error, topic }, 'stopped closing stale connections'));
    return subscription;
  });
  return async () => {
    await Promise.all(subscriptions.map((s) => s.return?.()));
  };
}
