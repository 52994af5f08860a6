// Sign-in limits on a real database (PGlite and Postgres): counts, locks and their back-off as the database keeps them.
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKinds, type DatabaseKind, type TestDatabase } from '../../test/harness/database.js';
import { openDatabase, type Database } from '../db/client.js';
import { signInLimits } from '../db/schema.js';
import { createSignInLimits, signInRules, type SignInRules } from './sign-in-limits.js';

interface LogLine {
  level: number;
  msg: string;
  key?: string;
  failures?: number;
  lockedSeconds?: number;
}

/** A fresh database for the file; each test starts with no counts and an empty log. */
function useLimits(kind: DatabaseKind) {
  const t = {} as { database: Database; lines: LogLine[] };
  let testDatabase: TestDatabase | undefined;
  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    t.database = await openDatabase({ url: testDatabase.url, dataDir: 'memory://' });
    await t.database.migrate();
  });
  afterAll(async () => {
    await t.database?.close();
    await testDatabase?.drop();
  });
  beforeEach(async () => {
    await t.database.db.delete(signInLimits);
    t.lines = [];
  });
  return {
    t,
    limits: (rules?: SignInRules) => {
      const log = pino({ level: 'info' }, { write: (line: string) => void t.lines.push(JSON.parse(line)) });
      return createSignInLimits({ db: t.database.db, log, ...(rules && { rules }) });
    },
    stored: async (key: string) => (await t.database.db.select().from(signInLimits).where(eq(signInLimits.key, key)))[0],
  };
}

/** `times` failures one after the other; what each returned. */
async function fail(limits: ReturnType<typeof createSignInLimits>, times: number, keys: (i: number) => { user: string; addr: string | undefined }) {
  const results: (number | null)[] = [];
  for (let i = 0; i < times; i++) results.push(await limits.recordFailure(keys(i)));
  return results;
}

describe.each(databaseKinds)('sign-in limits (%s)', (kind) => {
  const { t, limits, stored } = useLimits(kind);

  it('counts failures under the limit without locking', async () => {
    const l = limits();
    expect(await fail(l, 4, () => ({ user: 'alice', addr: '10.0.0.1' }))).toEqual([null, null, null, null]);
    expect(await l.retryAfter({ user: 'alice', addr: '10.0.0.1' })).toBeNull();
    expect((await stored('user:alice'))?.failures).toBe(4);
    expect((await stored('addr:10.0.0.1'))?.failures).toBe(4);
    expect(t.lines).toEqual([]);
  });

  it('locks the username for 30 s at its 5th failure, whatever the case it is typed in or the address', async () => {
    const l = limits();
    const results = await fail(l, 5, (i) => ({ user: i % 2 ? 'Alice' : 'alice', addr: `10.0.0.${i}` }));
    expect(results).toEqual([null, null, null, null, 30]);
    const retry = await l.retryAfter({ user: 'ALICE', addr: '10.9.9.9' });
    expect(retry).toBeGreaterThanOrEqual(29);
    expect(retry).toBeLessThanOrEqual(30);
    expect(await l.retryAfter({ user: 'bob', addr: '10.0.0.1' })).toBeNull();
    expect(t.lines).toEqual([expect.objectContaining({ level: 40, key: 'user:alice', failures: 5, lockedSeconds: 30 })]);
  });

  it('counts a username nobody has like any other', async () => {
    const l = limits();
    expect((await fail(l, 5, () => ({ user: 'no-such-user', addr: undefined }))).at(-1)).toBe(30);
    expect(await l.retryAfter({ user: 'no-such-user', addr: undefined })).toBeGreaterThanOrEqual(29);
  });

  it('locks an address at its 20th failure, over any usernames, and only that address', async () => {
    const l = limits();
    const results = await fail(l, 20, (i) => ({ user: `user${i}`, addr: '192.0.2.7' }));
    expect(results.slice(0, 19).every((r) => r === null)).toBe(true);
    expect(results[19]).toBe(30);
    expect(await l.retryAfter({ user: 'newcomer', addr: '192.0.2.7' })).toBeGreaterThanOrEqual(29);
    expect(await l.retryAfter({ user: 'newcomer', addr: '192.0.2.8' })).toBeNull();
    expect(await l.retryAfter({ user: 'newcomer', addr: undefined })).toBeNull();
  });

  it('counts only the username when the address is unknown', async () => {
    const l = limits();
    await fail(l, 2, () => ({ user: 'carol', addr: undefined }));
    expect((await stored('user:carol'))?.failures).toBe(2);
    expect(await t.database.db.select().from(signInLimits)).toHaveLength(1);
  });

});

