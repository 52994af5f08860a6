// Agents, workspaces and helpers shared by the placement tests.
import { expect } from 'vitest';
import { AppError } from '../errors.js';
import type { PlacementAgent, PlacementPlan, PlacementWorkspace } from './placement.js';

export const DEFAULT = 'enclave_default';

/** An enabled, ONLINE, idle agent with 4 cores, 8192 MB, no session limit, on the default network only. */
export function agent(overrides: Partial<PlacementAgent> & { name?: string } = {}): PlacementAgent {
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
    gpus: 0,
    usedGpus: 0,
    labels: [],
    networks: new Set([DEFAULT]),
    ...overrides,
  };
}

/** A 1-core, 1024 MB workspace without GPUs, unrestricted, in no zone, for any agent. */
export function workspace(overrides: Partial<PlacementWorkspace> = {}): PlacementWorkspace {
  return { cores: 1, memoryMb: 1024, gpus: 0, zone: null, agentSelector: [], networks: [], allowNetworkSelection: false, ...overrides };
}

/** Runs `fn`, expecting it to throw an AppError, and returns that error. */
export function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

export const nameOf = (plan: PlacementPlan, agents: readonly PlacementAgent[]) =>
  plan.chosen && agents.find((a) => a.id === plan.chosen!.agentId)?.name;

export const candidateOf = (plan: PlacementPlan, a: PlacementAgent) => {
  const c = plan.candidates.find((c) => c.agentId === a.id);
  if (!c) throw new Error(`no candidate for ${a.name}`);
  return c;
};

/** A deterministic shuffle (a small LCG), so failures reproduce. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
