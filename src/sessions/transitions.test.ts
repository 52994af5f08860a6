// The invariant "every transition is stored and published once, in order", on a real database (PGlite and Postgres).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../test/harness/database.js';
import { openDatabase, type Database } from '../db/client.js';
import { agents, sessions, sessionTransitions, workspaces, type SessionStatus } from '../db/schema.js';
import { createLocalEventBus, type EventBus } from '../events/bus.js';
import type { EventMap } from '../events/topics.js';
import { createTransitions, type NewSession, type Transitions } from './transitions.js';

describe.each(databaseKinds)('session transitions (%s)', (kind) => {
  let testDatabase: TestDatabase;
  let database: Database;
  let published: EventMap['sessionStatusChanged'][];
  let transitions: Transitions;
  let workspaceId: string;
  let agentId: string;

  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    database = await openDatabase({ url: testDatabase.url, dataDir: 'memory://' });
    await database.migrate();
    const [workspace] = await database.db.insert(workspaces).values({ name: 'w', image: 'busybox' }).returning();
    workspaceId = workspace!.id;
    const [agent] = await database.db.insert(agents).values({ name: 'a', endpoint: 'unix:///a.sock' }).returning();
    agentId = agent!.id;
  });
  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });
  beforeEach(() => {
    published = [];
    const bus = createLocalEventBus();
    // What the bus is handed, in the order it is handed it: publishing is synchronous, right after the commit.
    const events: EventBus = {
      ...bus,
      publish: (topic, payload) => {
        if (topic === 'sessionStatusChanged') published.push(payload as EventMap['sessionStatusChanged']);
        bus.publish(topic, payload);
      },
    };
    transitions = createTransitions({ db: database.db, events });
  });

  const values = (): NewSession => ({ workspaceId, owner: 'alice', cores: 1, memoryMb: 64, agentId: null, network: 'n' });
  const history = async (id: string) =>
    (await database.db.select().from(sessionTransitions).where(eq(sessionTransitions.sessionId, id)).orderBy(sessionTransitions.id)).map(
      (t) => ({ id: t.id, status: t.status, reason: t.reason }),
    );
  const stored = async (id: string) => (await database.db.select().from(sessions).where(eq(sessions.id, id)))[0];

  it('creates a session in REQUESTED with its first history row, and publishes it once', async () => {
    const session = await transitions.create(async () => values());
    expect(session.status).toBe('REQUESTED');
    const rows = await history(session.id);
    expect(rows).toEqual([{ id: rows[0]!.id, status: 'REQUESTED', reason: null }]);
    expect(published).toEqual([{ session, transitionId: rows[0]!.id }]);
  });

  it('writes and publishes nothing when what runs in the creating transaction fails', async () => {
    const before = await database.db.select().from(sessions);
    await expect(
      transitions.create(async (tx) => {
        await tx.insert(workspaces).values({ name: 'rolled back', image: 'busybox' });
        throw new Error('no capacity');
      }),
    ).rejects.toThrow('no capacity');
    expect(await database.db.select().from(sessions)).toEqual(before);
    expect(await database.db.select().from(workspaces).where(eq(workspaces.name, 'rolled back'))).toEqual([]);
    expect(published).toEqual([]);
  });

  it('moves only from the given statuses, with the history row and one event', async () => {
    const { id } = await transitions.create(async () => values());
    expect(await transitions.move(id, ['RUNNING'], 'STOPPING')).toBeUndefined();
    const moved = await transitions.move(id, ['REQUESTED'], 'PROVISIONING', 'why', { containerId: 'c1' });
    expect(moved).toMatchObject({ id, status: 'PROVISIONING', statusReason: 'why', containerId: 'c1' });
    expect(await stored(id)).toEqual(moved);
    const rows = await history(id);
    expect(rows.map((r) => [r.status, r.reason])).toEqual([
      ['REQUESTED', null],
      ['PROVISIONING', 'why'],
    ]);
    expect(published.map((p) => [p.session.status, p.transitionId])).toEqual(rows.map((r) => [r.status, r.id]));
  });

  it('lets exactly one of racing moves from the same status win', async () => {
    const { id } = await transitions.create(async () => values());
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => transitions.move(id, ['REQUESTED'], 'FAILED', 'raced')));
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect((await history(id)).map((r) => r.status)).toEqual(['REQUESTED', 'FAILED']);
    expect(published.map((p) => p.session.status)).toEqual(['REQUESTED', 'FAILED']);
  });

  it('publishes moves issued together in the order they were written', async () => {
    const { id } = await transitions.create(async () => values());
    const path: [SessionStatus, SessionStatus][] = [
      ['REQUESTED', 'PROVISIONING'],
      ['PROVISIONING', 'STARTING'],
      ['STARTING', 'RUNNING'],
      ['RUNNING', 'STOPPING'],
      ['STOPPING', 'STOPPED'],
    ];
    // Not awaited one by one: each must still see the one before it committed.
    const results = await Promise.all(path.map(([from, to]) => transitions.move(id, [from], to)));
    expect(results.map((r) => r?.status)).toEqual(path.map(([, to]) => to));
    const rows = await history(id);
    expect(rows.map((r) => r.status)).toEqual(['REQUESTED', ...path.map(([, to]) => to)]);
    expect(published.map((p) => p.transitionId)).toEqual(rows.map((r) => r.id));
    expect(published.map((p) => p.transitionId)).toEqual([...published.map((p) => p.transitionId)].sort((a, b) => a - b));
  });

  it('relocates a launch only while it is PROVISIONING, and publishes nothing for it', async () => {
    const { id } = await transitions.create(async () => values());
    expect(await transitions.relocate(id, async () => ({ agentId, network: 'other' }))).toBeUndefined();
    await transitions.move(id, ['REQUESTED'], 'PROVISIONING');
    const count = published.length;
    const moved = await transitions.relocate(id, async () => ({ agentId, network: 'other' }));
    expect(moved).toMatchObject({ id, status: 'PROVISIONING', agentId, network: 'other' });
    expect(published).toHaveLength(count);
    expect((await history(id)).map((r) => r.status)).toEqual(['REQUESTED', 'PROVISIONING']);
  });
});
