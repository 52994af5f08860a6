// The Postgres event bus against a fresh database on the local Postgres. Rows are written and notices sent with plain
// SQL (as another process would), so that notices can be duplicated, reordered, sent ahead of their commit or lost.
import { eq } from 'drizzle-orm';
import { pino } from 'pino';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/harness/database.js';
import { openDatabase, type Database } from '../db/client.js';
import { agents, networks, sessions, workspaces } from '../db/schema.js';
import type { EventBus } from './bus.js';
import { createPostgresEventBus } from './postgres.js';
import type { EventMap, Topic } from './topics.js';

type SessionEvent = EventMap['sessionStatusChanged'];
interface Shared {
  testDatabase: TestDatabase;
  database: Database;
  /** The test's own connections: what "another process" writes and notifies with. */
  sql: postgres.Sql;
  workspaceId: string;
}

/** A fresh database for the file, with one workspace; the buses a test starts are closed after it. */
function useBuses() {
  const t = {} as Shared;
  const buses: EventBus[] = [];
  beforeAll(async () => {
    t.testDatabase = await createTestDatabase('postgres');
    t.database = await openDatabase({ url: t.testDatabase.url });
    await t.database.migrate();
    t.sql = postgres(t.testDatabase.url!, { max: 2, onnotice: () => {} });
    const [workspace] = await t.database.db.insert(workspaces).values({ name: 'w', image: 'busybox' }).returning();
    t.workspaceId = workspace!.id;
  });
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((bus) => bus.close()));
  });
  afterAll(async () => {
    await t.sql?.end();
    await t.database?.close();
    await t.testDatabase?.drop();
  });
  /** A started bus (a "process"), with what its subscribers got and what it logged. */
  async function startBus() {
    const lines: { msg: string; topic?: string }[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const bus = createPostgresEventBus({ url: t.testDatabase.url!, db: t.database.db, log });
    buses.push(bus);
    const seen = <T extends Topic>(topic: T) => {
      const events: EventMap[T][] = [];
      void (async () => {
        for await (const event of bus.subscribe(topic)) events.push(event);
      })();
      return events;
    };
    const sessionEvents = seen('sessionStatusChanged');
    await bus.start();
    return { bus, lines, seen, sessionEvents };
  }
  return { t, startBus };
}

/** Writes and notices as another process makes them. */
function writer(t: Shared) {
  const newSession = async () =>
    (await t.sql<{ id: string }[]>`insert into sessions (workspace_id, owner, cores, memory_mb) values (${t.workspaceId}, 'alice', 1, 64) returning id`)[0]!.id;
  const transition = async (session: string, status: string, db: postgres.Sql | postgres.TransactionSql = t.sql) =>
    Number((await db<{ id: string }[]>`insert into session_transitions (session_id, status) values (${session}, ${status}) returning id`)[0]!.id);
  /** A notice as publish() sends it; each call is its own transaction (Postgres folds identical notices of one). */
  const notify = async (topic: string, id: string) =>
    void (await t.sql`select pg_notify('enclave_events', ${JSON.stringify({ t: topic, id })})`);
  return {
    newSession,
    transition,
    notify,
    /**
     * Resolves once the bus that `events` come from has handled every notice sent before: notices are handled one at
     * a time, in the order they were committed, so a new session's transition being delivered means the earlier ones
     * are done with. With `publisher`, the marker's notice goes out through that bus, after those it has yet to send.
     */
    async settled(events: SessionEvent[], publisher?: EventBus) {
      const marker = await newSession();
      const id = await transition(marker, 'REQUESTED');
      if (publisher) {
        const [session] = await t.database.db.select().from(sessions).where(eq(sessions.id, marker));
        publisher.publish('sessionStatusChanged', { session: session!, transitionId: id });
      } else await notify('sessionStatusChanged', marker);
      await expect.poll(() => idsOf(events, marker), { interval: 5 }).toEqual([id]);
    },
    /** Ends the bus's LISTEN connection as a network failure would; postgres.js reconnects it and listens again. */
    async reconnect(lines: { msg: string }[]) {
      await t.sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen%'`;
      await expect.poll(() => lines.map((l) => l.msg), { timeout: 10_000 }).toContain('event listener reconnected; resyncing');
    },
  };
}

