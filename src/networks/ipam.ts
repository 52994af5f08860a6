import ipaddr from 'ipaddr.js';
import { AppError, ErrorCode } from '../errors.js';

/*
 * The IPAM settings of a network (subnet, gateway, ip-range, aux addresses), checked before they reach a daemon, and
 * the per-agent ip-ranges Enclave carves out of a subnet. Docker's IPAM is per daemon: a macvlan or ipvlan network with
 * the same subnet on several hosts of one L2 segment hands out the same addresses on every host
 * (https://github.com/moby/moby/issues/49921). The documented workaround is a different --ip-range per host, so each
 * agent gets its own aligned, non-overlapping block of the subnet. Addresses are BigInts (32 or 128 bits); ipaddr.js
 * only parses and prints them.
 */

type Family = 4 | 6;
/** A CIDR block, whose `value` is its first address; an address is a block of one (prefix 32 or 128). */
interface Block {
  family: Family;
  value: bigint;
  prefix: number;
}

/**
 * The smallest subnet accepted and the smallest block carved: 4 addresses. A block at the edge of the subnet loses its
 * network (or IPv4 broadcast) address, and a /31 there would leave Docker a single address for the agent's containers.
 */
const floorPrefix: Record<Family, number> = { 4: 30, 6: 126 };
/** The longest IPv6 CIDR is 43 characters; anything much longer is refused before a regex sees it. */
const maxText = 64;
const maxRanges = 4096;
const maxAux = 256;
const maxKey = 128;

const bitsOf = (family: Family) => (family === 4 ? 32 : 128);
const sizeOf = (b: Block) => 1n << BigInt(bitsOf(b.family) - b.prefix);
const lastOf = (b: Block) => b.value + sizeOf(b) - 1n;
const networkOf = (b: Block): Block => ({ ...b, value: b.value & ~(sizeOf(b) - 1n) });
const familyName = (b: Block) => `IPv${b.family}`;
const blank = (text: string | null | undefined): text is null | undefined | '' => text == null || text.trim() === '';
const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
const badInput = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });

/**
 * Four decimal octets without leading zeros (as Go, hence Docker, reads IPv4), or IPv6 in hex groups: no zone, and no
 * dotted tail (ipaddr.js reads `::1.2.3.4` as `::ffff:1.2.3.4`, and Docker has no use for IPv4-mapped subnets).
 */
function parseAddress(text: string): Block | undefined {
  if (text.length > maxText) return undefined;
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) ip = ipaddr.IPv4.parse(text);
  else if (/^[0-9a-f:]+$/i.test(text) && ipaddr.IPv6.isValid(text)) ip = ipaddr.IPv6.parse(text);
  else return undefined;
  const family: Family = ip.kind() === 'ipv4' ? 4 : 6;
  return { family, value: ip.toByteArray().reduce((n, byte) => (n << 8n) | BigInt(byte), 0n), prefix: bitsOf(family) };
}

/** A CIDR as written, host bits and all. */
function parseCidr(text: string): Block | undefined {
  const match = text.length > maxText ? null : /^([^/]+)\/(0|[1-9]\d{0,2})$/.exec(text);
  const address = match ? parseAddress(match[1]!) : undefined;
  const prefix = Number(match?.[2]);
  return address && prefix <= bitsOf(address.family) ? { ...address, prefix } : undefined;
}

function addressText(family: Family, value: bigint): string {
  const bytes = bitsOf(family) / 8;
  return ipaddr.fromByteArray(Array.from({ length: bytes }, (_, i) => Number((value >> BigInt(8 * (bytes - 1 - i))) & 255n))).toString();
}
const cidrText = (b: Block) => `${addressText(b.family, b.value)}/${b.prefix}`;
const blockText = (b: Block) => (b.prefix === bitsOf(b.family) ? addressText(b.family, b.value) : cidrText(b));

const blocksOverlap = (a: Block, b: Block) => a.family === b.family && a.value <= lastOf(b) && b.value <= lastOf(a);
const blockContains = (outer: Block, inner: Block) =>
  outer.family === inner.family && inner.prefix >= outer.prefix && outer.value <= inner.value && lastOf(inner) <= lastOf(outer);

