import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { registryCredentials, type RegistryCredentialRow } from '../db/schema.js';

/** What the API shows of a credential: everything but its password. */
export type RegistryCredential = Omit<RegistryCredentialRow, 'password'>;

export type RegistriesRepository = ReturnType<typeof createRegistriesRepository>;

// Selected by name, so that no read meant for the API can carry the password along.
const shown = {
  id: registryCredentials.id,
  registry: registryCredentials.registry,
  username: registryCredentials.username,
  createdAt: registryCredentials.createdAt,
};

/** The registry_credentials table. Passwords are stored as handed in: the service seals them first. */
export function createRegistriesRepository({ db }: { db: Db }) {
  return {
    list: (): Promise<RegistryCredential[]> => db.select(shown).from(registryCredentials).orderBy(registryCredentials.registry),

    /** Stores the credential of a registry, or replaces the one it has (keeping its id): one statement, so races are none. */
    async upsert(values: { registry: string; username: string; password: string }): Promise<RegistryCredential> {
      const [row] = await db
        .insert(registryCredentials)
        .values(values)
        .onConflictDoUpdate({
          target: registryCredentials.registry,
          set: { username: values.username, password: values.password, createdAt: sql`now()` },
        })
        .returning(shown);
      return row!;
    },

    /** Whether there was a credential with this id. */
    async delete(id: string): Promise<boolean> {
      return (await db.delete(registryCredentials).where(eq(registryCredentials.id, id)).returning({ id: registryCredentials.id })).length > 0;
    },

    /** The username and stored (sealed) password for a registry, if any. */
    async forRegistry(registry: string): Promise<{ username: string; password: string } | undefined> {
      const rows = await db
        .select({ username: registryCredentials.username, password: registryCredentials.password })
        .from(registryCredentials)
        .where(eq(registryCredentials.registry, registry));
      return rows[0];
    },

    /** Every credential's stored password (sealed or not), for the start-up check. */
    withPasswords: () =>
      db
        .select({ id: registryCredentials.id, registry: registryCredentials.registry, password: registryCredentials.password })
        .from(registryCredentials),

    /** Replaces a stored password only if it is still `from` (another process starting at the same time may have sealed it). */
    async replacePassword(id: string, from: string, to: string): Promise<void> {
      await db
        .update(registryCredentials)
        .set({ password: to })
        .where(and(eq(registryCredentials.id, id), eq(registryCredentials.password, from)));
    },
  };
}
