import { and, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { agents, type AgentRow } from '../db/schema.js';

export type AgentsRepository = ReturnType<typeof createAgentsRepository>;
type AgentChanges = Partial<typeof agents.$inferInsert>;

/** The agents table. */
export function createAgentsRepository({ db }: { db: Db }) {
  return {
    async byId(id: string): Promise<AgentRow | undefined> {
      return (await db.select().from(agents).where(eq(agents.id, id)))[0];
    },

    byIds: (ids: readonly string[]) => (ids.length === 0 ? Promise.resolve([]) : db.select().from(agents).where(inArray(agents.id, [...ids]))),

    list: (filter: { zone?: string | null | undefined } = {}) =>
      db
        .select()
        .from(agents)
        .where(filter.zone != null ? eq(agents.zone, filter.zone) : undefined)
        .orderBy(agents.name),

    async byEndpoint(endpoint: string): Promise<AgentRow | undefined> {
      return (await db.select().from(agents).where(eq(agents.endpoint, endpoint)))[0];
    },

    /** The agent that has this name or this endpoint, if any. */
    async clash(name: string, endpoint: string): Promise<Pick<AgentRow, 'name' | 'endpoint'> | undefined> {
      return (
        await db
          .select({ name: agents.name, endpoint: agents.endpoint })
          .from(agents)
          .where(sql`${agents.name} = ${name} or ${agents.endpoint} = ${endpoint}`)
      )[0];
    },

    async insert(values: typeof agents.$inferInsert): Promise<AgentRow> {
      const [agent] = await db.insert(agents).values(values).returning();
      return agent!;
    },

    /** Writes what the daemon said (or when it was last seen) without touching updatedAt: not a change of the agent. */
    async record(id: string, set: AgentChanges): Promise<void> {
      await db.update(agents).set(set).where(eq(agents.id, id));
    },

    async update(id: string, set: AgentChanges): Promise<AgentRow | undefined> {
      return (await db.update(agents).set({ ...set, updatedAt: sql`now()` }).where(eq(agents.id, id)).returning())[0];
    },

    /** Sets the status with `extra`; returns the row only when the status changed (extra is written either way). */
    async setStatus(id: string, status: AgentRow['status'], extra: AgentChanges = {}): Promise<AgentRow | undefined> {
      const [changed] = await db
        .update(agents)
        .set({ status, ...extra, updatedAt: sql`now()` })
        .where(and(eq(agents.id, id), ne(agents.status, status)))
        .returning();
      if (!changed && Object.keys(extra).length > 0) await this.record(id, extra);
      return changed;
    },

    async delete(id: string): Promise<void> {
      await db.delete(agents).where(eq(agents.id, id));
    },

    /** Agents registered with TLS, and their stored private keys (sealed or not). */
    withTlsKeys: async () =>
      (await db.select({ id: agents.id, name: agents.name, tlsKey: agents.tlsKey }).from(agents).where(isNotNull(agents.tlsKey))).flatMap(
        ({ tlsKey, ...agent }) => (tlsKey === null ? [] : [{ ...agent, tlsKey }]),
      ),

    /** Replaces a stored key only if it is still `from` (another process starting at the same time may have sealed it). */
    async replaceTlsKey(id: string, from: string, to: string): Promise<void> {
      await db.update(agents).set({ tlsKey: to }).where(and(eq(agents.id, id), eq(agents.tlsKey, from)));
    },
  };
}