/** A CIDR (or, where `addresses`, a bare address) from stored data: host bits are masked, as Docker masks them. */
function anyBlock(raw: string, field: string, addresses = false): Block {
  const text = raw.trim();
  const block = parseCidr(text) ?? (addresses ? parseAddress(text) : undefined);
  if (!block) throw badInput(field, `${quote(text)} is not ${addresses ? 'an IP address or ' : ''}a CIDR (e.g. 192.168.50.0/24 or fd00:50::/64).`);
  return networkOf(block);
}

/** Whether two CIDRs share an address (never across families). Host bits are ignored. */
export function overlaps(a: string, b: string): boolean {
  return blocksOverlap(anyBlock(a, 'a'), anyBlock(b, 'b'));
}

/** Whether `addressOrCidr` lies wholly inside `cidr` (never across families). Host bits are ignored. */
export function contains(cidr: string, addressOrCidr: string): boolean {
  return blockContains(anyBlock(cidr, 'cidr'), anyBlock(addressOrCidr, 'addressOrCidr', true));
}

function assertAligned(block: Block, text: string, field: string): void {
  const network = networkOf(block);
  if (network.value !== block.value) throw badInput(field, `${quote(text)} has host bits set: did you mean ${cidrText(network)}?`);
}

function parseSubnet(raw: string, field: string): Block {
  const text = raw.trim();
  const subnet = parseCidr(text);
  if (!subnet) throw badInput(field, `${quote(text)} is not a subnet in CIDR notation (e.g. 192.168.50.0/24 or fd00:50::/64).`);
  assertAligned(subnet, text, field);
  const floor = floorPrefix[subnet.family];
  if (subnet.prefix > floor)
    throw badInput(field, `${cidrText(subnet)} is too small for a Docker network (no room for a gateway and containers): use a /${floor} or larger.`);
  return subnet;
}

/** The first and last addresses Docker may hand out: IPv4 keeps the network and broadcast addresses, IPv6 the first. */
const hostsOf = (subnet: Block) => [subnet.value + 1n, lastOf(subnet) - (subnet.family === 4 ? 1n : 0n)] as const;

function assertInside(block: Block, subnet: Block, field: string, hint: string): void {
  if (block.family !== subnet.family)
    throw badInput(field, `${blockText(block)} is ${familyName(block)} but the subnet ${cidrText(subnet)} is ${familyName(subnet)}: ${hint}.`);
  if (!blockContains(subnet, block)) throw badInput(field, `${blockText(block)} is not inside the subnet ${cidrText(subnet)}: ${hint}.`);
}

function parseHost(raw: string, field: string, subnet: Block): Block {
  const text = raw.trim();
  const [first, last] = hostsOf(subnet).map((v) => addressText(subnet.family, v));
  const address = parseAddress(text);
  if (!address) throw badInput(field, `${quote(text)} is not an IP address (e.g. ${first}, inside ${cidrText(subnet)}).`);
  assertInside(address, subnet, field, `use an address from ${first} to ${last}`);
  return address;
}

function parseGateway(raw: string, field: string, subnet: Block): Block {
  const gateway = parseHost(raw, field, subnet);
  const [first, last] = hostsOf(subnet).map((v) => addressText(subnet.family, v));
  if (gateway.value === subnet.value)
    throw badInput(field, `${blockText(gateway)} is the network address of ${cidrText(subnet)}: use a host address such as ${first}.`);
  if (subnet.family === 4 && gateway.value === lastOf(subnet))
    throw badInput(field, `${blockText(gateway)} is the broadcast address of ${cidrText(subnet)}: use a host address such as ${last}.`);
  return gateway;
}

function parseRange(raw: string, field: string, subnet: Block): Block {
  const text = raw.trim();
  const range = parseCidr(text);
  if (!range)
    throw badInput(field, `${quote(text)} is not an IP range in CIDR notation (e.g. ${cidrText({ ...subnet, prefix: subnet.prefix + 1 })}).`);
  assertAligned(range, text, field);
  assertInside(range, subnet, field, `give a range inside ${cidrText(subnet)}, or leave ipRange out to use the whole subnet`);
  return range;
}

