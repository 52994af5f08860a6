import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../errors.js';
import { carveRanges, contains, overlaps, rangesConflict, validateIpam, type CarveInput, type IpamSettings } from './ipam.js';

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, got none');
}

/**
 * What every carve promises, whatever the row expects besides. Equal, aligned blocks either coincide or are disjoint,
 * so distinct ones (canonical, aligned: validateIpam accepts each as a subnet) do not overlap.
 */
function expectSound(input: CarveInput, ranges: string[]): void {
  expect(ranges).toHaveLength(input.count);
  expect(new Set(ranges).size).toBe(ranges.length);
  expect(new Set(ranges.map((r) => r.split('/')[1])).size).toBe(1);
  if (input.prefix !== undefined) expect(ranges[0]).toMatch(new RegExp(`/${input.prefix}$`));
  const inside = [input.gateway, ...(input.auxAddresses ?? [])].filter((a): a is string => !!a);
  for (const range of ranges) {
    expect(validateIpam({ subnet: range }).subnet).toBe(range);
    expect(contains(input.subnet, range)).toBe(true);
    for (const address of inside) expect(contains(range, address), `${range} holds ${address}`).toBe(false);
    for (const t of input.taken ?? []) expect(t.includes('/') ? overlaps(range, t) : contains(range, t), `${range} overlaps ${t}`).toBe(false);
  }
}

/** `count` IPv4 blocks of `prefix`, `step` apart, the first at `${base}.${first}`. */
const v4 = (base: string, step: number, count: number, prefix: number, first = 0) =>
  Array.from({ length: count }, (_, i) => `${base}.${first + i * step}/${prefix}`);

const sub = '10.0.0.0/24';
const gw = { subnet: sub, gateway: '10.0.0.1' };

