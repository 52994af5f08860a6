import { and, eq, gt, inArray, isNotNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { sessions, sessionTransitions, type SessionRow, type SessionStatus } from '../db/schema.js';
import type { EventBus } from '../events/bus.js';

/** What a new session is recorded with; it starts in REQUESTED. */
export type NewSession = Omit<typeof sessions.$inferInsert, 'id' | 'status' | 'statusReason' | 'createdAt' | 'updatedAt'>;

/** What else changes with a move: the container it now has, the process that now runs it. */
export type MovePatch = Partial<Pick<SessionRow, 'containerId' | 'launchedBy'>>;

/** A move made while the session's row is locked, after `effect` (e.g. a Docker call) succeeded with the row as it is. */
export interface LockedMove {
  from: readonly SessionStatus[];
  to: SessionStatus;
  /** Why, from the locked row (e.g. which deadline passed). */
  reason: (session: SessionRow) => string | null;
  /** Only if the session's deadline has passed (checked on the locked row: a keepalive that committed first wins). */
  due?: boolean;
  /** Only if this holds of the locked row (e.g. a staging member not handed over meanwhile). */
  when?: (session: SessionRow) => boolean;
  /** Runs with the row locked; throwing rolls everything back (nothing is written, nothing published). */
  effect?: (session: SessionRow, tx: Db) => Promise<void>;
  patch?: MovePatch;
}

/** A change written in a transaction, to publish after its commit. */
export interface Change {
  session: SessionRow;
  transitionId: number;
}

/** What a hand-over writes on the claimed row besides the move (its new owner, its rules); see writeHandOver. */
export interface Claim {
  id: string;
  set: Partial<typeof sessions.$inferInsert>;
  to: SessionStatus;
  reason: string;
  patch: MovePatch;
}

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
  const oneAtATime = serialized();

  /** Runs a write (one at a time per session) and publishes the change it made, if any. */
  const publishing = (id: string, write: () => Promise<{ session: SessionRow; transitionId: number } | undefined>) =>
    oneAtATime(id, async () => {
      const change = await write();
      if (change) events.publish('sessionStatusChanged', change);
      return change?.session;
    });

  return {
    ...creations(db, events, oneAtATime),

    /**
     * Moves a session from one of `from` to `to` (with what else changes with it), writes the history row in the same
     * transaction, then publishes. Returns undefined, and changes nothing, when the session is in none of `from`.
     */
    move(
      id: string,
      from: readonly SessionStatus[],
      to: SessionStatus,
      reason: string | null = null,
      patch: MovePatch = {},
    ): Promise<SessionRow | undefined> {
      return publishing(id, () => writeMove(db, id, from, to, reason, patch));
    },

    /**
     * Locks the session's row, checks it is in one of `from` (and due, if asked), runs `effect`, then moves it, all in
     * one transaction: whoever else writes the row waits, then finds it moved (their conditional write does nothing).
     * Undefined, and nothing done, when the locked row does not qualify.
     */
    moveLocked(id: string, move: LockedMove): Promise<SessionRow | undefined> {
      return publishing(id, () => writeLocked(db, id, move));
    },

    /**
     * Pushes a RUNNING session's idle deadline to now + its idle timeout. Undefined when it is not RUNNING or its
     * deadline has passed already (the expiry is then due, and wins).
     */
    keepalive: (id: string): Promise<SessionRow | undefined> => oneAtATime(id, () => writeKeepalive(db, id)),

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
      return oneAtATime(id, () => writeRelocation(db, id, choose));
    },
  };
}

/** Sessions recorded: a launch, a staging member, a hand-over (see createTransitions for the ordering). */
function creations(db: Db, events: EventBus, oneAtATime: <T>(id: string, work: () => Promise<T>) => Promise<T>) {
  const createIf = async (prepare: (tx: Db, also: Change[]) => Promise<NewSession | null>): Promise<SessionRow | undefined> => {
    const also: Change[] = [];
    const change = await writeCreate(db, (tx) => prepare(tx, also));
    for (const moved of also) events.publish('sessionStatusChanged', moved);
    if (change) events.publish('sessionStatusChanged', change);
    return change?.session;
  };
  return {
    /**
     * Records a new session in REQUESTED with its first history row, in one transaction that `prepare` runs in first
     * (to place it and check limits under the same locks), then publishes it.
     */
    async create(prepare: (tx: Db, also: Change[]) => Promise<NewSession>): Promise<SessionRow> {
      return (await createIf(prepare))!;
    },

    /**
     * As create, but `prepare` may decide there is nothing to create (null: nothing written). The changes it pushes on
     * `also` (sessions it moved in the same transaction, e.g. staging members evicted) are published first.
     */
    createIf,

    /**
     * Gives a staging member to its owner: `claim` finds and locks one (or none: undefined) and says what to write, in
     * one transaction with the move and its history row; published after the commit, in order with this process's
     * other changes of the session.
     */
    async handOver(claim: (tx: Db) => Promise<Claim | undefined>): Promise<SessionRow | undefined> {
      const change = await writeHandOver(db, claim);
      if (!change) return undefined;
      return oneAtATime(change.session.id, async () => {
        events.publish('sessionStatusChanged', change);
        return change.session;
      });
    },
  };
}

