import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { groupMembers, groups, users, type GroupRow, type UserRow } from '../db/schema.js';

/** A transaction or the database: the repository's writes compose into a caller's transaction. */
type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

export type UsersRepository = ReturnType<typeof createUsersRepository>;

/** The users, groups and group_members tables. */
export function createUsersRepository({ db }: { db: Db }) {
  const first = <R>(rows: Promise<R[]>) => rows.then((r) => r[0]);

  return {
    transaction: <T>(work: (tx: Tx) => Promise<T>) => db.transaction((tx) => work(tx)),

    byId: (id: string, tx: Tx = db): Promise<UserRow | undefined> => first(tx.select().from(users).where(eq(users.id, id))),
    byIds: (ids: readonly string[]) => (ids.length === 0 ? Promise.resolve([]) : db.select().from(users).where(inArray(users.id, [...ids]))),
    byUsername: (username: string, tx: Tx = db): Promise<UserRow | undefined> => first(tx.select().from(users).where(eq(users.username, username))),
    byOidcSubject: (issuer: string, subject: string): Promise<UserRow | undefined> =>
      first(db.select().from(users).where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)))),
    list: () => db.select().from(users).orderBy(asc(users.username)),

    async insert(values: typeof users.$inferInsert, tx: Tx = db): Promise<UserRow> {
      const [row] = await tx.insert(users).values(values).returning();
      return row!;
    },

    async update(id: string, set: Partial<typeof users.$inferInsert>, tx: Tx = db): Promise<UserRow | undefined> {
      return first(tx.update(users).set({ ...set, updatedAt: sql`now()` }).where(eq(users.id, id)).returning());
    },

    async remove(id: string, tx: Tx = db): Promise<UserRow | undefined> {
      return first(tx.delete(users).where(eq(users.id, id)).returning());
    },

    signedIn: (id: string) => db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, id)),

    ...groupQueries(db),

    /** Replaces the user's memberships with exactly `groupIds`. */
    async setMemberships(userId: string, groupIds: readonly string[], tx: Tx = db): Promise<void> {
      await tx.delete(groupMembers).where(eq(groupMembers.userId, userId));
      if (groupIds.length > 0) await tx.insert(groupMembers).values(groupIds.map((groupId) => ({ groupId, userId })));
    },

    async addMember(groupId: string, userId: string): Promise<void> {
      await db.insert(groupMembers).values({ groupId, userId }).onConflictDoNothing();
    },
  };
}

/** The groups table, and who is in which. */
function groupQueries(db: Db) {
  const first = <R>(rows: Promise<R[]>) => rows.then((r) => r[0]);
  return {
    groupById: (id: string, tx: Tx = db): Promise<GroupRow | undefined> => first(tx.select().from(groups).where(eq(groups.id, id))),
    groupsByName: (names: readonly string[], tx: Tx = db): Promise<GroupRow[]> =>
      names.length === 0 ? Promise.resolve([]) : tx.select().from(groups).where(inArray(groups.name, [...names])),
    listGroups: () => db.select().from(groups).orderBy(asc(groups.name)),

    async insertGroup(values: typeof groups.$inferInsert): Promise<GroupRow> {
      const [row] = await db.insert(groups).values(values).returning();
      return row!;
    },

    updateGroup: (id: string, set: Partial<typeof groups.$inferInsert>, tx: Tx = db): Promise<GroupRow | undefined> =>
      first(tx.update(groups).set({ ...set, updatedAt: sql`now()` }).where(eq(groups.id, id)).returning()),

    removeGroup: (id: string, tx: Tx = db): Promise<GroupRow | undefined> => first(tx.delete(groups).where(eq(groups.id, id)).returning()),

    /** The groups each user is in, by user id. */
    async groupsOf(userIds: readonly string[], tx: Tx = db): Promise<Map<string, GroupRow[]>> {
      const byUser = new Map<string, GroupRow[]>(userIds.map((id) => [id, []]));
      if (userIds.length === 0) return byUser;
      const rows = await tx
        .select({ userId: groupMembers.userId, group: groups })
        .from(groupMembers)
        .innerJoin(groups, eq(groups.id, groupMembers.groupId))
        .where(inArray(groupMembers.userId, [...userIds]))
        .orderBy(asc(groups.name));
      for (const { userId, group } of rows) byUser.get(userId)?.push(group);
      return byUser;
    },

    /** The members of each group, by group id. */
    async membersOf(groupIds: readonly string[]): Promise<Map<string, UserRow[]>> {
      const byGroup = new Map<string, UserRow[]>(groupIds.map((id) => [id, []]));
      if (groupIds.length === 0) return byGroup;
      const rows = await db
        .select({ groupId: groupMembers.groupId, user: users })
        .from(groupMembers)
        .innerJoin(users, eq(users.id, groupMembers.userId))
        .where(inArray(groupMembers.groupId, [...groupIds]))
        .orderBy(asc(users.username));
      for (const { groupId, user } of rows) byGroup.get(groupId)?.push(user);
      return byGroup;
    },
  };
}
