import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../auth/auth.service.js';
import type { Db } from '../db/client.js';
import { activeStatuses, sessions, sessionTransitions, workspaces, type SessionRow, type SessionStatus } from '../db/schema.js';
import { notFound } from '../errors.js';
import { assertId } from '../ids.js';

/** A launch in progress: placed, its container not yet running. */
export const launchingStatuses: readonly SessionStatus[] = ['REQUESTED', 'PROVISIONING', 'STARTING'];

export type SessionQueries = ReturnType<typeof createSessionQueries>;

/** Reads of sessions and their history; a USER sees only their own. */
export function createSessionQueries({ db }: { db: Db }) {
  const visible = (viewer: Viewer): SQL | undefined => (viewer.role === 'ADMIN' ? undefined : eq(sessions.owner, viewer.owner));

  async function get(viewer: Viewer, id: string): Promise<SessionRow | null> {
    assertId(id, 'session');
    const [row] = await db.select().from(sessions).where(and(eq(sessions.id, id), visible(viewer)));
    return row ?? null;
  }

  return {
    get,

    /** The session, or NOT_FOUND: someone else's session is as good as missing (its existence is not revealed). */
    async mustGet(viewer: Viewer, id: string): Promise<SessionRow> {
      const row = await get(viewer, id);
      if (!row) throw notFound('session', id);
      return row;
    },

    async list(viewer: Viewer, filter: { status?: readonly SessionStatus[] | null; workspaceId?: string | null }) {
      if (filter.workspaceId) assertId(filter.workspaceId, 'workspace');
      return db
        .select()
        .from(sessions)
        .where(
          and(
            visible(viewer),
            filter.status?.length ? inArray(sessions.status, [...filter.status]) : undefined,
            filter.workspaceId ? eq(sessions.workspaceId, filter.workspaceId) : undefined,
          ),
        )
        .orderBy(desc(sessions.createdAt), desc(sessions.id));
    },

    /** Sessions holding capacity on an agent, newest first. */
    activeOn: (agentId: string) =>
      db
        .select()
        .from(sessions)
        .where(and(eq(sessions.agentId, agentId), inArray(sessions.status, [...activeStatuses])))
        .orderBy(desc(sessions.createdAt)),

    /** RUNNING sessions with a connect port that are not ready and not known to be unable to be (no statusReason). */
    unready: async (): Promise<SessionRow[]> =>
      (
        await db
          .select({ session: sessions })
          .from(sessions)
          .innerJoin(workspaces, eq(workspaces.id, sessions.workspaceId))
          .where(and(eq(sessions.status, 'RUNNING'), eq(sessions.ready, false), isNull(sessions.statusReason), isNotNull(workspaces.connect)))
      ).map((r) => r.session),

    /** Launches not finished yet, in any process. */
    launching: () => db.select().from(sessions).where(inArray(sessions.status, [...launchingStatuses])),

    /** Any session, whoever owns it: for the domain's own bookkeeping, never for a viewer. */
    async byId(id: string): Promise<SessionRow | undefined> {
      return (await db.select().from(sessions).where(eq(sessions.id, id)))[0];
    },

    async byIdempotencyKey(owner: string, key: string): Promise<SessionRow | undefined> {
      return (await db.select().from(sessions).where(and(eq(sessions.owner, owner), eq(sessions.idempotencyKey, key))))[0];
    },

    /** The moves between statuses, in order (the flips of `ready` are events, not history). */
    history: (sessionId: string) =>
      db
        .select()
        .from(sessionTransitions)
        .where(and(eq(sessionTransitions.sessionId, sessionId), eq(sessionTransitions.kind, 'status')))
        .orderBy(asc(sessionTransitions.id)),
  };
}

/** Active sessions `owner` holds, counted in `tx` so that the count and what is decided on it agree. */
export async function countActiveSessions(tx: Db, owner: string): Promise<number> {
  const [held] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(sessions)
    .where(and(eq(sessions.owner, owner), inArray(sessions.status, [...activeStatuses])));
  return Number(held?.count ?? 0);
}
