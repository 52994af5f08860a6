import { describe, expect, it } from 'vitest';
import { launchOptions } from './launch-options.js';

const agent = (networks: string[], over: Partial<{ enabled: boolean; status: 'ONLINE' | 'OFFLINE'; zone: string | null }> = {}) => ({
  enabled: true,
  status: 'ONLINE' as const,
  zone: null,
  networks: new Set(['enclave_default', ...networks]),
  ...over,
});
const workspace = (networks: string[], allowNetworkSelection: boolean, zone: string | null = null) => ({
  id: 'w',
  networks,
  allowNetworkSelection,
  zone,
});
// The seed: one agent with only the default network, two in enclave 2, one in enclave 3.
const seed = [agent([]), agent(['z_enclave_2']), agent(['z_enclave_2']), agent(['z_enclave_3'])];

describe('launchOptions', () => {
  it('offers Auto then each network when selection is allowed', () => {
    expect(launchOptions(workspace(['z_enclave_2', 'z_enclave_3'], true), seed, 'enclave_default')).toEqual({
      workspaceId: 'w',
      allowNetworkSelection: true,
      choices: [
        { network: null, label: 'Auto', available: true, agentCount: 3 },
        { network: 'z_enclave_2', label: 'z_enclave_2', available: true, agentCount: 2 },
        { network: 'z_enclave_3', label: 'z_enclave_3', available: true, agentCount: 1 },
      ],
    });
  });

  it.each([
    ['unrestricted', workspace([], true), 4],
    ['restricted, no selection', workspace(['z_enclave_3'], false), 1],
  ])('offers only Auto for %s', (_, ws, count) => {
    const options = launchOptions(ws, seed, 'enclave_default');
    expect(options.allowNetworkSelection).toBe(false);
    expect(options.choices).toEqual([{ network: null, label: 'Auto', available: true, agentCount: count }]);
  });

  it.each([
    ['disabled', { enabled: false }],
    ['OFFLINE', { status: 'OFFLINE' as const }],
    ['in another zone', { zone: 'b' }],
  ])('does not count an agent that is %s', (_, over) => {
    const agents = [agent(['z_x'], { zone: 'a' }), agent(['z_x'], { zone: 'a', ...over })];
    const options = launchOptions(workspace(['z_x', 'z_y'], true, 'a'), agents, 'enclave_default');
    expect(options.choices.map((c) => [c.network, c.agentCount, c.available])).toEqual([
      [null, 1, true],
      ['z_x', 1, true],
      ['z_y', 0, false],
    ]);
  });
});
