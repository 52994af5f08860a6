import { describe, it, expect } from 'vitest';
import { AppError, ErrorCode } from '../errors.js';
import {
  allowedNetworks,
  noCapacityError,
  planPlacement,
  type PlacementAgent,
  type PlacementPlan,
  type PlacementWorkspace,
} from './placement.js';

const DEFAULT = 'enclave_default';

/** An enabled, ONLINE, idle agent with 4 cores, 8192 MB, no session limit, on the default network only. */
function agent(overrides: Partial<PlacementAgent> & { name?: string } = {}): PlacementAgent {
  const name = overrides.name ?? overrides.id ?? 'a';
  return {
    id: overrides.id ?? `id-${name}`,
    name,
    zone: null,
    enabled: true,
    status: 'ONLINE',
    cores: 4,
    memoryMb: 8192,
    maxSessions: null,
    usedCores: 0,
    usedMemoryMb: 0,
    sessionCount: 0,
    networks: new Set([DEFAULT]),
    ...overrides,
  };
}

/** A 1-core, 1024 MB workspace, unrestricted, in no zone. */
function workspace(overrides: Partial<PlacementWorkspace> = {}): PlacementWorkspace {
  return { cores: 1, memoryMb: 1024, zone: null, networks: [], allowNetworkSelection: false, ...overrides };
}

/** Runs `fn`, expecting it to throw an AppError, and returns that error. */
function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

const nameOf = (plan: PlacementPlan, agents: readonly PlacementAgent[]) =>
  plan.chosen && agents.find((a) => a.id === plan.chosen!.agentId)?.name;

const candidateOf = (plan: PlacementPlan, a: PlacementAgent) => {
  const c = plan.candidates.find((c) => c.agentId === a.id);
  if (!c) throw new Error(`no candidate for ${a.name}`);
  return c;
};

