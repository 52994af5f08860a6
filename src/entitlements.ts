/**
 * What a viewer may see and launch, from their groups: the enclave boundary as one pure rule, applied by every path
 * (workspace reads, launch options and their feed, placement, launch, connect).
 *
 * - A workspace with `groups` is visible only to members of one of them (ADMIN sees everything).
 * - A group with `networks` narrows what its members may launch on; several groups give the union. A member of any
 *   group without networks, like a user in no group, is not narrowed.
 */
export interface Entitlement {
  /** Group names the viewer is in; null: every workspace is visible (ADMIN). */
  readonly groups: ReadonlySet<string> | null;
  /** Network names the viewer may launch on; null: any the workspace allows. */
  readonly networks: ReadonlySet<string> | null;
  /**
   * Names the entitlement, not the person: viewers with the same groups and network limits share it (the launcher's
   * read cache is kept per entitlement, so a thousand members of one group share one entry).
   */
  readonly key: string;
}

export const unrestricted: Entitlement = { groups: null, networks: null, key: '*' };

export interface GroupLimits {
  name: string;
  networks: readonly string[];
}

/** A USER's entitlement from the groups they are in. */
export function entitlementOf(groups: readonly GroupLimits[]): Entitlement {
  const names = [...new Set(groups.map((g) => g.name))].sort();
  const narrowed = groups.length > 0 && groups.every((g) => g.networks.length > 0);
  const networks = narrowed ? [...new Set(groups.flatMap((g) => g.networks))].sort() : null;
  return {
    groups: new Set(names),
    networks: networks && new Set(networks),
    key: JSON.stringify([names, networks]),
  };
}

/** Whether the workspace is visible (and launchable) to the viewer; invisible ones are NOT_FOUND to them. */
export function seesWorkspace(entitlement: Entitlement, workspace: { groups: readonly string[] }): boolean {
  const { groups } = entitlement;
  return groups === null || workspace.groups.length === 0 || workspace.groups.some((g) => groups.has(g));
}

/** Whether the viewer may launch on a network of that name. */
export function mayUseNetwork(entitlement: Entitlement, network: string): boolean {
  return entitlement.networks === null || entitlement.networks.has(network);
}

/** The networks of `names` the viewer may use, in their order. */
export function entitledNetworks(entitlement: Entitlement, names: readonly string[]): readonly string[] {
  return entitlement.networks === null ? names : names.filter((n) => mayUseNetwork(entitlement, n));
}

/** Whether the viewer may still reach a session of the workspace on that network (connect, after a group change). */
export function mayReach(entitlement: Entitlement, workspace: { groups: readonly string[] }, network: string | null): boolean {
  return seesWorkspace(entitlement, workspace) && (network === null || mayUseNetwork(entitlement, network));
}
