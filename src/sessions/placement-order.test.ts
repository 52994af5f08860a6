import { describe, it, expect } from 'vitest';
import { AppError, ErrorCode } from '../errors.js';
import { allowedNetworks, noCapacityError, planPlacement, type PlacementAgent } from './placement.js';
import { agent, DEFAULT, shuffled, workspace } from './placement.fixtures.js';

// ---------------------------------------------------------------------------------------------------------------
// 4. Ordering
// ---------------------------------------------------------------------------------------------------------------

describe('planPlacement: ordering', () => {
  const ws = workspace({ cores: 1, memoryMb: 1024 });

  it('puts eligible agents first, even when an ineligible one is less loaded', () => {
    const idleOffline = agent({ name: 'a-offline', status: 'OFFLINE' });
    const busy = agent({ name: 'z-busy', usedCores: 3 });
    const p = planPlacement(ws, [DEFAULT], [idleOffline, busy]);
    expect(p.candidates.map((c) => c.agentId)).toEqual([busy.id, idleOffline.id]);
    expect(p.chosen?.agentId).toBe(busy.id);
  });

  it.each([
    {
      case: 'cores decide',
      agents: [agent({ name: 'a', usedCores: 2 }), agent({ name: 'b', usedCores: 1 }), agent({ name: 'c', usedCores: 0 })],
      order: ['c', 'b', 'a'],
    },
    {
      case: 'memory decides',
      agents: [agent({ name: 'a', usedMemoryMb: 4096 }), agent({ name: 'b', usedMemoryMb: 2048 }), agent({ name: 'c' })],
      order: ['c', 'b', 'a'],
    },
    {
      // a: cores (1+1)/4 = 0.5; b: sessions (1+1)/2 = 1; c: memory (1024+1024)/8192 = 0.25
      case: 'the fullest dimension counts',
      agents: [
        agent({ name: 'a', usedCores: 1 }),
        agent({ name: 'b', maxSessions: 2, sessionCount: 1 }),
        agent({ name: 'c', usedMemoryMb: 1024 }),
      ],
      order: ['c', 'a', 'b'],
    },
    {
      // Relative, not absolute: a big agent with more used cores is less full than a small one.
      case: 'load is a ratio of the agent size',
      agents: [agent({ name: 'small', cores: 2 }), agent({ name: 'big', cores: 16, usedCores: 4, memoryMb: 65536 })],
      order: ['big', 'small'],
    },
    {
      // a: sessions 3/4 = 0.75 (cores 0.25); b: cores (1+1)/4 = 0.5
      case: 'the session count counts when maxSessions is set',
      agents: [agent({ name: 'a', maxSessions: 4, sessionCount: 2 }), agent({ name: 'b', usedCores: 1, sessionCount: 50 })],
      order: ['b', 'a'],
    },
    {
      case: 'equal load: by name',
      agents: [agent({ name: 'c' }), agent({ name: 'a' }), agent({ name: 'b' })],
      order: ['a', 'b', 'c'],
    },
    {
      case: 'equal load and name: by id',
      agents: [agent({ name: 'same', id: 'id-2' }), agent({ name: 'same', id: 'id-1' })],
      order: ['id-1', 'id-2'],
    },
    {
      case: 'ineligible ones are also least loaded first, then by name',
      agents: [
        agent({ name: 'ok' }),
        agent({ name: 'off-b', status: 'OFFLINE', usedCores: 2 }),
        agent({ name: 'off-c', status: 'OFFLINE' }),
        agent({ name: 'off-a', status: 'OFFLINE' }),
      ],
      order: ['ok', 'off-a', 'off-c', 'off-b'],
    },
  ])('least loaded first: $case', ({ agents, order }) => {
    const p = planPlacement(ws, [DEFAULT], agents);
    const label = (id: string) => {
      const a = agents.find((x) => x.id === id)!;
      return agents.filter((x) => x.name === a.name).length > 1 ? a.id : a.name;
    };
    expect(p.candidates.map((c) => label(c.agentId))).toEqual(order);
    expect(p.candidates).toHaveLength(agents.length);
  });

});

