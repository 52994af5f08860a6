import { and, asc, eq, gt, inArray, or } from 'drizzle-orm';
import postgres from 'postgres';
import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import { agents, networks, sessions, sessionTransitions, workspaces, type SessionTransitionRow } from '../db/schema.js';
import { createLocalEventBus, type EventBus } from './bus.js';
import type { EventMap, Topic } from './topics.js';

const channel = 'enclave_events';

/** What crosses processes: the topic and ids, never rows (NOTIFY payloads are limited to 8000 bytes). */
interface Notice {
  t: Topic;
  id: string;
}

/**
 * The event bus across Enclave processes sharing one Postgres. publish() sends a NOTIFY carrying ids; every process
 * (the publisher too) LISTENs on one dedicated connection, reads the rows and hands them to its local subscribers.
 * Session events are replayed from session_transitions, so each transition reaches each process exactly once and in
 * order, even if notices overtake each other; after a lost connection the process catches up on what it missed.
 */
export function createPostgresEventBus({ url, db, log }: { url: string; db: Db; log: Logger }): EventBus {
  const local = createLocalEventBus();
  const sql = postgres(url, { max: 2, onnotice: () => {} });

  /** Highest transition id handed to subscribers, per session and overall. */
  const delivered = new Map<string, number>();
  let since = 0;
  let lastNoticeAt = new Date();
  let listening = false;

  let handling = Promise.resolve();
  const inOrder = (work: () => Promise<void>) => {
    handling = handling.then(work).catch((error: unknown) => log.error({ err: error }, 'could not deliver an event'));
  };

  async function deliverTransitions(rows: SessionTransitionRow[]) {
    if (rows.length === 0) return;
    const ids = [...new Set(rows.map((r) => r.sessionId))];
    const current = await db.select().from(sessions).where(inArray(sessions.id, ids));
    for (const step of rows) {
      since = Math.max(since, step.id);
      if (step.id <= (delivered.get(step.sessionId) ?? 0)) continue;
      delivered.set(step.sessionId, step.id);
      const session = current.find((s) => s.id === step.sessionId);
      if (session)
        local.publish('sessionStatusChanged', {
          session: { ...session, status: step.status, statusReason: step.reason, updatedAt: step.at },
          transitionId: step.id,
        });
    }
    // Ended sessions are done with; forget the oldest once there are many.
    if (delivered.size > 50_000) for (const key of [...delivered.keys()].slice(0, 10_000)) delivered.delete(key);
  }

  async function catchUpSession(sessionId: string) {
    const after = Math.max(delivered.get(sessionId) ?? 0, 0);
    const rows = await db
      .select()
      .from(sessionTransitions)
      .where(and(eq(sessionTransitions.sessionId, sessionId), gt(sessionTransitions.id, after)))
      .orderBy(asc(sessionTransitions.id));
    // A session first heard of now may have older transitions from before this process listened: skip those.
    await deliverTransitions(delivered.has(sessionId) ? rows : rows.filter((r) => r.id > bootId));
  }

  const byId =
    <T extends Topic>(topic: T, load: (id: string) => Promise<EventMap[T] | undefined>) =>
    async (id: string) => {
      const row = await load(id);
      if (row) local.publish(topic, row);
    };
  const first = <R>(rows: Promise<R[]>) => rows.then((r) => r[0]);
  /**
   * How each topic's events cross processes, as a table over every topic: a topic added to EventMap without a way
   * here is a compile error, not an event that silently stays in the process that published it.
   */
  const relays: Record<Topic, (id: string) => Promise<void>> = {
    sessionStatusChanged: catchUpSession,
    networkDiscovered: byId('networkDiscovered', (id) => first(db.select().from(networks).where(eq(networks.id, id)))),
    networkRemoved: byId('networkRemoved', (id) => first(db.select().from(networks).where(eq(networks.id, id)))),
    agentStatusChanged: byId('agentStatusChanged', (id) => first(db.select().from(agents).where(eq(agents.id, id)))),
    agentRemoved: async (id) => local.publish('agentRemoved', { id }),
    workspaceChanged: byId('workspaceChanged', (id) => first(db.select().from(workspaces).where(eq(workspaces.id, id)))),
  };

  async function handle({ t, id }: Notice): Promise<void> {
    lastNoticeAt = new Date();
    const relay = relays[t];
    // A notice from a process of another version, with a topic this one does not know.
    if (!relay) return log.warn({ topic: t }, 'ignored an event of an unknown topic');
    await relay(id);
  }

  /** After a lost connection: what may have been missed is sent again, from the tables. */
  async function resync() {
    const gap = new Date(lastNoticeAt.getTime() - 5_000);
    log.warn({ since: gap }, 'event listener reconnected; resyncing');
    await deliverTransitions(
      await db.select().from(sessionTransitions).where(gt(sessionTransitions.id, since)).orderBy(asc(sessionTransitions.id)),
    );
    for (const row of await db.select().from(networks).where(or(gt(networks.discoveredAt, gap), gt(networks.removedAt, gap))))
      local.publish(row.removedAt ? 'networkRemoved' : 'networkDiscovered', row);
    // Agents' state is re-announced whole: it also makes every cache built on events reload.
    for (const row of await db.select().from(agents)) local.publish('agentStatusChanged', row);
  }

  let bootId = 0;
  let subscription: { unlisten(): Promise<void> } | undefined;

  let sending = Promise.resolve();
  return {
    publish<T extends Topic>(topic: T, payload: EventMap[T]) {
      const id = 'session' in payload ? payload.session.id : payload.id;
      const notice: Notice = { t: topic, id };
      // One at a time, so that this process's notices leave in the order they were published.
      sending = sending
        .then(async () => void (await sql.notify(channel, JSON.stringify(notice))))
        .catch((error: unknown) => log.error({ err: error, topic }, 'could not publish an event'));
    },
    subscribe: local.subscribe,
    async start() {
      const [{ max } = { max: null }] = await sql<{ max: string | null }[]>`select max(id)::text as max from session_transitions`;
      bootId = Number(max ?? 0);
      since = bootId;
      subscription = await sql.listen(
        channel,
        (payload) => {
          const notice = JSON.parse(payload) as Notice;
          inOrder(() => handle(notice));
        },
        () => {
          // Called on every (re)connect of the listening connection.
          if (listening) inOrder(resync);
          listening = true;
        },
      );
    },
    async close() {
      await sending;
      await subscription?.unlisten().catch(() => {});
      await handling;
      await local.close();
      await sql.end({ timeout: 5 });
    },
  };
}
