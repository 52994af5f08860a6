import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { sessions } from '../db/schema.js';

/**
 * When sessions last had proxied traffic (gathered by the caller): only ever moves forward, and pushes a RUNNING
 * session's idle deadline to that moment + its idle timeout (never reviving one whose deadline has passed). Published
 * nowhere.
 */
export async function recordActivity(db: Db, lastSeen: ReadonlyMap<string, Date>): Promise<void> {
  if (lastSeen.size === 0) return;
  await db.transaction(async (tx) => {
    for (const [id, at] of lastSeen)
      await tx
        .update(sessions)
        .set({
          lastActivityAt: sql`greatest(${sessions.lastActivityAt}, ${at.toISOString()}::timestamptz)`,
          idleEndsAt: sql`case when ${sessions.status} = 'RUNNING' and ${sessions.idleEndsAt} > now()
            then greatest(${sessions.idleEndsAt}, ${at.toISOString()}::timestamptz + ${sessions.idleTimeoutSeconds} * interval '1 second')
            else ${sessions.idleEndsAt} end`,
        })
        .where(eq(sessions.id, id));
  });
}
