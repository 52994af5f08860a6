import { describe, expect, it } from 'vitest';
import { noCapacityError, planPlacement, type StagedMember } from './placement.js';
import { agent, candidateOf, DEFAULT, nameOf, workspace } from './placement.fixtures.js';

const member = (id: string, gpus: number): StagedMember => ({ id, cores: 0.5, memoryMb: 256, gpus, ready: true });

describe('planPlacement: labels and GPUs, one agent', () => {
  it.each([
    { reason: 'no labels, a selector', a: {}, ws: { agentSelector: ['gpu=a100'] }, reasons: ['missing label gpu=a100'] },
    {
      reason: 'another value of the key',
      a: { labels: ['gpu=h100'] },
      ws: { agentSelector: ['gpu=a100'] },
      reasons: ['missing label gpu=a100 (it has gpu=h100)'],
    },
    {
      reason: 'no GPUs at all',
      a: {},
      ws: { gpus: 1 },
      reasons: ['no GPUs, 1 needed (its daemon reports none and capacity.gpus is not set)'],
    },
    {
      reason: 'not enough GPUs',
      a: { gpus: 2, usedGpus: 1 },
      ws: { gpus: 2 },
      reasons: ['not enough GPUs: 1 of 2 free, 2 needed (PAUSED sessions keep theirs, SUSPENDED ones hold none)'],
    },
  ])('$reason → ineligible with exactly that reason', ({ a, ws, reasons }) => {
    const x = agent({ name: 'x', ...a });
    const plan = planPlacement(workspace(ws), [DEFAULT], [x]);
    expect(candidateOf(plan, x)).toMatchObject({ eligible: false, reasons });
    expect(plan.chosen).toBeNull();
  });

  it.each([
    {
      case: 'every selector label carried, among others',
      a: { labels: ['gpu=a100', 'site=lab-2', 'x=1'] },
      ws: { agentSelector: ['gpu=a100', 'site=lab-2'] },
    },
    { case: 'GPUs exactly full after launch', a: { gpus: 2, usedGpus: 1 }, ws: { gpus: 1 } },
    { case: 'no GPUs asked, none free', a: { gpus: 1, usedGpus: 1 }, ws: { gpus: 0 } },
    { case: 'no GPUs asked of an agent without any', a: {}, ws: { gpus: 0 } },
  ])('eligible: $case', ({ a, ws }) => {
    const x = agent({ name: 'x', ...a });
    const plan = planPlacement(workspace(ws), [DEFAULT], [x]);
    expect(candidateOf(plan, x)).toMatchObject({ eligible: true, reasons: [] });
    expect(plan.chosen?.agentId).toBe(x.id);
  });
});

describe('planPlacement: agentSelector', () => {
  const a100 = agent({ name: 'a100', labels: ['gpu=a100', 'site=lab-1'] });
  const h100 = agent({ name: 'h100', labels: ['gpu=h100', 'site=lab-2'] });
  const plain = agent({ name: 'plain' });

  it('places only on an agent carrying every label, and names each missing one elsewhere', () => {
    const agents = [plain, h100, a100];
    const plan = planPlacement(workspace({ agentSelector: ['gpu=a100', 'site=lab-1'] }), [DEFAULT], agents);
    expect(nameOf(plan, agents)).toBe('a100');
    expect(candidateOf(plan, h100).reasons).toEqual(['missing label gpu=a100 (it has gpu=h100)', 'missing label site=lab-1 (it has site=lab-2)']);
    expect(candidateOf(plan, plain).reasons).toEqual(['missing label gpu=a100', 'missing label site=lab-1']);
  });

  it('an empty selector takes any agent, the least loaded first', () => {
    const busy = agent({ ...a100, usedCores: 3 });
    const plan = planPlacement(workspace(), [DEFAULT], [busy, plain]);
    expect(nameOf(plan, [busy, plain])).toBe('plain');
    expect(plan.candidates.every((c) => c.eligible)).toBe(true);
  });

  it('NO_CAPACITY names the label each agent lacks', () => {
    const plan = planPlacement(workspace({ agentSelector: ['gpu=v100'] }), [DEFAULT], [a100, plain]);
    const error = noCapacityError(plan, new Map([a100, plain].map((a) => [a.id, a.name])));
    expect(error.code).toBe('NO_CAPACITY');
    expect(error.message).toContain('a100: missing label gpu=v100 (it has gpu=a100)');
    expect(error.message).toContain('plain: missing label gpu=v100');
  });

  it('a staging member never makes room on an agent without the label', () => {
    const full = agent({ name: 'full', usedCores: 4, staged: [member('m1', 0)] });
    const plan = planPlacement(workspace({ agentSelector: ['gpu=a100'] }), [DEFAULT], [full], [], { mayEvict: true });
    expect(plan.chosen).toBeNull();
    expect(candidateOf(plan, full).evicts).toEqual([]);
  });
});

describe('planPlacement: GPUs', () => {
  it('prefers the agent with more GPUs free for a GPU workspace', () => {
    const crowded = agent({ name: 'crowded', gpus: 4, usedGpus: 3 });
    const roomy = agent({ name: 'roomy', gpus: 4, usedGpus: 0, usedCores: 1 });
    expect(nameOf(planPlacement(workspace({ gpus: 1 }), [DEFAULT], [crowded, roomy]), [crowded, roomy])).toBe('roomy');
  });

  it("does not count GPUs for a workspace without any: an agent's idle GPUs make it no fuller", () => {
    const gpuAgent = agent({ name: 'gpu', gpus: 1, usedGpus: 1 });
    const cpuAgent = agent({ name: 'cpu', usedCores: 1 });
    expect(nameOf(planPlacement(workspace(), [DEFAULT], [cpuAgent, gpuAgent]), [cpuAgent, gpuAgent])).toBe('gpu');
  });

  it('an on-demand launch takes the place of a staging member holding the GPU it needs', () => {
    const held = agent({
      name: 'held',
      gpus: 1,
      usedGpus: 1,
      usedCores: 0.5,
      sessionCount: 1,
      staged: [member('cpu-only', 0), member('with-gpu', 1)],
    });
    const plan = planPlacement(workspace({ gpus: 1 }), [DEFAULT], [held], [], { mayEvict: true });
    expect(plan.chosen?.evicts).toEqual(['with-gpu']);
  });

  it('refuses, with the GPU reason, when every GPU is held and nothing can be evicted', () => {
    const held = agent({ name: 'held', gpus: 1, usedGpus: 1 });
    const plan = planPlacement(workspace({ gpus: 1 }), [DEFAULT], [held], [], { mayEvict: true });
    expect(plan.chosen).toBeNull();
    expect(candidateOf(plan, held).reasons).toEqual([
      'not enough GPUs: 0 of 1 free, 1 needed (PAUSED sessions keep theirs, SUSPENDED ones hold none)',
    ]);
  });
});
