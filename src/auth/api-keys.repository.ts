import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { apiKeys, type ApiKeyRow } from '../db/schema.js';

export type ApiKeysRepository = ReturnType<typeof createApiKeysRepository>;

/** The api_keys table: keys are found by the hash of their token, never by the token. */
export function createApiKeysRepository({ db }: { db: Db }) {
  return {
    /** The key whose token hashes to `tokenHash`, if it is neither revoked nor expired. */
    async activeByHash(tokenHash: string): Promise<ApiKeyRow | undefined> {
      const [key] = await db
        .select()
        .from(apiKeys)
        .where(and(eq(apiKeys.tokenHash, tokenHash), isNull(apiKeys.revokedAt), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, sql`now()`))));
      return key;
    },

    /** Whether the key is neither revoked nor expired. */
    async isActive(id: string): Promise<boolean> {
      const [key] = await db
        .select({ id: apiKeys.id })
        .from(apiKeys)
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, sql`now()`))));
      return key !== undefined;
    },

    async touch(id: string): Promise<void> {
      await db.update(apiKeys).set({ lastUsedAt: sql`now()` }).where(eq(apiKeys.id, id));
    },

    async anyAdmin(): Promise<boolean> {
      return (await db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.role, 'ADMIN')).limit(1)).length > 0;
    },

    async insert(values: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
      const [key] = await db.insert(apiKeys).values(values).returning();
      return key!;
    },

    list: (includeRevoked: boolean) =>
      db
        .select()
        .from(apiKeys)
        .where(includeRevoked ? undefined : isNull(apiKeys.revokedAt))
        .orderBy(desc(apiKeys.createdAt)),

    async byId(id: string): Promise<ApiKeyRow | undefined> {
      return (await db.select().from(apiKeys).where(eq(apiKeys.id, id)))[0];
    },

    /** Revokes a key (a revoked key keeps the time it was first revoked). */
    async revoke(id: string): Promise<ApiKeyRow | undefined> {
      const [key] = await db
        .update(apiKeys)
        .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
        .where(eq(apiKeys.id, id))
        .returning();
      return key;
    },
  };
}
