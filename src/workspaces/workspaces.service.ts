import { eq, inArray, sql } from 'drizzle-orm';
import { seesWorkspace, unrestricted, type Entitlement } from '../entitlements.js';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/client.js';
import { workspaces, type WorkspaceConnect, type WorkspaceRow } from '../db/schema.js';
import { AppError, ErrorCode, notFound } from '../errors.js';
import type { EventBus } from '../events/bus.js';
import type { Fleet } from '../fleet/fleet.js';
import { assertId, validateNetworkName, validLabels, validZone } from '../ids.js';
import { isImageReference } from './image-reference.js';
import { launchOptions, type LaunchOptions } from './launch-options.js';
import { validLifetime, type LifetimeInput } from './lifetime.js';
import { validVolumeSettings, type VolumesInput } from './volumes.js';

export interface WorkspaceInput extends LifetimeInput, VolumesInput {
  name?: string | null | undefined;
  image?: string | null | undefined;
  command?: readonly string[] | null | undefined;
  assignCommand?: readonly string[] | null | undefined;
  env?: readonly { key: string; value: string }[] | null | undefined;
  cores?: number | null | undefined;
  memoryMb?: number | null | undefined;
  zone?: string | null | undefined;
  enabled?: boolean | null | undefined;
  connect?: { port: number; protocol?: 'HTTP' | 'HTTPS' | null; path?: string | null } | null | undefined;
  groups?: readonly string[] | null | undefined;
  agentSelector?: readonly string[] | null | undefined;
  gpus?: number | null | undefined;
}

export interface WorkspacesServiceDeps {
  db: Db;
  events: EventBus;
  fleet: Fleet;
  defaultNetwork: string;
  /** Host paths that volumes may mount (ENCLAVE_BIND_ROOTS, normalized); empty: none. */
  bindRoots: readonly string[];
  /** BAD_USER_INPUT unless every named group exists. */
  assertGroupsExist(names: readonly string[]): Promise<void>;
}

export type WorkspacesService = ReturnType<typeof createWorkspacesService>;

export function createWorkspacesService({ db, events, fleet, defaultNetwork, bindRoots, assertGroupsExist }: WorkspacesServiceDeps) {
  /** What is given, checked; groups must exist. */
  const columns = (input: WorkspaceInput) => checked(input, bindRoots, assertGroupsExist);

  async function mustGet(id: string): Promise<WorkspaceRow> {
    assertId(id, 'workspace');
    const [row] = await db.select().from(workspaces).where(eq(workspaces.id, id));
    if (!row) throw notFound('workspace', id);
    return row;
  }

  async function write(id: string, set: Partial<typeof workspaces.$inferInsert>): Promise<WorkspaceRow> {
    try {
      const [row] = await db
        .update(workspaces)
        .set({ ...set, updatedAt: sql`now()` })
        .where(eq(workspaces.id, id))
        .returning();
      if (!row) throw notFound('workspace', id);
      events.publish('workspaceChanged', row);
      return row;
    } catch (error) {
      throw isUniqueViolation(error) ? nameTaken(set.name ?? '') : error;
    }
  }

  return {
    mustGet,

    /** The workspace, if the viewer's groups let them see it (undefined otherwise, as for one that does not exist). */
    async get(id: string, entitlement: Entitlement = unrestricted): Promise<WorkspaceRow | undefined> {
      assertId(id, 'workspace');
      const workspace = (await fleet.snapshot()).workspaces.find((w) => w.id === id);
      return workspace && seesWorkspace(entitlement, workspace) ? workspace : undefined;
    },

    /** As mustGet, but NOT_FOUND also for a workspace the viewer's groups do not let them see. */
    async mustSee(id: string, entitlement: Entitlement): Promise<WorkspaceRow> {
      const workspace = await mustGet(id);
      if (!seesWorkspace(entitlement, workspace)) throw notFound('workspace', id);
      return workspace;
    },

    list: async (entitlement: Entitlement = unrestricted) => (await fleet.snapshot()).workspaces.filter((w) => seesWorkspace(entitlement, w)),
    byIds: (ids: readonly string[]) => (ids.length === 0 ? Promise.resolve([]) : db.select().from(workspaces).where(inArray(workspaces.id, [...ids]))),

    async create(input: WorkspaceInput & { name: string; image: string }): Promise<WorkspaceRow> {
      const values = await columns(input);
      try {
        const [row] = await db
          .insert(workspaces)
          .values({ ...values, name: values.name!, image: values.image! })
          .returning();
        events.publish('workspaceChanged', row!);
        return row!;
      } catch (error) {
        throw isUniqueViolation(error) ? nameTaken(input.name) : error;
      }
    },

    async update(id: string, input: WorkspaceInput): Promise<WorkspaceRow> {
      const current = await mustGet(id);
      const set = await columns(input);
      return Object.keys(set).length === 0 ? current : write(id, set);
    },

    async restrict(id: string, names: readonly string[], allowNetworkSelection: boolean): Promise<WorkspaceRow> {
      await mustGet(id);
      const networks = [...new Set(names.map((n) => n.trim()))];
      if (networks.length > 50) throw new AppError(ErrorCode.BAD_USER_INPUT, 'A workspace can be restricted to at most 50 networks.');
      for (const name of networks) validateNetworkName(name);
      return write(id, { networks, allowNetworkSelection });
    },

    /** From the in-memory fleet: no Docker call, no query once the snapshot is loaded. */
    async launchOptions(workspace: WorkspaceRow, entitlement: Entitlement = unrestricted): Promise<LaunchOptions> {
      return launchOptions(workspace, (await fleet.snapshot()).agents, defaultNetwork, entitlement);
    },
  };
}