describe('planPlacement: determinism', () => {
  const ws = workspace({ cores: 1, memoryMb: 1024 });

  const mixed = [
    agent({ name: 'a1', networks: new Set([DEFAULT]) }),
    agent({ name: 'a2', networks: new Set([DEFAULT, 'z_enclave_2']), usedCores: 1 }),
    agent({ name: 'a3', networks: new Set([DEFAULT, 'z_enclave_2']), usedCores: 1 }),
    agent({ name: 'a4', networks: new Set([DEFAULT, 'z_enclave_3']), usedMemoryMb: 2048 }),
    agent({ name: 'a5', networks: new Set(['z_enclave_3']), status: 'OFFLINE' }),
    agent({ name: 'a6', networks: new Set(['z_enclave_2']), enabled: false, usedCores: 3 }),
    agent({ name: 'a7', networks: new Set(['z_enclave_3']), maxSessions: 1, sessionCount: 1 }),
    agent({ name: 'dup', id: 'dup-2', networks: new Set(['z_enclave_2']) }),
    agent({ name: 'dup', id: 'dup-1', networks: new Set(['z_enclave_2']) }),
  ];
  const restricted = workspace({ networks: ['z_enclave_2', 'z_enclave_3'], allowNetworkSelection: true });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('is deterministic: shuffled agent order (seed %i) gives the same plan', (seed) => {
    const expected = planPlacement(restricted, restricted.networks, mixed);
    const agents = shuffled(mixed, seed);
    expect(planPlacement(restricted, restricted.networks, agents)).toEqual(expected);
    expect(planPlacement(restricted, restricted.networks, [...agents].reverse())).toEqual(expected);
  });

  it('the deterministic plan is the expected one', () => {
    const p = planPlacement(restricted, restricted.networks, mixed);
    const names = new Map(mixed.map((a) => [a.id, a.id.startsWith('dup') ? a.id : a.name]));
    expect(p.candidates.map((c) => names.get(c.agentId))).toEqual([
      // eligible: dup-1, dup-2 idle (0.25 on cores); a4 (0.375 on memory); a2, a3 (0.5 on cores)
      'dup-1',
      'dup-2',
      'a4',
      'a2',
      'a3',
      // ineligible: a1, a5 idle (0.25); a6 (1 on cores); a7 (2 on sessions)
      'a1',
      'a5',
      'a6',
      'a7',
    ]);
    expect(names.get(p.chosen!.agentId)).toBe('dup-1');
  });

  it.each([
    { case: 'no agents at all', agents: [] as PlacementAgent[] },
    { case: 'all ineligible', agents: [agent({ name: 'a', enabled: false }), agent({ name: 'b', status: 'OFFLINE' })] },
    { case: 'none has the network', agents: [agent({ name: 'a' }), agent({ name: 'b' })], allowed: ['z_x'] },
  ])('chosen is null when none is eligible: $case', ({ agents, allowed }) => {
    const p = planPlacement(ws, allowed ?? [DEFAULT], agents);
    expect(p.chosen).toBeNull();
    expect(p.candidates).toHaveLength(agents.length);
    expect(p.candidates.every((c) => !c.eligible && c.reasons.length > 0)).toBe(true);
  });

  it('returns the allowed list it was given', () => {
    const allowed = ['z_enclave_3', 'z_enclave_2'];
    expect(planPlacement(restricted, allowed, mixed).allowed).toEqual(allowed);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 5. noCapacityError
// ---------------------------------------------------------------------------------------------------------------

describe('noCapacityError', () => {
  const ws = workspace({ cores: 2, memoryMb: 2048 });

  it.each([
    {
      case: 'one agent, one reason',
      agents: [agent({ name: 'alpha', status: 'OFFLINE' })],
    },
    {
      case: 'several agents, several reasons',
      agents: [
        agent({ name: 'alpha', status: 'OFFLINE', enabled: false }),
        agent({ name: 'beta', usedCores: 3, usedMemoryMb: 8000 }),
        agent({ name: 'gamma', networks: new Set(['z_other']) }),
      ],
    },
  ])('is NO_CAPACITY naming each agent and its reasons: $case', ({ agents }) => {
    const plan = planPlacement(ws, [DEFAULT], agents);
    expect(plan.chosen).toBeNull();
    const names = new Map(agents.map((a) => [a.id, a.name]));
    const err = noCapacityError(plan, names);
    expect(err).toBeInstanceOf(AppError);
    expect(err.extensions.code).toBe(ErrorCode.NO_CAPACITY);
    expect(err.code).toBe(ErrorCode.NO_CAPACITY);
    for (const c of plan.candidates) {
      expect(err.message).toContain(names.get(c.agentId)!);
      for (const r of c.reasons) expect(err.message).toContain(r);
    }
    expect(err.extensions.reasons).toEqual(
      plan.candidates.map((c) => ({ agentId: c.agentId, agent: names.get(c.agentId), reasons: c.reasons })),
    );
    const listed = err.extensions.reasons as { agentId: string }[];
    expect(new Set(listed.map((r) => r.agentId))).toEqual(new Set(agents.map((a) => a.id)));
  });

  it('falls back to the agent id when a name is unknown', () => {
    const x = agent({ name: 'x', id: 'agent-42', status: 'OFFLINE' });
    const err = noCapacityError(planPlacement(ws, [DEFAULT], [x]), new Map());
    expect(err.message).toContain('agent-42');
    expect(err.message).toContain('OFFLINE');
  });

  it('says no agent is registered when there are none', () => {
    const err = noCapacityError(planPlacement(ws, [DEFAULT], []), new Map());
    expect(err.extensions.code).toBe(ErrorCode.NO_CAPACITY);
    expect(err.message).toMatch(/no agent is registered/i);
    expect(err.extensions.reasons).toEqual([]);
  });

  it('the seed scenario with every agent full explains each one', () => {
    const wsR = workspace({ networks: ['z_enclave_2', 'z_enclave_3'], allowNetworkSelection: true });
    const agents = [
      agent({ name: 'a1' }),
      agent({ name: 'a2', networks: new Set([DEFAULT, 'z_enclave_2']), usedCores: 4 }),
      agent({ name: 'a3', networks: new Set([DEFAULT, 'z_enclave_2']), maxSessions: 1, sessionCount: 1 }),
      agent({ name: 'a4', networks: new Set([DEFAULT, 'z_enclave_3']), status: 'OFFLINE' }),
    ];
    const plan = planPlacement(wsR, allowedNetworks(wsR, null, DEFAULT), agents);
    expect(plan.chosen).toBeNull();
    const err = noCapacityError(plan, new Map(agents.map((a) => [a.id, a.name])));
    expect(err.message).toMatch(/a1: has none of the networks z_enclave_2, z_enclave_3/);
    expect(err.message).toMatch(/a2: not enough CPU/);
    expect(err.message).toMatch(/a3: at its limit of 1 session/);
    expect(err.message).toMatch(/a4: OFFLINE/);
  });
});
