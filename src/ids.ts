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

/** At most this many labels on an agent, or in a workspace's agentSelector. */
export const MAX_LABELS = 64;
// Kubernetes' label syntax, kept simple: the key may carry a `prefix/` (e.g. example.com/gpu) within its 63 characters,
// and a value may be empty ("ssd=").
const labelKey = /^[A-Za-z0-9]([-A-Za-z0-9_./]{0,61}[A-Za-z0-9])?$/;
const labelValue = /^[A-Za-z0-9._-]{0,63}$/;

/**
 * Labels (`key=value`) as an agent carries them or a workspace's agentSelector asks for them: checked, the same label
 * given twice kept once, sorted. One value per key: an agent could not carry two, so a selector cannot ask for two.
 */
export function validLabels(raw: readonly string[], field: 'labels' | 'agentSelector'): string[] {
  const bad = (message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });
  if (raw.length > MAX_LABELS) throw bad(`${field} has ${raw.length} labels; give at most ${MAX_LABELS}.`);
  const byKey = new Map<string, string>();
  for (const label of new Set(raw.map((l) => l.trim()))) {
    const at = label.indexOf('=');
    const [key, value] = at < 0 ? [label, null] : [label.slice(0, at), label.slice(at + 1)];
    if (value === null || !labelKey.test(key) || !labelValue.test(value))
      throw bad(
        `"${label.slice(0, 140)}" in ${field} is not a label: write key=value, e.g. gpu=a100. A key is 1 to 63 letters, digits, ` +
          '"-", "_", "." or "/", starting and ending with a letter or digit; a value is up to 63 letters, digits, "-", "_" or ".".',
      );
    const other = byKey.get(key);
    if (other !== undefined) throw bad(`${field} gives key "${key}" twice (${key}=${other}, ${label}); keep one: a key has one value.`);
    byKey.set(key, value);
  }
  return [...byKey].map(([key, value]) => `${key}=${value}`).sort();
}
