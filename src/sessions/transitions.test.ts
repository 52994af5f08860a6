// The invariant "every transition is stored and published once, in order", on a real database (PGlite and Postgres).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKinds, type DatabaseKind, type TestDatabase } from '../../test/harness/database.js';
import { openDatabase, type Database } from '../db/client.js';
import { agents, sessions, sessionTransitions, workspaces, type SessionStatus } from '../db/schema.js';
import { createLocalEventBus, type EventBus } from '../events/bus.js';
import type { EventMap } from '../events/topics.js';
import { createTransitions, type NewSession, type Transitions } from './transitions.js';

/** A fresh database with one workspace and one agent, and transitions whose every publish is recorded. */
function useTransitions(kind: DatabaseKind) {
  const t = {} as {
    database: Database;
    published: EventMap['sessionStatusChanged'][];
    transitions: Transitions;
    workspaceId: string;
    agentId: string;
  };
  let testDatabase: TestDatabase | undefined;
  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    t.database = await openDatabase({ url: testDatabase.url, dataDir: 'memory://' });
    await t.database.migrate();
    const [workspace] = await t.database.db.insert(workspaces).values({ name: 'w', image: 'busybox' }).returning();
    t.workspaceId = workspace!.id;
    const [agent] = await t.database.db.insert(agents).values({ name: 'a', endpoint: 'unix:///a.sock' }).returning();
    t.agentId = agent!.id;
  });
  afterAll(async () => {
    await t.database?.close();
    await testDatabase?.drop();
  });
  beforeEach(() => {
    const published: EventMap['sessionStatusChanged'][] = [];
    const bus = createLocalEventBus();
    // What the bus is handed, in the order it is handed it: publishing is synchronous, right after the commit.
    const events: EventBus = {
      ...bus,
      publish: (topic, payload) => {
        if (topic === 'sessionStatusChanged') published.push(payload as EventMap['sessionStatusChanged']);
        bus.publish(topic, payload);
      },
    };
    t.published = published;
    t.transitions = createTransitions({ db: t.database.db, events });
  });
  return {
    t,
    values: (): NewSession => ({ workspaceId: t.workspaceId, owner: 'alice', cores: 1, memoryMb: 64, agentId: null, network: 'n' }),
    history: async (id: string) =>
      (await t.database.db.select().from(sessionTransitions).where(eq(sessionTransitions.sessionId, id)).orderBy(sessionTransitions.id)).map(
        (r) => ({ id: r.id, status: r.status, reason: r.reason }),
      ),
    stored: async (id: string) => (await t.database.db.select().from(sessions).where(eq(sessions.id, id)))[0],
  };
}

describe.each(databaseKinds)('creating a session (%s)', (kind) => {
  const { t, values, history } = useTransitions(kind);

  it('creates a session in REQUESTED with its first history row, and publishes it once', async () => {
    const session = await t.transitions.create(async () => values());
    expect(session.status).toBe('REQUESTED');
    const rows = await history(session.id);
    expect(rows).toEqual([{ id: rows[0]!.id, status: 'REQUESTED', reason: null }]);
    expect(t.published).toEqual([{ session, transitionId: rows[0]!.id }]);
  });

  it('writes and publishes nothing when what runs in the creating transaction fails', async () => {
    const before = await t.database.db.select().from(sessions);
    await expect(
      t.transitions.create(async (tx) => {
        await tx.insert(workspaces).values({ name: 'rolled back', image: 'busybox' });
        throw new Error('no capacity');
      }),
    ).rejects.toThrow('no capacity');
    expect(await t.database.db.select().from(sessions)).toEqual(before);
    expect(await t.database.db.select().from(workspaces).where(eq(workspaces.name, 'rolled back'))).toEqual([]);
    expect(t.published).toEqual([]);
  });
});

describe.each(databaseKinds)('moving a session (%s)', (kind) => {
  const { t, values, history, stored } = useTransitions(kind);

  it('moves only from the given statuses, with the history row and one event', async () => {
    const { id } = await t.transitions.create(async () => values());
    expect(await t.transitions.move(id, ['RUNNING'], 'STOPPING')).toBeUndefined();
    const moved = await t.transitions.move(id, ['REQUESTED'], 'PROVISIONING', 'why', { containerId: 'c1' });
    expect(moved).toMatchObject({ id, status: 'PROVISIONING', statusReason: 'why', containerId: 'c1' });
    expect(await stored(id)).toEqual(moved);
    const rows = await history(id);
    expect(rows.map((r) => [r.status, r.reason])).toEqual([
      ['REQUESTED', null],
      ['PROVISIONING', 'why'],
    ]);
    expect(t.published.map((p) => [p.session.status, p.transitionId])).toEqual(rows.map((r) => [r.status, r.id]));
  });

  it('lets exactly one of racing moves from the same status win', async () => {
    const { id } = await t.transitions.create(async () => values());
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => t.transitions.move(id, ['REQUESTED'], 'FAILED', 'raced')));
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect((await history(id)).map((r) => r.status)).toEqual(['REQUESTED', 'FAILED']);
    expect(t.published.map((p) => p.session.status)).toEqual(['REQUESTED', 'FAILED']);
  });

  it('publishes moves issued together in the order they were written', async () => {
    const { id } = await t.transitions.create(async () => values());
    const path: [SessionStatus, SessionStatus][] = [
      ['REQUESTED', 'PROVISIONING'],
      ['PROVISIONING', 'STARTING'],
      ['STARTING', 'RUNNING'],
      ['RUNNING', 'STOPPING'],
      ['STOPPING', 'STOPPED'],
    ];
    // Not awaited one by one: each must still see the one before it committed.
    const results = await Promise.all(path.map(([from, to]) => t.transitions.move(id, [from], to)));
    expect(results.map((r) => r?.status)).toEqual(path.map(([, to]) => to));
    const rows = await history(id);
    expect(rows.map((r) => r.status)).toEqual(['REQUESTED', ...path.map(([, to]) => to)]);
    expect(t.published.map((p) => p.transitionId)).toEqual(rows.map((r) => r.id));
    expect(t.published.map((p) => p.transitionId)).toEqual([...t.published.map((p) => p.transitionId)].sort((a, b) => a - b));
  });

  it('relocates a launch only while it is PROVISIONING, and publishes nothing for it', async () => {
    const { id } = await t.transitions.create(async () => values());
    expect(await t.transitions.relocate(id, async () => ({ agentId: t.agentId, network: 'other' }))).toBeUndefined();
    await t.transitions.move(id, ['REQUESTED'], 'PROVISIONING');
    const count = t.published.length;
    const moved = await t.transitions.relocate(id, async () => ({ agentId: t.agentId, network: 'other' }));
    expect(moved).toMatchObject({ id, status: 'PROVISIONING', agentId: t.agentId, network: 'other' });
    expect(t.published).toHaveLength(count);
    expect((await history(id)).map((r) => r.status)).toEqual(['REQUESTED', 'PROVISIONING']);
  });
});
