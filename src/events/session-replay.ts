import { and, asc, eq, gt, max, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { sessions, sessionTransitions, type SessionRow, type SessionTransitionRow } from '../db/schema.js';
import type { EventMap } from './topics.js';

export type SessionReplay = ReturnType<typeof createSessionReplay>;

/**
 * Session events across processes, replayed from session_transitions rather than taken from the notices: a notice
 * only says "session S changed", and the process hands on every transition of S it has not handed on yet, in id
 * order. So each transition reaches each process exactly once and in order, however notices are duplicated, merged
 * or overtake each other.
 */
export function createSessionReplay({
  db,
  publish,
  rememberedSessions = 50_000,
}: {
  db: Db;
  publish(change: EventMap['sessionStatusChanged']): void;
  /**
   * How many sessions' last transition handed on are kept; past that, the fifth that ended longest ago is forgotten
   * (a session that has not ended is never forgotten: its next transition must not replay its history).
   * @default 50_000
   */
  rememberedSessions?: number;
}) {
  const delivered = createLedger(rememberedSessions);
  /** The highest transition id handed on, of any session; the highest when the process began. */
  let since = 0;
  let bootId = 0;

  /** Transitions in id order, each with its session's row (read together: one query per notice, not two). */
  const transitions = (where: SQL | undefined) =>
    db
      .select({ step: sessionTransitions, session: sessions })
      .from(sessionTransitions)
      .innerJoin(sessions, eq(sessions.id, sessionTransitions.sessionId))
      .where(where)
      .orderBy(asc(sessionTransitions.id));
  // The query of every notice, prepared once: building it with drizzle was about half of what a notice cost (bench/fanout).
  const ofSession = transitions(
    and(eq(sessionTransitions.sessionId, sql.placeholder('sessionId')), gt(sessionTransitions.id, sql.placeholder('after'))),
  ).prepare('session_replay_catch_up');

  function deliver(rows: { step: SessionTransitionRow; session: SessionRow }[]) {
    for (const { step, session } of rows) {
      since = Math.max(since, step.id);
      const last = delivered.get(step.sessionId);
      // Handed on already; or, for a session first heard of now, from before this process listened.
      if (last === undefined ? step.id <= bootId : step.id <= last) continue;
      delivered.record(step);
      publish({ session: { ...session, status: step.status, statusReason: step.reason, updatedAt: step.at }, transitionId: step.id });
    }
  }

  return {
    /** Transitions written before this call are history: they are not replayed for sessions first heard of later. */
    async begin() {
      const [row] = await db.select({ id: max(sessionTransitions.id) }).from(sessionTransitions);
      bootId = Number(row?.id ?? 0);
      since = bootId;
    },

    /** Hands on what `sessionId` has not handed on yet. */
    async catchUp(sessionId: string) {
      deliver(await ofSession.execute({ sessionId, after: delivered.get(sessionId) ?? 0 }));
    },

    /**
     * After notices may have been lost (a reconnect): every transition after the last one handed on, and those of the
     * moments before `lostSince` too. Ids are taken at insert but transactions commit in any order, so a transition
     * can commit after a higher id of another session was handed on; what was handed on already is left out by session.
     */
    async missed(lostSince: Date) {
      deliver(await transitions(or(gt(sessionTransitions.id, since), gt(sessionTransitions.at, lostSince))));
    },
  };
}

/** The last transition handed on, per session. Past `remembered` sessions, the fifth that ended longest ago is forgotten. */
function createLedger(remembered: number) {
  const last = new Map<string, number>();
  /** Sessions whose last transition ended them (STOPPED, FAILED), oldest first: done with, so they may be forgotten. */
  const ended = new Set<string>();
  return {
    get: (sessionId: string) => last.get(sessionId),
    record({ sessionId, id, status }: SessionTransitionRow) {
      last.set(sessionId, id);
      if (status === 'STOPPED' || status === 'FAILED') ended.add(sessionId);
      else ended.delete(sessionId);
      if (last.size <= remembered) return;
      for (const forgotten of [...ended].slice(0, remembered / 5)) {
        ended.delete(forgotten);
        last.delete(forgotten);
      }
    },
  };
}
