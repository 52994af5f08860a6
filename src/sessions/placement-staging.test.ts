import { describe, expect, it } from 'vitest';
import { planPlacement, type StagedMember } from './placement.js';
import { agent, DEFAULT, workspace } from './placement.fixtures.js';

const member = (id: string, cores: number, memoryMb = 512, ready = true): StagedMember => ({ id, cores, memoryMb, gpus: 0, ready });
const ws = workspace({ cores: 1, memoryMb: 1024 });

describe('planPlacement: staging members make room for an on-demand launch', () => {
  // 4 cores, all held by three members (1 + 1 + 2) of a pool.
  const full = agent({
    name: 'full',
    usedCores: 4,
    usedMemoryMb: 2048,
    sessionCount: 3,
    staged: [member('m1', 1), member('m2', 1), member('m3', 2, 1024, false)],
  });

  it('takes the place of the fewest members, those not ready first, and says so', () => {
    const plan = planPlacement(ws, [DEFAULT], [full], [], { mayEvict: true });
    expect(plan.chosen).toMatchObject({ agentId: full.id, eligible: true, evicts: ['m3'], notes: ['takes the place of 1 staging member'] });
  });

  it('takes two when one is not enough', () => {
    const twoReady = agent({ ...full, name: 'two', usedCores: 4, staged: [member('m1', 0.5), member('m2', 0.5)], usedMemoryMb: 1024 });
    const plan = planPlacement(workspace({ cores: 1, memoryMb: 512 }), [DEFAULT], [agent({ ...twoReady, usedCores: 4 })], [], { mayEvict: true });
    expect(plan.chosen?.evicts.sort()).toEqual(['m1', 'm2']);
    expect(plan.chosen?.notes).toEqual(['takes the place of 2 staging members']);
  });

  it('prefers an agent with room over one that would evict', () => {
    const roomy = agent({ name: 'roomy' });
    const plan = planPlacement(ws, [DEFAULT], [full, roomy], [], { mayEvict: true });
    expect(plan.chosen).toMatchObject({ agentId: roomy.id, evicts: [] });
  });

  it('never evicts for a pool (mayEvict off): the agent is refused for capacity', () => {
    const plan = planPlacement(ws, [DEFAULT], [full]);
    expect(plan.chosen).toBeNull();
    expect(plan.candidates[0]!.reasons[0]).toMatch(/^not enough CPU/);
    expect(plan.candidates[0]!.evicts).toEqual([]);
  });

  it('does not evict on an agent refused for another reason, nor when the members would not free enough', () => {
    const drained = agent({ ...full, name: 'drained', enabled: false });
    const tooSmall = agent({ name: 'small', usedCores: 4, staged: [member('s1', 0.5)] });
    const plan = planPlacement(ws, [DEFAULT], [drained, tooSmall], [], { mayEvict: true });
    expect(plan.chosen).toBeNull();
    expect(plan.candidates.every((c) => c.evicts.length === 0)).toBe(true);
    expect(plan.candidates.find((c) => c.agentId === drained.id)!.reasons).toContain('disabled (drained)');
  });

  it("frees a place under the agent's session limit too", () => {
    const limited = agent({ name: 'limited', maxSessions: 2, sessionCount: 2, usedCores: 1, staged: [member('l1', 0.5)] });
    expect(planPlacement(ws, [DEFAULT], [limited], [], { mayEvict: true }).chosen?.evicts).toEqual(['l1']);
  });
});
