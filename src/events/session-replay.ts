import { and, asc, eq, gt, inArray, max } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { sessions, sessionTransitions, type SessionTransitionRow } from '../db/schema.js';
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
   * How many sessions' last transition handed on are kept; past that, the oldest fifth is forgotten.
   * @default 50_000
   */
  rememberedSessions?: number;
}) {
  /** Highest transition id handed on, per session; `since`, overall; `bootId`, the highest when the process began. */
  const delivered = new Map<string, number>();
  let since = 0;
  let bootId = 0;

  async function deliver(rows: SessionTransitionRow[]) {
    if (rows.length === 0) return;
    const ids = [...new Set(rows.map((r) => r.sessionId))];
    const current = await db.select().from(sessions).where(inArray(sessions.id, ids));
    for (const step of rows) {
      since = Math.max(since, step.id);
      if (step.id <= (delivered.get(step.sessionId) ?? 0)) continue;
      delivered.set(step.sessionId, step.id);
      const session = current.find((s) => s.id === step.sessionId);
      if (session)
        publish({ session: { ...session, status: step.status, statusReason: step.reason, updatedAt: step.at }, transitionId: step.id });
    }
    // Ended sessions are done with; forget the oldest once there are many.
    if (delivered.size > rememberedSessions)
      for (const key of [...delivered.keys()].slice(0, rememberedSessions / 5)) delivered.delete(key);
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
      const after = delivered.get(sessionId) ?? 0;
      const rows = await db
        .select()
        .from(sessionTransitions)
        .where(and(eq(sessionTransitions.sessionId, sessionId), gt(sessionTransitions.id, after)))
        .orderBy(asc(sessionTransitions.id));
      // A session first heard of now may have older transitions from before this process listened: skip those.
      await deliver(delivered.has(sessionId) ? rows : rows.filter((r) => r.id > bootId));
    },

    /** After notices may have been lost (a reconnect): every transition since the last one handed on. */
    async missed() {
      await deliver(await db.select().from(sessionTransitions).where(gt(sessionTransitions.id, since)).orderBy(asc(sessionTransitions.id)));
    },
  };
}
