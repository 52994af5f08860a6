import { X509Certificate, createPrivateKey } from 'node:crypto';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { ConfigError } from '../config.js';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/client.js';
import { agents, type AgentRow } from '../db/schema.js';
import { createDockerClient, type DaemonInfo } from '../docker/client.js';
import { EndpointError, parseEndpoint, type Endpoint, type TlsMaterial } from '../docker/endpoint.js';
import type { DockerRegistry } from '../docker/registry.js';
import { AppError, ErrorCode, notFound } from '../errors.js';
import type { EventBus } from '../events/bus.js';
import { assertId } from '../ids.js';
import type { SecretBox } from '../secrets.js';
import type { Discovery } from './discovery.js';
import { loadUsage } from '../fleet/fleet.js';

export interface CapacityInput {
  cores?: number | null | undefined;
  memoryMb?: number | null | undefined;
  maxSessions?: number | null | undefined;
}

export interface RegisterAgentInput {
  name: string;
  endpoint: string;
  zone?: string | null | undefined;
  enabled?: boolean | null | undefined;
  tls?: TlsMaterial | null | undefined;
  capacity?: CapacityInput | null | undefined;
}

export interface UpdateAgentInput {
  name?: string | null | undefined;
  zone?: string | null | undefined;
  enabled?: boolean | null | undefined;
  capacity?: CapacityInput | null | undefined;
}



export interface AgentsServiceDeps {
  db: Db;
  events: EventBus;
  docker: DockerRegistry;
  discovery: Discovery;
  /** Seals the TLS private keys it stores. */
  secrets: SecretBox;
  timeoutMs: number;
  /** known_hosts for ssh:// agents */
  sshKnownHosts: string;
  /** How long registerAgent waits for the first sync before returning. */
  firstSyncMs?: number;
  log: Logger;
}

export type AgentsService = ReturnType<typeof createAgentsService>;

