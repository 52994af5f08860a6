import { entitledNetworks, unrestricted, type Entitlement } from '../entitlements.js';
import type { WorkspaceRow } from '../db/schema.js';
import type { FleetAgent } from '../fleet/fleet.repository.js';

export interface NetworkChoice {
  /** null = Auto */
  network: string | null;
  label: string;
  available: boolean;
  agentCount: number;
}

export interface LaunchOptions {
  workspaceId: string;
  allowNetworkSelection: boolean;
  choices: NetworkChoice[];
}

/**
 * The launcher's dropdown for a workspace: Auto first, then, when the user may choose, each allowed network. A
 * choice counts the enabled, ONLINE agents that could ever run the workspace (in its zone, if it has one, carrying
 * its agentSelector's labels, lending at least its GPUs) and have the network. Free capacity is left to placement:
 * it changes with every launch, and a full agent is a reason to wait, not a missing option.
 * Networks the viewer's groups do not allow are left out (not listed as unavailable), and Auto counts only the others.
 */
export function launchOptions(
  workspace: Pick<WorkspaceRow, 'id' | 'zone' | 'networks' | 'allowNetworkSelection' | 'agentSelector' | 'gpus'>,
  agents: readonly Pick<FleetAgent, 'enabled' | 'status' | 'zone' | 'networks' | 'labels' | 'gpus'>[],
  defaultNetwork: string,
  entitlement: Entitlement = unrestricted,
): LaunchOptions {
  const usable = agents.filter(
    (a) =>
      a.enabled &&
      a.status === 'ONLINE' &&
      (workspace.zone === null || a.zone === workspace.zone) &&
      workspace.agentSelector.every((label) => a.labels.includes(label)) &&
      a.gpus >= workspace.gpus,
  );
  const count = (names: readonly string[]) => usable.filter((a) => names.some((n) => a.networks.has(n))).length;
  const restricted = workspace.networks.length > 0;
  const selectable = restricted && workspace.allowNetworkSelection;
  const open = entitledNetworks(entitlement, restricted ? workspace.networks : [defaultNetwork]);
  const autoCount = count(open);
  return {
    workspaceId: workspace.id,
    allowNetworkSelection: selectable,
    choices: [
      { network: null, label: 'Auto', available: autoCount > 0, agentCount: autoCount },
      ...(selectable
        ? open.map((network) => {
            const agentCount = count([network]);
            return { network, label: network, available: agentCount > 0, agentCount };
          })
        : []),
    ],
  };
}
