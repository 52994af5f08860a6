import { entitledNetworks, unrestricted, type Entitlement } from '../entitlements.js';
import { AppError, ErrorCode } from '../errors.js';
import type { FleetAgent } from '../fleet/fleet.repository.js';

/** What placement needs to know of an agent: and, for an on-demand launch, the staging members it could evict. */
export type PlacementAgent = Omit<FleetAgent, 'row'> & { staged?: readonly StagedMember[] };

/** A staging pool member (RUNNING or on its way) that an on-demand launch may take the place of. */
export interface StagedMember {
  id: string;
  cores: number;
  memoryMb: number;
  gpus: number;
  ready: boolean;
}

export interface PlacementWorkspace {
  cores: number;
  memoryMb: number;
  gpus: number;
  zone: string | null;
  /** Labels (`key=value`) an agent must carry; empty: any agent. */
  agentSelector: readonly string[];
  /** Empty = unrestricted. */
  networks: readonly string[];
  allowNetworkSelection: boolean;
}

export interface Candidate {
  agentId: string;
  /** The network this agent would use, when it has one that fits. */
  network: string | null;
  eligible: boolean;
  /** Why it is not eligible (empty when it is). */
  reasons: string[];
  /** What makes it preferred, without bearing on eligibility (e.g. `holds volume profile-alice`). */
  notes: string[];
  /** Staging members this launch takes the place of on this agent (destroyed with the choice); usually none. */
  evicts: string[];
}

/** A named volume a launch mounts (as expanded for its owner), with the agents that already hold it. */
export interface PlacementVolume {
  name: string;
  /** Once the volume exists somewhere, only its holders are eligible. */
  requireAgent: boolean;
  holders: readonly { id: string; name: string }[];
}

export interface PlacementPlan {
  chosen: Candidate | null;
  /** Every agent: eligible ones first, least loaded first. */
  candidates: Candidate[];
  /** The networks the request may use, in order of preference. */
  allowed: readonly string[];
}

/**
 * The launch table of DESIGN.md, narrowed to what the viewer's groups allow: which network names a launch may use, or
 * the error for a network that may not be asked for. `requested` null is Auto.
 */
export function allowedNetworks(
  workspace: Pick<PlacementWorkspace, 'networks' | 'allowNetworkSelection'>,
  requested: string | null,
  defaultNetwork: string,
  entitlement: Entitlement = unrestricted,
): readonly string[] {
  const table = byLaunchTable(workspace, requested, defaultNetwork, entitlement);
  const allowed = entitledNetworks(entitlement, table);
  if (allowed.length > 0) return allowed;
  const open = entitledNetworks(entitlement, workspace.networks);
  throw new AppError(
    ErrorCode.NETWORK_NOT_ALLOWED,
    requested !== null
      ? `Your groups do not allow launching on "${requested}"; ${open.length > 0 ? `pick one of ${open.join(', ')} or Auto` : 'ask an admin to add the network to one of your groups'}.`
      : `None of the networks this workspace launches on is open to your groups; ask an admin to add one to a group of yours.`,
  );
}

function byLaunchTable(
  workspace: Pick<PlacementWorkspace, 'networks' | 'allowNetworkSelection'>,
  requested: string | null,
  defaultNetwork: string,
  entitlement: Entitlement,
): readonly string[] {
  const restricted = workspace.networks.length > 0;
  if (requested === null) return restricted ? workspace.networks : [defaultNetwork];
  if (!restricted)
    throw new AppError(
      ErrorCode.NETWORK_SELECTION_NOT_ALLOWED,
      `This workspace is not restricted to networks, so its sessions go on the default network; launch it without \`network\`.`,
    );
  if (!workspace.allowNetworkSelection)
    throw new AppError(
      ErrorCode.NETWORK_SELECTION_NOT_ALLOWED,
      `This workspace does not allow choosing a network; launch it without \`network\` (Auto).`,
    );
  if (!workspace.networks.includes(requested))
    throw new AppError(
      ErrorCode.NETWORK_NOT_ALLOWED,
      `"${requested}" is not one of this workspace's networks (${entitledNetworks(entitlement, workspace.networks).join(', ')}); pick one of them or Auto.`,
    );
  return [requested];
}