export function createAgentsService({
  db,
  events,
  docker,
  discovery,
  secrets,
  timeoutMs,
  sshKnownHosts,
  firstSyncMs = 10_000,
  log,
}: AgentsServiceDeps) {
  async function get(id: string): Promise<AgentRow | undefined> {
    assertId(id, 'agent');
    const [agent] = await db.select().from(agents).where(eq(agents.id, id));
    return agent;
  }

  async function mustGet(id: string): Promise<AgentRow> {
    const agent = await get(id);
    if (!agent) throw notFound('agent', id);
    return agent;
  }

  return {
    get,

    list: (filter: { zone?: string | null | undefined } = {}) =>
      db
        .select()
        .from(agents)
        .where(filter.zone != null ? eq(agents.zone, filter.zone) : undefined)
        .orderBy(agents.name),

    usage: (agentIds: readonly string[]) => loadUsage(db, agentIds),

    /**
     * At start-up: seals the TLS keys stored in the clear when ENCLAVE_SECRET_KEY is set, and refuses to go on when a
     * sealed key does not open (no key, or another one), since those agents could not be reached.
     */
    async checkStoredKeys(): Promise<void> {
      const rows = await db.select({ id: agents.id, name: agents.name, tlsKey: agents.tlsKey }).from(agents).where(isNotNull(agents.tlsKey));
      const problems: string[] = [];
      let sealed = 0;
      let clear = 0;
      for (const { id, name, tlsKey } of rows as { id: string; name: string; tlsKey: string }[]) {
        if (secrets.isSealed(tlsKey)) {
          try {
            secrets.open(tlsKey);
          } catch (error) {
            problems.push(`agent "${name}": its TLS key cannot be read: ${(error as Error).message}`);
          }
        } else if (secrets.sealing) {
          // Only if still in the clear: another process starting at the same time may have sealed it already.
          await db.update(agents).set({ tlsKey: secrets.seal(tlsKey) }).where(and(eq(agents.id, id), eq(agents.tlsKey, tlsKey)));
          sealed++;
        } else clear++;
      }
      if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
      if (sealed > 0) log.info({ agents: sealed }, 'encrypted the TLS keys that were stored in the clear');
      if (clear > 0) log.warn({ agents: clear }, 'agents\' TLS private keys are stored unencrypted: set ENCLAVE_SECRET_KEY to encrypt them');
    },

    /**
     * Pings the daemon and reads /info before storing anything, then starts its watcher and waits (briefly) for
     * the first sync so that the agent comes back ONLINE with its networks known.
     */
    async register(input: RegisterAgentInput): Promise<AgentRow> {
      const name = validName(input.name);
      const zone = validZone(input.zone);
      const endpoint = parse(input.endpoint, input.tls);
      if (input.tls) validateTls(input.tls);
      const capacity = validCapacity(input.capacity);
      const normalized = formatEndpoint(endpoint);

      const [clash] = await db
        .select({ name: agents.name, endpoint: agents.endpoint })
        .from(agents)
        .where(sql`${agents.name} = ${name} or ${agents.endpoint} = ${normalized}`);
      if (clash) throw conflict(clash, name);

      const info = await probe(endpoint, input.tls, normalized);
      let agent: AgentRow;
      try {
        [agent] = (await db
          .insert(agents)
          .values({
            name,
            zone,
            endpoint: normalized,
            enabled: input.enabled ?? true,
            dockerVersion: info.version,
            daemonCores: info.cores,
            daemonMemoryMb: info.memoryMb,
            coresOverride: capacity.cores ?? null,
            memoryMbOverride: capacity.memoryMb ?? null,
            maxSessions: capacity.maxSessions ?? null,
            tlsCa: input.tls?.ca ?? null,
            tlsCert: input.tls?.cert ?? null,
            tlsKey: input.tls ? secrets.seal(input.tls.key) : null,
          })
          .returning()) as [AgentRow];
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict({ name, endpoint: '' }, name);
        throw error;
      }
      log.info({ agent: agent.name, endpoint: agent.endpoint }, 'registered agent');
      const watcher = await discovery.adopt(agent);
      if (watcher) await Promise.race([watcher.ready, new Promise((resolve) => setTimeout(resolve, firstSyncMs).unref())]);
      return (await get(agent.id)) ?? agent;
    },

    async update(id: string, input: UpdateAgentInput): Promise<AgentRow> {
      const current = await mustGet(id);
      const set: Partial<typeof agents.$inferInsert> = {};
      if (input.name != null) set.name = validName(input.name);
      if (input.zone !== undefined) set.zone = validZone(input.zone);
      if (input.enabled != null) set.enabled = input.enabled;
      if (input.capacity) {
        const capacity = validCapacity(input.capacity);
        if (input.capacity.cores !== undefined) set.coresOverride = capacity.cores ?? null;
        if (input.capacity.memoryMb !== undefined) set.memoryMbOverride = capacity.memoryMb ?? null;
        if (input.capacity.maxSessions !== undefined) set.maxSessions = capacity.maxSessions ?? null;
      }
      if (Object.keys(set).length === 0) return current;
      try {
        const [agent] = await db
          .update(agents)
          .set({ ...set, updatedAt: sql`now()` })
          .where(eq(agents.id, id))
          .returning();
        if (!agent) throw notFound('agent', id);
        events.publish('agentStatusChanged', agent);
        return agent;
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict({ name: set.name ?? '', endpoint: '' }, set.name ?? '');
        throw error;
      }
    },

    /** Refused while the agent still has active sessions: they would be orphaned. */
    async remove(id: string): Promise<string> {
      const agent = await mustGet(id);
      const usage = (await this.usage([id])).get(id);
      if (usage && usage.sessionCount > 0)
        throw new AppError(
          ErrorCode.CONFLICT,
          `Agent "${agent.name}" still has ${usage.sessionCount} active session(s). Disable it (updateAgent enabled: false) and destroy them first.`,
        );
      await discovery.unwatch(id);
      await db.delete(agents).where(eq(agents.id, id));
      docker.forget(id);
      events.publish('agentRemoved', { id });
      log.info({ agent: agent.name }, 'removed agent');
      return id;
    },
  };

  async function probe(endpoint: Endpoint, tls: TlsMaterial | null | undefined, shown: string): Promise<DaemonInfo> {
    const client = createDockerClient({ endpoint, tls, timeoutMs, sshKnownHosts });
    try {
      await client.ping();
      return await client.info();
    } catch (error) {
      throw new AppError(
        ErrorCode.AGENT_UNREACHABLE,
        `Could not reach the Docker daemon at ${shown} (${error instanceof Error ? error.message : String(error)}). ` +
          'Check that it is running and that this server can reach it; nothing was registered.',
      );
    }
  }
}

