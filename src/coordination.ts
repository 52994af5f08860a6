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
 */
export async function createPostgresCoordination({ url, log }: { url: string; log: Logger }): Promise<Coordination> {
  const instanceId = randomUUID();
  const sql = postgres(url, { max: 3, onnotice: () => {} });
  let holder: postgres.ReservedSql | undefined;
  const held = new Set<string>();

  async function connection(): Promise<postgres.ReservedSql> {
    if (holder) return holder;
    const reserved = await sql.reserve();
    await reserved`select pg_advisory_lock(${processLocks}, ${keyOf(instanceId)})`;
    holder = reserved;
    return reserved;
  }

  return {
    instanceId,
    async claimAgent(agentId) {
      const conn = await connection();
      if (held.has(agentId)) return true;
      const [row] = await conn<{ ok: boolean }[]>`select pg_try_advisory_lock(${agentLocks}, ${keyOf(agentId)}) as ok`;
      if (row?.ok) held.add(agentId);
      return !!row?.ok;
    },
    async releaseAgent(agentId) {
      if (!held.delete(agentId) || !holder) return;
      await holder`select pg_advisory_unlock(${agentLocks}, ${keyOf(agentId)})`.catch(() => {});
    },
    async launcherAlive(id) {
      if (!id) return false;
      if (id === instanceId) return true;
      const [row] = await sql<{ alive: boolean }[]>`
        select exists (
          select 1 from pg_locks
          where locktype = 'advisory' and classid = ${processLocks} and objid = ${keyOf(id)} and objsubid = 2 and granted
        ) as alive`;
      return !!row?.alive;
    },
    async check() {
      if (!holder) return true;
      try {
        await holder`select 1`;
        return true;
      } catch (error) {
        log.error({ err: error }, 'lost the connection that holds this process\'s claims; giving up its agents');
        holder.release();
        holder = undefined;
        held.clear();
        return false;
      }
    },
    async close() {
      holder?.release();
      await sql.end({ timeout: 5 });
    },
  };
}
