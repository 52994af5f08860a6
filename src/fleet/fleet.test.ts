// The fleet's cache on PGlite: loaded once, reloaded after any event that changes it, and a load overlapped by a
// change not kept. The fleet reads through a client that can hold query results: each query runs when it is issued
// (so it reads the rows as they are then) but its rows reach the fleet only when the test lets them go, which makes
// "a change committed and announced during a load" happen for certain.
import type { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { drizzle, type PgliteDatabase } from 'drizzle-orm/pglite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Db } from '../db/client.js';
import * as schema from '../db/schema.js';
import { agents, networks, sessions, workspaces } from '../db/schema.js';
import { createLocalEventBus, type EventBus } from '../events/bus.js';
import { createFleet, fleetTopics, type Fleet, type FleetTopic } from './fleet.js';

/** A drizzle database over `pglite` whose query results can be held back, and which counts the fleet's loads. */
function holdingDb(pglite: PGlite) {
  let gate: { released: Promise<void>; release(): void } | undefined;
  let failure: Error | undefined;
  const state = { loads: 0 };
  const client = new Proxy(pglite, {
    get(target, property) {
      if (property !== 'query') {
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' && property !== 'constructor' ? value.bind(target) : value;
      }
      return async (...args: Parameters<PGlite['query']>) => {
        const result = await target.query(...args);
        if (/from "workspaces"/.test(args[0])) state.loads++; // one per load
        await gate?.released;
        if (failure) throw failure;
        return result;
      };
    },
  });
  return {
    db: drizzle(client, { schema }) as Db,
    state,
    hold() {
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      gate = { released, release };
    },
    release() {
      gate?.release();
      gate = undefined;
    },
    /** Makes queries fail (after running) until called with undefined. */
    fail(error: Error | undefined) {
      failure = error;
    },
  };
}

/** One database for the file (PGlite takes seconds to start); each test gets a fresh bus, and a fleet over it. */
function useFleet() {
  const t = {} as { database: Database; events: EventBus; holding: ReturnType<typeof holdingDb>; fleet: Fleet };
  let announce: Record<FleetTopic, () => void>;
  let workspaceId: string;
  beforeAll(async () => {
    t.database = await openDatabase({ dataDir: 'memory://' });
    await t.database.migrate();
    const { db } = t.database;
    const [workspace] = await db.insert(workspaces).values({ name: 'w', image: 'busybox' }).returning();
    const [agent] = await db.insert(agents).values({ name: 'a', endpoint: 'unix:///a.sock', daemonCores: 4 }).returning();
    const [network] = await db.insert(networks).values({ agentId: agent!.id, dockerId: 'd1', name: 'n', driver: 'bridge' }).returning();
    const [session] = await db
      .insert(sessions)
      .values({ workspaceId: workspace!.id, owner: 'alice', cores: 1, memoryMb: 64, agentId: agent!.id })
      .returning();
    workspaceId = workspace!.id;
    // What each topic's event carries does not matter to the fleet: any of them means "reload".
    announce = {
      agentStatusChanged: () => t.events.publish('agentStatusChanged', agent!),
      agentRemoved: () => t.events.publish('agentRemoved', { id: agent!.id }),
      networkDiscovered: () => t.events.publish('networkDiscovered', network!),
      networkRemoved: () => t.events.publish('networkRemoved', network!),
      sessionStatusChanged: () => t.events.publish('sessionStatusChanged', { session: session!, transitionId: 1 }),
      workspaceChanged: () => t.events.publish('workspaceChanged', workspace!),
    };
  });
  afterAll(() => t.database?.close());
  beforeEach(async () => {
    await t.database.db.update(workspaces).set({ image: 'busybox' }).where(eq(workspaces.id, workspaceId));
    t.events = createLocalEventBus();
    t.holding = holdingDb((t.database.db as PgliteDatabase<typeof schema> & { $client: PGlite }).$client);
    t.fleet = createFleet({ db: t.holding.db, events: t.events });
  });
  afterEach(async () => {
    t.holding.release();
    await t.fleet.close();
    await t.events.close();
  });
  return {
    t,
    /** A write, then `topic`'s event (and, unless `seen` is false, until the fleet has seen it. */
    async change(image: string, topic: FleetTopic = 'workspaceChanged', { seen = true } = {}) {
      const before = t.fleet.version();
      await t.database.db.update(workspaces).set({ image }).where(eq(workspaces.id, workspaceId));
      announce[topic]();
      if (seen) await expect.poll(t.fleet.version).toBe(before + 1);
    },
  };
}

const image = (snapshot: Awaited<ReturnType<Fleet['snapshot']>>) => snapshot.workspaces[0]?.image;
const topics = fleetTopics;
const { t, change } = useFleet();

describe('fleet: reads', () => {
  it('loads the snapshot once and serves every later read, concurrent ones too, from it', async () => {
    const [first, concurrent] = await Promise.all([t.fleet.snapshot(), t.fleet.snapshot()]);
    expect(concurrent).toBe(first);
    expect(await t.fleet.snapshot()).toBe(first);
    expect(t.holding.state.loads).toBe(1);
    expect(first.agents).toMatchObject([{ name: 'a', cores: 4, usedCores: 1, sessionCount: 1, networks: new Set(['n']) }]);
    expect(first.workspaces).toMatchObject([{ name: 'w', image: 'busybox' }]);
  });

  it.for(topics)('an event of %s bumps version() and makes the next read reload', async (topic) => {
    const first = await t.fleet.snapshot();
    const version = t.fleet.version();
    await change(`after-${topic}`, topic);
    expect(t.fleet.version()).toBe(version + 1);
    const next = await t.fleet.snapshot();
    expect(next).not.toBe(first);
    expect(image(next)).toBe(`after-${topic}`);
    expect(t.holding.state.loads).toBe(2);
    expect(await t.fleet.snapshot()).toBe(next);
  });

  it('tells each onChange listener the topic, until it unsubscribes', async () => {
    const heard: FleetTopic[] = [];
    const unheard: FleetTopic[] = [];
    t.fleet.onChange((topic) => heard.push(topic));
    const unsubscribe = t.fleet.onChange((topic) => unheard.push(topic));
    await change('one', 'networkDiscovered');
    unsubscribe();
    await change('two', 'agentRemoved');
    expect(heard).toEqual(['networkDiscovered', 'agentRemoved']);
    expect(unheard).toEqual(['networkDiscovered']);
  });

  it('does not keep a load that failed: the next read loads again', async () => {
    t.holding.fail(new Error('connection lost'));
    await expect(t.fleet.snapshot()).rejects.toMatchObject({ cause: { message: 'connection lost' } });
    t.holding.fail(undefined);
    expect(image(await t.fleet.snapshot())).toBe('busybox');
    expect(t.holding.state.loads).toBe(2);
  });

  it('stops following events once closed', async () => {
    const first = await t.fleet.snapshot();
    await t.fleet.close();
    await change('unseen', 'workspaceChanged', { seen: false });
    await new Promise(setImmediate); // what the event would have set off has run by now
    await expect(t.fleet.snapshot()).resolves.toBe(first);
    expect(t.fleet.version()).toBe(0);
  });
});

describe('fleet: a change during a load', () => {
  it('returns a load overlapped by a change to its caller, but does not keep it', async () => {
    t.holding.hold();
    const during = t.fleet.snapshot();
    await expect.poll(() => t.holding.state.loads).toBe(1); // the load has read the workspaces as they were...
    await change('changed'); // ...then a change is committed and announced, and only then does the load finish
    t.holding.release();
    const stale = await during;
    expect(image(stale)).toBe('busybox');
    const fresh = await t.fleet.snapshot();
    expect(image(fresh)).toBe('changed');
    expect(t.holding.state.loads).toBe(2);
    expect(await t.fleet.snapshot()).toBe(fresh);
  });

  it('does not make a read after the change wait for the stale load: it starts its own, and that one is kept', async () => {
    t.holding.hold();
    const stale = t.fleet.snapshot();
    await expect.poll(() => t.holding.state.loads).toBe(1);
    await change('changed');
    const fresh = t.fleet.snapshot(); // while the first load is still held
    await expect.poll(() => t.holding.state.loads).toBe(2);
    t.holding.release();
    expect(image(await stale)).toBe('busybox');
    expect(image(await fresh)).toBe('changed');
    expect(await t.fleet.snapshot()).toBe(await fresh);
    expect(t.holding.state.loads).toBe(2);
  });
});
