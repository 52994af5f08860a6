import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const agents = pgTable('agents', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  endpoint: text('endpoint').notNull(),
  zone: text('zone'),
  enabled: boolean('enabled').notNull().default(true),
  status: text('status', { enum: ['ONLINE', 'OFFLINE'] }).notNull().default('OFFLINE'),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
  dockerVersion: text('docker_version'),
  // What the daemon reports (/info), refreshed on every (re)connect.
  daemonCores: real('daemon_cores').notNull().default(0),
  daemonMemoryMb: integer('daemon_memory_mb').notNull().default(0),
  // Admin overrides; null = as the daemon reports.
  coresOverride: real('cores_override'),
  memoryMbOverride: integer('memory_mb_override'),
  maxSessions: integer('max_sessions'),
  // GPUs: as the daemon reports them (its generic resources), or as the admin gives them.
  daemonGpus: integer('daemon_gpus').notNull().default(0),
  gpusOverride: integer('gpus_override'),
  // `key=value`, sorted: what a workspace's agentSelector matches.
  labels: text('labels').array().notNull().default(sql`'{}'::text[]`),
  tlsCa: text('tls_ca'),
  tlsCert: text('tls_cert'),
  tlsKey: text('tls_key'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const networks = pgTable(
  'networks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    dockerId: text('docker_id').notNull(),
    name: text('name').notNull(),
    driver: text('driver').notNull(),
    internal: boolean('internal').notNull().default(false),
    subnets: text('subnets').array().notNull().default(sql`'{}'::text[]`),
    // As the daemon reports them: the first IPAM config's gateway and range, a macvlan/ipvlan parent, driver options.
    gateway: text('gateway'),
    ipRange: text('ip_range'),
    parent: text('parent'),
    options: jsonb('options').$type<Record<string, string>>().notNull().default({}),
    discoveredAt: timestamp('discovered_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('networks_agent_docker_id').on(t.agentId, t.dockerId),
    index('networks_name').on(t.name),
  ],
);

export const expirationActions = ['DESTROY', 'SUSPEND', 'PAUSE'] as const;
export type ExpirationAction = (typeof expirationActions)[number];

export const workspaces = pgTable('workspaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  image: text('image').notNull(),
  command: jsonb('command').$type<string[]>(),
  env: jsonb('env').$type<{ key: string; value: string }[]>().notNull().default([]),
  cores: real('cores').notNull().default(1),
  memoryMb: integer('memory_mb').notNull().default(512),
  zone: text('zone'),
  enabled: boolean('enabled').notNull().default(true),
  // Empty = unrestricted (sessions go on the default network).
  networks: text('networks').array().notNull().default(sql`'{}'::text[]`),
  allowNetworkSelection: boolean('allow_network_selection').notNull().default(false),
  // The port its sessions serve (connectSession); null: none.
  connect: jsonb('connect').$type<WorkspaceConnect>(),
  groups: text('groups').array() /* who sees and launches it; empty: everyone */.notNull().default(sql`'{}'::text[]`),
  // Lifetime rules (null: none), copied onto each session at launch.
  maxLifetimeSeconds: integer('max_lifetime_seconds'),
  idleTimeoutSeconds: integer('idle_timeout_seconds'),
  expirationAction: text('expiration_action', { enum: expirationActions }).notNull().default('DESTROY'),
  // Named volumes (templated with {owner} and {workspace}) and host paths under ENCLAVE_BIND_ROOTS.
  volumes: jsonb('volumes').$type<VolumeMount[]>().notNull().default([]),
  shmSizeMb: integer('shm_size_mb'),
  // Run in a staged session's container when it is handed over (with ENCLAVE_OWNER set); null: none.
  assignCommand: jsonb('assign_command').$type<string[]>(),
  // Labels an agent must carry; GPUs each session gets.
  agentSelector: text('agent_selector').array().notNull().default(sql`'{}'::text[]`),
  gpus: integer('gpus').notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export interface VolumeMount {
  source: string;
  target: string;
  readOnly: boolean;
  /** A named volume's session must go to the agent that holds it, when one does (else that agent is only preferred). */
  requireAgent: boolean;
}

export interface WorkspaceConnect {
  port: number;
  protocol: 'HTTP' | 'HTTPS';
  path: string;
}

export const sessionStatuses = [
  'REQUESTED',
  'PROVISIONING',
  'STARTING',
  'RUNNING',
  'PAUSED',
  'SUSPENDED',
  'STOPPING',
  'STOPPED',
  'FAILED',
] as const;
export type SessionStatus = (typeof sessionStatuses)[number];
/** Sessions that have not ended: each has (or is about to have, or still has) its container on its agent. */
export const activeStatuses = [
  'REQUESTED',
  'PROVISIONING',
  'STARTING',
  'RUNNING',
  'PAUSED',
  'SUSPENDED',
  'STOPPING',
] as const satisfies SessionStatus[];
/**
 * Sessions that hold their cores: all active ones but PAUSED (frozen) and SUSPENDED (stopped). A STOPPING session
 * holds what it held in the status it left (`previousStatus`): a suspended one being destroyed holds nothing.
 */
export const coreHoldingStatuses = ['REQUESTED', 'PROVISIONING', 'STARTING', 'RUNNING'] as const satisfies SessionStatus[];
/** Sessions that hold their memory (and count against an agent's session limit): those and PAUSED ones (STOPPING: as above). */
export const memoryHoldingStatuses = [...coreHoldingStatuses, 'PAUSED'] as const satisfies SessionStatus[];


/** Staging pools: `size` sessions of a workspace kept RUNNING and ready, owned by nobody, handed over at launch. */
export const stagingPools = pgTable('staging_pools', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspaceId: uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  network: text('network'), // null: Auto (the networks an Auto launch of the workspace may use)
  zone: text('zone'),
  size: integer('size').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
/** The owner of a pool's members until one is handed over: not a username (those start with a letter or digit). */
export const STAGING_OWNER = '~staging';

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'restrict' }),
    owner: text('owner').notNull(),
    agentId: uuid('agent_id').references(() => agents.id, { onDelete: 'set null' }),
    network: text('network'),
    containerId: text('container_id'),
    status: text('status', { enum: sessionStatuses }).notNull().default('REQUESTED'),
    statusReason: text('status_reason'),
    // The status it was in before this one (what a STOPPING session still holds on its agent).
    previousStatus: text('previous_status', { enum: sessionStatuses }),
    // What this session holds on its agent while it is active (copied from the workspace at launch).
    cores: real('cores').notNull(),
    memoryMb: integer('memory_mb').notNull(),
    gpus: integer('gpus').notNull().default(0),
    idempotencyKey: text('idempotency_key'),
    // A member of this pool (owned by STAGING_OWNER), made for the workspace as `stagedSpec` says; `staged`: handed over.
    poolId: uuid('pool_id').references(() => stagingPools.id, { onDelete: 'set null' }),
    stagedSpec: text('staged_spec'),
    staged: boolean('staged').notNull().default(false),
    // The Enclave process running the launch; while it lives (holds its lock), nobody else fails the launch.
    launchedBy: text('launched_by'),
    // RUNNING and its connect port answers through the tunnel.
    ready: boolean('ready').notNull().default(false),
    // The last proxied traffic, written coalesced.
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }),
    // The workspace's lifetime rules at launch; the deadlines they set while RUNNING (null otherwise, or no rule).
    maxLifetimeSeconds: integer('max_lifetime_seconds'),
    idleTimeoutSeconds: integer('idle_timeout_seconds'),
    expirationAction: text('expiration_action', { enum: expirationActions }).notNull().default('DESTROY'),
    lifetimeEndsAt: timestamp('lifetime_ends_at', { withTimezone: true }),
    idleEndsAt: timestamp('idle_ends_at', { withTimezone: true }),
    // When the next rule acts: the earlier deadline (least() skips nulls).
    expiresAt: timestamp('expires_at', { withTimezone: true }).generatedAlwaysAs(sql`least(lifetime_ends_at, idle_ends_at)`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('sessions_owner_idempotency_key').on(t.owner, t.idempotencyKey),
    index('sessions_agent_status').on(t.agentId, t.status),
    index('sessions_pool').on(t.poolId).where(sql`pool_id is not null`),
    index('sessions_expires_at').on(t.expiresAt).where(sql`expires_at is not null`),
  ],
);