describe('carveRanges', () => {
  it.each<[string, CarveInput, string[]]>([
    ['1 agent takes the whole subnet', { subnet: sub, count: 1 }, [sub]],
    ['1 agent skips the half holding the gateway', { ...gw, count: 1 }, ['10.0.0.128/25']],
    ['3 agents: the /26 holding .1 is skipped', { subnet: '192.168.50.0/24', gateway: '192.168.50.1', count: 3 }, v4('192.168.50', 64, 3, 26, 64)],
    ['5 agents get /27s after the gateway', { ...gw, count: 5 }, v4('10.0.0', 32, 5, 27, 32)],
    ['7 agents fill the /27s the gateway leaves', { ...gw, count: 7 }, v4('10.0.0', 32, 7, 27, 32)],
    ['7 agents and an aux address drop to /28', { ...gw, auxAddresses: ['10.0.0.40'], count: 7 }, ['10.0.0.16/28', ...v4('10.0.0', 16, 6, 28, 48)]],
    ['16 agents: exact /28s', { subnet: sub, count: 16 }, v4('10.0.0', 16, 16, 28)],
    ['gateway at the end, 2 agents', { subnet: sub, gateway: '10.0.0.254', count: 2 }, v4('10.0.0', 64, 2, 26)],
    ['gateway at the end, 8 agents', { subnet: sub, gateway: '10.0.0.254', count: 8 }, v4('10.0.0', 16, 8, 28)],
    ['gateway at the end of a /16', { subnet: '10.0.0.0/16', gateway: '10.0.255.254', count: 2 }, ['10.0.0.0/18', '10.0.64.0/18']],
    ['aux addresses in every /26', { ...gw, auxAddresses: ['10.0.0.70', '10.0.0.130', '10.0.0.200'], count: 4 }, v4('10.0.0', 64, 4, 27, 32)],
    ['a /29 with a gateway leaves one /30', { subnet: '10.0.0.0/29', gateway: '10.0.0.1', count: 1 }, ['10.0.0.4/30']],
    ['taken forces later blocks', { ...gw, count: 2, taken: ['10.0.0.64/26'] }, v4('10.0.0', 64, 2, 26, 128)],
    ['a taken half forces smaller blocks', { ...gw, count: 2, taken: ['10.0.0.128/25'] }, v4('10.0.0', 32, 2, 27, 32)],
    ['taken with host bits counts as its network', { subnet: sub, count: 2, taken: ['10.0.0.70/26'] }, ['10.0.0.0/26', '10.0.0.128/26']],
    ['a taken address (a static IP)', { subnet: sub, count: 1, taken: ['10.0.0.5'] }, ['10.0.0.128/25']],
    [
      'taken of the other family or outside is ignored',
      { subnet: sub, count: 2, taken: ['fd00::/8', '::/0', '10.0.1.0/24'] },
      v4('10.0.0', 128, 2, 25),
    ],
    ['repair: prefix kept, next free block', { ...gw, count: 1, prefix: 26, taken: ['10.0.0.64/26', '10.0.0.128/26'] }, ['10.0.0.192/26']],
    ['forced prefix smaller than needed', { ...gw, count: 2, prefix: 28 }, v4('10.0.0', 16, 2, 28, 16)],
    [
      'IPv6 /64, 3 agents, gateway ::1: /66s',
      { subnet: 'fd00:0:0:1::/64', gateway: 'fd00:0:0:1::1', count: 3 },
      ['4', '8', 'c'].map((h) => `fd00:0:0:1:${h}000::/66`),
    ],
    ['IPv6 ignores IPv4 taken', { subnet: 'fd00::/64', count: 1, taken: ['10.0.0.0/8', '0.0.0.0/0'] }, ['fd00::/64']],
    [
      'IPv6 written loosely comes out canonical',
      { subnet: ' FD00:0000:0:1:0:0:0:0/64 ', gateway: ' FD00:0:0:1::0001 ', count: 1 },
      ['fd00:0:0:1:8000::/65'],
    ],
  ])('%s', (_, input, expected) => {
    const ranges = carveRanges(input);
    expect(ranges).toEqual(expected);
    expectSound(input, ranges);
  });

  it('carves 4096 IPv6 /64s from a /52 in address order', () => {
    const input = { subnet: 'fd00:0:0:f000::/52', count: 4096 };
    const ranges = carveRanges(input);
    expect([ranges[0], ranges[1], ranges.at(-1)]).toEqual(['fd00:0:0:f000::/64', 'fd00:0:0:f001::/64', 'fd00:0:0:ffff::/64']);
    expectSound(input, ranges);
  });
});

const outside = ' outside the gateway and aux addresses';
const inUse = ' clear of the ranges already in use on this parent';
const agents = (count: number) => (count > 1 ? 'each agent' : 'the agent');
const badCount = 'is not a number of ranges to carve: give 1 to 4096, one per agent.';

