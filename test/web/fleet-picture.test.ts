// The fleet page's picture (web/src/fleet/picture.ts) is a pure function of one read of the API: zones, columns, rows
// and each cell's state, checked here table by table without a browser.
import { describe, expect, it } from 'vitest';
import type { Picture } from '../../web/src/fleet/operations.js';
import { zonesOf } from '../../web/src/fleet/picture.js';

const capacity = { cores: 2, memoryMb: 1024, maxSessions: null, usedCores: 0, usedMemoryMb: 0, sessionCount: 0, gpus: 0, usedGpus: 0 };
const agent = (id: string, zone: string | null) => ({ id, name: id, zone, status: 'ONLINE' as const, enabled: true, labels: [], capacity });
const copy = (agentId: string, extra: Partial<Picture['networkSpread'][number]['present'][number]> = {}) => ({
  id: `${agentId}-n`,
  agent: { id: agentId },
  driver: 'bridge',
  subnets: ['10.0.0.0/24'],
  gateway: null,
  ipRange: null,
  parent: null,
  options: [],
  ...extra,
});
const picture = (over: Partial<Picture>): Picture => ({ agents: [], networkSpread: [], networks: [], sessions: [], ...over });
/** Each row as `name: state state …`, in column order. */
const rows = (p: Picture) =>
  zonesOf(p).map((z) => ({
    zone: z.zone,
    agents: z.agents.map((a) => a.name),
    rows: z.rows.map(
      (r) => `${r.name}: ${r.cells.map((c) => (c.kind === 'present' ? `present${c.conflicting ? '!' : ''}(${c.sessions})` : c.kind)).join(' ')}`,
    ),
  }));

describe('the fleet picture', () => {
  it.each([
    {
      case: 'zones by name, agents without one last; columns by agent name',
      picture: picture({ agents: [agent('b', null), agent('y2', 'lab'), agent('y1', 'lab'), agent('x', 'edge')] }),
      expected: [
        { zone: 'edge', agents: ['x'], rows: [] },
        { zone: 'lab', agents: ['y1', 'y2'], rows: [] },
        { zone: null, agents: ['b'], rows: [] },
      ],
    },
    {
      case: 'present with its active sessions, missing where the spread says so',
      picture: picture({
        agents: [agent('a1', 'lab'), agent('a2', 'lab')],
        networkSpread: [{ name: 'z', zone: 'lab', present: [copy('a1')], missing: [{ id: 'a2', name: 'a2' }], conflicts: [] }],
        sessions: [
          { id: 's1', network: 'z', agent: { id: 'a1' } },
          { id: 's2', network: 'z', agent: { id: 'a1' } },
          { id: 's3', network: null, agent: { id: 'a1' } },
        ],
      }),
      expected: [{ zone: 'lab', agents: ['a1', 'a2'], rows: ['z: present(2) missing'] }],
    },
    {
      case: 'removed where the agent had it, even when no agent has it now; a copy there again is present',
      picture: picture({
        agents: [agent('a1', 'lab'), agent('a2', 'lab')],
        networkSpread: [{ name: 'z', zone: 'lab', present: [copy('a1')], missing: [{ id: 'a2', name: 'a2' }], conflicts: [] }],
        networks: [
          { id: 'n1', name: 'gone', agent: { id: 'a1' }, driver: 'bridge', removedAt: '2026-01-01T00:00:00Z' },
          { id: 'n2', name: 'z', agent: { id: 'a1' }, driver: 'bridge', removedAt: '2026-01-01T00:00:00Z' },
          { id: 'n3', name: 'z', agent: { id: 'a1' }, driver: 'bridge', removedAt: null },
          { id: 'n4', name: 'z', agent: { id: 'a2' }, driver: 'bridge', removedAt: '2026-01-02T00:00:00Z' },
        ],
      }),
      expected: [{ zone: 'lab', agents: ['a1', 'a2'], rows: ['gone: removed missing', 'z: present(0) removed'] }],
    },
    {
      case: 'a conflict marks the cells of the agents it names, as whole words (b1 is not b10)',
      picture: picture({
        agents: [agent('b1', 'lab'), agent('b10', 'lab'), agent('b2', 'lab')],
        networkSpread: [
          {
            name: 'm',
            zone: 'lab',
            present: [copy('b1'), copy('b10'), copy('b2')],
            missing: [],
            conflicts: ['10.0.0.0/24 (b10) overlaps 10.0.0.0/24 (b2)'],
          },
        ],
      }),
      expected: [{ zone: 'lab', agents: ['b1', 'b10', 'b2'], rows: ['m: present(0) present!(0) present!(0)'] }],
    },
  ])('$case', ({ picture: p, expected }) => {
    expect(rows(p)).toEqual(expected);
  });

  it('keeps the latest removal of a copy removed more than once', () => {
    const p = picture({
      agents: [agent('a1', null)],
      networks: [
        { id: 'n1', name: 'z', agent: { id: 'a1' }, driver: 'bridge', removedAt: '2026-01-03T00:00:00Z' },
        { id: 'n2', name: 'z', agent: { id: 'a1' }, driver: 'bridge', removedAt: '2026-01-01T00:00:00Z' },
      ],
    });
    expect(zonesOf(p)[0]!.rows[0]!.cells[0]).toEqual({ kind: 'removed', removedAt: '2026-01-03T00:00:00Z' });
  });
});