/** How full an agent would be with one more session of the workspace: the fullest of its dimensions. */
function loadAfter(agent: PlacementAgent, workspace: PlacementWorkspace): number {
  return Math.max(
    agent.cores > 0 ? (agent.usedCores + workspace.cores) / agent.cores : Infinity,
    agent.memoryMb > 0 ? (agent.usedMemoryMb + workspace.memoryMb) / agent.memoryMb : Infinity,
    agent.maxSessions === null ? 0 : agent.maxSessions > 0 ? (agent.sessionCount + 1) / agent.maxSessions : Infinity,
    // GPUs weigh only for a workspace that asks for some: an agent's GPUs do not make it fuller for others.
    workspace.gpus === 0 ? 0 : agent.gpus > 0 ? (agent.usedGpus + workspace.gpus) / agent.gpus : Infinity,
  );
}

/** The selector's labels that the agent lacks, each named (with the value it has for that key, if any). */
function labelRefusals(agent: PlacementAgent, selector: readonly string[]): string[] {
  const carried = new Set(agent.labels);
  return selector
    .filter((label) => !carried.has(label))
    .map((label) => {
      const key = label.slice(0, label.indexOf('='));
      const other = agent.labels.find((l) => l.startsWith(`${key}=`));
      return `missing label ${label}${other ? ` (it has ${other})` : ''}`;
    });
}

/**
 * What the launch's named volumes say of an agent: a note for each it holds (an owner's profile stays where it is), a
 * refusal for each required one that lives elsewhere.
 */
function volumeRules(agent: PlacementAgent, volumes: readonly PlacementVolume[]) {
  const notes: string[] = [];
  const refusals: string[] = [];
  for (const { name, requireAgent, holders } of volumes) {
    if (holders.some((h) => h.id === agent.id)) notes.push(`holds volume ${name}`);
    else if (requireAgent && holders.length > 0)
      refusals.push(`volume ${name} lives on agent${holders.length > 1 ? 's' : ''} ${holders.map((h) => h.name).join(', ')}`);
  }
  return { notes, refusals };
}

/**
 * Chooses an agent (and network) for a new session, or says why each agent was refused. Pure: the same inputs give
 * the same plan. Eligible agents first; among them those holding more of the launch's named volumes, then the least
 * loaded; ties go by agent name, then id.
 */
export function planPlacement(
  workspace: PlacementWorkspace,
  allowed: readonly string[],
  agents: readonly PlacementAgent[],
  volumes: readonly PlacementVolume[] = [],
  options: { mayEvict?: boolean } = {},
): PlacementPlan {
  const scored = agents.map((agent) => {
    const reasons: string[] = [];
    if (!agent.enabled) reasons.push('disabled (drained)');
    if (agent.status !== 'ONLINE') reasons.push('OFFLINE');
    if (workspace.zone !== null && agent.zone !== workspace.zone)
      reasons.push(`in zone ${agent.zone ?? '(none)'}, the workspace needs zone ${workspace.zone}`);
    reasons.push(...labelRefusals(agent, workspace.agentSelector));
    const network = allowed.find((name) => agent.networks.has(name)) ?? null;
    if (network === null)
      reasons.push(allowed.length === 1 ? `has no network "${allowed[0]}"` : `has none of the networks ${allowed.join(', ')}`);
    const { notes, refusals } = volumeRules(agent, volumes);
    reasons.push(...refusals);
    const full = capacityRefusals(agent, workspace);
    // Idle pools never cause a refusal: if the agent is refused for capacity alone, staging members make room.
    const evicts = full.length > 0 && reasons.length === 0 && options.mayEvict ? makeRoom(agent, workspace) : [];
    if (evicts.length > 0) notes.push(`takes the place of ${evicts.length} staging member${evicts.length > 1 ? 's' : ''}`);
    else reasons.push(...full);
    const candidate = { agentId: agent.id, network, eligible: reasons.length === 0, reasons, notes, evicts };
    return { agent, candidate, load: loadAfter(agent, workspace) };
  });
  scored.sort(
    (a, b) =>
      Number(b.candidate.eligible) - Number(a.candidate.eligible) ||
      a.candidate.evicts.length - b.candidate.evicts.length ||
      b.candidate.notes.length - a.candidate.notes.length ||
      a.load - b.load ||
      compare(a.agent.name, b.agent.name) ||
      compare(a.agent.id, b.agent.id),
  );
  const candidates = scored.map((s) => s.candidate);
  const chosen = candidates[0]?.eligible ? candidates[0] : null;
  return { chosen, candidates, allowed };
}