describe('carveRanges when nothing fits', () => {
  it.each<[CarveInput, string]>([
    [{ subnet: '192.168.50.0/29', gateway: '192.168.50.1', count: 3 }, `192.168.50.0/29 has room for 1 range (of /30)${outside}`],
    [{ subnet: '10.0.0.0/30', count: 2 }, '10.0.0.0/30 has room for 1 range (of /30)'],
    [{ subnet: '10.0.0.0/30', gateway: '10.0.0.1', count: 1 }, `10.0.0.0/30 has room for 0 ranges (of /30)${outside}`],
    [{ subnet: 'fd00::/126', gateway: 'fd00::1', count: 1 }, `fd00::/126 has room for 0 ranges (of /126)${outside}`],
    [{ subnet: sub, count: 3, prefix: 25 }, '10.0.0.0/24 has room for 2 ranges (of /25)'],
  ])('%j: BAD_USER_INPUT, "%s"', (input, room) => {
    const error = errorOf(() => carveRanges(input));
    const advice = `use a larger subnet or give ${agents(input.count)} an ipRange in perAgent.`;
    expect([error.code, error.message]).toEqual([ErrorCode.BAD_USER_INPUT, `${room}, not ${input.count}: ${advice}`]);
  });

  it.each<[CarveInput, string]>([
    [
      { subnet: '10.0.0.0/28', gateway: '10.0.0.1', count: 3, taken: ['10.0.0.8/29'] },
      `10.0.0.0/28 has room for 1 range (of /30)${inUse} (10.0.0.8/29)`,
    ],
    [
      { ...gw, count: 1, prefix: 26, taken: ['10.0.0.64/26', '10.0.0.128/26', '10.0.0.192/26'] },
      `10.0.0.0/24 has room for 0 ranges (of /26)${inUse} (10.0.0.64/26, 10.0.0.128/26, 10.0.0.192/26)`,
    ],
    [{ subnet: sub, count: 1, taken: ['10.0.0.0/16'] }, `10.0.0.0/24 has room for 0 ranges (of /30)${inUse} (10.0.0.0/16)`],
  ])('%j: CONFLICT, "%s"', (input, room) => {
    const error = errorOf(() => carveRanges(input));
    const advice = `free some of them or give ${agents(input.count)} an ipRange in perAgent.`;
    expect([error.code, error.message]).toEqual([ErrorCode.CONFLICT, `${room}, not ${input.count}: ${advice}`]);
  });

  it.each<[CarveInput, string]>([
    [{ subnet: sub, count: 0 }, `count: 0 ${badCount}`],
    [{ subnet: 'fd00::/48', count: 4097 }, `count: 4097 ${badCount}`],
    [{ subnet: sub, count: 1.5 }, `count: 1.5 ${badCount}`],
    [{ subnet: sub, count: 1, prefix: 23 }, 'prefix: /23 is not a block size inside 10.0.0.0/24: use /24 to /30.'],
    [{ subnet: 'fd00::/64', count: 1, prefix: 127 }, 'prefix: /127 is not a block size inside fd00::/64: use /64 to /126.'],
    [
      { subnet: sub, count: 1, taken: ['10.0.0.0/99'] },
      'taken[0]: "10.0.0.0/99" is not an IP address or a CIDR (e.g. 192.168.50.0/24 or fd00:50::/64).',
    ],
  ])('%j: BAD_USER_INPUT, "%s"', (input, message) => {
    const error = errorOf(() => carveRanges(input));
    expect([error.code, error.message]).toEqual([ErrorCode.BAD_USER_INPUT, message]);
  });
});

const notCidr = 'is not a subnet in CIDR notation (e.g. 192.168.50.0/24 or fd00:50::/64).';
const hosts = 'use an address from 10.0.0.1 to 10.0.0.254.';
const inSubnet = 'give a range inside 10.0.0.0/24, or leave ipRange out to use the whole subnet.';
const host = (address: string) => `use a host address such as ${address}.`;
const tooSmall = 'is too small for a Docker network (no room for a gateway and containers): use a';
const aux = (...pairs: [string, string][]) => ({ ...gw, auxAddresses: pairs.map(([key, value]) => ({ key, value })) });
const empty = { gateway: null, ipRange: null, auxAddresses: [] };

describe('validateIpam', () => {
  it.each<[string, IpamSettings, IpamSettings]>([
    ['trimmed IPv4', { subnet: ' 192.168.50.0/24 ' }, { subnet: '192.168.50.0/24', ...empty }],
    ['IPv6 in lower case, blank gateway as null', { subnet: 'FD00:0:0:1:0:0:0:0/64', gateway: '' }, { subnet: 'fd00:0:0:1::/64', ...empty }],
    [
      'IPv6 zeros dropped',
      { subnet: 'fd00:0000:0000:0001::/64', gateway: 'FD00:0:0:1::0001' },
      { subnet: 'fd00:0:0:1::/64', ...empty, gateway: 'fd00:0:0:1::1' },
    ],
    [
      'the longest zero run, else the first',
      { subnet: '2001:db8:0:0:1:0:0:0/96', gateway: '2001:db8:0:0:1:0:0:1' },
      { subnet: '2001:db8:0:0:1::/96', ...empty, gateway: '2001:db8::1:0:0:1' },
    ],
    [
      'every field trimmed',
      { ...gw, gateway: ' 10.0.0.1 ', ipRange: ' 10.0.0.128/25 ', auxAddresses: [{ key: ' router ', value: ' 10.0.0.2 ' }] },
      { ...gw, ipRange: '10.0.0.128/25', auxAddresses: [{ key: 'router', value: '10.0.0.2' }] },
    ],
    [
      'an ipRange that is the whole subnet',
      { subnet: '10.0.0.0/30', ipRange: '10.0.0.0/30', gateway: null },
      { subnet: '10.0.0.0/30', ...empty, ipRange: '10.0.0.0/30' },
    ],
  ])('normalises %s', (_, input, expected) => {
    expect(validateIpam(input)).toEqual(expected);
  });
});

