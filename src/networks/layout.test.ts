import { describe, expect, it } from 'vitest';
import type { AgentRow, NetworkRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import { planAgents, specOf, type SpecInput, type Surroundings } from './layout.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const agent = (n: number, zone: string | null = 'lab') => ({ id: id(n), name: `a${n}`, zone }) as AgentRow;
const network = (n: number, over: Partial<NetworkRow>) =>
  ({ agentId: id(n), name: 'z', driver: 'macvlan', subnets: ['192.168.50.0/24'], ipRange: null, parent: 'eth0', ...over }) as NetworkRow;
const none: Surroundings = { sameName: [], others: [] };

const macvlan = (over: SpecInput = {}): SpecInput => ({ ipam: { subnet: '192.168.50.0/24', gateway: '192.168.50.1' }, parent: 'eth0', ...over });
const plan = (input: SpecInput, targets: AgentRow[], around: Surroundings = none, driver = 'macvlan') =>
  planAgents(specOf('z', driver, input, targets), targets, around).map((p) => [p.agent.name, p.parent, p.ipRange]);
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return `${(error as AppError).code}: ${(error as AppError).message}`;
  }
  throw new Error('expected a refusal');
};

const [a1, a2, a3] = [agent(1), agent(2), agent(3)];

describe('laying a network out per agent', () => {
  it.each([
    ['one macvlan agent keeps the whole subnet', macvlan(), [a1], [['a1', 'eth0', null]]],
    [
      'three agents get a /26 each, clear of the gateway',
      macvlan(),
      [a1, a2, a3],
      [
        ['a1', 'eth0', '192.168.50.64/26'],
        ['a2', 'eth0', '192.168.50.128/26'],
        ['a3', 'eth0', '192.168.50.192/26'],
      ],
    ],
    [
      'per-agent parents and a hand-picked range are kept; the others are carved around it',
      macvlan({ perAgent: [{ agentId: id(2), parent: 'ens3', ipRange: '192.168.50.128/25' }] }),
      [a1, a2],
      [
        ['a1', 'eth0', '192.168.50.64/26'],
        ['a2', 'ens3', '192.168.50.128/25'],
      ],
    ],
    [
      'a bridge keeps its subnet on every agent',
      { ipam: { subnet: '192.168.60.0/24' } },
      [a1, a2],
      [
        ['a1', null, null],
        ['a2', null, null],
      ],
      'bridge',
    ],
  ])('%s', (_, input, targets, expected, driver = 'macvlan') => {
    expect(plan(input, targets, none, driver)).toEqual(expected);
  });

  it('carves one more range of the size the others have, around the copies already there', () => {
    const sameName = [network(1, { ipRange: '192.168.50.64/26' }), network(2, { ipRange: '192.168.50.128/26' })];
    expect(plan(macvlan(), [a3], { sameName, others: [] })).toEqual([['a3', 'eth0', '192.168.50.192/26']]);
  });

  it('keeps clear of another network on the same parent of the agent, not of one on another parent', () => {
    const others = [
      network(1, { name: 'other', ipRange: '192.168.50.64/26' }),
      network(1, { name: 'far', parent: 'eth9', ipRange: '192.168.50.128/26' }),
    ];
    expect(plan(macvlan(), [a1, a2], { sameName: [], others })).toEqual([
      ['a1', 'eth0', '192.168.50.128/26'],
      ['a2', 'eth0', '192.168.50.192/26'],
    ]);
  });
});

describe('refusing a layout that cannot work', () => {
  it.each([
    ['a parent on a bridge', { parent: 'eth0' }, [a1], 'bridge', /BAD_USER_INPUT: parent: only macvlan and ipvlan/],
    ['an interface name that cannot be one', macvlan({ parent: 'eth0; rm -rf' }), [a1], 'macvlan', /not a host interface name/],
    ['parent given twice, differently', macvlan({ options: [{ key: 'parent', value: 'eth1' }] }), [a1], 'macvlan', /give it once, as parent/],
    [
      'a driver option given twice',
      {
        options: [
          { key: 'x', value: '1' },
          { key: 'x', value: '2' },
        ],
      },
      [a1],
      'bridge',
      /"x" is given twice/,
    ],
    [
      'perAgent naming an agent the network is not made on',
      macvlan({ perAgent: [{ agentId: id(9) }] }),
      [a1],
      'macvlan',
      /which this network is not made on/,
    ],
    ['perAgent naming an agent twice', macvlan({ perAgent: [{ agentId: id(1) }, { agentId: id(1) }] }), [a1], 'macvlan', /listed twice/],
    [
      'a per-agent range without a subnet',
      { parent: 'eth0', perAgent: [{ agentId: id(1), ipRange: '10.0.0.0/24' }] },
      [a1],
      'macvlan',
      /needs ipam.subnet/,
    ],
    [
      'per-agent ranges that overlap',
      macvlan({
        perAgent: [
          { agentId: id(1), ipRange: '192.168.50.0/25' },
          { agentId: id(2), ipRange: '192.168.50.64/26' },
        ],
      }),
      [a1, a2],
      'macvlan',
      /overlap: give each agent a range of its own/,
    ],
    ['macvlan across agents without a subnet', { parent: 'eth0' }, [a1, a2], 'macvlan', /needs ipam.subnet/],
    ['macvlan across agents without a gateway', { ipam: { subnet: '192.168.50.0/24' }, parent: 'eth0' }, [a1, a2], 'macvlan', /needs ipam.gateway/],
    [
      'one ipRange for every agent of a segment',
      macvlan({ ipam: { subnet: '192.168.50.0/24', gateway: '192.168.50.1', ipRange: '192.168.50.0/25' } }),
      [a1, a2],
      'macvlan',
      /same addresses out twice/,
    ],
    [
      'a subnet too small for the agents',
      macvlan({ ipam: { subnet: '192.168.50.0/29', gateway: '192.168.50.1' } }),
      [a1, a2, a3],
      'macvlan',
      /has room for 1 range/,
    ],
  ])('refuses %s', (_, input, targets, driver, message) => {
    expect(refusal(() => plan(input, targets, none, driver))).toMatch(message);
  });

  it('refuses (CONFLICT) a given range over another network on the same parent', () => {
    const others = [network(1, { name: 'other', ipRange: '192.168.50.64/26' })];
    const input = macvlan({ perAgent: [{ agentId: id(1), ipRange: '192.168.50.96/27' }] });
    expect(refusal(() => plan(input, [a1], { sameName: [], others }))).toBe(
      'CONFLICT: 192.168.50.96/27 on a1 overlaps network "other" (192.168.50.64/26) on the same parent eth0: pick another range.',
    );
  });

  it('refuses (CONFLICT) one more copy when its copies hold the whole subnet', () => {
    const sameName = [network(1, { ipRange: null })];
    expect(refusal(() => plan(macvlan(), [a2], { sameName, others: [] }))).toMatch(/^CONFLICT: .* clear of the ranges already in use/);
  });
});
