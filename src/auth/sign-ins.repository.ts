import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { signIns, type SignInRow } from '../db/schema.js';

/** OWASP's Session Management cheat sheet: an absolute and an idle timeout, both enforced by the server. */
export const signInAbsoluteMs = 12 * 60 * 60_000;
export const signInIdleMs = 60 * 60_000;

export type SignInsRepository = ReturnType<typeof createSignInsRepository>;

/** The sign_ins table: a browser's server-side session, found by the sha256 of its cookie's token. */
export function createSignInsRepository({ db }: { db: Db }) {
  const live = () =>
    and(isNull(signIns.revokedAt), gt(signIns.expiresAt, sql`now()`), gt(signIns.lastSeenAt, sql`now() - ${`${signInIdleMs} milliseconds`}::interval`));

  return {
    async insert(values: Pick<typeof signIns.$inferInsert, 'userId' | 'tokenHash' | 'method' | 'address'>): Promise<SignInRow> {
      const [row] = await db
        .insert(signIns)
        .values({ ...values, expiresAt: sql`now() + ${`${signInAbsoluteMs} milliseconds`}::interval` })
        .returning();
      return row!;
    },

    /** The sign-in whose token hashes to `tokenHash`, if neither revoked nor past its absolute or idle end. */
    async liveByHash(tokenHash: string): Promise<SignInRow | undefined> {
      return (await db.select().from(signIns).where(and(eq(signIns.tokenHash, tokenHash), live())))[0];
    },

    async byId(id: string): Promise<SignInRow | undefined> {
      return (await db.select().from(signIns).where(eq(signIns.id, id)))[0];
    },

    async isLive(id: string): Promise<boolean> {
      return (await db.select({ id: signIns.id }).from(signIns).where(and(eq(signIns.id, id), live()))).length > 0;
    },

    /** Moves the idle end (minute precision: one write a minute per browser, not one per request). */
    async touch(id: string): Promise<void> {
      await db.update(signIns).set({ lastSeenAt: sql`now()` }).where(eq(signIns.id, id));
    },

    async revoke(id: string): Promise<SignInRow | undefined> {
      return (await db.update(signIns).set({ revokedAt: sql`coalesce(${signIns.revokedAt}, now())` }).where(eq(signIns.id, id)).returning())[0];
    },

    /** Forgets sign-ins that ended more than a day ago (they can no longer be used, and they name addresses). */
    async sweep(): Promise<void> {
      const dayAgo = sql`now() - interval '1 day'`;
      await db.delete(signIns).where(or(lt(signIns.expiresAt, dayAgo), lt(signIns.revokedAt, dayAgo), lt(signIns.lastSeenAt, sql`now() - interval '2 days'`)));
    },
  };
}