const idsOf = (events: SessionEvent[], session: string) => events.filter((e) => e.session.id === session).map((e) => e.transitionId);
const { t, startBus } = useBuses();
const { newSession, transition, notify, settled, reconnect } = writer(t);

describe('Postgres bus: session transitions', () => {
  it('delivers a burst of transitions once each, in order per session, though its notices are duplicated and shuffled', async () => {
    const { sessionEvents } = await startBus();
    const [a, b] = [await newSession(), await newSession()];
    const burst = await t.sql.begin(async (tx) => {
      const ids: Record<string, number[]> = { [a]: [], [b]: [] };
      for (const [session, status] of [[a, 'REQUESTED'], [b, 'REQUESTED'], [a, 'PROVISIONING'], [a, 'STARTING'], [b, 'FAILED']] as const)
        ids[session]!.push(await transition(session, status, tx));
      return ids;
    });
    for (const session of [b, a, b, a, a]) await notify('sessionStatusChanged', session);
    await settled(sessionEvents);
    expect(idsOf(sessionEvents, a)).toEqual(burst[a]);
    expect(idsOf(sessionEvents, b)).toEqual(burst[b]);
    // each event carries the session as it was at that transition
    expect(sessionEvents.filter((e) => e.session.id === a).map((e) => e.session.status)).toEqual(['REQUESTED', 'PROVISIONING', 'STARTING']);
  });

  it('delivers nothing for a notice that overtakes its commit, and the transition once with a later notice', async () => {
    const { sessionEvents } = await startBus();
    const session = await newSession();
    const first = await transition(session, 'REQUESTED');
    const writer = await t.sql.reserve();
    try {
      await writer`begin`;
      const second = await transition(session, 'PROVISIONING', writer);
      await notify('sessionStatusChanged', session); // ahead of the commit: the bus reads only `first`
      await settled(sessionEvents);
      expect(idsOf(sessionEvents, session)).toEqual([first]);
      await writer`commit`;
      await notify('sessionStatusChanged', session);
      await notify('sessionStatusChanged', session);
      await settled(sessionEvents);
      expect(idsOf(sessionEvents, session)).toEqual([first, second]);
    } finally {
      writer.release();
    }
  });

  it('skips the transitions from before it started of a session it first hears of, and delivers the later ones', async () => {
    const session = await newSession();
    await transition(session, 'REQUESTED');
    await transition(session, 'PROVISIONING');
    const { sessionEvents } = await startBus();
    await notify('sessionStatusChanged', session);
    await settled(sessionEvents);
    expect(idsOf(sessionEvents, session)).toEqual([]);
    const later = await transition(session, 'STARTING');
    await notify('sessionStatusChanged', session);
    await settled(sessionEvents);
    expect(idsOf(sessionEvents, session)).toEqual([later]);
  });
});

describe('Postgres bus: other topics', () => {
  it('ignores a notice of a topic it does not know, with a log line, and goes on', async () => {
    const { lines, sessionEvents } = await startBus();
    await notify('sessionExploded', 'x');
    await settled(sessionEvents);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'ignored an event of an unknown topic', topic: 'sessionExploded' }));
  });

  it.for(['agentStatusChanged', 'networkDiscovered', 'networkRemoved', 'workspaceChanged'] as const)(
    'delivers the current row for a %s notice',
    async (topic) => {
      const { seen, sessionEvents } = await startBus();
      const events = seen(topic);
      const [agent] = await t.database.db.insert(agents).values({ name: `agent-${topic}`, endpoint: 'unix:///a.sock' }).returning();
      const [network] = await t.database.db.insert(networks).values({ agentId: agent!.id, dockerId: topic, name: 'n', driver: 'bridge' }).returning();
      // What the notice reports, committed before it is sent: the bus hands on the row as it is now.
      await t.sql`update agents set status = 'ONLINE' where id = ${agent!.id}`;
      await t.sql`update networks set removed_at = now() where id = ${network!.id} and ${topic === 'networkRemoved'}`;
      await t.sql`update workspaces set image = ${topic} where id = ${t.workspaceId}`;
      const table = { agentStatusChanged: agents, networkDiscovered: networks, networkRemoved: networks, workspaceChanged: workspaces }[topic];
      const id = { agentStatusChanged: agent!.id, networkDiscovered: network!.id, networkRemoved: network!.id, workspaceChanged: t.workspaceId }[topic];
      const [row] = await t.database.db.select().from(table).where(eq(table.id, id));
      await notify(topic, id);
      await notify(topic, '00000000-0000-4000-8000-000000000000'); // no such row: nothing
      await settled(sessionEvents);
      expect(events).toEqual([row]);
      expect(events[0]).toMatchObject(
        topic === 'agentStatusChanged' ? { status: 'ONLINE' } : topic === 'workspaceChanged' ? { image: topic } : { id },
      );
    },
  );

  it('delivers an agentRemoved notice as the id alone', async () => {
    const { seen, sessionEvents } = await startBus();
    const removed = seen('agentRemoved');
    await notify('agentRemoved', 'gone');
    await settled(sessionEvents);
    expect(removed).toEqual([{ id: 'gone' }]);
  });
});

