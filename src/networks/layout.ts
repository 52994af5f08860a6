import type { AgentNetworkPlan, AgentRow, KeyValue, NetworkRow } from '../db/schema.js';
import { AppError, ErrorCode } from '../errors.js';
import { assertId } from '../ids.js';
import { carveRanges, overlaps, validateIpam } from './ipam.js';

/** Drivers whose networks share the host's L2 segment: the same subnet on two agents is one address space. */
export const segmentDrivers: ReadonlySet<string> = new Set(['macvlan', 'ipvlan']);

/** What a network is made with, on every agent but for the per-agent parent and range. */
export interface NetworkSpec {
  name: string;
  driver: string;
  internal: boolean;
  options: Record<string, string>;
  subnet: string | null;
  gateway: string | null;
  ipRange: string | null;
  auxAddresses: KeyValue[];
  parent: string | null;
  perAgent: AgentNetworkPlan[];
}

export interface SpecInput {
  internal?: boolean | null | undefined;
  options?: readonly KeyValue[] | null | undefined;
  ipam?: { subnet: string; gateway?: string | null; ipRange?: string | null; auxAddresses?: readonly KeyValue[] | null } | null | undefined;
  parent?: string | null | undefined;
  perAgent?: readonly { agentId: string; parent?: string | null; ipRange?: string | null }[] | null | undefined;
}

const MAX_OPTIONS = 64;
// Linux interface names: at most 15 bytes (IFNAMSIZ), no "/" or spaces; Docker makes `eth0.20` as VLAN 20 of eth0.
const interfaceName = /^[A-Za-z0-9][A-Za-z0-9_.@:-]{0,14}$/;

const bad = (message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message);

function validParent(value: string | null | undefined, field: string, driver: string): string | null {
  const parent = value?.trim() || null;
  if (parent === null) return null;
  if (!segmentDrivers.has(driver)) throw bad(`${field}: only macvlan and ipvlan networks sit on a parent interface; leave it out for ${driver}.`);
  if (!interfaceName.test(parent))
    throw bad(`${field}: "${parent.slice(0, 40)}" is not a host interface name (e.g. eth0, or eth0.20 for VLAN 20; at most 15 characters).`);
  return parent;
}

function validOptions(options: readonly KeyValue[]): Record<string, string> {
  if (options.length > MAX_OPTIONS) throw bad(`${options.length} driver options is too many: give at most ${MAX_OPTIONS}.`);
  const out: Record<string, string> = {};
  for (const { key, value } of options) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/.test(key)) throw bad(`options: "${key.slice(0, 40)}" is not a driver option name (e.g. ipvlan_mode).`);
    if (key in out) throw bad(`options: "${key}" is given twice: give each option once.`);
    if (value.length > 1024 || value.includes('\0'))
      throw bad(`options: the value of "${key}" is not a driver option value (at most 1024 characters).`);
    out[key] = value;
  }
  return out;
}

/** The input as a spec, every part validated; `targets` are the agents it is made on (perAgent may name only those). */
export function specOf(name: string, driver: string, input: SpecInput, targets: readonly AgentRow[]): NetworkSpec {
  const options = validOptions(input.options ?? []);
  let parent = validParent(input.parent, 'parent', driver);
  if ('parent' in options) {
    const given = validParent(options.parent, 'options.parent', driver);
    if (parent && given !== parent) throw bad(`parent is "${parent}" but options.parent is "${given}": give it once, as parent.`);
    parent = given;
    delete options.parent;
  }
  const ipam = input.ipam ? validateIpam(input.ipam, 'ipam') : null;
  const seen = new Set<string>();
  const perAgent = (input.perAgent ?? []).map((p, i): AgentNetworkPlan => {
    assertId(p.agentId, 'agent');
    if (!targets.some((a) => a.id === p.agentId))
      throw bad(`perAgent[${i}] names agent ${p.agentId}, which this network is not made on: add it to agentIds or the zone, or leave it out.`);
    if (seen.has(p.agentId)) throw bad(`perAgent[${i}]: agent ${p.agentId} is listed twice: give each agent once.`);
    seen.add(p.agentId);
    if (p.ipRange?.trim() && !ipam) throw bad(`perAgent[${i}].ipRange needs ipam.subnet, the subnet it is a part of.`);
    const ipRange = p.ipRange?.trim() && ipam ? validateIpam({ subnet: ipam.subnet, ipRange: p.ipRange }, `perAgent[${i}]`).ipRange! : null;
    return { agentId: p.agentId, parent: validParent(p.parent, `perAgent[${i}].parent`, driver), ipRange };
  });
  const given = perAgent.filter((p) => p.ipRange);
  for (const [i, a] of given.entries())
    for (const b of given.slice(i + 1))
      if (overlaps(a.ipRange!, b.ipRange!)) throw bad(`perAgent: ${a.ipRange} and ${b.ipRange} overlap: give each agent a range of its own.`);
  return {
    name,
    driver,
    internal: input.internal ?? false,
    options,
    subnet: ipam?.subnet ?? null,
    gateway: ipam?.gateway ?? null,
    ipRange: ipam?.ipRange ?? null,
    auxAddresses: (ipam?.auxAddresses ?? []).map((a) => ({ ...a })),
    parent,
    perAgent,
  };
}