export const sessionTransitions = pgTable(
  'session_transitions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    status: text('status', { enum: sessionStatuses }).notNull(),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    // 'status': the session moved to `status`; 'ready': it stayed there and its `ready` flipped (not history).
    kind: text('kind', { enum: ['status', 'ready'] }).notNull().default('status'),
  },
  (t) => [index('session_transitions_session').on(t.sessionId, t.id)],
);

/**
 * What lets a browser into a session: a connect token (single use, a minute) or the cookie it was exchanged for
 * (host-only, on the session's own origin). Only the sha256 of each secret is kept.
 */
export const sessionGrants = pgTable(
  'session_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['token', 'cookie'] }).notNull(),
    secretHash: text('secret_hash').notNull().unique(),
    // Who asked for it (connectSession's viewer): access ends when that key is revoked.
    actor: text('actor').notNull(),
    actorKeyId: uuid('actor_key_id'),
    // When the actor signed in with a password or OIDC: access ends with that sign-in.
    actorSignInId: uuid('actor_sign_in_id'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('session_grants_session').on(t.sessionId)],
);
export type SessionGrantRow = typeof sessionGrants.$inferSelect;

/** Named volumes Enclave made on an agent (by a session's mount): where an owner's profile lives, for placement. */
export const agentVolumes = pgTable(
  'agent_volumes',
  {
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.agentId, t.name] }), index('agent_volumes_name').on(t.name)],
);

export type AgentRow = typeof agents.$inferSelect;
export type NetworkRow = typeof networks.$inferSelect;
export type WorkspaceRow = typeof workspaces.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type SessionTransitionRow = typeof sessionTransitions.$inferSelect;

export type StagingPoolRow = typeof stagingPools.$inferSelect;

export * from './schema.identity.js';
export * from './schema.hosts.js';