async function checked(input: WorkspaceInput, bindRoots: readonly string[], assertGroupsExist: WorkspacesServiceDeps['assertGroupsExist']) {
  const set = { ...validate(input), ...validLifetime(input), ...validVolumeSettings(input, bindRoots) };
  if (set.groups) await assertGroupsExist(set.groups);
  return set;
}

function nameTaken(name: string) {
  return new AppError(ErrorCode.CONFLICT, `A workspace named "${name}" already exists. Choose another name or update it.`);
}

const bad = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });
const envKey = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Checks what is given (undefined = leave as is) and returns the columns to write. */
function validate(input: WorkspaceInput): Partial<typeof workspaces.$inferInsert> {
  const set: Partial<typeof workspaces.$inferInsert> = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (!name || name.length > 100) throw bad('name', 'A workspace name is 1 to 100 characters.');
    set.name = name;
  }
  if (input.image != null) {
    const image = input.image.trim();
    if (!isImageReference(image))
      throw bad('image', `"${image.slice(0, 300)}" is not a Docker image reference, e.g. "busybox:1.36" or "ghcr.io/org/app:1.2". Names are lowercase.`);
    set.image = image;
  }
  if (input.command !== undefined) {
    if (input.command && (input.command.length > 100 || input.command.some((c) => c.length > 4096)))
      throw bad('command', 'A command is at most 100 arguments of at most 4096 characters.');
    set.command = input.command ? [...input.command] : null;
  }
  if (input.assignCommand !== undefined) {
    if (input.assignCommand && (input.assignCommand.length > 100 || input.assignCommand.some((c) => c.length > 4096)))
      throw bad('assignCommand', 'An assign command is at most 100 arguments of at most 4096 characters.');
    set.assignCommand = input.assignCommand?.length ? [...input.assignCommand] : null;
  }
  if (input.env != null) {
    if (input.env.length > 200) throw bad('env', 'At most 200 environment variables.');
    for (const { key, value } of input.env) {
      if (!envKey.test(key) || key.length > 256)
        throw bad('env', `"${key.slice(0, 100)}" is not an environment variable name (letters, digits and "_", not starting with a digit).`);
      if (value.length > 32_768) throw bad('env', `The value of ${key} is longer than 32768 characters.`);
    }
    set.env = input.env.map(({ key, value }) => ({ key, value }));
  }
  if (input.cores != null) {
    if (!(input.cores >= 0.01 && input.cores <= 256)) throw bad('cores', 'cores must be between 0.01 and 256.');
    set.cores = input.cores;
  }
  if (input.memoryMb != null) {
    // Docker refuses a memory limit under 6 MB.
    if (!(input.memoryMb >= 6 && input.memoryMb <= 1_048_576)) throw bad('memoryMb', 'memoryMb must be between 6 and 1048576.');
    set.memoryMb = input.memoryMb;
  }
  if (input.zone !== undefined) set.zone = validZone(input.zone);
  if (input.agentSelector != null) set.agentSelector = validLabels(input.agentSelector, 'agentSelector');
  if (input.gpus != null) {
    if (!(Number.isInteger(input.gpus) && input.gpus >= 0 && input.gpus <= 64)) throw bad('gpus', 'gpus must be a whole number from 0 to 64.');
    set.gpus = input.gpus;
  }
  if (input.enabled != null) set.enabled = input.enabled;
  if (input.connect !== undefined) set.connect = input.connect && validConnect(input.connect);
  if (input.groups != null) {
    const groups = [...new Set(input.groups.map((g) => g.trim()))];
    if (groups.length > 50) throw bad('groups', 'A workspace can be limited to at most 50 groups.');
    set.groups = groups;
  }
  return set;
}

/** Where a session is opened: a TCP port inside the container, HTTP or HTTPS, and the path the browser lands on. */
function validConnect({ port, protocol, path }: NonNullable<WorkspaceInput['connect']>): WorkspaceConnect {
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw bad('connect', 'connect.port must be a port number from 1 to 65535.');
  const landing = path ?? '/';
  // An absolute path, as the browser would send it: no scheme or host of its own, no spaces or control characters.
  if (!landing.startsWith('/') || landing.startsWith('//') || landing.length > 2000 || /[\s\x00-\x1f\x7f\\]/.test(landing))
    throw bad('connect', 'connect.path must be a path starting with "/", e.g. "/" or "/vnc.html", without spaces.');
  return { port, protocol: protocol ?? 'HTTP', path: landing };
}
