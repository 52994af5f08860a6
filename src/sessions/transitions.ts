import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { sessions, sessionTransitions, type SessionRow, type SessionStatus } from '../db/schema.js';
import type { EventBus } from '../events/bus.js';

/** What a new session is recorded with; it starts in REQUESTED. */
export type NewSession = Omit<typeof sessions.$inferInsert, 'id' | 'status' | 'statusReason' | 'createdAt' | 'updatedAt'>;

/** Where a session moves to before it has started: another agent (and its network). */
export interface Relocation {
  agentId: string;
  network: string | null;
}

export type Transitions = ReturnType<typeof createTransitions>;

/**
 * The only writer of sessions' state and history, and the only publisher of sessionStatusChanged. Every change of
 * status writes its history row in the same transaction and is published once, after the commit, in the order it
 * was written (one change at a time per session, so two writers in this process cannot publish out of order; across
 * processes the bus replays session_transitions in id order).
 */
export function createTransitions({ db, events }: { db: Db; events: EventBus }) {
  const locks = new Map<string, Promise<unknown>>();

  function oneAtATime<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = locks.get(id) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(work);
    locks.set(id, next);
    void next.finally(() => locks.get(id) === next && locks.delete(id)).catch(() => {});
    return next;
  }

  /** Runs a write (one at a time per session) and publishes the change it made, if any. */
  const publishing = (id: string, write: () => Promise<{ session: SessionRow; transitionId: number } | undefined>) =>
    oneAtATime(id, async () => {
      const change = await write();
      if (change) events.publish('sessionStatusChanged', change);
      return change?.session;
    });

  return {
    /**
     * Records a new session in REQUESTED with its first history row, in one transaction that `prepare` runs in first
     * (to place it and check limits under the same locks), then publishes it.
     */
    async create(prepare: (tx: Db) => Promise<NewSession>): Promise<SessionRow> {
      const change = await db.transaction(async (tx) => {
        const [session] = await tx.insert(sessions).values(await prepare(tx)).returning();
        const [step] = await tx
          .insert(sessionTransitions)
          .values({ sessionId: session!.id, status: 'REQUESTED' })
          .returning({ id: sessionTransitions.id });
        return { session: session!, transitionId: step!.id };
      });
      events.publish('sessionStatusChanged', change);
      return change.session;
    },

    /**
     * Moves a session from one of `from` to `to` (with what else changes with it), writes the history row in the same
     * transaction, then publishes. Returns undefined, and changes nothing, when the session is in none of `from`.
     */
    move(
      id: string,
      from: readonly SessionStatus[],
      to: SessionStatus,
      reason: string | null = null,
      patch: Partial<Pick<SessionRow, 'containerId'>> = {},
    ): Promise<SessionRow | undefined> {
      return publishing(id, () => writeMove(db, id, from, to, reason, patch));
    },

    /**
     * Flips `ready` of a RUNNING session (its connect port answers, or stopped answering; `reason` says why not), with
     * a row of kind 'ready' (not history: the status stays) so that it is published in order with the transitions.
     * Undefined when the session is not RUNNING or already is as asked.
     */
    markReady(id: string, ready: boolean, reason: string | null = null): Promise<SessionRow | undefined> {
      return publishing(id, () => writeReady(db, id, ready, reason));
    },

    /**
     * Moves a launch that is still PROVISIONING to the agent `choose` picks, in one transaction (which `choose` runs in
     * first, to place it under lock). Not a change of status: nothing is published. Undefined when it is no longer
     * PROVISIONING.
     */
    relocate(id: string, choose: (tx: Db) => Promise<Relocation>): Promise<SessionRow | undefined> {
      return oneAtATime(id, () =>
        db.transaction(async (tx) => {
          const { agentId, network } = await choose(tx);
          const [session] = await tx
            .update(sessions)
            .set({ agentId, network, updatedAt: sql`now()` })
            .where(and(eq(sessions.id, id), eq(sessions.status, 'PROVISIONING')))
            .returning();
          return session;
        }),
      );
    },
  };
}

/** The move and its history row, in one transaction; undefined when the session is in none of `from`. */
function writeMove(
  db: Db,
  id: string,
  from: readonly SessionStatus[],
  to: SessionStatus,
  reason: string | null,
  patch: Partial<Pick<SessionRow, 'containerId'>>,
) {
  return db.transaction(async (tx) => {
    const [session] = await tx
      .update(sessions)
      // A session is ready only while RUNNING (a resumed one is probed again).
      .set({ status: to, statusReason: reason, updatedAt: sql`now()`, ...patch, ...(to !== 'RUNNING' && { ready: false }) })
      .where(and(eq(sessions.id, id), inArray(sessions.status, [...from])))
      .returning();
    if (!session) return undefined;
    const [step] = await tx.insert(sessionTransitions).values({ sessionId: id, status: to, reason }).returning({ id: sessionTransitions.id });
    return { session, transitionId: step!.id };
  });
}

/** The row and its 'ready' step, in one transaction; undefined when the session is not RUNNING or already so. */
function writeReady(db: Db, id: string, ready: boolean, reason: string | null) {
  return db.transaction(async (tx) => {
    const [session] = await tx
      .update(sessions)
      .set({ ready, statusReason: reason, updatedAt: sql`now()` })
      .where(
        and(
          eq(sessions.id, id),
          eq(sessions.status, 'RUNNING'),
          or(ne(sessions.ready, ready), sql`${sessions.statusReason} is distinct from ${reason}`),
        ),
      )
      .returning();
    if (!session) return undefined;
    const [step] = await tx
      .insert(sessionTransitions)
      .values({ sessionId: id, status: 'RUNNING', reason, kind: 'ready' })
      .returning({ id: sessionTransitions.id });
    return { session, transitionId: step!.id };
  });
}

/** When sessions last had proxied traffic (gathered by the caller): only ever moves forward. Published nowhere. */
export async function recordActivity(db: Db, lastSeen: ReadonlyMap<string, Date>): Promise<void> {
  if (lastSeen.size === 0) return;
  await db.transaction(async (tx) => {
    for (const [id, at] of lastSeen)
      await tx
        .update(sessions)
        .set({ lastActivityAt: sql`greatest(${sessions.lastActivityAt}, ${at.toISOString()}::timestamptz)` })
        .where(eq(sessions.id, id));
  });
}
