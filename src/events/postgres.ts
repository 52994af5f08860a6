import { eq, gt, or } from 'drizzle-orm';
import postgres from 'postgres';
import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import { agents, networks, workspaces } from '../db/schema.js';
import { createLocalEventBus, type EventBus } from './bus.js';
import { createSessionReplay, type SessionReplay } from './session-replay.js';
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
  const replay = createSessionReplay({ db, publish: (change) => local.publish('sessionStatusChanged', change) });

  let lastNoticeAt = new Date();
  let listening = false;

  let handling = Promise.resolve();
  const inOrder = (work: () => Promise<void>) => {
    handling = handling.then(work).catch((error: unknown) => log.error({ err: error }, 'could not deliver an event'));
  };

  const relays = relaysOf(db, local, replay);

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
    await replay.missed(gap);
    for (const row of await db.select().from(networks).where(or(gt(networks.discoveredAt, gap), gt(networks.removedAt, gap))))
      local.publish(row.removedAt ? 'networkRemoved' : 'networkDiscovered', row);
    // Agents' state is re-announced whole: it also makes every cache built on events reload.
    for (const row of await db.select().from(agents)) local.publish('agentStatusChanged', row);
  }

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
      await replay.begin();
      subscription = await sql.listen(
        channel,
        (payload) => {
          let notice: Notice;
          try {
            notice = JSON.parse(payload) as Notice;
          } catch {
            // Not one of ours (someone else NOTIFYing on the channel): postgres.js would swallow the throw unlogged.
            return log.warn({ payload: payload.slice(0, 200) }, 'ignored a notice that is not JSON');
          }
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

/**
 * How each topic's events cross processes, as a table over every topic: a topic added to EventMap without a way
 * here is a compile error, not an event that silently stays in the process that published it.
 */
function relaysOf(db: Db, local: EventBus, replay: SessionReplay): Record<Topic, (id: string) => Promise<void>> {
  const byId =
    <T extends Topic>(topic: T, load: (id: string) => Promise<EventMap[T] | undefined>) =>
    async (id: string) => {
      const row = await load(id);
      if (row) local.publish(topic, row);
    };
  const first = <R>(rows: Promise<R[]>) => rows.then((r) => r[0]);
  return {
    sessionStatusChanged: (id) => replay.catchUp(id),
    networkDiscovered: byId('networkDiscovered', (id) => first(db.select().from(networks).where(eq(networks.id, id)))),
    networkRemoved: byId('networkRemoved', (id) => first(db.select().from(networks).where(eq(networks.id, id)))),
    agentStatusChanged: byId('agentStatusChanged', (id) => first(db.select().from(agents).where(eq(agents.id, id)))),
    agentRemoved: async (id) => local.publish('agentRemoved', { id }),
    apiKeyRevoked: async (id) => local.publish('apiKeyRevoked', { id }),
    signInRevoked: async (id) => local.publish('signInRevoked', { id }),
    userChanged: async (id) => local.publish('userChanged', { id }),
    groupChanged: async (id) => local.publish('groupChanged', { id }),
    workspaceChanged: byId('workspaceChanged', (id) => first(db.select().from(workspaces).where(eq(workspaces.id, id)))),
  };
}
