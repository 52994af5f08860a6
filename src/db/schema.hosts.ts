// What Enclave keeps about the daemons' setup beyond their discovered state: registry credentials and the layouts
// networks were made with (re-exported by schema.ts).
import { sql } from 'drizzle-orm';
import { boolean, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Credentials for pulls from a private registry; the password is sealed with ENCLAVE_SECRET_KEY and never returned. */
export const registryCredentials = pgTable('registry_credentials', {
  id: uuid('id').primaryKey().defaultRandom(),
  // The registry's host[:port] as image references name it ("docker.io" for Docker Hub's).
  registry: text('registry').notNull().unique(),
  username: text('username').notNull(),
  password: text('password').notNull(),
  createdAt: createdAt(),
});
export type RegistryCredentialRow = typeof registryCredentials.$inferSelect;

export interface KeyValue {
  key: string;
  value: string;
}
/** Where one agent's copy of a network differs from the layout's: its parent interface, its carved range. */
export interface AgentNetworkPlan {
  agentId: string;
  parent: string | null;
  ipRange: string | null;
}

/**
 * The settings `createNetwork` made a network of a zone with (null zone: agents without one), and the range carved
 * for each agent: what `repairNetwork` makes again where it is missing, and what `networkSpread` compares against.
 */
export const networkLayouts = pgTable(
  'network_layouts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    zone: text('zone'),
    driver: text('driver').notNull(),
    internal: boolean('internal').notNull().default(false),
    options: jsonb('options').$type<Record<string, string>>().notNull().default({}),
    subnet: text('subnet'),
    gateway: text('gateway'),
    // The same range on every agent (as given); null: the whole subnet, or carved per agent.
    ipRange: text('ip_range'),
    auxAddresses: jsonb('aux_addresses').$type<KeyValue[]>().notNull().default([]),
    parent: text('parent'),
    perAgent: jsonb('per_agent').$type<AgentNetworkPlan[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('network_layouts_name_zone').on(t.name, sql`coalesce(${t.zone}, '')`)],
);
export type NetworkLayoutRow = typeof networkLayouts.$inferSelect;
