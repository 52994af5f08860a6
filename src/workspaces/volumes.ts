import { posix } from 'node:path';
import type { VolumeMount, WorkspaceRow } from '../db/schema.js';
import { maxVolumeNameLength, maxVolumeNamePart } from '../docker/volume-names.js';
import { AppError, ErrorCode } from '../errors.js';

export interface VolumeMountInput {
  source: string;
  target: string;
  readOnly?: boolean | null | undefined;
  requireAgent?: boolean | null | undefined;
}

export interface VolumesInput {
  volumes?: readonly VolumeMountInput[] | null | undefined;
  shmSizeMb?: number | null | undefined;
}

export const maxMounts = 20;
const maxShmSizeMb = 65_536;
const maxPathLength = 1024;
/** What each placeholder becomes at launch, at its longest: the owner encoded (docker/volume-names.ts), a UUID. */
const placeholders: Record<string, number> = { owner: maxVolumeNamePart, workspace: 36 };

const bad = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });
const quoted = (text: string) => JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text);

/** The mounts and the size of /dev/shm given (undefined = leave as is; null volumes = none, null shmSizeMb = Docker's default). */
export function validVolumeSettings(input: VolumesInput, bindRoots: readonly string[]): Partial<Pick<WorkspaceRow, 'volumes' | 'shmSizeMb'>> {
  const set: Partial<Pick<WorkspaceRow, 'volumes' | 'shmSizeMb'>> = {};
  if (input.volumes !== undefined) set.volumes = validVolumes(input.volumes ?? [], bindRoots);
  if (input.shmSizeMb !== undefined) {
    const size = input.shmSizeMb;
    if (size !== null && !(Number.isInteger(size) && size >= 1 && size <= maxShmSizeMb))
      throw bad(
        'shmSizeMb',
        `shmSizeMb must be a whole number of MB from 1 to ${maxShmSizeMb} (browsers want 1024 or more), or null for Docker's default (64).`,
      );
    set.shmSizeMb = size;
  }
  return set;
}

export function validVolumes(mounts: readonly VolumeMountInput[], bindRoots: readonly string[]): VolumeMount[] {
  if (mounts.length > maxMounts) throw bad('volumes', `A workspace mounts at most ${maxMounts} volumes; it was given ${mounts.length}.`);
  const targets = new Set<string>();
  return mounts.map((mount, i) => {
    const target = validTarget(mount.target, i);
    if (targets.has(target)) throw bad('volumes', `Two volumes mount at ${quoted(target)}; give each its own target.`);
    targets.add(target);
    const host = mount.source.startsWith('/');
    const source = host ? validHostPath(mount.source, i, bindRoots) : validTemplate(mount.source, i);
    const requireAgent = mount.requireAgent ?? false;
    if (host && requireAgent)
      throw bad('volumes', `volumes[${i}].requireAgent is for named volumes: a host path is on each agent's own disk. Leave it false.`);
    return { source, target, readOnly: mount.readOnly ?? false, requireAgent };
  });
}

/** An absolute path, normalized ("//a/./b/" is "/a/b"); never "/", never with "..". */
function validTarget(target: string, i: number): string {
  const path = cleanPath(target);
  if (!path || path === '/')
    throw bad(
      'volumes',
      `volumes[${i}].target ${quoted(target)} must be an absolute path in the container other than "/", without "..", e.g. "/home/user".`,
    );
  return path;
}

/** A host path under one of the roots, compared on whole path segments ("/srv/data2" is not under "/srv/data"). */
function validHostPath(source: string, i: number, bindRoots: readonly string[]): string {
  const mount = `volumes[${i}].source ${quoted(source)}`;
  if (bindRoots.length === 0)
    throw bad(
      'volumes',
      `${mount} is a host path, and host binds are off: ENCLAVE_BIND_ROOTS is empty. ` +
        'Mount a named volume (e.g. "profile-{owner}"), or have the operator set ENCLAVE_BIND_ROOTS.',
    );
  const roots = bindRoots.join(', ');
  const path = cleanPath(source);
  if (!path) throw bad('volumes', `${mount} must be a plain absolute path (no "..", no control characters) under ENCLAVE_BIND_ROOTS (${roots}).`);
  if (!bindRoots.some((root) => path === root || path.startsWith(`${root}/`)))
    throw bad('volumes', `${mount} is not under ENCLAVE_BIND_ROOTS (${roots}); mount a path under one of them, or a named volume.`);
  return path;
}

/** The path normalized, or undefined when it is not absolute, holds a ".." segment or a control character, or is too long. */
function cleanPath(raw: string): string | undefined {
  // ".." is refused, not resolved: a path must say plainly where it points.
  if (!raw.startsWith('/') || raw.length > maxPathLength || /[\x00-\x1f\x7f]/.test(raw) || raw.split('/').includes('..')) return undefined;
  const path = posix.normalize(raw);
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

const known = /\{(owner|workspace)\}/g;

/** A named volume: Docker's name characters and the placeholders {owner} and {workspace}, short enough once they are replaced. */
function validTemplate(source: string, i: number): string {
  const mount = `volumes[${i}].source ${quoted(source)}`;
  const literal = source.replace(known, '');
  const brace = /\{[^}]*\}?|\}/.exec(literal);
  if (brace)
    throw bad(
      'volumes',
      `${mount} has ${quoted(brace[0])}; the only placeholders are {owner} (the session's owner) and {workspace} (the workspace's id).`,
    );
  if (!/^[a-zA-Z0-9]/.test(source) || !/^[a-zA-Z0-9_.-]*$/.test(literal) || source.length < 2)
    throw bad(
      'volumes',
      `${mount} is neither a named volume (2 or more letters, digits, "_", "." or "-", starting with a letter or digit, ` +
        'e.g. "profile-{owner}") nor an absolute host path.',
    );
  const longest = source.replace(known, (_, name: string) => 'x'.repeat(placeholders[name]!)).length;
  if (longest > maxVolumeNameLength)
    throw bad(
      'volumes',
      `${mount} is too long: with {owner} up to ${maxVolumeNamePart} characters and {workspace} 36, ` +
        `its volume names could pass Docker's ${maxVolumeNameLength}.`,
    );
  return source;
}
