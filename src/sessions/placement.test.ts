import { describe, it, expect } from 'vitest';
import { ErrorCode } from '../errors.js';
import { allowedNetworks, planPlacement, type PlacementAgent } from './placement.js';
import { agent, candidateOf, DEFAULT, nameOf, thrown, workspace } from './placement.fixtures.js';

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
