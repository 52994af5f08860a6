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
    discoveredAt: timestamp('discovered_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('networks_agent_docker_id').on(t.agentId, t.dockerId),
    index('networks_name').on(t.name),
  ],
);

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
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

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
  'STOPPING',
  'STOPPED',
  'FAILED',
] as const;
export type SessionStatus = (typeof sessionStatuses)[number];
/** Sessions in these states hold capacity on their agent. */
export const activeStatuses = ['REQUESTED', 'PROVISIONING', 'STARTING', 'RUNNING', 'STOPPING'] as const satisfies SessionStatus[];

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
    // What this session holds on its agent while it is active (copied from the workspace at launch).
    cores: real('cores').notNull(),
    memoryMb: integer('memory_mb').notNull(),
    idempotencyKey: text('idempotency_key'),
    // The Enclave process running the launch; while it lives (holds its lock), nobody else fails the launch.
    launchedBy: text('launched_by'),
    // RUNNING and its connect port answers through the tunnel.
    ready: boolean('ready').notNull().default(false),
    // The last proxied traffic, written coalesced.
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('sessions_owner_idempotency_key').on(t.owner, t.idempotencyKey),
    index('sessions_agent_status').on(t.agentId, t.status),
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

export const roles = ['ADMIN', 'USER'] as const;
/** People. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(), // never changes: the owner of their sessions and keys
    displayName: text('display_name'),
    role: text('role', { enum: roles }).notNull().default('USER'),
    passwordHash: text('password_hash'), // scrypt, a PHC string (auth/passwords.ts); null: no password sign-in
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'), // the OpenID Connect provider and subject they sign in as
    disabled: boolean('disabled').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('users_oidc_subject').on(t.oidcIssuer, t.oidcSubject)],
);

export const groups = pgTable('groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  // Network names its members may launch on; empty: no limit.
  networks: text('networks').array().notNull().default(sql`'{}'::text[]`),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('group_members_user').on(t.userId)],
);

/** A browser signed in (password or OIDC): its cookie holds the token; only the sha256 is kept. */
export const signIns = pgTable(
  'sign_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    method: text('method', { enum: ['password', 'oidc'] }).notNull(),
    address: text('address'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(), // absolute; the idle end follows lastSeenAt
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('sign_ins_user').on(t.userId)],
);

/** Failed sign-ins per username and per address, shared by every process. */
export const signInLimits = pgTable('sign_in_limits', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/** An OpenID Connect sign-in under way: what the callback must match (state, nonce) and prove (PKCE). */
export const oidcFlows = pgTable('oidc_flows', {
  id: uuid('id').primaryKey().defaultRandom(),
  secretHash: text('secret_hash').notNull().unique(), // sha256 of the browser's flow cookie
  state: text('state').notNull(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  role: text('role', { enum: roles }).notNull(), // a key acts with the lower of this and its user's role
  owner: text('owner').notNull(),
  // The user the key belongs to; null once that user is deleted (the key is revoked then).
  userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
  // sha256 of the token: tokens are 256 random bits, so a slow hash adds nothing.
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

export type AgentRow = typeof agents.$inferSelect;
export type NetworkRow = typeof networks.$inferSelect;
export type WorkspaceRow = typeof workspaces.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type SessionTransitionRow = typeof sessionTransitions.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type GroupRow = typeof groups.$inferSelect;
export type SignInRow = typeof signIns.$inferSelect;

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    actorKeyId: uuid('actor_key_id'),
    role: text('role', { enum: ['ADMIN', 'USER'] }).notNull(),
    operation: text('operation').notNull(),
    target: text('target'),
    outcome: text('outcome').notNull(),
    message: text('message'),
  },
  (t) => [index('audit_log_at').on(t.at)],
);

export type AuditRow = typeof auditLog.$inferSelect;