describe.each(databaseKinds)('sign-in limits over time and concurrency (%s)', (kind) => {
  const { t, limits, stored } = useLimits(kind);

  it('forgets the username, not the address, after a successful sign-in', async () => {
    const l = limits();
    await fail(l, 5, () => ({ user: 'dave', addr: '10.0.0.2' }));
    await l.recordSuccess({ user: 'Dave', addr: undefined });
    expect(await stored('user:dave')).toBeUndefined();
    expect((await stored('addr:10.0.0.2'))?.failures).toBe(5);
    expect(await l.retryAfter({ user: 'dave', addr: '10.0.0.2' })).toBeNull();
    // A fresh count: four more failures lock nothing.
    expect(await fail(l, 4, () => ({ user: 'dave', addr: '10.0.0.3' }))).toEqual([null, null, null, null]);
  });

  it('restarts the count at 1 once the window has passed', async () => {
    const l = limits({ user: { maxFailures: 2, windowMs: 200 }, addr: signInRules.addr });
    const keys = { user: 'erin', addr: undefined };
    expect(await l.recordFailure(keys)).toBeNull();
    const first = await stored('user:erin');
    await sleep(300);
    expect(await l.recordFailure(keys)).toBeNull();
    const restarted = await stored('user:erin');
    expect(restarted?.failures).toBe(1);
    expect(restarted!.windowStartedAt.getTime()).toBeGreaterThan(first!.windowStartedAt.getTime());
    // Within the new window the count goes on.
    expect(await l.recordFailure(keys)).toBe(30);
    expect((await stored('user:erin'))?.failures).toBe(2);
  });

  it('counts every one of concurrent failures', async () => {
    const l = limits();
    const results = await Promise.all(Array.from({ length: 20 }, () => l.recordFailure({ user: 'frank', addr: '10.0.0.4' })));
    expect((await stored('user:frank'))?.failures).toBe(20);
    expect((await stored('addr:10.0.0.4'))?.failures).toBe(20);
    // The user key is locked from its 5th failure on: 16 of the calls are told to wait, each with its own count.
    expect(results.filter((r) => r !== null)).toHaveLength(16);
    expect(t.lines.filter((line) => line.key === 'user:frank').map((line) => line.failures).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 5),
    );
  });

  it('lets exactly five of twenty guesses sent at once be tried, and counts none while locked', async () => {
    const l = limits();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => l.attempt({ user: 'heidi', addr: `10.0.1.${i}` })));
    expect(results.filter((r) => r === null)).toHaveLength(5);
    expect(results.filter((r) => r !== null).every((r) => r! >= 29 && r! <= 30)).toBe(true);
    expect((await stored('user:heidi'))?.failures).toBe(5);
  });

  it('takes a successful attempt back from its address, lifting a lock that attempt set', async () => {
    const l = limits({ user: signInRules.user, addr: { maxFailures: 3, windowMs: 60_000 } });
    for (const user of ['ivan', 'judy']) expect(await l.attempt({ user, addr: '10.0.2.1' })).toBeNull();
    expect(await l.attempt({ user: 'mallory', addr: '10.0.2.1' })).toBeNull(); // the 3rd: counted, locks the address
    await l.recordSuccess({ user: 'mallory', addr: '10.0.2.1' });
    expect((await stored('addr:10.0.2.1'))?.failures).toBe(2);
    expect(await l.attempt({ user: 'oscar', addr: '10.0.2.1' })).toBeNull();
  });

  it('doubles the lock with each further failure, up to 15 minutes', async () => {
    const l = limits();
    const results = await fail(l, 12, () => ({ user: 'grace', addr: undefined }));
    expect(results).toEqual([null, null, null, null, 30, 60, 120, 240, 480, 900, 900, 900]);
    const retry = await l.retryAfter({ user: 'grace', addr: undefined });
    expect(retry).toBeGreaterThanOrEqual(899);
    expect(retry).toBeLessThanOrEqual(900);
  });
});