/** A deterministic shuffle (a small LCG), so failures reproduce. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. The launch table of DESIGN.md
// ---------------------------------------------------------------------------------------------------------------

describe('allowedNetworks: the launch table', () => {
  const unrestricted = { networks: [] as string[], allowNetworkSelection: false };
  const unrestrictedButSelectable = { networks: [] as string[], allowNetworkSelection: true };
  const restrictedFixed = { networks: ['z_b', 'z_a'], allowNetworkSelection: false };
  const restrictedSelectable = { networks: ['z_b', 'z_a'], allowNetworkSelection: true };

  it.each([
    { row: 'unrestricted, none', ws: unrestricted, expected: [DEFAULT] },
    { row: 'unrestricted (selection flag set), none', ws: unrestrictedButSelectable, expected: [DEFAULT] },
    { row: 'restricted, selection not allowed, none → Auto in workspace order', ws: restrictedFixed, expected: ['z_b', 'z_a'] },
    { row: 'restricted, selection allowed, none → Auto in workspace order', ws: restrictedSelectable, expected: ['z_b', 'z_a'] },
  ])('$row', ({ ws, expected }) => {
    expect(allowedNetworks(ws, null, DEFAULT)).toEqual(expected);
  });

  it.each([
    { row: 'restricted, selection allowed, a listed name', requested: 'z_a', expected: ['z_a'] },
    { row: 'restricted, selection allowed, the other listed name', requested: 'z_b', expected: ['z_b'] },
  ])('$row → [name]', ({ requested, expected }) => {
    expect(allowedNetworks(restrictedSelectable, requested, DEFAULT)).toEqual(expected);
  });

  it.each([
    { row: 'unrestricted, a name', ws: unrestricted, requested: 'z_a', code: ErrorCode.NETWORK_SELECTION_NOT_ALLOWED },
    { row: 'unrestricted, the default name', ws: unrestricted, requested: DEFAULT, code: ErrorCode.NETWORK_SELECTION_NOT_ALLOWED },
    { row: 'unrestricted (selection flag set), a name', ws: unrestrictedButSelectable, requested: 'z_a', code: ErrorCode.NETWORK_SELECTION_NOT_ALLOWED },
    { row: 'restricted, selection not allowed, a listed name', ws: restrictedFixed, requested: 'z_a', code: ErrorCode.NETWORK_SELECTION_NOT_ALLOWED },
    { row: 'restricted, selection not allowed, an unlisted name', ws: restrictedFixed, requested: 'other', code: ErrorCode.NETWORK_SELECTION_NOT_ALLOWED },
    { row: 'restricted, selection allowed, an unlisted name', ws: restrictedSelectable, requested: 'other', code: ErrorCode.NETWORK_NOT_ALLOWED },
    { row: 'restricted, selection allowed, the (unlisted) default name', ws: restrictedSelectable, requested: DEFAULT, code: ErrorCode.NETWORK_NOT_ALLOWED },
  ])('$row → $code with a message saying what to do', ({ ws, requested, code }) => {
    const err = thrown(() => allowedNetworks(ws, requested, DEFAULT));
    expect(err.extensions.code).toBe(code);
    expect(err.code).toBe(code);
    expect(err.message.trim()).not.toBe('');
    // Every message tells the caller how to proceed: launch without `network`, or pick a listed one / Auto.
    expect(err.message).toMatch(/launch it without `network`|pick one of them or Auto/);
  });

  it('names the requested network and the listed ones when a name is not listed', () => {
    const err = thrown(() => allowedNetworks(restrictedSelectable, 'other', DEFAULT));
    expect(err.message).toContain('"other"');
    expect(err.message).toContain('z_b');
    expect(err.message).toContain('z_a');
  });

  it('unrestricted + none: placement picks an agent that has the default network', () => {
    const ws = workspace();
    const agents = [
      agent({ name: 'a-no-default', networks: new Set(['z_enclave_2']) }),
      agent({ name: 'b-default', networks: new Set([DEFAULT, 'z_enclave_2']), usedCores: 3 }),
    ];
    const plan = planPlacement(ws, allowedNetworks(ws, null, DEFAULT), agents);
    expect(plan.allowed).toEqual([DEFAULT]);
    expect(nameOf(plan, agents)).toBe('b-default');
    expect(plan.chosen?.network).toBe(DEFAULT);
    expect(candidateOf(plan, agents[0]!).eligible).toBe(false);
  });

  it('restricted + Auto: placement uses the first listed network the agent has, in the workspace order', () => {
    const ws = workspace({ networks: ['z_b', 'z_a'], allowNetworkSelection: false });
    const both = agent({ name: 'both', networks: new Set([DEFAULT, 'z_a', 'z_b']) });
    const onlyA = agent({ name: 'only-a', networks: new Set([DEFAULT, 'z_a']) });
    const plan = planPlacement(ws, allowedNetworks(ws, null, DEFAULT), [both, onlyA]);
    expect(candidateOf(plan, both).network).toBe('z_b');
    expect(candidateOf(plan, onlyA).network).toBe('z_a');
    expect(plan.candidates.every((c) => c.eligible)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. The seed scenario
// ---------------------------------------------------------------------------------------------------------------

describe('planPlacement: the seed scenario', () => {
  const ws = workspace({ networks: ['z_enclave_2', 'z_enclave_3'], allowNetworkSelection: true });
  const seed = (loads: { a1?: number; a2?: number; a3?: number; a4?: number } = {}) => [
    agent({ name: 'a1', networks: new Set([DEFAULT]), usedCores: loads.a1 ?? 0 }),
    agent({ name: 'a2', networks: new Set([DEFAULT, 'z_enclave_2']), usedCores: loads.a2 ?? 0 }),
    agent({ name: 'a3', networks: new Set([DEFAULT, 'z_enclave_2']), usedCores: loads.a3 ?? 0 }),
    agent({ name: 'a4', networks: new Set([DEFAULT, 'z_enclave_3']), usedCores: loads.a4 ?? 0 }),
  ];
  const plan = (requested: string | null, agents: PlacementAgent[]) =>
    planPlacement(ws, allowedNetworks(ws, requested, DEFAULT), agents);

  it.each([
    { case: 'a4 least loaded', loads: { a1: 0, a2: 2, a3: 2, a4: 1 }, chosen: 'a4', network: 'z_enclave_3' },
    { case: 'a3 least loaded', loads: { a1: 0, a2: 2, a3: 1, a4: 2 }, chosen: 'a3', network: 'z_enclave_2' },
    { case: 'a2 least loaded', loads: { a1: 0, a2: 0, a3: 1, a4: 2 }, chosen: 'a2', network: 'z_enclave_2' },
    { case: 'all equal: tie by name', loads: {}, chosen: 'a2', network: 'z_enclave_2' },
  ])('Auto → among a2/a3/a4, least loaded ($case)', ({ loads, chosen, network }) => {
    const agents = seed(loads);
    const p = plan(null, agents);
    expect(p.allowed).toEqual(['z_enclave_2', 'z_enclave_3']);
    expect(nameOf(p, agents)).toBe(chosen);
    expect(p.chosen?.network).toBe(network);
    expect(p.chosen?.eligible).toBe(true);
    // a1 (idle, the least loaded of all) is never chosen: it has none of the listed networks.
    const a1 = candidateOf(p, agents[0]!);
    expect(a1.eligible).toBe(false);
    expect(a1.network).toBeNull();
  });

  it.each([
    { case: 'a4 busy', loads: { a4: 3 } },
    { case: 'a4 idle', loads: { a4: 0 } },
    { case: 'a2/a3 idle and a4 busy', loads: { a2: 0, a3: 0, a4: 3 } },
  ])("'z_enclave_3' → a4 on z_enclave_3 ($case)", ({ loads }) => {
    const agents = seed(loads);
    const p = plan('z_enclave_3', agents);
    expect(p.allowed).toEqual(['z_enclave_3']);
    expect(nameOf(p, agents)).toBe('a4');
    expect(p.chosen?.network).toBe('z_enclave_3');
    expect(p.candidates.filter((c) => c.eligible).map((c) => c.agentId)).toEqual([agents[3]!.id]);
  });

  it.each([
    { case: 'a2 less loaded', loads: { a2: 1, a3: 2 }, chosen: 'a2' },
    { case: 'a3 less loaded', loads: { a2: 2, a3: 1 }, chosen: 'a3' },
    { case: 'equal loads: tie broken by name', loads: { a2: 1, a3: 1 }, chosen: 'a2' },
    { case: 'a4 idle does not matter', loads: { a2: 3, a3: 2, a4: 0 }, chosen: 'a3' },
  ])("'z_enclave_2' → a2 or a3 by load ($case)", ({ loads, chosen }) => {
    const agents = seed(loads);
    const p = plan('z_enclave_2', agents);
    expect(nameOf(p, agents)).toBe(chosen);
    expect(p.chosen?.network).toBe('z_enclave_2');
    const eligible = p.candidates.filter((c) => c.eligible).map((c) => c.agentId);
    expect(eligible).toHaveLength(2);
    expect(new Set(eligible)).toEqual(new Set([agents[1]!.id, agents[2]!.id]));
  });

  it.each([
    { requested: null, mentions: ['z_enclave_2', 'z_enclave_3'] },
    { requested: 'z_enclave_2', mentions: ['z_enclave_2'] },
    { requested: 'z_enclave_3', mentions: ['z_enclave_3'] },
  ])("a1 is ineligible with a reason naming the networks (requested $requested)", ({ requested, mentions }) => {
    const agents = seed();
    const a1 = candidateOf(plan(requested, agents), agents[0]!);
    expect(a1.eligible).toBe(false);
    expect(a1.reasons).toHaveLength(1);
    for (const n of mentions) expect(a1.reasons[0]).toContain(n);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Eligibility reasons
// ---------------------------------------------------------------------------------------------------------------

describe('planPlacement: eligibility', () => {
  const ws = workspace({ cores: 2, memoryMb: 2048 });

  it.each([
    { reason: 'disabled', a: { enabled: false }, ws: {}, match: /disabled/ },
    { reason: 'OFFLINE', a: { status: 'OFFLINE' as const }, ws: {}, match: /OFFLINE/ },
    { reason: 'wrong zone', a: { zone: 'eu' }, ws: { zone: 'us' }, match: /zone eu.*zone us/ },
    { reason: 'no zone when the workspace has one', a: { zone: null }, ws: { zone: 'us' }, match: /\(none\).*zone us/ },
    { reason: 'missing network', a: { networks: new Set(['z_other']) }, ws: {}, match: /network "enclave_default"/ },
    { reason: 'no networks at all', a: { networks: new Set<string>() }, ws: {}, match: /enclave_default/ },
    { reason: 'not enough cores', a: { usedCores: 3 }, ws: {}, match: /not enough CPU: 1 of 4 cores free, 2 needed/ },
    { reason: 'not enough cores (fractional)', a: { usedCores: 2.5 }, ws: {}, match: /not enough CPU: 1\.5 of 4 cores free/ },
    { reason: 'not enough memory', a: { usedMemoryMb: 7000 }, ws: {}, match: /not enough memory: 1192 of 8192 MB free, 2048 needed/ },
    { reason: 'maxSessions reached', a: { maxSessions: 2, sessionCount: 2 }, ws: {}, match: /limit of 2 session/ },
    { reason: 'maxSessions exceeded', a: { maxSessions: 2, sessionCount: 3 }, ws: {}, match: /limit of 2 session/ },
    { reason: 'maxSessions 0', a: { maxSessions: 0, sessionCount: 0 }, ws: {}, match: /limit of 0 session/ },
  ])('$reason → ineligible with exactly that reason', ({ a, ws: wsOverrides, match }) => {
    const w = { ...ws, ...wsOverrides };
    const x = agent({ name: 'x', ...a });
    const p = planPlacement(w, [DEFAULT], [x]);
    const c = candidateOf(p, x);
    expect(c.eligible).toBe(false);
    expect(c.reasons).toHaveLength(1);
    expect(c.reasons[0]).toMatch(match);
    expect(p.chosen).toBeNull();
  });

  it('several reasons at once are all listed, in order', () => {
    const w = { ...ws, zone: 'us' };
    const x = agent({
      name: 'x',
      enabled: false,
      status: 'OFFLINE',
      zone: 'eu',
      networks: new Set(),
      usedCores: 4,
      usedMemoryMb: 8192,
      maxSessions: 1,
      sessionCount: 1,
    });
    const c = candidateOf(planPlacement(w, ['z_a', 'z_b'], [x]), x);
    expect(c.eligible).toBe(false);
    expect(c.reasons).toHaveLength(7);
    const patterns = [/disabled/, /OFFLINE/, /zone/, /none of the networks z_a, z_b/, /CPU/, /memory/, /limit of 1/];
    patterns.forEach((re, i) => expect(c.reasons[i]).toMatch(re));
  });

  it.each([
    { case: 'default agent, no usage', a: {}, ws: {} },
    { case: 'workspace zone null accepts any agent zone', a: { zone: 'eu' }, ws: { zone: null } },
    { case: 'matching zone', a: { zone: 'eu' }, ws: { zone: 'eu' } },
    { case: 'cores exactly full after launch', a: { usedCores: 2 }, ws: {} },
    { case: 'memory exactly full after launch', a: { usedMemoryMb: 6144 }, ws: {} },
    { case: 'both exactly full after launch', a: { usedCores: 2, usedMemoryMb: 6144 }, ws: {} },
    { case: 'one session below maxSessions', a: { maxSessions: 3, sessionCount: 2 }, ws: {} },
    { case: 'maxSessions null = unlimited', a: { maxSessions: null, sessionCount: 1000 }, ws: {} },
  ])('eligible: $case', ({ a, ws: wsOverrides }) => {
    const x = agent({ name: 'x', ...a });
    const p = planPlacement({ ...ws, ...wsOverrides }, [DEFAULT], [x]);
    const c = candidateOf(p, x);
    expect(c.reasons).toEqual([]);
    expect(c.eligible).toBe(true);
    expect(c.network).toBe(DEFAULT);
    expect(p.chosen).toEqual(c);
  });

  it.each([
    { case: 'cores one over', a: { usedCores: 3 }, match: /CPU/ },
    { case: 'cores a fraction over', a: { usedCores: 2.01 }, match: /CPU/ },
    { case: 'memory one MB over', a: { usedMemoryMb: 6145 }, match: /memory/ },
  ])('boundary, ineligible: $case', ({ a, match }) => {
    const x = agent({ name: 'x', ...a });
    const c = candidateOf(planPlacement(ws, [DEFAULT], [x]), x);
    expect(c.eligible).toBe(false);
    expect(c.reasons).toHaveLength(1);
    expect(c.reasons[0]).toMatch(match);
  });
});

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
