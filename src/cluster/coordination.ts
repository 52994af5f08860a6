import { createHash, randomUUID } from 'node:crypto';
import postgres from 'postgres';
import type { Logger } from 'pino';

/**
 * Who does what when several Enclave processes share one Postgres: each agent's watcher runs in exactly one
 * process, and a launch is finished (or failed) by the process that started it, or by anyone once that one is gone.
 */
export interface Coordination {
  /** This process. */
  readonly instanceId: string;
  /** Takes the watcher of an agent if no live process has it; true when this process holds it. */
  claimAgent(agentId: string): Promise<boolean>;
  releaseAgent(agentId: string): Promise<void>;
  /** Whether the process that launched a session still lives. */
  launcherAlive(instanceId: string | null): Promise<boolean>;
  /** False once this process's claims were lost (its lock connection died): it must stop its watchers. */
  check(): Promise<boolean>;
  close(): Promise<void>;
}

/** One process on an embedded database: it holds everything, and any other launcher is a previous run of itself. */
export function createLocalCoordination(): Coordination {
  const instanceId = randomUUID();
  return {
    instanceId,
    claimAgent: async () => true,
    releaseAgent: async () => {},
    launcherAlive: async (id) => id === instanceId,
    check: async () => true,
    close: async () => {},
  };
}

// Advisory lock keys are (namespace, 31-bit hash of the id), so that Enclave's locks cannot collide with others'.
const agentLocks = 0x454e4341; // "ENCA"
const processLocks = 0x454e4350; // "ENCP"
const keyOf = (id: string) => createHash('sha256').update(id).digest().readUInt32BE(0) & 0x7fffffff;

/**
 * Claims are Postgres session-level advisory locks held on one dedicated connection: when the process dies, its
 * connection closes, its locks go, and another process's next claim round takes its agents over.
 *
 * The locks' connection is a client of its own with one connection and no lifetime limit: when it closes (Postgres
 * restarted, network cut), every claim is gone with it, which `onclose` records; the next `check()` then tells
 * discovery to stop its watchers, and the next claim round takes the locks again on a new connection. (A reserved
 * pool connection would be simpler, but postgres.js crashes the process when a reserved connection's socket dies
 * under it: porsager/postgres#1208.)
 */
export async function createPostgresCoordination({
  url,
  log,
  graceMs,
}: {
  url: string;
  log: Logger;
  /** How long a launcher must look dead before it is taken for dead (a restarting Postgres drops every lock). */
  graceMs: number;
}): Promise<Coordination> {
  const instanceId = randomUUID();
  let lost = false;
  let processLocked = false;
  const held = new Set<string>();
  const locks = postgres(url, {
    max: 1,
    idle_timeout: 0,
    max_lifetime: null,
    onnotice: () => {},
    onclose: () => {
      if (processLocked || held.size > 0) lost = true;
      processLocked = false;
    },
  });
  const queries = postgres(url, { max: 2, onnotice: () => {} });
  const deadSince = new Map<string, number>();

  async function lockProcess() {
    if (processLocked) return;
    await locks`select pg_advisory_lock(${processLocks}, ${keyOf(instanceId)})`;
    processLocked = true;
  }

  return {
    instanceId,
    async claimAgent(agentId) {
      if (lost) return false;
      await lockProcess();
      if (held.has(agentId)) return true;
      const [row] = await locks<{ ok: boolean }[]>`select pg_try_advisory_lock(${agentLocks}, ${keyOf(agentId)}) as ok`;
      if (row?.ok) held.add(agentId);
      return !!row?.ok;
    },
    async releaseAgent(agentId) {
      if (!held.delete(agentId) || lost) return;
      await locks`select pg_advisory_unlock(${agentLocks}, ${keyOf(agentId)})`.catch(() => {});
    },
    async launcherAlive(id) {
      if (!id) return false;
      if (id === instanceId) return true;
      const [row] = await queries<{ alive: boolean }[]>`
        select exists (
          select 1 from pg_locks
          where locktype = 'advisory' and classid = ${processLocks} and objid = ${keyOf(id)} and objsubid = 2 and granted
        ) as alive`;
      if (row?.alive) {
        deadSince.delete(id);
        return true;
      }
      // Every lock vanishes for a moment when Postgres restarts: only a launcher gone for longer is dead.
      const since = deadSince.get(id) ?? Date.now();
      deadSince.set(id, since);
      return Date.now() - since < graceMs;
    },
    async check() {
      if (!lost) return true;
      log.error('lost the connection that holds this process\'s claims; giving up its agents to claim them again');
      lost = false;
      held.clear();
      await lockProcess().catch(() => {});
      return false;
    },
    async close() {
      await locks.end({ timeout: 5 });
      await queries.end({ timeout: 5 });
    },
  };
}