function parseAux(aux: readonly { key: string; value: string }[], field: string, subnet: Block, gateway: Block | null) {
  if (aux.length > maxAux)
    throw badInput(field, `${aux.length} aux addresses is more than ${maxAux}: reserve fewer, or leave them out of the ipRange.`);
  const keys = new Set<string>();
  return aux.map(({ key: rawKey, value }, i) => {
    const key = rawKey.trim();
    if (!key) throw badInput(`${field}[${i}].key`, 'an aux address needs a key naming what holds it (e.g. "router").');
    if (key.length > maxKey) throw badInput(`${field}[${i}].key`, `${quote(key)} is longer than ${maxKey} characters: use a shorter name.`);
    if (keys.has(key)) throw badInput(`${field}[${i}].key`, `"${key}" is used twice: give each aux address its own key.`);
    keys.add(key);
    const address = parseHost(value, `${field}[${i}].value`, subnet);
    if (gateway && address.value === gateway.value)
      throw badInput(
        `${field}[${i}].value`,
        `${blockText(address)} is the gateway, which Docker reserves already: leave it out of the aux addresses.`,
      );
    return { key, value: blockText(address) };
  });
}

export interface IpamSettings {
  subnet: string;
  gateway?: string | null;
  ipRange?: string | null;
  auxAddresses?: readonly { key: string; value: string }[] | null;
}

/**
 * The settings in canonical text (IPv4 dotted, IPv6 compressed lower case as RFC 5952 and Docker print them), with
 * absent or blank gateway and ipRange as null and absent aux addresses as []. Throws BAD_USER_INPUT naming the field,
 * prefixed by `where` (e.g. `perAgent[1]` gives `perAgent[1].gateway: ...`).
 */
export function validateIpam(input: IpamSettings, where?: string): IpamSettings {
  const field = (name: string) => (where ? `${where}.${name}` : name);
  const subnet = parseSubnet(input.subnet, field('subnet'));
  const gateway = blank(input.gateway) ? null : parseGateway(input.gateway, field('gateway'), subnet);
  const ipRange = blank(input.ipRange) ? null : parseRange(input.ipRange, field('ipRange'), subnet);
  const auxAddresses = parseAux(input.auxAddresses ?? [], field('auxAddresses'), subnet, gateway);
  return { subnet: cidrText(subnet), gateway: gateway && blockText(gateway), ipRange: ipRange && cidrText(ipRange), auxAddresses };
}

export interface CarveInput {
  subnet: string;
  gateway?: string | null;
  auxAddresses?: readonly string[];
  /** How many ranges: one per agent, 1 to 4096. */
  count: number;
  /** CIDRs already used on the same parent (other networks' subnets or ranges, this network's other agents' ranges). */
  taken?: readonly string[];
  /** The block size to carve, e.g. the size the other agents' ranges have when one more is carved. */
  prefix?: number;
}

/**
 * `count` equal, aligned, pairwise disjoint ranges of the subnet, in address order, clear of the gateway, the aux
 * addresses and `taken` (entries of the other family are ignored). The largest block size that gives `count` ranges
 * wins (or exactly `prefix`); no block is smaller than /30 (IPv4) or /126 (IPv6). CONFLICT when only `taken` is in the
 * way, else BAD_USER_INPUT.
 */
export function carveRanges(input: CarveInput): string[] {
  const { count } = input;
  if (!Number.isInteger(count) || count < 1 || count > maxRanges)
    throw badInput('count', `${count} is not a number of ranges to carve: give 1 to ${maxRanges}, one per agent.`);
  const subnet = parseSubnet(input.subnet, 'subnet');
  const gateway = blank(input.gateway) ? [] : [parseGateway(input.gateway, 'gateway', subnet)];
  const reserved = [...gateway, ...(input.auxAddresses ?? []).map((a, i) => parseHost(a, `auxAddresses[${i}]`, subnet))];
  const taken = (input.taken ?? []).map((t, i) => anyBlock(t, `taken[${i}]`, true)).filter((t) => blocksOverlap(t, subnet));
  const prefixes = blockPrefixes(subnet, count, input.prefix);
  for (const prefix of prefixes) {
    const runs = freeRuns(subnet, prefix, [...reserved, ...taken]);
    if (roomIn(runs) >= count) return firstBlocks(subnet, prefix, runs, count).map(cidrText);
  }
  throw noRoom(subnet, count, prefixes, reserved, taken);
}