describe('validateIpam refuses', () => {
  it.each<[string, IpamSettings, string]>([
    ['a prefix past 32', { subnet: '10.0.0.0/33' }, `subnet: "10.0.0.0/33" ${notCidr}`],
    ['leading zeros', { subnet: '010.0.0.0/24' }, `subnet: "010.0.0.0/24" ${notCidr}`],
    ['an IPv6 zone', { subnet: 'fe80::%eth0/64' }, `subnet: "fe80::%eth0/64" ${notCidr}`],
    ['host bits', { subnet: '10.0.0.1/24' }, 'subnet: "10.0.0.1/24" has host bits set: did you mean 10.0.0.0/24?'],
    ['IPv6 host bits', { subnet: 'FD00::1/64' }, 'subnet: "FD00::1/64" has host bits set: did you mean fd00::/64?'],
    ['a /31', { subnet: '10.0.0.0/31' }, `subnet: 10.0.0.0/31 ${tooSmall} /30 or larger.`],
    ['an IPv6 /127', { subnet: 'fd00::/127' }, `subnet: fd00::/127 ${tooSmall} /126 or larger.`],
    ['a gateway that is a name', { subnet: sub, gateway: 'router' }, 'gateway: "router" is not an IP address (e.g. 10.0.0.1, inside 10.0.0.0/24).'],
    ['a gateway outside', { subnet: sub, gateway: '10.0.1.1' }, `gateway: 10.0.1.1 is not inside the subnet 10.0.0.0/24: ${hosts}`],
    ['an IPv6 gateway', { subnet: sub, gateway: 'fd00::1' }, `gateway: fd00::1 is IPv6 but the subnet 10.0.0.0/24 is IPv4: ${hosts}`],
    ['the network address', { subnet: sub, gateway: '10.0.0.0' }, `gateway: 10.0.0.0 is the network address of 10.0.0.0/24: ${host('10.0.0.1')}`],
    [
      'the broadcast address',
      { subnet: sub, gateway: '10.0.0.255' },
      `gateway: 10.0.0.255 is the broadcast address of 10.0.0.0/24: ${host('10.0.0.254')}`,
    ],
    [
      'the IPv6 network address',
      { subnet: 'fd00::/64', gateway: 'fd00::' },
      `gateway: fd00:: is the network address of fd00::/64: ${host('fd00::1')}`,
    ],
    ['an ipRange without /', { subnet: sub, ipRange: '10.0.0.0' }, 'ipRange: "10.0.0.0" is not an IP range in CIDR notation (e.g. 10.0.0.0/25).'],
    ['an ipRange with host bits', { subnet: sub, ipRange: '10.0.0.1/25' }, 'ipRange: "10.0.0.1/25" has host bits set: did you mean 10.0.0.0/25?'],
    ['a larger ipRange', { subnet: sub, ipRange: '10.0.0.0/23' }, `ipRange: 10.0.0.0/23 is not inside the subnet 10.0.0.0/24: ${inSubnet}`],
    ['an IPv6 ipRange', { subnet: sub, ipRange: 'fd00::/64' }, `ipRange: fd00::/64 is IPv6 but the subnet 10.0.0.0/24 is IPv4: ${inSubnet}`],
    ['an aux name', aux(['a', '10.0.0.2'], ['b', 'x']), 'auxAddresses[1].value: "x" is not an IP address (e.g. 10.0.0.1, inside 10.0.0.0/24).'],
    ['an aux value outside', aux(['a', '10.0.1.5']), `auxAddresses[0].value: 10.0.1.5 is not inside the subnet 10.0.0.0/24: ${hosts}`],
    [
      'the gateway as aux',
      aux(['a', '10.0.0.1']),
      'auxAddresses[0].value: 10.0.0.1 is the gateway, which Docker reserves already: leave it out of the aux addresses.',
    ],
    ['an empty aux key', aux([' ', '10.0.0.2']), 'auxAddresses[0].key: an aux address needs a key naming what holds it (e.g. "router").'],
    [
      'a duplicate key',
      aux(['router', '10.0.0.2'], [' router', '10.0.0.3']),
      'auxAddresses[1].key: "router" is used twice: give each aux address its own key.',
    ],
    [
      'a long aux key',
      aux(['k'.repeat(129), '10.0.0.2']),
      `auxAddresses[0].key: "${'k'.repeat(60)}…" is longer than 128 characters: use a shorter name.`,
    ],
    [
      'too many aux addresses',
      aux(...Array.from({ length: 257 }, (_, i): [string, string] => [`k${i}`, '10.0.0.2'])),
      'auxAddresses: 257 aux addresses is more than 256: reserve fewer, or leave them out of the ipRange.',
    ],
  ])('%s', (_, input, message) => {
    const error = errorOf(() => validateIpam(input));
    expect([error.code, error.message, error.extensions.field]).toEqual([ErrorCode.BAD_USER_INPUT, message, message.split(':')[0]]);
  });

  it('prefixes where, and answers a 10 kB string briefly', () => {
    expect(errorOf(() => validateIpam({ subnet: sub, gateway: '10.0.0.255' }, 'perAgent[1]')).message).toMatch(
      /^perAgent\[1\]\.gateway: 10\.0\.0\.255 is the broadcast/,
    );
    const started = performance.now();
    const error = errorOf(() => validateIpam({ subnet: `${'1:'.repeat(5000)}/64` }));
    expect(performance.now() - started).toBeLessThan(50);
    expect(error.message).toBe(`subnet: "${'1:'.repeat(30)}…" ${notCidr}`);
  });
});

