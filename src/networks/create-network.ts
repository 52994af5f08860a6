import type { AgentsRepository } from '../agents/agents.repository.js';
import type { AgentRow, NetworkRow } from '../db/schema.js';
import { DockerApiError, DockerUnreachableError } from '../docker/errors.js';
import type { DockerRegistry } from '../docker/registry.js';
import { AppError, ErrorCode, notFound } from '../errors.js';
import { assertId, networkNamePattern, validateNetworkName } from '../ids.js';
import type { NetworksRepository } from './networks.repository.js';
import type { NetworkRecords } from './networks.service.js';

export interface CreateNetworkInput {
  name: string;
  driver?: string | null | undefined;
  zone?: string | null | undefined;
  agentIds?: readonly string[] | null | undefined;
  internal?: boolean | null | undefined;
  options?: readonly { key: string; value: string }[] | null | undefined;
}

export interface CreateNetworkDeps {
  docker: DockerRegistry;
  agents: Pick<AgentsRepository, 'byIds' | 'list'>;
  networks: Pick<NetworksRepository, 'liveNamed'>;
  records: NetworkRecords;
}

interface Outcome {
  agent: AgentRow;
  network?: NetworkRow;
  created?: boolean;
  failure?: { code: ErrorCode; message: string } | undefined;
  error?: unknown;
}

/**
 * Creates a network on every target agent, as an admin would by SSH on each. All or nothing: when one agent fails,
 * the networks this call made on the others are removed again, and the error names each failure.
 */
export async function createNetwork({ docker, agents, networks, records }: CreateNetworkDeps, input: CreateNetworkInput): Promise<NetworkRow[]> {
  const name = input.name.trim();
  const driver = (input.driver ?? 'bridge').trim();
  validateNetworkName(name);
  if (!networkNamePattern.test(driver) || driver.length > 64)
    throw new AppError(ErrorCode.BAD_USER_INPUT, `"${driver}" is not a Docker network driver name (e.g. bridge, macvlan, ipvlan).`);
  const options = Object.fromEntries((input.options ?? []).map((o) => [o.key, o.value]));
  const targets = await targetAgents(agents, input);
  const existing = await networks.liveNamed(
    targets.map((a) => a.id),
    name,
  );

  const outcomes: Outcome[] = await Promise.all(
    targets.map(async (agent): Promise<Outcome> => {
      const already = existing.find((n) => n.agentId === agent.id);
      if (already) {
        return already.driver === driver
          ? { agent, network: already, created: false }
          : { agent, failure: { code: ErrorCode.CONFLICT, message: `a "${name}" network with driver ${already.driver} already exists there` } };
      }
      if (agent.status !== 'ONLINE') return { agent, failure: { code: ErrorCode.AGENT_UNREACHABLE, message: 'the agent is OFFLINE' } };
      try {
        const made = await docker.clientFor(agent).createNetwork({
          name,
          driver,
          internal: input.internal ?? false,
          options,
          labels: { 'io.enclave.managed': 'true' },
        });
        const [network] = await records.record(agent.id, [made]);
        return { agent, network: network!, created: true };
      } catch (error) {
        return { agent, failure: describeFailure(error), error };
      }
    }),
  );

  const failures = outcomes.filter((o) => o.failure);
  if (failures.length === 0) return outcomes.map((o) => o.network!);
  await undo(outcomes, { docker, records });
  const unexpected = failures.find((o) => o.failure!.code === ErrorCode.INTERNAL_SERVER_ERROR);
  if (unexpected) throw unexpected.error;
  const details = failures.map((o) => ({ agentId: o.agent.id, agent: o.agent.name, ...o.failure! }));
  throw new AppError(
    failures[0]!.failure!.code,
    `Could not create network "${name}" on ${failures.length} of ${targets.length} agent(s), so it was created on none: ` +
      details.map((d) => `${d.agent}: ${d.message}`).join('; ') +
      '. Fix these agents or leave them out with `agentIds`, then try again.',
    { failures: details },
  );
}

/** Removes the networks this call made, from their daemons and from the records. */
async function undo(outcomes: Outcome[], { docker, records }: Pick<CreateNetworkDeps, 'docker' | 'records'>) {
  await Promise.all(
    outcomes
      .filter((o) => o.created && o.network)
      .map(async ({ agent, network }) => {
        await docker.clientFor(agent).removeNetwork(network!.dockerId).catch(() => {});
        await records.markRemoved(agent.id, { only: [network!.dockerId] });
      }),
  );
}

async function targetAgents(agents: CreateNetworkDeps['agents'], input: CreateNetworkInput): Promise<AgentRow[]> {
  if (input.agentIds && input.zone != null) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Give either `zone` or `agentIds`, not both.');
  if (input.agentIds) {
    if (input.agentIds.length === 0) throw new AppError(ErrorCode.BAD_USER_INPUT, '`agentIds` is empty: list at least one agent.');
    for (const id of input.agentIds) assertId(id, 'agent');
    const ids = [...new Set(input.agentIds)];
    const found = await agents.byIds(ids);
    const missing = ids.find((id) => !found.some((a) => a.id === id));
    if (missing) throw notFound('agent', missing);
    return found;
  }
  const found = await agents.list({ zone: input.zone });
  if (found.length === 0)
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      input.zone != null ? `No agent is in zone "${input.zone}". Register one with that zone first.` : 'No agent is registered yet.',
    );
  return found;
}

/** A daemon's refusal as the code of the error that reports it. */
function describeFailure(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof DockerApiError)
    return { code: error.statusCode === 409 ? ErrorCode.CONFLICT : ErrorCode.BAD_USER_INPUT, message: error.message };
  if (error instanceof DockerUnreachableError) return { code: ErrorCode.AGENT_UNREACHABLE, message: error.message };
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'unexpected error' };
}
