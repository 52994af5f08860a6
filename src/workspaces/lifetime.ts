import type { ExpirationAction, WorkspaceRow } from '../db/schema.js';
import { AppError, ErrorCode } from '../errors.js';

export interface LifetimeInput {
  maxLifetimeSeconds?: number | null | undefined;
  idleTimeoutSeconds?: number | null | undefined;
  expirationAction?: ExpirationAction | null | undefined;
}

/** A year: longer is "never", which is null. */
const longest = 366 * 24 * 3600;

/** The lifetime rules given (undefined = leave as is, null = no rule), in whole seconds. */
export function validLifetime(input: LifetimeInput): Partial<Pick<WorkspaceRow, 'maxLifetimeSeconds' | 'idleTimeoutSeconds' | 'expirationAction'>> {
  const set: Partial<Pick<WorkspaceRow, 'maxLifetimeSeconds' | 'idleTimeoutSeconds' | 'expirationAction'>> = {};
  for (const field of ['maxLifetimeSeconds', 'idleTimeoutSeconds'] as const) {
    const value = input[field];
    if (value === undefined) continue;
    if (value !== null && !(Number.isInteger(value) && value >= 1 && value <= longest))
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `${field} must be a whole number of seconds from 1 to ${longest} (a year), or null for no limit.`,
        {
          field,
        },
      );
    set[field] = value;
  }
  if (input.expirationAction != null) set.expirationAction = input.expirationAction;
  return set;
}
