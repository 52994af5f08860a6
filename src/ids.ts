import { AppError, ErrorCode } from './errors.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every Enclave id is a UUID; anything else would reach Postgres as a type error. */
export function assertId(id: string, what: string): void {
  if (!uuid.test(id))
    throw new AppError(ErrorCode.BAD_USER_INPUT, `"${id.slice(0, 80)}" is not a valid ${what} id (ids are UUIDs).`);
}
