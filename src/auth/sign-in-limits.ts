// Brute-force limits on password sign-in, counted in Postgres so that every Enclave process sharing the database
// enforces the same ones. Times come from the database's clock (now()), so processes with skewed clocks agree.
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { signInLimits } from '../db/schema.js';
import type { Logger } from '../logger.js';

export interface LimitRule {
  /** What the key counts: a username (whoever tries it) or a client address (whatever names it tries). */
  prefix: 'user' | 'addr';
  /** The failure that sets the first lock. */
  maxFailures: number;
  /** Failures older than this, counted from the first of them, are forgotten. */
  windowMs: number;
}

export type SignInRules = { [P in LimitRule['prefix']]: Omit<LimitRule, 'prefix'> };

/** Five guesses a name, twenty an address, in 15 minutes (OWASP Authentication cheat sheet: lock with back-off). */
export const signInRules: SignInRules = {
  user: { maxFailures: 5, windowMs: 15 * 60_000 },
  addr: { maxFailures: 20, windowMs: 15 * 60_000 },
};

/** The first lock; each further failure doubles it, up to the cap. */
const firstLockSeconds = 30;
const maxLockSeconds = 15 * 60;

export interface SignInKeys {
  /** The username as typed; known or not, it is counted the same, so that a lock does not tell which names exist. */
  user: string;
  /** The client's address; undefined when unknown (only the username is counted then). */
  addr: string | undefined;
}

export type SignInLimits = ReturnType<typeof createSignInLimits>;

export function createSignInLimits({
  db,
  log,
  rules = signInRules,
}: {
  db: Db;
  log: Logger;
  /** @default signInRules */
  rules?: SignInRules;
}) {
  const keysOf = ({ user, addr }: SignInKeys) => [
    { key: `user:${user.toLowerCase()}`, rule: { prefix: 'user' as const, ...rules.user } },
    ...(addr === undefined ? [] : [{ key: `addr:${addr}`, rule: { prefix: 'addr' as const, ...rules.addr } }]),
  ];

  const countFailure = (key: string, rule: LimitRule, unlessLocked = false) => countOne({ db, log }, key, rule, unlessLocked);

  return {
    /** Before any password hashing: the seconds to wait if any of the keys is locked now, else null. */
    async retryAfter(keys: SignInKeys): Promise<number | null> {
      const rows = await db
        .select({ lockedSeconds: secondsLeft })
        .from(signInLimits)
        .where(inArray(signInLimits.key, keysOf(keys).map((k) => k.key)));
      return longest(rows.map((r) => r.lockedSeconds));
    },

    /**
     * After a failed attempt: counts it for both keys, in one atomic statement each (concurrent failures all count).
     * The seconds to wait if that locked either key, else null.
     */
    async recordFailure(keys: SignInKeys): Promise<number | null> {
      return longest((await Promise.all(keysOf(keys).map(({ key, rule }) => countFailure(key, rule)))).map((s) => s ?? null));
    },

    /**
     * Before hashing: counts the attempt as a failure on both keys (until it succeeds), unless a key is locked
     * already; the seconds to wait if one was (the attempt must not be tried), else null. Counting first is what
     * makes a burst of guesses sent at once count: each takes its place in the count before any is checked.
     */
    async attempt(keys: SignInKeys): Promise<number | null> {
      const counted = await Promise.all(keysOf(keys).map(({ key, rule }) => countFailure(key, rule, true)));
      if (counted.every((s) => s !== undefined)) return null;
      return (await this.retryAfter(keys)) ?? 1;
    },

    /**
     * After a successful sign-in: forgets the username's failures, and takes the attempt back from the address's
     * count (its other failures stay: one right password, say an attacker's own account, must not clear them).
     */
    async recordSuccess({ user, addr }: SignInKeys): Promise<void> {
      await db.delete(signInLimits).where(eq(signInLimits.key, `user:${user.toLowerCase()}`));
      if (addr === undefined) return;
      const failures = sql`greatest(${signInLimits.failures} - 1, 0)`;
      await db
        .update(signInLimits)
        .set({ failures, lockedUntil: sql`case when ${failures} >= ${rules.addr.maxFailures}::int then ${signInLimits.lockedUntil} end` })
        .where(eq(signInLimits.key, `addr:${addr}`));
    },
  };
}

/**
 * Counts one failure on `key`, atomically; the seconds it is now locked for, or null. With `unlessLocked`, a key
 * locked already is left as it is, and answers undefined.
 */
async function countOne({ db, log }: { db: Db; log: Logger }, key: string, rule: LimitRule, unlessLocked: boolean): Promise<number | null | undefined> {
  const expired = sql`${signInLimits.windowStartedAt} <= now() - make_interval(secs => ${rule.windowMs}::float8 / 1000)`;
  const failures = sql`case when ${expired} then 1 else ${signInLimits.failures} + 1 end`;
  const [row] = await db
    .insert(signInLimits)
    .values({ key, failures: 1, windowStartedAt: sql`now()`, lockedUntil: lockAfter(sql`1`, rule) })
    .onConflictDoUpdate({
      target: signInLimits.key,
      set: {
        failures,
        windowStartedAt: sql`case when ${expired} then now() else ${signInLimits.windowStartedAt} end`,
        lockedUntil: lockAfter(failures, rule),
      },
      ...(unlessLocked && { setWhere: sql`${signInLimits.lockedUntil} is null or ${signInLimits.lockedUntil} <= now()` }),
    })
    .returning({ failures: signInLimits.failures, lockedSeconds: secondsLeft });
  if (!row) return undefined;
  const lockedSeconds = row.lockedSeconds ?? null;
  if (lockedSeconds !== null) log.warn({ key, failures: row!.failures, lockedSeconds }, 'sign-in locked after repeated failures');
  return lockedSeconds;
}

/** locked_until for a key at `failures`: none below the rule's maximum, then 30 s doubling with each failure, capped. */
function lockAfter(failures: SQL, rule: LimitRule): SQL {
  // The exponent is capped too, so that power() cannot overflow whatever the count.
  const exponent = sql`least(${failures} - ${rule.maxFailures}::int, 30)`;
  const seconds = sql`least(${firstLockSeconds}::float8 * power(2, ${exponent}), ${maxLockSeconds}::float8)`;
  return sql`case when ${failures} >= ${rule.maxFailures}::int then now() + make_interval(secs => ${seconds}) end`;
}

/** Whole seconds until locked_until, rounded up; null when not locked (any more). */
const secondsLeft = sql<number | null>`case when ${signInLimits.lockedUntil} > now()
  then ceil(extract(epoch from ${signInLimits.lockedUntil} - now()))::int end`;

const longest = (seconds: (number | null)[]): number | null =>
  seconds.reduce<number | null>((a, b) => (b === null ? a : Math.max(a ?? 0, b)), null);