/** Runs work one at a time per session id (in this process), in the order asked. */
function serialized() {
  const locks = new Map<string, Promise<unknown>>();
  return function oneAtATime<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = locks.get(id) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(work);
    locks.set(id, next);
    void next.finally(() => locks.get(id) === next && locks.delete(id)).catch(() => {});
    return next;
  };
}

/** The new session and its first history row, after `prepare` (in the same transaction); undefined if it says none. */
function writeCreate(db: Db, prepare: (tx: Db) => Promise<NewSession | null>) {
  return db.transaction(async (tx) => {
    const values = await prepare(tx);
    if (!values) return undefined;
    const [session] = await tx.insert(sessions).values(values).returning();
    const [step] = await tx
      .insert(sessionTransitions)
      .values({ sessionId: session!.id, status: 'REQUESTED' })
      .returning({ id: sessionTransitions.id });
    return { session: session!, transitionId: step!.id };
  });
}

/** A PROVISIONING session moved to the agent `choose` picks (under its lock, in the same transaction). */
function writeRelocation(db: Db, id: string, choose: (tx: Db) => Promise<Relocation>) {
  return db.transaction(async (tx) => {
    const { agentId, network } = await choose(tx);
    const [session] = await tx
      .update(sessions)
      .set({ agentId, network, updatedAt: sql`now()` })
      .where(and(eq(sessions.id, id), eq(sessions.status, 'PROVISIONING')))
      .returning();
    return session;
  });
}

/** The locked row checked, the effect, the move: one transaction. */
function writeLocked(db: Db, id: string, move: LockedMove) {
  return db.transaction(async (tx) => {
    const due = move.due ? and(isNotNull(sessions.expiresAt), lte(sessions.expiresAt, sql`now()`)) : undefined;
    const [locked] = await tx
      .select()
      .from(sessions)
      .where(and(eq(sessions.id, id), inArray(sessions.status, [...move.from]), due))
      .for('update');
    if (!locked || (move.when && !move.when(locked))) return undefined;
    await move.effect?.(locked, tx);
    return writeMove(tx, id, move.from, move.to, move.reason(locked), move.patch ?? {});
  });
}

/** The claimed member rewritten as its owner's and moved, in one transaction. */
function writeHandOver(db: Db, claim: (tx: Db) => Promise<Claim | undefined>) {
  return db.transaction(async (tx) => {
    const claimed = await claim(tx);
    if (!claimed) return undefined;
    await tx.update(sessions).set(claimed.set).where(eq(sessions.id, claimed.id));
    return writeMove(tx, claimed.id, ['RUNNING'], claimed.to, claimed.reason, claimed.patch);
  });
}

/** Moves sessions (e.g. evicted staging members) inside the caller's transaction, those matching `where` too; the changes. */
export async function moveInTx(
  tx: Db,
  ids: readonly string[],
  m: { from: readonly SessionStatus[]; to: SessionStatus; reason: string; where?: SQL },
) {
  const changes: Change[] = [];
  for (const id of ids) {
    const change = await writeMove(tx, id, m.from, m.to, m.reason, {}, m.where);
    if (change) changes.push(change);
  }
  return changes;
}

/** The idle deadline pushed, if the session is RUNNING and not due yet (re-checked after any lock wait). */
async function writeKeepalive(db: Db, id: string): Promise<SessionRow | undefined> {
  const [session] = await db
    .update(sessions)
    .set({ idleEndsAt: sql`now() + ${sessions.idleTimeoutSeconds} * interval '1 second'` })
    .where(and(eq(sessions.id, id), eq(sessions.status, 'RUNNING'), or(sql`${sessions.expiresAt} is null`, gt(sessions.expiresAt, sql`now()`))))
    .returning();
  return session;
}

/** The move and its history row, in one transaction; undefined when the session is in none of `from`. */
function writeMove(db: Db, id: string, from: readonly SessionStatus[], to: SessionStatus, reason: string | null, patch: MovePatch, where?: SQL) {
  return db.transaction(async (tx) => {
    const [session] = await tx
      .update(sessions)
      // A session is ready only while RUNNING (a resumed one is probed again); its deadlines run only while RUNNING.
      .set({
        status: to,
        previousStatus: sql`${sessions.status}`,
        statusReason: reason,
        updatedAt: sql`now()`,
        ...patch,
        ...(to === 'RUNNING' ? deadlinesFromNow : noDeadlines),
      })
      .where(and(eq(sessions.id, id), inArray(sessions.status, [...from]), where))
      .returning();
    if (!session) return undefined;
    const [step] = await tx.insert(sessionTransitions).values({ sessionId: id, status: to, reason }).returning({ id: sessionTransitions.id });
    return { session, transitionId: step!.id };
  });
}

/** Entering RUNNING (launched or resumed) starts both clocks; a rule without a value (null) sets no deadline. */
const deadlinesFromNow: { lifetimeEndsAt: SQL; idleEndsAt: SQL } = {
  lifetimeEndsAt: sql`now() + ${sessions.maxLifetimeSeconds} * interval '1 second'`,
  idleEndsAt: sql`now() + ${sessions.idleTimeoutSeconds} * interval '1 second'`,
};
const noDeadlines = { ready: false, lifetimeEndsAt: null, idleEndsAt: null };

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
