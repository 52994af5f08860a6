import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { networkLayouts, type AgentNetworkPlan, type NetworkLayoutRow } from '../db/schema.js';
import type { NetworkSpec } from './layout.js';

export type LayoutsRepository = ReturnType<typeof createLayoutsRepository>;

const inZone = (zone: string | null) => (zone === null ? isNull(networkLayouts.zone) : eq(networkLayouts.zone, zone));

/** The network_layouts table: what each network of a zone was made with, and each agent's parent and range. */
export function createLayoutsRepository({ db }: { db: Db }) {
  return {
    list: (): Promise<NetworkLayoutRow[]> => db.select().from(networkLayouts),

    get: (name: string, zone: string | null): Promise<NetworkLayoutRow | undefined> =>
      db
        .select()
        .from(networkLayouts)
        .where(and(eq(networkLayouts.name, name), inZone(zone)))
        .then(([row]) => row),

    /** Records the spec for a zone, keeping the plans of agents this call did not make it on. */
    save: (spec: NetworkSpec, zone: string | null, plans: readonly AgentNetworkPlan[]) =>
      db.transaction(async (tx) => {
        const { name, driver, internal, options, subnet, gateway, ipRange, auxAddresses, parent } = spec;
        const settings = { driver, internal, options, subnet, gateway, ipRange, auxAddresses, parent };
        await tx
          .insert(networkLayouts)
          .values({ name, zone, ...settings })
          .onConflictDoNothing();
        const [row] = await tx
          .select()
          .from(networkLayouts)
          .where(and(eq(networkLayouts.name, name), inZone(zone)))
          .for('update');
        const perAgent = [...row!.perAgent.filter((p) => !plans.some((q) => q.agentId === p.agentId)), ...plans];
        await tx
          .update(networkLayouts)
          .set({ ...settings, perAgent, updatedAt: sql`now()` })
          .where(eq(networkLayouts.id, row!.id));
      }),
  };
}
