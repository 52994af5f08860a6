import type { VolumeMount } from '../db/schema.js';
import type { ContainerMount } from '../docker/containers.js';
import { volumeNamePart } from '../docker/volume-names.js';

/** Whose session and which workspace a workspace's volume templates are expanded for. */
export interface MountContext {
  owner: string;
  workspaceId: string;
}

/** A named volume a session mounts, and whether it must go where that volume lives. */
export interface NamedVolume {
  name: string;
  requireAgent: boolean;
}

// Host paths are absolute; anything else is a named-volume template (workspaces/volumes.ts checked which).
const isHostPath = (source: string) => source.startsWith('/');

/**
 * The volume name of a template: {owner} is the owner encoded injectively (so that no owner name, whatever its
 * characters, can reach another's volume or break out of the name), {workspace} the workspace's id, stable across
 * renames.
 */
export function volumeName(template: string, { owner, workspaceId }: MountContext): string {
  return template.replace(/\{(owner|workspace)\}/g, (_, placeholder: string) => (placeholder === 'owner' ? volumeNamePart(owner) : workspaceId));
}

/** The container's mounts: named volumes (Docker creates them on first use) and host paths. */
export function containerMounts(volumes: readonly VolumeMount[], context: MountContext): ContainerMount[] {
  return volumes.map(({ source, target, readOnly }) =>
    isHostPath(source)
      ? { type: 'bind', source, target, readOnly }
      : { type: 'volume', source: volumeName(source, context), target, readOnly },
  );
}

/** The named volumes a session mounts, each once (required if any of its mounts requires its agent). */
export function namedVolumes(volumes: readonly VolumeMount[], context: MountContext): NamedVolume[] {
  const byName = new Map<string, NamedVolume>();
  for (const { source, requireAgent } of volumes) {
    if (isHostPath(source)) continue;
    const name = volumeName(source, context);
    byName.set(name, { name, requireAgent: requireAgent || (byName.get(name)?.requireAgent ?? false) });
  }
  return [...byName.values()];
}
