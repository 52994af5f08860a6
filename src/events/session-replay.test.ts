// The bound on what the session replay remembers, on a fresh database on the local Postgres (the bus-level
// behaviour, notices and reconnects, is in postgres.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/harness/database.js';
import { openDatabase, type Database } from '../db/client.js';
import { sessions, sessionTransitions, workspaces, type SessionStatus } from '../db/schema.js';
import { createSessionReplay } from './session-replay.js';
import type { EventMap } from './topics.js';

describe('session replay: sessions it remembers', () => {
  let testDatabase: TestDatabase;
  let database: Database;
  let workspaceId: string;
  beforeAll(async () => {
    testDatabase = await createTestDatabase('postgres');
    database = await openDatabase({ url: testDatabase.url });
    await database.migrate();
    const [workspace] = await database.db.insert(workspaces).values({ name: 'w', image: 'busybox' }).returning();
    workspaceId = workspace!.id;
  });
  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  const newSession = async () =>
    (await database.db.insert(sessions).values({ workspaceId, owner: 'alice', cores: 1, memoryMb: 64 }).returning())[0]!.id;
  const transition = async (sessionId: string, status: SessionStatus) =>
    (await database.db.insert(sessionTransitions).values({ sessionId, status }).returning())[0]!.id;

  /** One session lives while `others` start and end; what the replay hands on for the long-lived one. */
  async function longLived({ rememberedSessions, others }: { rememberedSessions: number; others: number }) {
    const published: EventMap['sessionStatusChanged'][] = [];
    const replay = createSessionReplay({ db: database.db, publish: (change) => published.push(change), rememberedSessions });
    await replay.begin();
    const session = await newSession();
    const written = [await transition(session, 'REQUESTED')];
    await replay.catchUp(session);
    for (let i = 0; i < others; i++) {
      const other = await newSession();
      await transition(other, 'REQUESTED');
      await transition(other, 'STOPPED');
      await replay.catchUp(other);
    }
    written.push(await transition(session, 'RUNNING'));
    await replay.catchUp(session);
    return { written, handedOn: published.filter((c) => c.session.id === session).map((c) => c.transitionId) };
  }

  it('hands on a long-lived session’s transitions once when fewer sessions than it remembers came and went', async () => {
    const { written, handedOn } = await longLived({ rememberedSessions: 50, others: 5 });
    expect(handedOn).toEqual(written);
  });

  // Past `rememberedSessions` the replay forgets only sessions that ended: a live session forgotten would be "first
  // heard of" again at its next notice, and every transition it made since the process began handed on again.
  it('hands on a long-lived session’s transitions once after more sessions than it remembers came and went', async () => {
    const { written, handedOn } = await longLived({ rememberedSessions: 5, others: 5 });
    expect(handedOn).toEqual(written);
  });
});
