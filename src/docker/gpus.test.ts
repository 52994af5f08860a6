import { describe, expect, it } from 'vitest';
import { reportedGpus } from './gpus.js';

describe('reportedGpus', () => {
  it.each([
    ['nothing reported', undefined, 0],
    ['null (no swarm resources)', null, 0],
    ['an empty list', [], 0],
    [
      'named NVIDIA GPUs: one each',
      [{ NamedResourceSpec: { Kind: 'NVIDIA-GPU', Value: 'GPU-1a' } }, { NamedResourceSpec: { Kind: 'NVIDIA-GPU', Value: 'GPU-2b' } }],
      2,
    ],
    ['a discrete count', [{ DiscreteResourceSpec: { Kind: 'gpu', Value: 4 } }], 4],
    ['both kinds add up', [{ DiscreteResourceSpec: { Kind: 'gpu', Value: 2 } }, { NamedResourceSpec: { Kind: 'AMD-GPU', Value: 'x' } }], 3],
    ['other devices are not GPUs', [{ DiscreteResourceSpec: { Kind: 'fpga', Value: 2 } }, { NamedResourceSpec: { Kind: 'ssd', Value: 'a' } }], 0],
    ['a nonsense count', [{ DiscreteResourceSpec: { Kind: 'gpu', Value: 'many' } }, { DiscreteResourceSpec: { Kind: 'gpu', Value: -3 } }], 0],
    ['garbage entries', [null, 7, { Other: {} }], 0],
  ])('%s', (_, resources, gpus) => {
    expect(reportedGpus(resources)).toBe(gpus);
  });
});
