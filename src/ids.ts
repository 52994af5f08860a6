import { AppError, ErrorCode } from './errors.js';

/*
 * What identifies things in Enclave, checked before it reaches the database or a daemon: ids are UUIDs; agents, zones
 * and networks have names in Docker's alphabet. Shared by every domain that takes them.
 */

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every Enclave id is a UUID; anything else would reach Postgres as a type error. */
export function assertId(id: string, what: string): void {
  if (!uuid.test(id))
    throw new AppError(ErrorCode.BAD_USER_INPUT, `"${id.slice(0, 80)}" is not a valid ${what} id (ids are UUIDs).`);
}

/** Agent and zone names: 1 to 63 of the characters Docker allows in names. */
const shortName =
  (what: string, field: string) =>
  (raw: string): string => {
    const name = raw.trim();
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/.test(name))
      throw new AppError(ErrorCode.BAD_USER_INPUT, `${what} is 1 to 63 letters, digits, "_", "." or "-", starting with a letter or digit.`, {
        field,
      });
    return name;
  };

export const validAgentName = shortName('An agent name', 'name');

const validZoneName = shortName('A zone', 'zone');
/** A zone name, as agents and workspaces share it; null (or absent) is no zone. */
export const validZone = (raw: string | null | undefined): string | null => (raw == null ? null : validZoneName(raw));

export const networkNamePattern = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const reservedNetworkNames = new Set(['bridge', 'host', 'none', 'default']);

export function validateNetworkName(name: string): void {
  if (!networkNamePattern.test(name) || name.length > 128)
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `"${name.slice(0, 140)}" is not a valid Docker network name: use up to 128 letters, digits, "_", "." or "-", starting with a letter or digit.`,
    );
  if (reservedNetworkNames.has(name))
    throw new AppError(ErrorCode.BAD_USER_INPUT, `"${name}" is one of Docker's predefined networks; choose another name.`);
}