/** One agent's copy of the network as it will be made. */
export interface AgentNetwork {
  agent: AgentRow;
  parent: string | null;
  ipRange: string | null;
}

/** What is already there: the network's copies on agents of the same zones, and the targets' other live networks. */
export interface Surroundings {
  sameName: readonly NetworkRow[];
  others: readonly NetworkRow[];
}

/** Where `network` hands addresses out: its range, else its first subnet. */
const handsOut = (network: Pick<NetworkRow, 'ipRange' | 'subnets'>) => network.ipRange ?? network.subnets[0] ?? null;

/**
 * The parent and range of each target that lacks the network. A macvlan/ipvlan network with a subnet on more than one
 * agent of a segment gets a range per agent, carved clear of its copies elsewhere, of ranges given in perAgent and of
 * the other networks on the same parent; a bridge keeps its subnet on each agent (bridges do not share a segment).
 */
export function planAgents(spec: NetworkSpec, targets: readonly AgentRow[], { sameName, others }: Surroundings): AgentNetwork[] {
  const planFor = (agent: AgentRow) => spec.perAgent.find((p) => p.agentId === agent.id);
  const lacking = targets.filter((a) => !sameName.some((n) => n.agentId === a.id));
  const plans = lacking.map((agent) => ({
    agent,
    parent: planFor(agent)?.parent ?? spec.parent,
    ipRange: planFor(agent)?.ipRange ?? spec.ipRange,
  }));
  if (!segmentDrivers.has(spec.driver) || lacking.length === 0) return plans;
  // Copies of another driver are no part of this segment's network (createNetwork refuses them on its targets).
  const copies = sameName.filter((n) => n.driver === spec.driver).length + lacking.length;
  if (!spec.subnet) {
    if (copies > 1)
      throw bad(
        `A ${spec.driver} network on several agents of one segment needs ipam.subnet (the segment's subnet), so that each agent gets a range of its own.`,
      );
    return plans;
  }
  if (spec.ipRange && copies > 1)
    throw bad(
      `The same ipRange on ${copies} agents of one segment hands the same addresses out twice: leave ipRange out (Enclave carves one per agent) or give each agent its own in perAgent.`,
    );
  if (!spec.gateway)
    throw bad(
      `A ${spec.driver} network on several agents of one segment needs ipam.gateway (the segment's router): without one, each daemon takes another from its own range.`,
    );
  for (const plan of plans.filter((p) => p.ipRange)) {
    const clash = others.find((n) => n.agentId === plan.agent.id && onParent(n, plan.parent) && handsOut(n) && overlaps(handsOut(n)!, plan.ipRange!));
    if (clash)
      throw new AppError(
        ErrorCode.CONFLICT,
        `${plan.ipRange} on ${plan.agent.name} overlaps network "${clash.name}" (${handsOut(clash)}) on the same parent ${plan.parent}: pick another range.`,
      );
  }
  const needing = plans.filter((p) => !p.ipRange);
  if (copies < 2 || needing.length === 0) return plans;
  const taken = [
    ...plans.filter((p) => p.ipRange).map((p) => p.ipRange!),
    ...sameName.filter((n) => n.driver === spec.driver).map(handsOut),
    ...others.filter((n) => needing.some((p) => n.agentId === p.agent.id && onParent(n, p.parent))).map(handsOut),
  ].filter((c): c is string => c !== null);
  const carved = carveRanges({
    subnet: spec.subnet,
    gateway: spec.gateway,
    auxAddresses: spec.auxAddresses.map((a) => a.value),
    count: needing.length,
    taken,
    prefix: prefixOf(sameName.find((n) => n.ipRange)?.ipRange),
  });
  needing.forEach((plan, i) => (plan.ipRange = carved[i]!));
  return plans;
}

const prefixOf = (cidr: string | null | undefined) => (cidr ? Number(cidr.split('/')[1]) : undefined);
const onParent = (network: NetworkRow, parent: string | null) => segmentDrivers.has(network.driver) && network.parent === parent;
