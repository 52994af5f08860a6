import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import { sessions, type SessionRow } from '../db/schema.js';
import type { EventBus } from '../events/bus.js';

export interface ExpiryDeps {
  db: Db;
  events: EventBus;
  /** Applies the session's expiration action if it is due on its locked row; false when it was not. */
  expire(session: SessionRow): Promise<boolean>;
  log: Logger;
  /** The longest sleep between two looks at the deadlines (agents taken over, deadlines set by other processes). */
  maxWaitMs?: number;
  /** How long a session whose action failed (its agent did not answer) waits before the next try. */
  retryMs?: number;
}

export type ExpiryScheduler = ReturnType<typeof createExpiryScheduler>;

const batch = 200;

/**
 * Applies lifetime rules at their deadlines, for the sessions of the agents this process watches (so, across
 * processes, once per agent). One timer per process, set for the earliest deadline of an indexed query
 * (sessions_expires_at), never a timer or a poll per session; a newly RUNNING session with an earlier deadline moves
 * the timer up. Deadlines that passed while Enclave was down are due at the first look. Whether a session is due is
 * decided again on its locked row, in the database's clock, so an early wake or a keepalive that won acts on nothing.
 */
export function createExpiryScheduler(deps: ExpiryDeps) {
  const { db, events, log, maxWaitMs = 15_000, retryMs = 5_000 } = deps;
  const limit = pLimit(4);
  /** Sessions whose action failed, not to be tried again before then (ms, this process's clock). */
  const notBefore = new Map<string, number>();
  let watched: () => readonly string[] = () => [];
  let timer: NodeJS.Timeout | undefined;
  let wakeAt = Infinity;
  let looking: Promise<void> | undefined;
  /** A look was asked for while one ran: it may have read too early. */
  let again = false;
  let stopped = true;
  let feed: AsyncIterableIterator<{ session: SessionRow }> | undefined;

  function arm(at: number) {
    if (stopped || at >= wakeAt) return;
    clearTimeout(timer);
    wakeAt = at;
    timer = setTimeout(
      () => {
        wakeAt = Infinity;
        void look();
      },
      Math.max(0, at - Date.now()),
    );
  }

  /** Acts on every due session (in batches), then sleeps until the next deadline. */
  function look(): Promise<void> {
    if (looking) {
      again = true;
      return looking;
    }
    clearTimeout(timer);
    wakeAt = Infinity;
    looking = lookOnce()
      .catch((error: unknown) => {
        log.error({ err: error }, 'looking at session deadlines failed');
        return Date.now() + retryMs;
      })
      .then((next) => {
        looking = undefined;
        if (!again) return arm(Math.min(next, Date.now() + maxWaitMs));
        again = false;
        return look();
      });
    return looking;
  }

  /** One round: when to look next (ms, this process's clock). */
  async function lookOnce(): Promise<number> {
    for (;;) {
      const agentIds = watched();
      if (agentIds.length === 0) return Infinity;
      const round = await dueRound(db, agentIds, notBefore);
      await Promise.all(round.due.map((session) => limit(() => applyExpiry(deps, notBefore, session))));
      if (round.due.length < batch) return Math.min(round.next, ...notBefore.values(), Date.now() + maxWaitMs);
    }
  }

  return {
    /** Starts looking, for the agents `watchedAgents` names at each look (and right away). */
    start(watchedAgents: () => readonly string[]) {
      watched = watchedAgents;
      stopped = false;
      feed = events.subscribe('sessionStatusChanged');
      void followDeadlines(feed, watched, notBefore, arm).catch((error: unknown) => log.error({ err: error }, 'following session deadlines failed'));
      return look();
    },
    /** Looks now (e.g. an agent was taken over). */
    look,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await feed?.return?.();
      await looking;
    },
  };
}

/** The earliest deadlines of the agents' RUNNING sessions: those due now (and not waiting for a retry), and the next. */
async function dueRound(db: Db, agentIds: readonly string[], notBefore: ReadonlyMap<string, number>) {
  const rows = await db
    .select({ session: sessions, now: sql<string>`now()` })
    .from(sessions)
    .where(and(eq(sessions.status, 'RUNNING'), isNotNull(sessions.expiresAt), inArray(sessions.agentId, [...agentIds])))
    .orderBy(asc(sessions.expiresAt))
    .limit(batch);
  // The database's clock decides; this process only sleeps by its own.
  const skew = rows.length > 0 ? Date.now() - new Date(rows[0]!.now).getTime() : 0;
  const now = Date.now();
  const at = (session: SessionRow) => session.expiresAt!.getTime() + skew;
  const due = rows.map((r) => r.session).filter((session) => at(session) <= now && (notBefore.get(session.id) ?? 0) <= now);
  const next = rows.map((r) => at(r.session)).find((t) => t > now) ?? Infinity;
  return { due, next };
}

/** One session's action; a failure is tried again after `retryMs`. */
async function applyExpiry({ expire, log, retryMs = 5_000 }: ExpiryDeps, notBefore: Map<string, number>, session: SessionRow) {
  try {
    const applied = await expire(session);
    notBefore.delete(session.id);
    if (applied) log.info({ session: session.id, action: session.expirationAction }, 'session expired');
    // Not due on its locked row after all (kept alive, or clocks apart): the next look reads its new deadline.
    else notBefore.set(session.id, Date.now() + 1_000);
  } catch (error) {
    notBefore.set(session.id, Date.now() + retryMs);
    log.warn({ session: session.id, err: error }, 'could not apply the expiration action; trying again');
  }
}

/** Newly RUNNING sessions of watched agents move the timer up to their deadline. */
async function followDeadlines(
  subscription: AsyncIterableIterator<{ session: SessionRow }>,
  watched: () => readonly string[],
  notBefore: Map<string, number>,
  arm: (at: number) => void,
) {
  for await (const { session } of subscription) {
    if (session.status !== 'RUNNING') notBefore.delete(session.id);
    else if (session.expiresAt && session.agentId && watched().includes(session.agentId)) arm(new Date(session.expiresAt).getTime());
  }
}
