import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/client.js';
import { apiKeys, signIns, workspaces, type GroupRow, type UserRow } from '../db/schema.js';
import { AppError, ErrorCode, notFound } from '../errors.js';
import type { EventBus } from '../events/bus.js';
import { assertId, validateNetworkName } from '../ids.js';
import type { Role } from './auth.service.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';
import { createUsersRepository, type UsersRepository } from './users.repository.js';

export interface UserInput {
  username?: string | null | undefined;
  password?: string | null | undefined;
  displayName?: string | null | undefined;
  role?: Role | null | undefined;
  groups?: readonly string[] | null | undefined;
  disabled?: boolean | null | undefined;
}

export interface GroupInput {
  name?: string | null | undefined;
  networks?: readonly string[] | null | undefined;
}

export interface UsersServiceDeps {
  db: Db;
  events: Pick<EventBus, 'publish'>;
  /** Destroys every active session of `owner` (when their user is deleted). */
  destroySessionsOf(owner: string): Promise<void>;
  log: Logger;
}

export type UsersService = ReturnType<typeof createUsersService>;

const bad = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });

/** People and groups: who they are, which groups they are in, and what those groups may use. */
export function createUsersService({ db, events, destroySessionsOf, log }: UsersServiceDeps) {
  const repo = createUsersRepository({ db });

  const { mustGetUser, mustGetGroup, groupIds } = lookups(repo);

  return {
    repo,
    list: repo.list,
    byIds: repo.byIds,
    groupsOf: repo.groupsOf,
    membersOf: repo.membersOf,
    listGroups: repo.listGroups,

    async createUser(input: UserInput & { username: string }): Promise<UserRow> {
      const username = validUsername(input.username);
      const values = await userColumns(input, username);
      const ids = input.groups ? await groupIds(input.groups) : [];
      try {
        return await repo.transaction(async (tx) => {
          const user = await repo.insert({ ...values, username }, tx);
          await repo.setMemberships(user.id, ids, tx);
          return user;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError(ErrorCode.CONFLICT, `A user named "${username}" already exists. Choose another name or update that user.`);
        throw error;
      }
    },

    async updateUser(id: string, input: UserInput): Promise<UserRow> {
      const current = await mustGetUser(id);
      const set = await userColumns(input, current.username);
      const ids = input.groups != null ? await groupIds(input.groups) : undefined;
      // A new password or a disabled user ends every browser signed in as them.
      const endSignIns = set.passwordHash !== undefined || set.disabled === true;
      const user = await repo.transaction(async (tx) => {
        const row = Object.keys(set).length > 0 ? await repo.update(id, set, tx) : current;
        if (ids) await repo.setMemberships(id, ids, tx);
        if (endSignIns) await tx.update(signIns).set({ revokedAt: sql`now()` }).where(sql`${signIns.userId} = ${id} and ${signIns.revokedAt} is null`);
        return row ?? current;
      });
      events.publish('userChanged', { id });
      return user;
    },

    /** Revokes the user's keys, destroys their sessions and deletes them; the audit log keeps their name. */
    async deleteUser(id: string): Promise<string> {
      const user = await mustGetUser(id);
      const revoked = await repo.transaction(async (tx) => {
        const keys = await tx
          .update(apiKeys)
          .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
          .where(sql`${apiKeys.userId} = ${id}`)
          .returning({ id: apiKeys.id });
        await repo.remove(id, tx);
        return keys;
      });
      for (const key of revoked) events.publish('apiKeyRevoked', key);
      events.publish('userChanged', { id });
      await destroySessionsOf(user.username).catch((error: unknown) =>
        log.error({ err: error, owner: user.username }, 'could not destroy the sessions of a deleted user'),
      );
      return id;
    },

    ...groupUseCases({ db, events, repo, mustGetGroup, groupIds }),

    /** Adds a user to a group (the CLI's `groups add-member`). */
    async addMember(groupId: string, userId: string): Promise<void> {
      await mustGetGroup(groupId);
      await mustGetUser(userId);
      await repo.addMember(groupId, userId);
      events.publish('userChanged', { id: userId });
    },
  };
}

/** Users and groups by id (NOT_FOUND otherwise), and the ids of named groups (BAD_USER_INPUT for unknown names). */
function lookups(repo: UsersRepository) {
  async function mustGetUser(id: string): Promise<UserRow> {
    assertId(id, 'user');
    const user = await repo.byId(id);
    if (!user) throw notFound('user', id);
    return user;
  }

  async function mustGetGroup(id: string): Promise<GroupRow> {
    assertId(id, 'group');
    const group = await repo.groupById(id);
    if (!group) throw notFound('group', id);
    return group;
  }

  /** The ids of the named groups, or BAD_USER_INPUT naming those that do not exist. */
  async function groupIds(names: readonly string[]): Promise<string[]> {
    const wanted = [...new Set(names.map((n) => n.trim()))];
    if (wanted.length > 100) throw bad('groups', 'A user can be in at most 100 groups.');
    const found = await repo.groupsByName(wanted);
    const missing = wanted.filter((n) => !found.some((g) => g.name === n));
    if (missing.length > 0)
      throw bad('groups', `No group named ${missing.map((m) => `"${m.slice(0, 64)}"`).join(', ')}; create it with createGroup first.`);
    return found.map((g) => g.id);
  }
  return { mustGetUser, mustGetGroup, groupIds };
}

/** Groups: made, renamed (into the workspaces that name them), re-limited and deleted. */
function groupUseCases({
  db,
  events,
  repo,
  mustGetGroup,
  groupIds,
}: Pick<UsersServiceDeps, 'db' | 'events'> & {
  repo: UsersRepository;
  mustGetGroup(id: string): Promise<GroupRow>;
  groupIds(names: readonly string[]): Promise<string[]>;
}) {
  return {
    async createGroup(input: GroupInput & { name: string }): Promise<GroupRow> {
      const name = validGroupName(input.name);
      try {
        return await repo.insertGroup({ name, networks: validNetworks(input.networks ?? []) });
      } catch (error) {
        throw isUniqueViolation(error) ? groupTaken(name) : error;
      }
    },

    /** A rename is carried into every workspace that names the group, in the same transaction. */
    async updateGroup(id: string, input: GroupInput): Promise<GroupRow> {
      const current = await mustGetGroup(id);
      const name = input.name != null ? validGroupName(input.name) : undefined;
      const networks = input.networks != null ? validNetworks(input.networks) : undefined;
      if (name === undefined && networks === undefined) return current;
      try {
        const { group, renamed } = await repo.transaction(async (tx) => {
          const row = await repo.updateGroup(id, { ...(name !== undefined && { name }), ...(networks !== undefined && { networks }) }, tx);
          const moved =
            name !== undefined && name !== current.name
              ? await tx
                  .update(workspaces)
                  .set({ groups: sql`array_replace(${workspaces.groups}, ${current.name}, ${name})`, updatedAt: sql`now()` })
                  .where(sql`${current.name} = any(${workspaces.groups})`)
                  .returning()
              : [];
          return { group: row!, renamed: moved };
        });
        for (const workspace of renamed) events.publish('workspaceChanged', workspace);
        events.publish('groupChanged', { id });
        return group;
      } catch (error) {
        throw isUniqueViolation(error) ? groupTaken(name ?? '') : error;
      }
    },

    /** Refused while a workspace names the group: dropping the name would open that workspace to everyone. */
    async deleteGroup(id: string): Promise<string> {
      const group = await mustGetGroup(id);
      const using = await db.select({ name: workspaces.name }).from(workspaces).where(sql`${group.name} = any(${workspaces.groups})`);
      if (using.length > 0)
        throw new AppError(
          ErrorCode.CONFLICT,
          `Group "${group.name}" limits the workspace(s) ${using.map((w) => `"${w.name}"`).join(', ')}; remove it from them first (updateWorkspace groups).`,
        );
      await repo.removeGroup(id);
      events.publish('groupChanged', { id });
      return id;
    },

    /** Whether every named group exists (a workspace may only name existing groups). */
    async assertGroupsExist(names: readonly string[]): Promise<void> {
      await groupIds(names);
    },
  };
}

/** Columns to write from what is given (undefined = leave as is). */
async function userColumns(input: UserInput, username: string) {
  const set: { displayName?: string | null; passwordHash?: string | null; role?: Role; disabled?: boolean } = {};
  if (input.displayName !== undefined) set.displayName = input.displayName === null ? null : validDisplayName(input.displayName);
  if (input.role != null) set.role = input.role;
  if (input.disabled != null) set.disabled = input.disabled;
  if (input.password != null) {
    checkPasswordPolicy(input.password, username);
    set.passwordHash = await hashPassword(input.password);
  }
  return set;
}

/** New usernames: lower case, as people type them at sign-in; what the migration made of key owners is kept as is. */
export function validUsername(raw: string): string {
  const name = raw.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9_.@-]{0,63}$/.test(name))
    throw bad('username', 'A username is 1 to 64 lower-case letters, digits, "_", ".", "@" or "-", starting with a letter or digit.');
  return name;
}

function validDisplayName(raw: string): string | null {
  const name = raw.trim();
  // Control characters, line separators and bidi overrides (which make a name display as another) are refused.
  if ([...name].length > 100 || /[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/u.test(name) || !name.isWellFormed())
    throw bad('displayName', 'A display name is at most 100 characters, without control characters or direction overrides.');
  return name || null;
}

export function validGroupName(raw: string): string {
  const name = raw.trim();
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/.test(name))
    throw bad('name', 'A group name is 1 to 63 letters, digits, "_", "." or "-", starting with a letter or digit.');
  return name;
}

function validNetworks(names: readonly string[]): string[] {
  const networks = [...new Set(names.map((n) => n.trim()))];
  if (networks.length > 50) throw bad('networks', 'A group can be limited to at most 50 networks.');
  for (const name of networks) validateNetworkName(name);
  return networks;
}

const groupTaken = (name: string) => new AppError(ErrorCode.CONFLICT, `A group named "${name}" already exists. Choose another name.`);
