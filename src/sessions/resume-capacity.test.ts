import { describe, expect, it } from 'vitest';
import { resumeRefusals } from './resume-capacity.js';
import type { PlacementAgent } from './placement.js';

const agent = (over: Partial<PlacementAgent> = {}): PlacementAgent => ({
  id: 'a',
  name: 'a',
  zone: null,
  enabled: true,
  status: 'ONLINE',
  cores: 4,
  memoryMb: 1024,
  maxSessions: null,
  usedCores: 0,
  usedMemoryMb: 0,
  sessionCount: 0,
  gpus: 0,
  usedGpus: 0,
  labels: [],
  networks: new Set(),
  ...over,
});
const paused = { status: 'PAUSED' as const, cores: 1, memoryMb: 256, gpus: 0 };
const suspended = { status: 'SUSPENDED' as const, cores: 1, memoryMb: 256, gpus: 0 };

describe('resumeRefusals', () => {
  it.each([
    ['a paused session on a free agent', agent(), paused, []],
    ['a suspended session on a free agent', agent(), suspended, []],
    // A paused session's memory and place are its own already: only its cores must be free.
    ['paused, memory and places all taken (by it among others)', agent({ usedMemoryMb: 1024, maxSessions: 1, sessionCount: 1 }), paused, []],
    ['paused, cores taken', agent({ usedCores: 3.5 }), paused, ['not enough CPU on agent a: 0.5 of 4 cores free, 1 needed']],
    ['suspended, memory taken', agent({ usedMemoryMb: 900 }), suspended, ['not enough memory on agent a: 124 of 1024 MB free, 256 needed']],
    ['suspended, at the session limit', agent({ maxSessions: 2, sessionCount: 2 }), suspended, ['agent a is at its limit of 2 session(s)']],
    ['suspended, drained agent', agent({ enabled: false }), suspended, ['agent a is drained']],
    ['paused, drained agent (its container is still there)', agent({ enabled: false }), paused, []],
    ['offline agent', agent({ status: 'OFFLINE' }), paused, ['agent a is OFFLINE']],
    // GPUs are held as memory is: a paused session keeps its own, a suspended one must find them free again.
    ['paused, its GPU held (by itself)', agent({ gpus: 1, usedGpus: 1 }), { ...paused, gpus: 1 }, []],
    ['suspended, its GPU free again', agent({ gpus: 1, usedGpus: 0 }), { ...suspended, gpus: 1 }, []],
    [
      'suspended, its GPU taken meanwhile',
      agent({ gpus: 1, usedGpus: 1 }),
      { ...suspended, gpus: 1 },
      ['not enough GPUs on agent a: 0 of 1 free, 1 needed'],
    ],
    [
      'suspended, the agent lends fewer GPUs now',
      agent({ gpus: 1 }),
      { ...suspended, gpus: 2 },
      ['not enough GPUs on agent a: 1 of 1 free, 2 needed'],
    ],
    ['suspended without GPUs on an agent without any', agent({ gpus: 0 }), suspended, []],
  ])('%s', (_, a, session, reasons) => {
    expect(resumeRefusals(a, session)).toEqual(reasons);
  });
});
