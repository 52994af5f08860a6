import { desc, lt } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import { auditLog } from '../db/schema.js';
import { AppError, ErrorCode } from '../errors.js';
import type { Viewer } from './auth.service.js';

export interface AuditRecord {
  viewer: Viewer;
  operation: string;
  target: string | null;
  outcome: string;
  message: string | null;
}

export type AuditLog = ReturnType<typeof createAuditLog>;

/** Whatever a caller sent ends up here; text Postgres cannot store must not cost the audit row. */
const clean = (text: string) => text.replace(/\u0000/g, '\uFFFD').toWellFormed();

/** Who did what and when: one row per mutation, whatever its outcome. */
export function createAuditLog({ db, log }: { db: Db; log: Logger }) {
  return {
    async record({ viewer, operation, target, outcome, message }: AuditRecord): Promise<void> {
      try {
        await db.insert(auditLog).values({
          actor: viewer.owner,
          actorKeyId: viewer.keyId,
          role: viewer.role,
          operation,
          target: target && clean(target.slice(0, 200)),
          outcome,
          message: message && clean(message.slice(0, 1000)),
        });
      } catch (error) {
        // The mutation has happened; losing its audit row must not turn it into a failure.
        log.error({ err: error, operation, actor: viewer.owner }, 'could not write the audit log');
      }
    },

    async page(first: number, after: string | null | undefined) {
      if (!Number.isInteger(first) || first < 1 || first > 500)
        throw new AppError(ErrorCode.BAD_USER_INPUT, '`first` must be between 1 and 500.');
      if (after != null && !/^\d{1,18}$/.test(after))
        throw new AppError(ErrorCode.BAD_USER_INPUT, '`after` must be an `endCursor` from an earlier page.');
      const rows = await db
        .select()
        .from(auditLog)
        .where(after != null ? lt(auditLog.id, Number(after)) : undefined)
        .orderBy(desc(auditLog.id))
        .limit(first + 1);
      const entries = rows.slice(0, first);
      return {
        entries,
        hasNextPage: rows.length > first,
        endCursor: entries.length > 0 ? String(entries[entries.length - 1]!.id) : null,
      };
    },
  };
}
