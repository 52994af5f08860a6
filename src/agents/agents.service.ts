import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from 'pino';
import { isUniqueViolation } from '../db/client.js';
import type { AgentRow } from '../db/schema.js';
import { formatEndpoint, type Endpoint, type TlsMaterial } from '../docker/endpoint.js';
import type { DaemonInfo } from '../docker/client.js';
import type { DockerRegistry } from '../docker/registry.js';
import { AppError, ErrorCode, notFound } from '../errors.js';
import type { EventBus } from '../events/bus.js';
import type { AgentUsage } from '../fleet/fleet.repository.js';
import { assertId, validAgentName, validLabels, validZone } from '../ids.js';
import type { SecretBox } from '../secrets.js';
import type { AgentsRepository } from './agents.repository.js';
import {
  conflict,
  parseAgentEndpoint,
  validCapacity,
  validateTls,
  type RegisterAgentInput,
  type UpdateAgentInput,
} from './agents.validation.js';
import type { Discovery } from './discovery.js';

export interface AgentsServiceDeps {
  agents: AgentsRepository;
  events: EventBus;
  docker: DockerRegistry;
  discovery: Discovery;
  /** Capacity held by active sessions, per agent id (the fleet's reading). */
  usage(agentIds: readonly string[]): Promise<Map<string, AgentUsage>>;
  /** Seals the TLS private keys it stores. */
  secrets: SecretBox;
  /** How long registerAgent waits for the first sync before returning. */
  firstSyncMs?: number;
  log: Logger;
}

export type AgentsService = ReturnType<typeof createAgentsService>;

export function createAgentsService(deps: AgentsServiceDeps) {
  const { agents, events, docker, discovery, usage, log } = deps;
  async function get(id: string): Promise<AgentRow | undefined> {
    assertId(id, 'agent');
    return agents.byId(id);
  }

  async function mustGet(id: string): Promise<AgentRow> {
    const agent = await get(id);
    if (!agent) throw notFound('agent', id);
    return agent;
  }

  return {
    get,
    list: agents.list,
    byIds: agents.byIds,
    usage,
    register: (input: RegisterAgentInput) => registerAgent(deps, input),

    /** Registers the local Docker socket as agent "local" when it answers and no agent uses it yet. */
    async registerLocal(socketPath: string): Promise<void> {
      const endpoint = `unix://${socketPath}`;
      if (await agents.byEndpoint(endpoint)) return;
      const answers = await docker
        .connect({ kind: 'unix', socketPath }, null)
        .ping()
        .then(
          () => true,
          () => false,
        );
      if (!answers) return log.info({ endpoint }, 'no local Docker daemon answers; not registering a local agent');
      await registerAgent(deps, { name: 'local', endpoint }).catch((error: unknown) => log.warn({ err: error, endpoint }, 'could not register the local agent'));
    },

    async update(id: string, input: UpdateAgentInput): Promise<AgentRow> {
      const current = await mustGet(id);
      const set: Partial<AgentRow> = {};
      if (input.name != null) set.name = validAgentName(input.name);
      if (input.zone !== undefined) set.zone = validZone(input.zone);
      if (input.labels != null) set.labels = validLabels(input.labels, 'labels');
      if (input.enabled != null) set.enabled = input.enabled;
      if (input.capacity) {
        const capacity = validCapacity(input.capacity);
        if (input.capacity.cores !== undefined) set.coresOverride = capacity.cores ?? null;
        if (input.capacity.memoryMb !== undefined) set.memoryMbOverride = capacity.memoryMb ?? null;
        if (input.capacity.maxSessions !== undefined) set.maxSessions = capacity.maxSessions ?? null;
        if (input.capacity.gpus !== undefined) set.gpusOverride = capacity.gpus ?? null;
      }
      if (Object.keys(set).length === 0) return current;
      try {
        const agent = await agents.update(id, set);
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
      const held = (await usage([id])).get(id);
      if (held && held.sessionCount > 0)
        throw new AppError(
          ErrorCode.CONFLICT,
          `Agent "${agent.name}" still has ${held.sessionCount} active session(s). Disable it (updateAgent enabled: false) and destroy them first.`,
        );
      await discovery.unwatch(id);
      await agents.delete(id);
      docker.forget(id);
      events.publish('agentRemoved', { id });
      log.info({ agent: agent.name }, 'removed agent');
      return id;
    },
  };
}

/** Pings the daemon and reads /info; AGENT_UNREACHABLE when it does not answer. */
async function probe(docker: DockerRegistry, endpoint: Endpoint, tls: TlsMaterial | null | undefined, shown: string): Promise<DaemonInfo> {
  const client = docker.connect(endpoint, tls);
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

/**
 * Pings the daemon and reads /info before storing anything, then starts its watcher and waits (briefly) for
 * the first sync so that the agent comes back ONLINE with its networks known.
 */
async function registerAgent(
  { agents, docker, discovery, secrets, firstSyncMs = 10_000, log }: AgentsServiceDeps,
  input: RegisterAgentInput,
): Promise<AgentRow> {
  const name = validAgentName(input.name);
  const zone = validZone(input.zone);
  const labels = validLabels(input.labels ?? [], 'labels');
  const endpoint = parseAgentEndpoint(input.endpoint, input.tls);
  if (input.tls) validateTls(input.tls);
  const capacity = validCapacity(input.capacity);
  const normalized = formatEndpoint(endpoint);

  const clash = await agents.clash(name, normalized);
  if (clash) throw conflict(clash, name);

  const info = await probe(docker, endpoint, input.tls, normalized);
  let agent: AgentRow;
  try {
    agent = await agents.insert({
      name,
      zone,
      labels,
      endpoint: normalized,
      enabled: input.enabled ?? true,
      dockerVersion: info.version,
      daemonCores: info.cores,
      daemonMemoryMb: info.memoryMb,
      daemonGpus: info.gpus,
      coresOverride: capacity.cores ?? null,
      memoryMbOverride: capacity.memoryMb ?? null,
      maxSessions: capacity.maxSessions ?? null,
      gpusOverride: capacity.gpus ?? null,
      tlsCa: input.tls?.ca ?? null,
      tlsCert: input.tls?.cert ?? null,
      tlsKey: input.tls ? secrets.seal(input.tls.key) : null,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict({ name, endpoint: '' }, name);
    throw error;
  }
  log.info({ agent: agent.name, endpoint: agent.endpoint }, 'registered agent');
  const watcher = await discovery.adopt(agent);
  if (watcher) await Promise.race([watcher.ready, delay(firstSyncMs, undefined, { ref: false })]);
  return (await agents.byId(agent.id)) ?? agent;
}