/** Why the agent cannot take one more session of the workspace, by capacity (with `freed` given back); empty: it can. */
function capacityRefusals(agent: PlacementAgent, workspace: PlacementWorkspace, freed = { cores: 0, memoryMb: 0, gpus: 0, count: 0 }): string[] {
  const reasons: string[] = [];
  const usedCores = agent.usedCores - freed.cores;
  const usedMemoryMb = agent.usedMemoryMb - freed.memoryMb;
  const usedGpus = agent.usedGpus - freed.gpus;
  if (usedCores + workspace.cores > agent.cores + 1e-9)
    reasons.push(`not enough CPU: ${round(agent.cores - usedCores)} of ${round(agent.cores)} cores free, ${workspace.cores} needed (PAUSED and SUSPENDED sessions hold none)`);
  if (usedMemoryMb + workspace.memoryMb > agent.memoryMb)
    reasons.push(`not enough memory: ${agent.memoryMb - usedMemoryMb} of ${agent.memoryMb} MB free, ${workspace.memoryMb} needed (PAUSED sessions keep theirs, SUSPENDED ones hold none)`);
  if (workspace.gpus > 0 && usedGpus + workspace.gpus > agent.gpus)
    reasons.push(
      agent.gpus === 0
        ? `no GPUs, ${workspace.gpus} needed (its daemon reports none and capacity.gpus is not set)`
        : `not enough GPUs: ${Math.max(0, agent.gpus - usedGpus)} of ${agent.gpus} free, ${workspace.gpus} needed ` +
          '(PAUSED sessions keep theirs, SUSPENDED ones hold none)',
    );
  if (agent.maxSessions !== null && agent.sessionCount - freed.count >= agent.maxSessions) reasons.push(`at its limit of ${agent.maxSessions} session(s)`);
  return reasons;
}

/**
 * The fewest staging members whose place makes room (those not ready first; then, for a launch that needs GPUs, those
 * holding the most, else those holding none; then the largest); empty when none do.
 */
function makeRoom(agent: PlacementAgent, workspace: PlacementWorkspace): string[] {
  const byGpus = (a: StagedMember, b: StagedMember) => (workspace.gpus > 0 ? b.gpus - a.gpus : a.gpus - b.gpus);
  const order = [...(agent.staged ?? [])].sort(
    (a, b) => Number(a.ready) - Number(b.ready) || byGpus(a, b) || b.cores - a.cores || b.memoryMb - a.memoryMb || compare(a.id, b.id),
  );
  const freed = { cores: 0, memoryMb: 0, gpus: 0, count: 0 };
  const taken: string[] = [];
  for (const member of order) {
    taken.push(member.id);
    freed.cores += member.cores;
    freed.memoryMb += member.memoryMb;
    freed.gpus += member.gpus;
    freed.count++;
    if (capacityRefusals(agent, workspace, freed).length === 0) return taken;
  }
  return [];
}

/** The NO_CAPACITY error for a plan without a choice, saying why each agent was not eligible. */
export function noCapacityError(plan: PlacementPlan, agentNames: ReadonlyMap<string, string>): AppError {
  const why = plan.candidates.map((c) => `${agentNames.get(c.agentId) ?? c.agentId}: ${c.reasons.join('; ')}`);
  return new AppError(
    ErrorCode.NO_CAPACITY,
    plan.candidates.length === 0
      ? 'No agent is registered, so there is nowhere to launch. Ask an admin to register one.'
      : `No agent can take this session now. ${why.join('. ')}.`,
    { reasons: plan.candidates.map((c) => ({ agentId: c.agentId, agent: agentNames.get(c.agentId), reasons: c.reasons })) },
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (n: number) => Math.round(n * 100) / 100;
