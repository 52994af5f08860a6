import { describe, expect, it } from 'vitest';
import { launchOptions } from './launch-options.js';

type AgentOverrides = Partial<{ enabled: boolean; status: 'ONLINE' | 'OFFLINE'; zone: string | null; labels: string[]; gpus: number }>;
const agent = (networks: string[], over: AgentOverrides = {}) => ({
  enabled: true,
  status: 'ONLINE' as const,
  zone: null,
  labels: [],
  gpus: 0,
  networks: new Set(['enclave_default', ...networks]),
  ...over,
});
const workspace = (
  networks: string[],
  allowNetworkSelection: boolean,
  zone: string | null = null,
  over: { agentSelector?: string[]; gpus?: number } = {},
) => ({
  id: 'w',
  networks,
  allowNetworkSelection,
  zone,
  agentSelector: [],
  gpus: 0,
  ...over,
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
    ['without a label of the selector', { labels: ['gpu=h100', 'site=lab-1'] }],
    ['lending fewer GPUs than a session needs', { gpus: 1 }],
  ] as [string, AgentOverrides][])('does not count an agent that is %s', (_, over) => {
    const fit = { zone: 'a', labels: ['gpu=a100', 'site=lab-1'], gpus: 2 };
    const agents = [agent(['z_x'], fit), agent(['z_x'], { ...fit, ...over })];
    const ws = workspace(['z_x', 'z_y'], true, 'a', { agentSelector: ['gpu=a100', 'site=lab-1'], gpus: 2 });
    const options = launchOptions(ws, agents, 'enclave_default');
    expect(options.choices.map((c) => [c.network, c.agentCount, c.available])).toEqual([
      [null, 1, true],
      ['z_x', 1, true],
      ['z_y', 0, false],
    ]);
  });

  it("counts an agent by the GPUs it lends, not by those free now (that is placement's business)", () => {
    const options = launchOptions(workspace([], false, null, { gpus: 1 }), [agent([], { gpus: 1 })], 'enclave_default');
    expect(options.choices).toEqual([{ network: null, label: 'Auto', available: true, agentCount: 1 }]);
  });
});