describe('Postgres bus: reconnects', () => {
  it('after a reconnect, delivers once and in order the transitions whose notices were lost, and re-announces agents', async () => {
    const { lines, seen, sessionEvents } = await startBus();
    const agentEvents = seen('agentStatusChanged');
    const session = await newSession();
    const first = await transition(session, 'REQUESTED');
    await notify('sessionStatusChanged', session);
    await settled(sessionEvents);
    const missed = [await transition(session, 'PROVISIONING'), await transition(session, 'STARTING')]; // no notices
    await reconnect(lines);
    await settled(sessionEvents);
    expect(idsOf(sessionEvents, session)).toEqual([first, ...missed]);
    const everyAgent = await t.database.db.select().from(agents);
    await expect.poll(() => agentEvents.map((a) => a.id).sort()).toEqual(everyAgent.map((a) => a.id).sort());
    await notify('sessionStatusChanged', session);
    await settled(sessionEvents);
    expect(idsOf(sessionEvents, session)).toEqual([first, ...missed]);
  });

  // Ids are taken at insert and committed in any order across sessions: a transition committed after a higher one of
  // another session was delivered, whose notice is lost with the connection, is below `since`; the resync must still
  // deliver it (not only with that session's next notice, if there is one).
  it('after a reconnect, also delivers a lost transition committed after a later one of another session', async () => {
    const { lines, sessionEvents } = await startBus();
    const [slow, fast] = [await newSession(), await newSession()];
    const writer = await t.sql.reserve();
    try {
      await writer`begin`;
      const early = await transition(slow, 'REQUESTED', writer); // takes its id first...
      await transition(fast, 'REQUESTED');
      await notify('sessionStatusChanged', fast);
      await settled(sessionEvents); // ...commits after a later id was delivered...
      await writer`commit`; // ...and its notice is lost with the connection
      await reconnect(lines);
      await settled(sessionEvents);
      expect(idsOf(sessionEvents, slow)).toEqual([early]);
    } finally {
      writer.release();
    }
  });
});

describe('Postgres bus: two processes', () => {
  it('delivers every transition once, in order, to each of two buses on one database', async () => {
    const processes = [await startBus(), await startBus()];
    const session = await newSession();
    const [row] = await t.database.db.select().from(sessions).where(eq(sessions.id, session));
    const ids: number[] = [];
    for (const status of ['REQUESTED', 'PROVISIONING', 'STARTING', 'RUNNING'] as const) {
      ids.push(await transition(session, status));
      // as transitions.ts would after its commit, through the first bus; and a stray duplicate
      processes[0]!.bus.publish('sessionStatusChanged', { session: row!, transitionId: ids.at(-1)! });
      await notify('sessionStatusChanged', session);
    }
    for (const { sessionEvents } of processes) {
      await settled(sessionEvents, processes[0]!.bus);
      expect(idsOf(sessionEvents, session)).toEqual(ids);
    }
  });

  it('delivers what one bus publishes to every bus, itself included, as the row read back', async () => {
    const processes = [await startBus(), await startBus()];
    const received = processes.map(({ seen }) => seen('workspaceChanged'));
    const [row] = await t.database.db.select().from(workspaces);
    processes[1]!.bus.publish('workspaceChanged', { ...row!, image: 'not what was committed' });
    for (const [i, { sessionEvents }] of processes.entries()) {
      await settled(sessionEvents, processes[1]!.bus);
      expect(received[i]).toEqual([row]);
    }
  });
});
