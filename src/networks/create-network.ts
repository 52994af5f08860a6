import type { AgentsRepository } from '../agents/agents.repository.js';
import type { AgentRow, NetworkRow } from '../db/schema.js';
import { DockerApiError, DockerUnreachableError } from '../docker/errors.js';
import type { DockerRegistry } from '../docker/registry.js';
import { AppError, ErrorCode, notFound } from '../errors.js';
import { assertId, networkNamePattern, validateNetworkName } from '../ids.js';
import { planAgents, specOf, type AgentNetwork, type NetworkSpec, type SpecInput } from './layout.js';
import type { LayoutsRepository } from './layouts.repository.js';
import type { NetworksRepository } from './networks.repository.js';
import type { NetworkRecords } from './networks.service.js';

export interface CreateNetworkInput extends SpecInput {
  name: string;
  driver?: string | null | undefined;
  zone?: string | null | undefined;
  agentIds?: readonly string[] | null | undefined;
}

export interface CreateNetworkDeps {
  docker: DockerRegistry;
  agents: Pick<AgentsRepository, 'byIds' | 'list'>;
  networks: Pick<NetworksRepository, 'liveNamed' | 'liveOn'>;
  layouts: Pick<LayoutsRepository, 'save'>;
  records: NetworkRecords;
}

interface Outcome {
  agent: AgentRow;
  network?: NetworkRow;
  created?: boolean;
  failure?: { code: ErrorCode; message: string } | undefined;
  error?: unknown;
}

/** The network as it would be made: its spec, its targets, its copies already there and each new copy's plan. */
export async function prepareNetwork({ agents, networks }: Pick<CreateNetworkDeps, 'agents' | 'networks'>, input: CreateNetworkInput) {
  const name = input.name.trim();
  const driver = (input.driver ?? 'bridge').trim();
  validateNetworkName(name);
  if (!networkNamePattern.test(driver) || driver.length > 64)
    throw new AppError(ErrorCode.BAD_USER_INPUT, `"${driver}" is not a Docker network driver name (e.g. bridge, macvlan, ipvlan).`);
  const targets = await targetAgents(agents, input);
  const spec = specOf(name, driver, input, targets);
  const zones = new Set(targets.map((a) => a.zone));
  const zoneAgents = (await agents.list()).filter((a) => zones.has(a.zone));
  const [sameName, onTargets] = await Promise.all([
    networks.liveNamed(
      zoneAgents.map((a) => a.id),
      name,
    ),
    networks.liveOn(targets.map((a) => a.id)),
  ]);
  const plans = planAgents(spec, targets, { sameName, others: onTargets.filter((n) => n.name !== name) });
  return { spec, targets, zones, sameName, plans };
}

/**
 * Creates a network on every target agent, as an admin would by SSH on each, with a range of its own per agent for a
 * macvlan/ipvlan network across a segment, and records the layout per zone. All or nothing: when one agent fails, the
 * networks this call made on the others are removed again, and the error names each failure.
 */
export async function createNetwork(deps: CreateNetworkDeps, input: CreateNetworkInput): Promise<NetworkRow[]> {
  const { docker, layouts, records } = deps;
  const { spec, targets, zones, sameName, plans } = await prepareNetwork(deps, input);
  const outcomes = await Promise.all(targets.map((agent) => createOn(deps, spec, agent, sameName, plans)));

  const failures = outcomes.filter((o) => o.failure);
  if (failures.length === 0) {
    try {
      for (const zone of zones) await layouts.save(spec, zone, plans.filter((p) => p.agent.zone === zone).map(planRecord));
    } catch (error) {
      await undo(outcomes, { docker, records });
      throw error;
    }
    return outcomes.map((o) => o.network!);
  }
  await undo(outcomes, { docker, records });
  const unexpected = failures.find((o) => o.failure!.code === ErrorCode.INTERNAL_SERVER_ERROR);
  if (unexpected) throw unexpected.error;
  const details = failures.map((o) => ({ agentId: o.agent.id, agent: o.agent.name, ...o.failure! }));
  throw new AppError(
    failures[0]!.failure!.code,
    `Could not create network "${spec.name}" on ${failures.length} of ${targets.length} agent(s), so it was created on none: ` +
      details.map((d) => `${d.agent}: ${d.message}`).join('; ') +
      '. Fix these agents or leave them out with `agentIds`, then try again.',
    { failures: details },
  );
}

async function createOn(
  { docker, records }: CreateNetworkDeps,
  spec: NetworkSpec,
  agent: AgentRow,
  sameName: readonly NetworkRow[],
  plans: readonly AgentNetwork[],
): Promise<Outcome> {
  const already = sameName.find((n) => n.agentId === agent.id);
  if (already) {
    return already.driver === spec.driver
      ? { agent, network: already, created: false }
      : { agent, failure: { code: ErrorCode.CONFLICT, message: `a "${spec.name}" network with driver ${already.driver} already exists there` } };
  }
  if (agent.status !== 'ONLINE') return { agent, failure: { code: ErrorCode.AGENT_UNREACHABLE, message: 'the agent is OFFLINE' } };
  const plan = plans.find((p) => p.agent.id === agent.id)!;
  try {
    const made = await docker.clientFor(agent).createNetwork({
      name: spec.name,
      driver: spec.driver,
      internal: spec.internal,
      options: { ...spec.options, ...(plan.parent && { parent: plan.parent }) },
      labels: { 'io.enclave.managed': 'true' },
      ipam: spec.subnet
        ? [
            {
              subnet: spec.subnet,
              gateway: spec.gateway,
              ipRange: plan.ipRange,
              auxAddresses: Object.fromEntries(spec.auxAddresses.map((a) => [a.key, a.value])),
            },
          ]
        : [],
    });
    const [network] = await records.record(agent.id, [made]);
    return { agent, network: network!, created: true };
  } catch (error) {
    return { agent, failure: describeFailure(error), error };
  }
}

const planRecord = ({ agent, parent, ipRange }: AgentNetwork) => ({ agentId: agent.id, parent, ipRange });

/** Removes the networks this call made, from their daemons and from the records. */
async function undo(outcomes: Outcome[], { docker, records }: Pick<CreateNetworkDeps, 'docker' | 'records'>) {
  await Promise.all(
    outcomes
      .filter((o) => o.created && o.network)
      .map(async ({ agent, network }) => {
        await docker
          .clientFor(agent)
          .removeNetwork(network!.dockerId)
          .catch(() => {});
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
