import type { Logger } from 'pino';
import { entitlementOf, unrestricted } from '../entitlements.js';
import type { EventBus } from '../events/bus.js';
import type { UserRow } from '../db/schema.js';
import type { Role, Viewer } from './auth.service.js';
import type { UsersRepository } from './users.repository.js';

/** How long a verified credential is trusted without asking the database again; events end that sooner, everywhere. */
const authCacheMs = 5_000;

export type ViewerCache = ReturnType<typeof createViewerCache>;

/**
 * Verified credentials, trusted for a few seconds; cleared whenever a credential, a user or a group changes (in any
 * process), and a load that began before such a change does not cache what it read.
 */
export function createViewerCache(users: UsersRepository, events: Pick<EventBus, 'subscribe'>, log: Logger) {
  const verified = new Map<string, { viewer: Viewer; until: number }>();
  // Bumped by every change: a load that began before one must not cache what it read.
  let generation = 0;
  const stop = follow(events, () => (verified.clear(), generation++), log);

  /** The viewer of a user acting through a credential capped at `cap`; null for a disabled or deleted user. */
  async function viewerOf(user: UserRow | undefined, cap: Role, credential: Pick<Viewer, 'keyId' | 'signInId'>): Promise<Viewer | null> {
    if (!user || user.disabled) return null;
    const groups = (await users.groupsOf([user.id])).get(user.id) ?? [];
    const role: Role = cap === 'ADMIN' && user.role === 'ADMIN' ? 'ADMIN' : 'USER';
    const entitlement = role === 'ADMIN' ? unrestricted : entitlementOf(groups);
    return {
      role,
      owner: user.username,
      ...credential,
      userId: user.id,
      groupIds: groups.map((g) => g.id),
      entitlement,
    };
  }

  async function cached(hash: string, load: () => Promise<{ viewer: Viewer | null; expiresAt: Date | null }>): Promise<Viewer | null> {
    const known = verified.get(hash);
    if (known && known.until > Date.now()) return known.viewer;
    const began = generation;
    const { viewer, expiresAt } = await load();
    if (!viewer) {
      verified.delete(hash);
      return null;
    }
    if (began !== generation) return viewer;
    if (verified.size > 10_000) verified.clear();
    verified.set(hash, {
      viewer,
      until: Math.min(Date.now() + authCacheMs, expiresAt?.getTime() ?? Infinity),
    });
    return viewer;
  }

  return {
    viewerOf,
    cached,
    forget: { one: (hash: string) => verified.delete(hash), all: stop },
  };
}

/** Clears what was verified whenever a credential, a user or a group changes (in any process); returns the stop. */
function follow(events: Pick<EventBus, 'subscribe'>, clear: () => void, log: Logger): () => Promise<void> {
  const topics = ['apiKeyRevoked', 'signInRevoked', 'userChanged', 'groupChanged'] as const;
  const subscriptions = topics.map((topic) => events.subscribe(topic));
  for (const subscription of subscriptions)
    void (async () => {
      for await (const _ of subscription) clear();
    })().catch((error: unknown) => log.error({ err: error }, 'authentication stopped following changes'));
  return async () => {
    await Promise.all(subscriptions.map((s) => s.return?.()));
  };
}