describe('overlaps, contains and rangesConflict', () => {
  it.each([
    ['10.0.0.0/8', '10.1.0.0/16', true],
    ['10.0.0.0/25', '10.0.0.128/25', false],
    ['10.0.0.0/8', 'fd00::/8', false],
    ['::/0', 'fd00::/64', true],
  ])('overlaps(%s, %s) is %s', (a, b, expected) => {
    expect([overlaps(a, b), overlaps(b, a)]).toEqual([expected, expected]);
  });

  it.each([
    ['10.0.0.0/24', '10.0.0.255', true],
    ['10.0.0.0/24', '10.0.0.0/23', false],
    ['10.0.0.0/23', '10.0.1.0/24', true],
    ['10.0.0.0/8', '::ffff:a00:1', false],
  ])('contains(%s, %s) is %s', (cidr, inner, expected) => {
    expect(contains(cidr, inner)).toBe(expected);
  });

  it('refuses what is not a CIDR', () => {
    expect(errorOf(() => overlaps('10.0.0.0/24', 'nope')).code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  const r = (label: string, cidr: string) => ({ label, cidr });
  it.each([
    [[], []],
    [[r('a1', '10.9.0.0/25'), r('a2', '10.9.0.64/26'), r('a3', '10.9.0.128/25')], ['10.9.0.0/25 (a1) overlaps 10.9.0.64/26 (a2)']],
    [
      [r('a', 'FD00::/64'), r('b', 'fd00::/65'), r('c', 'fd00::8000:0:0:0/65'), r('d', '10.0.0.0/8')],
      ['fd00::/64 (a) overlaps fd00::/65 (b)', 'fd00::/64 (a) overlaps fd00::8000:0:0:0/65 (c)'],
    ],
  ])('rangesConflict(%j)', (ranges, expected) => {
    expect(rangesConflict(ranges)).toEqual(expected);
  });
});
