// People, sign-ins, API keys and the audit log: the identity half of the schema (re-exported by schema.ts).
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

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
