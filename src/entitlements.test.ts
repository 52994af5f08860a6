import { describe, expect, it } from 'vitest';
import { ErrorCode } from './errors.js';
import { allowedNetworks, planPlacement } from './sessions/placement.js';
import { agent, DEFAULT, thrown, workspace } from './sessions/placement.fixtures.js';
import { launchOptions } from './workspaces/launch-options.js';
import { entitlementOf, mayReach, seesWorkspace, unrestricted } from './entitlements.js';

const enclave2 = { name: 'enclave-2', networks: ['z_enclave_2'] };
const enclave3 = { name: 'enclave-3', networks: ['z_enclave_3'] };
const everywhere = { name: 'staff', networks: [] };

describe('entitlementOf: groups to what a USER may see and use', () => {
  it.each([
    { who: 'in no group', groups: [], sees: [[], ['staff']], networks: null },
    { who: 'in enclave-2', groups: [enclave2], sees: [[], ['enclave-2']], networks: ['z_enclave_2'] },
    { who: 'in both enclaves (the union)', groups: [enclave2, enclave3], sees: [[], ['enclave-3'], ['enclave-2', 'x']], networks: ['z_enclave_2', 'z_enclave_3'] },
    { who: 'in enclave-2 and a group without networks (not narrowed)', groups: [enclave2, everywhere], sees: [['staff']], networks: null },
  ])('a user $who', ({ groups, networks }) => {
    const entitlement = entitlementOf(groups);
    expect(entitlement.networks && [...entitlement.networks]).toEqual(networks);
    expect(entitlement.groups).toEqual(new Set(groups.map((g) => g.name)));
  });

  it('sees workspaces without groups, and those of a group they are in; ADMIN sees all', () => {
    const member = entitlementOf([enclave2]);
    expect(seesWorkspace(member, { groups: [] })).toBe(true);
    expect(seesWorkspace(member, { groups: ['enclave-3', 'enclave-2'] })).toBe(true);
    expect(seesWorkspace(member, { groups: ['enclave-3'] })).toBe(false);
    expect(seesWorkspace(entitlementOf([]), { groups: ['enclave-3'] })).toBe(false);
    expect(seesWorkspace(unrestricted, { groups: ['enclave-3'] })).toBe(true);
  });

  it('names the entitlement by groups and networks, not by person or order (read-cache entries are shared)', () => {
    expect(entitlementOf([enclave2, enclave3]).key).toBe(entitlementOf([enclave3, enclave2, enclave3]).key);
    expect(entitlementOf([enclave2]).key).not.toBe(entitlementOf([enclave3]).key);
    expect(entitlementOf([{ ...enclave2, networks: ['z_enclave_2', 'z_other'] }]).key).not.toBe(entitlementOf([enclave2]).key);
    expect(entitlementOf([]).key).not.toBe(unrestricted.key);
  });

  it('may reach a session only of a visible workspace on an allowed network', () => {
    const member = entitlementOf([enclave2]);
    expect(mayReach(member, { groups: ['enclave-2'] }, 'z_enclave_2')).toBe(true);
    expect(mayReach(member, { groups: ['enclave-2'] }, 'z_enclave_3')).toBe(false);
    expect(mayReach(member, { groups: ['enclave-3'] }, 'z_enclave_2')).toBe(false);
  });
});

describe('the launch table and launch options, narrowed by entitlement (the seed: enclave 2 and enclave 3)', () => {
  const both = { networks: ['z_enclave_2', 'z_enclave_3'], allowNetworkSelection: true };
  const seed = [
    agent({ name: 'a1', networks: new Set([DEFAULT]) }),
    agent({ name: 'a2', networks: new Set([DEFAULT, 'z_enclave_2']) }),
    agent({ name: 'a3', networks: new Set([DEFAULT, 'z_enclave_2']) }),
    agent({ name: 'a4', networks: new Set([DEFAULT, 'z_enclave_3']) }),
  ];

  it('Auto uses only the networks a member may use, and placement follows', () => {
    const member = entitlementOf([enclave2]);
    expect(allowedNetworks(both, null, DEFAULT, member)).toEqual(['z_enclave_2']);
    const plan = planPlacement(workspace(both), allowedNetworks(both, null, DEFAULT, member), seed);
    const name = (id: string) => seed.find((a) => a.id === id)?.name;
    expect(name(plan.chosen!.agentId)).toMatch(/^a[23]$/);
    expect(plan.candidates.filter((c) => c.eligible).map((c) => name(c.agentId)).sort()).toEqual(['a2', 'a3']);
  });

  it('a network the groups do not allow is NETWORK_NOT_ALLOWED, naming only what they may pick', () => {
    const err = thrown(() => allowedNetworks(both, 'z_enclave_3', DEFAULT, entitlementOf([enclave2])));
    expect(err.code).toBe(ErrorCode.NETWORK_NOT_ALLOWED);
    expect(err.message).toContain('z_enclave_2');
    const unlisted = thrown(() => allowedNetworks(both, 'z_other', DEFAULT, entitlementOf([enclave2])));
    expect(unlisted.message).not.toContain('z_enclave_3');
  });

  it('a workspace none of whose networks is open to the user cannot be launched, even with Auto', () => {
    const err = thrown(() => allowedNetworks({ networks: [], allowNetworkSelection: false }, null, DEFAULT, entitlementOf([enclave3])));
    expect(err.code).toBe(ErrorCode.NETWORK_NOT_ALLOWED);
    expect(err.message).toMatch(/ask an admin/);
  });

  it('launch options leave out disallowed networks (not listed as unavailable) and count Auto over the rest', () => {
    const ws = { id: 'w', zone: null, agentSelector: [], gpus: 0, ...both };
    expect(launchOptions(ws, seed, DEFAULT, entitlementOf([enclave2])).choices).toEqual([
      { network: null, label: 'Auto', available: true, agentCount: 2 },
      { network: 'z_enclave_2', label: 'z_enclave_2', available: true, agentCount: 2 },
    ]);
    expect(launchOptions(ws, seed, DEFAULT, entitlementOf([enclave2, enclave3])).choices.map((c) => [c.network, c.agentCount])).toEqual([
      [null, 3],
      ['z_enclave_2', 2],
      ['z_enclave_3', 1],
    ]);
    expect(launchOptions({ ...ws, networks: [] }, seed, DEFAULT, entitlementOf([enclave3])).choices).toEqual([
      { network: null, label: 'Auto', available: false, agentCount: 0 },
    ]);
  });
});
