import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { sessionGrants, type SessionGrantRow } from '../db/schema.js';

export type GrantsRepository = ReturnType<typeof createGrantsRepository>;

/** The session_grants table: connect tokens and the cookies they were exchanged for, by the hash of their secret. */
export function createGrantsRepository({ db }: { db: Db }) {
  return {
    async insert(values: typeof sessionGrants.$inferInsert): Promise<SessionGrantRow> {
      const [grant] = await db.insert(sessionGrants).values(values).returning();
      return grant!;
    },

    /** Uses a token up, if it is one and still unused and unexpired: a second use, in any process, finds nothing. */
    async consumeToken(secretHash: string): Promise<SessionGrantRow | undefined> {
      const [grant] = await db
        .update(sessionGrants)
        .set({ usedAt: sql`now()` })
        .where(
          and(
            eq(sessionGrants.secretHash, secretHash),
            eq(sessionGrants.kind, 'token'),
            isNull(sessionGrants.usedAt),
            gt(sessionGrants.expiresAt, sql`now()`),
          ),
        )
        .returning();
      return grant;
    },

    /** The unexpired cookies among these hashes. */
    liveCookies: (secretHashes: readonly string[]) =>
      secretHashes.length === 0
        ? Promise.resolve([])
        : db
            .select()
            .from(sessionGrants)
            .where(
              and(inArray(sessionGrants.secretHash, [...secretHashes]), eq(sessionGrants.kind, 'cookie'), gt(sessionGrants.expiresAt, sql`now()`)),
            ),
  };
}