export function formatEndpoint(endpoint: Endpoint): string {
  switch (endpoint.kind) {
    case 'unix':
      return `unix://${endpoint.socketPath}`;
    case 'tcp':
      return `tcp://${endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host}:${endpoint.port}`;
    case 'ssh':
      return `ssh://${endpoint.username ? `${encodeURIComponent(endpoint.username)}@` : ''}${endpoint.host}:${endpoint.port}`;
  }
}

function parse(raw: string, tls: TlsMaterial | null | undefined): Endpoint {
  try {
    return parseEndpoint(raw, { tls: !!tls });
  } catch (error) {
    if (error instanceof EndpointError) throw new AppError(ErrorCode.BAD_USER_INPUT, error.message, { field: 'endpoint' });
    throw error;
  }
}

function conflict(clash: { name: string; endpoint: string }, name: string): AppError {
  return clash.name === name
    ? new AppError(ErrorCode.CONFLICT, `An agent named "${name}" already exists. Choose another name or update that agent.`)
    : new AppError(ErrorCode.CONFLICT, `${clash.endpoint} is already registered as agent "${clash.name}".`);
}

const agentNamePattern = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/;

function validName(raw: string): string {
  const name = raw.trim();
  if (!agentNamePattern.test(name))
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'An agent name is 1 to 63 letters, digits, "_", "." or "-", starting with a letter or digit.',
      { field: 'name' },
    );
  return name;
}

/** A zone name, as agents and workspaces share it; null (or absent) is no zone. */
export function validZone(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const zone = raw.trim();
  if (!agentNamePattern.test(zone))
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'A zone is 1 to 63 letters, digits, "_", "." or "-", starting with a letter or digit.',
      { field: 'zone' },
    );
  return zone;
}

function validCapacity(capacity: CapacityInput | null | undefined): CapacityInput {
  if (!capacity) return {};
  const { cores, memoryMb, maxSessions } = capacity;
  if (cores != null && !(cores > 0 && cores <= 4096))
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'capacity.cores must be more than 0 and at most 4096.');
  if (memoryMb != null && !(memoryMb >= 64 && memoryMb <= 64 * 1024 * 1024))
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'capacity.memoryMb must be between 64 and 67108864.');
  if (maxSessions != null && !(maxSessions >= 0 && maxSessions <= 100_000))
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'capacity.maxSessions must be between 0 and 100000.');
  return capacity;
}

/** Refuses TLS material that cannot work, before any connection: bad PEM, or a key that is not the cert's. */
function validateTls(tls: TlsMaterial): void {
  const bad = (message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field: 'tls' });
  let cert: X509Certificate;
  try {
    new X509Certificate(tls.ca);
  } catch {
    throw bad('tls.ca is not a PEM certificate. Give the CA certificate that signed the daemon\'s certificate.');
  }
  try {
    cert = new X509Certificate(tls.cert);
  } catch {
    throw bad('tls.cert is not a PEM certificate. Give the client certificate signed by the daemon\'s CA.');
  }
  let key;
  try {
    key = createPrivateKey(tls.key);
  } catch {
    throw bad('tls.key is not a PEM private key (an encrypted key is not supported).');
  }
  if (!cert.checkPrivateKey(key)) throw bad('tls.key is not the private key of tls.cert.');
  if (new Date(cert.validTo) < new Date()) throw bad(`tls.cert expired on ${cert.validTo}.`);
}
