import { describe, expect, it } from 'vitest';
import { noCapacityError, planPlacement, type PlacementVolume } from './placement.js';
import { agent, candidateOf, DEFAULT, shuffled, workspace } from './placement.fixtures.js';

const ws = workspace();
const holdsOn = (name: string, requireAgent: boolean, ...holders: { id: string; name: string }[]): PlacementVolume => ({
  name,
  requireAgent,
  holders,
});

describe('planPlacement: named volumes', () => {
  const idle = agent({ name: 'a1' });
  const holder = agent({ name: 'a2', usedCores: 2 });
  const other = agent({ name: 'a3' });
  const agents = [idle, holder, other];

  it('without volumes, as before: the least loaded, no notes', () => {
    const p = planPlacement(ws, [DEFAULT], agents);
    expect(p.chosen?.agentId).toBe(idle.id);
    expect(p.candidates.every((c) => c.notes.length === 0)).toBe(true);
  });

  it.each([
    ['a volume nobody holds yet', [holdsOn('profile-alice', false)], 'a1'],
    ['a required volume nobody holds yet', [holdsOn('profile-alice', true)], 'a1'],
    ['the holder, though busier', [holdsOn('profile-alice', false, holder)], 'a2'],
    ['the holder, required', [holdsOn('profile-alice', true, holder)], 'a2'],
    ['the agent holding more of them', [holdsOn('v1', false, holder, other), holdsOn('v2', false, other)], 'a3'],
  ])('%s -> %s', (_, volumes, chosen) => {
    const p = planPlacement(ws, [DEFAULT], agents, volumes);
    expect(agents.find((a) => a.id === p.chosen?.agentId)?.name).toBe(chosen);
  });

  it('notes a preferred holder without making it ineligible, and leaves the others eligible', () => {
    const p = planPlacement(ws, [DEFAULT], agents, [holdsOn('profile-alice', false, holder)]);
    const c = candidateOf(p, holder);
    expect(c).toMatchObject({ eligible: true, reasons: [], notes: ['holds volume profile-alice'] });
    expect(p.candidates.map((x) => x.agentId)).toEqual([holder.id, idle.id, other.id]);
    for (const a of [idle, other]) expect(candidateOf(p, a)).toMatchObject({ eligible: true, reasons: [], notes: [] });
  });

  it('with requireAgent, refuses every other agent, naming where the volume lives', () => {
    const p = planPlacement(ws, [DEFAULT], agents, [holdsOn('profile-alice', true, holder)]);
    for (const a of [idle, other])
      expect(candidateOf(p, a)).toMatchObject({ eligible: false, reasons: ['volume profile-alice lives on agent a2'] });
    expect(p.candidates[0]?.agentId).toBe(holder.id);
  });

  it('names every holder of a volume that lives on several agents', () => {
    const p = planPlacement(ws, [DEFAULT], agents, [holdsOn('profile-alice', true, holder, other)]);
    expect(candidateOf(p, idle).reasons).toEqual(['volume profile-alice lives on agents a2, a3']);
    expect(p.chosen?.agentId).toBe(other.id); // the less loaded of the two holders
  });

  it('a holder that cannot take the session is not chosen; with requireAgent, nobody is', () => {
    const full = agent({ name: 'a2', usedCores: 4 });
    const preferred = planPlacement(ws, [DEFAULT], [idle, full], [holdsOn('profile-alice', false, full)]);
    expect(preferred.chosen?.agentId).toBe(idle.id);
    expect(candidateOf(preferred, full)).toMatchObject({ eligible: false, notes: ['holds volume profile-alice'] });

    const required = planPlacement(ws, [DEFAULT], [idle, full], [holdsOn('profile-alice', true, full)]);
    expect(required.chosen).toBeNull();
    const error = noCapacityError(required, new Map([[idle.id, 'a1'], [full.id, 'a2']]));
    expect(error.message).toContain('a1: volume profile-alice lives on agent a2');
    expect(error.message).toContain('a2: not enough CPU');
  });

  it('refuses every agent when the required volume lives on an agent not among them (removed or already tried)', () => {
    const gone = { id: 'id-gone', name: 'gone' };
    const p = planPlacement(ws, [DEFAULT], agents, [holdsOn('profile-alice', true, gone)]);
    expect(p.chosen).toBeNull();
    for (const a of agents) expect(candidateOf(p, a).reasons).toEqual(['volume profile-alice lives on agent gone']);
  });

  it('gives the same plan whatever the order of the agents', () => {
    const volumes = [holdsOn('v1', false, holder), holdsOn('v2', true, holder, other)];
    const expected = planPlacement(ws, [DEFAULT], agents, volumes);
    for (let seed = 1; seed <= 10; seed++) expect(planPlacement(ws, [DEFAULT], shuffled(agents, seed), volumes)).toEqual(expected);
  });
});