/** Block prefixes to try, largest block first: from the one that halves the subnet just often enough, to the floor. */
function blockPrefixes(subnet: Block, count: number, forced: number | undefined): number[] {
  const floor = floorPrefix[subnet.family];
  if (forced !== undefined) {
    if (!Number.isInteger(forced) || forced < subnet.prefix || forced > floor)
      throw badInput('prefix', `/${forced} is not a block size inside ${cidrText(subnet)}: use /${subnet.prefix} to /${floor}.`);
    return [forced];
  }
  let halvings = 0;
  while (2 ** halvings < count) halvings++;
  return Array.from({ length: Math.max(0, floor - subnet.prefix - halvings + 1) }, (_, i) => subnet.prefix + halvings + i);
}

/** The runs of `prefix`-blocks of the subnet that touch no obstacle, as [first, end) block indexes in address order. */
function freeRuns(subnet: Block, prefix: number, obstacles: readonly Block[]): [bigint, bigint][] {
  const shift = BigInt(bitsOf(subnet.family) - prefix);
  const index = (value: bigint) => (value - subnet.value) >> shift;
  const used = obstacles
    .filter((o) => blocksOverlap(o, subnet))
    .map(
      (o) => [index(o.value > subnet.value ? o.value : subnet.value), index(lastOf(o) < lastOf(subnet) ? lastOf(o) : lastOf(subnet)) + 1n] as const,
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const runs: [bigint, bigint][] = [];
  let next = 0n;
  for (const [start, end] of used) {
    if (start > next) runs.push([next, start]);
    if (end > next) next = end;
  }
  const total = 1n << BigInt(prefix - subnet.prefix);
  if (next < total) runs.push([next, total]);
  return runs;
}

const roomIn = (runs: readonly [bigint, bigint][]) => runs.reduce((n, [start, end]) => n + end - start, 0n);

function firstBlocks(subnet: Block, prefix: number, runs: readonly [bigint, bigint][], count: number): Block[] {
  const shift = BigInt(bitsOf(subnet.family) - prefix);
  const blocks: Block[] = [];
  for (const [start, end] of runs)
    for (let i = start; i < end && blocks.length < count; i++) blocks.push({ family: subnet.family, prefix, value: subnet.value + (i << shift) });
  return blocks;
}

/** Says what fits at the smallest block tried (which fits the most): CONFLICT when only `taken` is in the way. */
function noRoom(subnet: Block, count: number, prefixes: readonly number[], reserved: readonly Block[], taken: readonly Block[]): AppError {
  const prefix = prefixes.at(-1) ?? floorPrefix[subnet.family];
  const fits = (obstacles: readonly Block[]) => {
    const n = roomIn(freeRuns(subnet, prefix, obstacles));
    return `${cidrText(subnet)} has room for ${n} range${n === 1n ? '' : 's'} (of /${prefix})`;
  };
  const perAgent = `give ${count > 1 ? 'each agent' : 'the agent'} an ipRange in perAgent`;
  if (prefixes.length > 0 && roomIn(freeRuns(subnet, prefix, reserved)) >= count) {
    const shown = taken.slice(0, 5).map(blockText).join(', ') + (taken.length > 5 ? ` and ${taken.length - 5} more` : '');
    return new AppError(
      ErrorCode.CONFLICT,
      `${fits([...reserved, ...taken])} clear of the ranges already in use on this parent (${shown}), not ${count}: free some of them or ${perAgent}.`,
    );
  }
  const outside = reserved.length > 0 ? ' outside the gateway and aux addresses' : '';
  return new AppError(ErrorCode.BAD_USER_INPUT, `${fits(reserved)}${outside}, not ${count}: use a larger subnet or ${perAgent}.`);
}

/** Every overlapping pair of ranges, e.g. `10.9.0.0/25 (a1) overlaps 10.9.0.64/26 (a2)`; n is small (one per agent). */
export function rangesConflict(ranges: readonly { label: string; cidr: string }[]): string[] {
  const blocks = ranges.map((r, i) => ({ ...r, block: anyBlock(r.cidr, `ranges[${i}].cidr`) }));
  return blocks.flatMap((a, i) =>
    blocks
      .slice(i + 1)
      .filter((b) => blocksOverlap(a.block, b.block))
      .map((b) => `${cidrText(a.block)} (${a.label}) overlaps ${cidrText(b.block)} (${b.label})`),
  );
}
