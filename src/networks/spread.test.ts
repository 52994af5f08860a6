import { describe, expect, it } from 'vitest';
import type { AgentRow, NetworkLayoutRow, NetworkRow } from '../db/schema.js';
import { spreadOf } from './spread.js';

const agent = (name: string, zone: string | null) => ({ id: `id-${name}`, name, zone }) as AgentRow;
const copy = (name: string, on: string, over: Partial<NetworkRow> = {}) =>
  ({
    id: `${name}@${on}`,
    agentId: `id-${on}`,
    name,
    driver: 'bridge',
    subnets: [],
    ipRange: null,
    parent: null,
    options: {},
    ...over,
  }) as NetworkRow;
const layout = (over: Partial<NetworkLayoutRow>) =>
  ({ name: 'z', zone: 'lab', driver: 'macvlan', subnet: '192.168.50.0/24', parent: 'eth0', perAgent: [], ...over }) as NetworkLayoutRow;
const macvlan = (on: string, ipRange: string | null, parent = 'eth0') =>
  copy('z', on, { driver: 'macvlan', subnets: ['192.168.50.0/24'], ipRange, parent });

const agents = [agent('a1', 'lab'), agent('a2', 'lab'), agent('a3', 'lab'), agent('b1', null)];
const view = (live: NetworkRow[], layouts: NetworkLayoutRow[] = []) =>
  spreadOf(agents, live, layouts).map((s) => ({
    name: s.name,
    zone: s.zone,
    present: s.present.map((n) => n.agentId),
    missing: s.missing.map((a) => a.name),
    conflicts: s.conflicts,
  }));

describe('the spread of networks across a zone', () => {
  it('groups by zone and name, sorted, with the agents of the zone that lack each', () => {
    expect(view([copy('web', 'a2'), copy('web', 'a1'), copy('db', 'a3'), copy('web', 'b1')])).toEqual([
      { name: 'db', zone: 'lab', present: ['id-a3'], missing: ['a1', 'a2'], conflicts: [] },
      { name: 'web', zone: 'lab', present: ['id-a1', 'id-a2'], missing: ['a3'], conflicts: [] },
      { name: 'web', zone: null, present: ['id-b1'], missing: [], conflicts: [] },
    ]);
  });

  it.each([
    ['carved ranges side by side', [macvlan('a1', '192.168.50.64/26'), macvlan('a2', '192.168.50.128/26')], [], []],
    ['a driver that differs', [copy('z', 'a1'), macvlan('a2', null)], [], ['driver differs: bridge on a1, macvlan on a2']],
    [
      'overlapping ranges, and a copy handing out the whole subnet',
      [macvlan('a1', '192.168.50.64/26'), macvlan('a2', '192.168.50.64/27'), macvlan('a3', null)],
      [],
      [
        '192.168.50.64/26 (a1) overlaps 192.168.50.64/27 (a2)',
        '192.168.50.64/26 (a1) overlaps 192.168.50.0/24 (a3)',
        '192.168.50.64/27 (a2) overlaps 192.168.50.0/24 (a3)',
      ],
    ],
    [
      'no conflict for parents of other names made by hand (hosts name their interfaces as they like)',
      [macvlan('a1', '192.168.50.64/26'), macvlan('a2', '192.168.50.128/26', 'ens3')],
      [],
      [],
    ],
    [
      'a parent the layout planned per agent is no conflict',
      [macvlan('a1', '192.168.50.64/26'), macvlan('a2', '192.168.50.128/26', 'ens3')],
      [layout({ perAgent: [{ agentId: 'id-a2', parent: 'ens3', ipRange: '192.168.50.128/26' }] })],
      [],
    ],
    [
      'a copy remade by hand with another parent and subnet',
      [macvlan('a1', '192.168.50.64/26'), copy('z', 'a2', { driver: 'macvlan', subnets: ['192.168.99.0/24'], parent: 'eth1' })],
      [layout({})],
      [
        'subnet differs: 192.168.50.0/24 on a1, 192.168.99.0/24 on a2',
        'a2 has subnet 192.168.99.0/24, made with 192.168.50.0/24',
        'a2 has parent eth1, made with eth0',
      ],
    ],
  ])('reports %s', (_, live, layouts, conflicts) => {
    expect(view(live, layouts)[0]!.conflicts).toEqual(conflicts);
  });

  it('compares bridges by driver only: each daemon picks its own subnet', () => {
    expect(view([copy('z', 'a1', { subnets: ['172.18.0.0/16'] }), copy('z', 'a2', { subnets: ['172.19.0.0/16'] })])[0]!.conflicts).toEqual([]);
  });
});
