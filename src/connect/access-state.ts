import type { SessionRow } from '../db/schema.js';
import type { Actor, HeldGrant, SessionAccessDeps } from './access.js';

/** How long what was checked in the database is trusted before it is read again (events end it sooner). */
const recheckMs = 10_000;

const actorKey = (actor: Actor, sessionId: string) => `${actor.actorKeyId ?? ''}\0${actor.actorSignInId ?? ''}\0${sessionId}`;

/**
 * What was read of sessions' statuses and of whether grants' actors may still reach them, trusted for a few seconds.
 * The bus's events update it at once: a revoked key or sign-in drops its cookies; a changed user, group or workspace
 * has every held cookie checked again; `announce` names each session whose open connections must close.
 */
export function accessState(
  { sessionById, actorMay, events, log }: Pick<SessionAccessDeps, 'sessionById' | 'actorMay' | 'events' | 'log'>,
  cookies: Map<string, HeldGrant>,
  announce: (sessionId: string) => void,
) {
  const sessions = new Map<string, { status: SessionRow['status']; until: number }>();
  const actors = new Map<string, { may: boolean; until: number }>();
  const follow = <T>(iterator: AsyncIterableIterator<T>, what: string, handle: (event: T) => unknown) => {
    void (async () => {
      for await (const event of iterator) await handle(event);
    })().catch((error: unknown) => log.error({ err: error }, `session access stopped following ${what}`));
    return iterator;
  };
  const drop = (held: (grant: HeldGrant) => boolean) => {
    for (const [hash, grant] of cookies) if (held(grant)) (cookies.delete(hash), announce(grant.sessionId));
  };

  /** After a change of who may reach what: every held cookie is checked again, and those that no longer hold end. */
  async function recheck() {
    actors.clear();
    const checked = new Map<string, boolean>();
    for (const [hash, grant] of [...cookies]) {
      const key = actorKey(grant, grant.sessionId);
      if (!checked.has(key)) checked.set(key, await active(grant, grant.sessionId));
      if (!checked.get(key)) (cookies.delete(hash), announce(grant.sessionId));
    }
  }

  const subscriptions = [
    follow(events.subscribe('sessionStatusChanged'), 'sessions', ({ session }) => {
      if (!sessions.has(session.id) && session.status === 'RUNNING') return;
      sessions.set(session.id, { status: session.status, until: Date.now() + recheckMs });
      if (session.status !== 'RUNNING') announce(session.id);
    }),
    follow(events.subscribe('apiKeyRevoked'), 'keys', ({ id }) => (actors.clear(), drop((g) => g.actorKeyId === id))),
    follow(events.subscribe('signInRevoked'), 'sign-ins', ({ id }) => (actors.clear(), drop((g) => g.actorSignInId === id))),
    follow(events.subscribe('userChanged'), 'users', recheck),
    follow(events.subscribe('groupChanged'), 'groups', recheck),
    follow(events.subscribe('workspaceChanged'), 'workspaces', recheck),
  ];

  async function running(sessionId: string): Promise<SessionRow['status'] | undefined> {
    const known = sessions.get(sessionId);
    if (known && known.until > Date.now()) return known.status;
    const status = (await sessionById(sessionId))?.status;
    if (status) sessions.set(sessionId, { status, until: Date.now() + recheckMs });
    return status;
  }

  async function active(actor: Actor, sessionId: string): Promise<boolean> {
    const key = actorKey(actor, sessionId);
    const known = actors.get(key);
    if (known && known.until > Date.now()) return known.may;
    const session = await sessionById(sessionId);
    const may = session !== undefined && (await actorMay(actor, session));
    if (actors.size > 100_000) actors.clear();
    actors.set(key, { may, until: Date.now() + recheckMs });
    return may;
  }

  return {
    running,
    active,
    close: async () => {
      await Promise.all(subscriptions.map((s) => s.return?.()));
    },
  };
}
