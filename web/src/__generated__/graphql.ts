/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AgentNetworkInput = {
  agentId: string | number;
  ipRange?: string | null | undefined;
  parent?: string | null | undefined;
};

export type AgentStatus =
  | 'OFFLINE'
  | 'ONLINE';

export type ConnectProtocol =
  | 'HTTP'
  | 'HTTPS';

export type CreateGroupInput = {
  name: string;
  networks?: Array<string> | null | undefined;
};

export type CreateNetworkInput = {
  agentIds?: Array<string | number> | null | undefined;
  /** bridge, macvlan, ipvlan, or another driver the daemons have. */
  driver?: string | null | undefined;
  internal?: boolean | null | undefined;
  /**
   * Address management. A macvlan or ipvlan network on several agents without a per-agent `ipRange` gets one each,
   * carved from the subnet (equal, aligned, not overlapping, outside the gateway and aux addresses).
   */
  ipam?: NetworkIpamInput | null | undefined;
  name: string;
  /** Driver options, passed through (e.g. com.docker.network.bridge.host_binding_ipv4, ipvlan_mode, macvlan_mode). */
  options?: Array<KeyValueInput> | null | undefined;
  /** The host interface a macvlan or ipvlan network sits on (e.g. eth0 or eth0.20 for VLAN 20), on every agent. */
  parent?: string | null | undefined;
  /** Per-agent settings where hosts differ (their interface names, a hand-picked range). */
  perAgent?: Array<AgentNetworkInput> | null | undefined;
  zone?: string | null | undefined;
};

export type CreateStagingPoolInput = {
  network?: string | null | undefined;
  /** 0 to 100 */
  size: number;
  workspaceId: string | number;
  zone?: string | null | undefined;
};

export type CreateUserInput = {
  displayName?: string | null | undefined;
  /** Group names. */
  groups?: Array<string> | null | undefined;
  /** 12 to 256 characters; none: no password sign-in (OpenID Connect or keys only). */
  password?: string | null | undefined;
  role?: Role | null | undefined;
  /** 1 to 64 lower-case letters, digits, _ . @ - */
  username: string;
};

/** What a lifetime rule does at its deadline: remove the session, stop and keep its container, or freeze it. */
export type ExpirationAction =
  | 'DESTROY'
  | 'PAUSE'
  | 'SUSPEND';

export type KeyValueInput = {
  key: string;
  value: string;
};

export type LaunchSessionInput = {
  idempotencyKey?: string | null | undefined;
  /** null = Auto */
  network?: string | null | undefined;
  workspaceId: string | number;
};

/** IPv4 or IPv6 CIDRs: the gateway, range and aux addresses must lie in the subnet. */
export type NetworkIpamInput = {
  /** Addresses Docker must not hand out (e.g. a router's), by a name of your choice. */
  auxAddresses?: Array<KeyValueInput> | null | undefined;
  gateway?: string | null | undefined;
  /** The part of the subnet Docker hands out (on every agent; for macvlan/ipvlan on several agents, leave it to Enclave). */
  ipRange?: string | null | undefined;
  subnet: string;
};

export type Role =
  | 'ADMIN'
  | 'USER';

/**
 * PAUSED holds its memory (and a place under the agent's session limit), not its cores; SUSPENDED holds neither: its
 * container is stopped and kept, to be resumed.
 */
export type SessionStatus =
  | 'FAILED'
  | 'PAUSED'
  | 'PROVISIONING'
  | 'REQUESTED'
  | 'RUNNING'
  | 'STARTING'
  | 'STOPPED'
  | 'STOPPING'
  | 'SUSPENDED';

export type UpdateUserInput = {
  disabled?: boolean | null | undefined;
  displayName?: string | null | undefined;
  /** Replaces their groups (names). */
  groups?: Array<string> | null | undefined;
  /** A new password ends every sign-in of the user. */
  password?: string | null | undefined;
  role?: Role | null | undefined;
};

export type UpdateWorkspaceInput = {
  /** Labels (`key=value`) an agent must carry to run its sessions. */
  agentSelector?: Array<string> | null | undefined;
  /**
   * Run (docker exec, with ENCLAVE_OWNER and ENCLAVE_SESSION_ID set) in a staged session's container when it is handed
   * over to its owner; the session is theirs only once it exits 0. Null (or empty, on update): none.
   */
  assignCommand?: Array<string> | null | undefined;
  command?: Array<string> | null | undefined;
  /** null removes the connect port. */
  connect?: WorkspaceConnectInput | null | undefined;
  cores?: number | null | undefined;
  enabled?: boolean | null | undefined;
  env?: Array<KeyValueInput> | null | undefined;
  /** What ending a session by a lifetime rule does. */
  expirationAction?: ExpirationAction | null | undefined;
  /** GPUs each session gets (Docker's device request); agents lend them by `capacity.gpus`. */
  gpus?: number | null | undefined;
  /** Only members of these groups see and launch it; empty: every user. */
  groups?: Array<string> | null | undefined;
  /** Ends each session after this many seconds without proxied traffic or `keepaliveSession`; null: never. */
  idleTimeoutSeconds?: number | null | undefined;
  image?: string | null | undefined;
  /** Ends (by `expirationAction`) each session this many seconds after it started or was last resumed; null: never. */
  maxLifetimeSeconds?: number | null | undefined;
  memoryMb?: number | null | undefined;
  name?: string | null | undefined;
  /** The size of /dev/shm in MB (browsers need more than Docker's 64); null: Docker's default. */
  shmSizeMb?: number | null | undefined;
  /** Named volumes (`profile-{owner}`) or host paths under ENCLAVE_BIND_ROOTS, mounted into each session. */
  volumes?: Array<VolumeMountInput> | null | undefined;
  zone?: string | null | undefined;
};

/**
 * A mount: `source` is a named volume (letters, digits, `_.-`, with `{owner}` and `{workspace}` replaced at launch, e.g.
 * `profile-{owner}`) or an absolute host path under ENCLAVE_BIND_ROOTS.
 */
export type VolumeMountInput = {
  readOnly?: boolean | null | undefined;
  /**
   * A named volume lives on one agent: placement prefers the agent that holds it (a reason in the plan); with
   * requireAgent, a session must go there once it exists (NO_CAPACITY if that agent cannot take it).
   */
  requireAgent?: boolean | null | undefined;
  source: string;
  /** An absolute path in the container. */
  target: string;
};

/** How a session is opened: the port its service listens on inside the container (on its loopback or any address). */
export type WorkspaceConnectInput = {
  /** Where the browser lands, starting with /. */
  path?: string | null | undefined;
  /** 1 to 65535 */
  port: number;
  /** HTTPS: the service speaks TLS itself (e.g. KasmVNC on 6901, self-signed). Enclave does not verify that certificate. */
  protocol?: ConnectProtocol | null | undefined;
};

export type FleetViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type FleetViewerQuery = { viewer: { owner: string, role: Role, user: { id: string, username: string, displayName: string | null } | null } };

export type FleetPictureQueryVariables = Exact<{ [key: string]: never; }>;


export type FleetPictureQuery = { agents: Array<{ id: string, name: string, zone: string | null, status: AgentStatus, enabled: boolean, labels: Array<string>, capacity: { cores: number, memoryMb: number, maxSessions: number | null, usedCores: number, usedMemoryMb: number, sessionCount: number, gpus: number, usedGpus: number } }>, networkSpread: Array<{ name: string, zone: string | null, conflicts: Array<string>, present: Array<{ id: string, driver: string, subnets: Array<string>, gateway: string | null, ipRange: string | null, parent: string | null, agent: { id: string }, options: Array<{ key: string, value: string }> }>, missing: Array<{ id: string, name: string }> }>, networks: Array<{ id: string, name: string, driver: string, removedAt: string | null, agent: { id: string } }>, sessions: Array<{ id: string, network: string | null, agent: { id: string } | null }> };

export type FleetRepairNetworkMutationVariables = Exact<{
  name: string;
  zone?: string | null | undefined;
}>;


export type FleetRepairNetworkMutation = { repairNetwork: Array<{ id: string, agent: { name: string } }> };

export type FleetNetworkPreviewQueryVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type FleetNetworkPreviewQuery = { previewNetwork: Array<{ exists: boolean, driver: string, subnet: string | null, gateway: string | null, ipRange: string | null, parent: string | null, agent: { id: string, name: string } }> };

export type FleetCreateNetworkMutationVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type FleetCreateNetworkMutation = { createNetwork: Array<{ id: string, agent: { name: string } }> };

export type FleetNetworkDiscoveredSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FleetNetworkDiscoveredSubscription = { networkDiscovered: { id: string } };

export type FleetNetworkRemovedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FleetNetworkRemovedSubscription = { networkRemoved: { id: string } };

export type FleetAgentStatusSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FleetAgentStatusSubscription = { agentStatusChanged: { id: string } };

export type FleetSessionStatusSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FleetSessionStatusSubscription = { sessionStatusChanged: { id: string } };

export type LauncherLaunchOptionsFragment = { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> };

export type LauncherWorkspaceFragment = { id: string, name: string, image: string, cores: number, memoryMb: number, enabled: boolean, networks: Array<string>, groups: Array<string>, allowNetworkSelection: boolean, maxLifetimeSeconds: number | null, idleTimeoutSeconds: number | null, expirationAction: ExpirationAction, shmSizeMb: number | null, volumes: Array<{ source: string, target: string, readOnly: boolean, requireAgent: boolean }>, launchOptions: { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> } };

export type LauncherSessionFragment = { id: string, staged: boolean, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, expiresAt: string | null, createdAt: string, updatedAt: string, workspace: { id: string, name: string, idleTimeoutSeconds: number | null, expirationAction: ExpirationAction, connect: { port: number } | null }, agent: { name: string } | null };

export type LauncherViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type LauncherViewerQuery = { viewer: { owner: string, role: Role, user: { id: string, username: string, displayName: string | null } | null }, sessions: Array<{ id: string, staged: boolean, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, expiresAt: string | null, createdAt: string, updatedAt: string, workspace: { id: string, name: string, idleTimeoutSeconds: number | null, expirationAction: ExpirationAction, connect: { port: number } | null }, agent: { name: string } | null }> };

export type LauncherSessionReadQueryVariables = Exact<{
  id: string | number;
}>;


export type LauncherSessionReadQuery = { session: { id: string, staged: boolean, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, expiresAt: string | null, createdAt: string, updatedAt: string, workspace: { id: string, name: string, idleTimeoutSeconds: number | null, expirationAction: ExpirationAction, connect: { port: number } | null }, agent: { name: string } | null } | null };

export type LauncherWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type LauncherWorkspacesQuery = { workspaces: Array<{ id: string, name: string, image: string, cores: number, memoryMb: number, enabled: boolean, networks: Array<string>, groups: Array<string>, allowNetworkSelection: boolean, maxLifetimeSeconds: number | null, idleTimeoutSeconds: number | null, expirationAction: ExpirationAction, shmSizeMb: number | null, volumes: Array<{ source: string, target: string, readOnly: boolean, requireAgent: boolean }>, launchOptions: { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> } }> };

export type LauncherNetworksQueryVariables = Exact<{ [key: string]: never; }>;


export type LauncherNetworksQuery = { networks: Array<{ name: string }> };

export type LauncherLaunchMutationVariables = Exact<{
  input: LaunchSessionInput;
}>;


export type LauncherLaunchMutation = { launchSession: { id: string, staged: boolean, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, expiresAt: string | null, createdAt: string, updatedAt: string, workspace: { id: string, name: string, idleTimeoutSeconds: number | null, expirationAction: ExpirationAction, connect: { port: number } | null }, agent: { name: string } | null } };

export type LauncherDestroyMutationVariables = Exact<{
  id: string | number;
}>;


export type LauncherDestroyMutation = { destroySession: { id: string, staged: boolean, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, expiresAt: string | null, createdAt: string, updatedAt: string, workspace: { id: string, name: string, idleTimeoutSeconds: number | null, expirationAction: ExpirationAction, connect: { port: number } | null }, agent: { name: string } | null } };

export type LauncherKeepaliveMutationVariables = Exact<{
  id: string | number;
}>;


export type LauncherKeepaliveMutation = { keepaliveSession: { id: string, staged: boolean, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, expiresAt: string | null, createdAt: string, updatedAt: string, workspace: { id: string, name: string, idleTimeoutSeconds: number | null, expirationAction: ExpirationAction, connect: { port: number } | null }, agent: { name: string } | null } };

export type LauncherPauseMutationVariables = Exact<{
  id: string | number;
}>;


export type LauncherPauseMutation = { pauseSession: { id: string, staged: boolean, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, expiresAt: string | null, createdAt: string, updatedAt: string, workspace: { id: string, name: string, idleTimeoutSeconds: number | null, expirationAction: ExpirationAction, connect: { port: number } | null }, agent: { name: string } | null } };

export type LauncherSuspendMutationVariables = Exact<{
  id: string | number;
}>;


export type LauncherSuspendMutation = { suspendSession: { id: string, staged: boolean, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, expiresAt: string | null, createdAt: string, updatedAt: string, workspace: { id: string, name: string, idleTimeoutSeconds: number | null, expirationAction: ExpirationAction, connect: { port: number } | null }, agent: { name: string } | null } };

export type LauncherResumeMutationVariables = Exact<{
  id: string | number;
}>;


export type LauncherResumeMutation = { resumeSession: { id: string, staged: boolean, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, expiresAt: string | null, createdAt: string, updatedAt: string, workspace: { id: string, name: string, idleTimeoutSeconds: number | null, expirationAction: ExpirationAction, connect: { port: number } | null }, agent: { name: string } | null } };

export type LauncherConnectMutationVariables = Exact<{
  id: string | number;
}>;


export type LauncherConnectMutation = { connectSession: { url: string } };

export type LauncherRestrictMutationVariables = Exact<{
  id: string | number;
  networks: Array<string> | string;
  allow: boolean;
}>;


export type LauncherRestrictMutation = { restrictWorkspaceToNetworks: { id: string, name: string, image: string, cores: number, memoryMb: number, enabled: boolean, networks: Array<string>, groups: Array<string>, allowNetworkSelection: boolean, maxLifetimeSeconds: number | null, idleTimeoutSeconds: number | null, expirationAction: ExpirationAction, shmSizeMb: number | null, volumes: Array<{ source: string, target: string, readOnly: boolean, requireAgent: boolean }>, launchOptions: { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> } } };

export type LauncherUpdateWorkspaceMutationVariables = Exact<{
  id: string | number;
  input: UpdateWorkspaceInput;
}>;


export type LauncherUpdateWorkspaceMutation = { updateWorkspace: { id: string, name: string, image: string, cores: number, memoryMb: number, enabled: boolean, networks: Array<string>, groups: Array<string>, allowNetworkSelection: boolean, maxLifetimeSeconds: number | null, idleTimeoutSeconds: number | null, expirationAction: ExpirationAction, shmSizeMb: number | null, volumes: Array<{ source: string, target: string, readOnly: boolean, requireAgent: boolean }>, launchOptions: { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> } } };

export type LauncherSessionsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LauncherSessionsSubscription = { sessionStatusChanged: { id: string, staged: boolean, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, expiresAt: string | null, createdAt: string, updatedAt: string, workspace: { id: string, name: string, idleTimeoutSeconds: number | null, expirationAction: ExpirationAction, connect: { port: number } | null }, agent: { name: string } | null } };

export type LauncherOptionsSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type LauncherOptionsSubscription = { launchOptionsChanged: { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> } };

export type LauncherNetworkDiscoveredSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LauncherNetworkDiscoveredSubscription = { networkDiscovered: { name: string } };

export type LauncherNetworkRemovedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LauncherNetworkRemovedSubscription = { networkRemoved: { name: string } };

export type PeopleUserFragment = { id: string, username: string, displayName: string | null, role: Role, disabled: boolean, hasPassword: boolean, lastSignInAt: string | null, groups: Array<{ id: string, name: string }> };

export type PeopleGroupFragment = { id: string, name: string, networks: Array<string>, members: Array<{ id: string, username: string }> };

export type PeopleAndGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleAndGroupsQuery = { users: Array<{ id: string, username: string, displayName: string | null, role: Role, disabled: boolean, hasPassword: boolean, lastSignInAt: string | null, groups: Array<{ id: string, name: string }> }>, groups: Array<{ id: string, name: string, networks: Array<string>, members: Array<{ id: string, username: string }> }> };

export type PeopleCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type PeopleCreateUserMutation = { createUser: { id: string, username: string, displayName: string | null, role: Role, disabled: boolean, hasPassword: boolean, lastSignInAt: string | null, groups: Array<{ id: string, name: string }> } };

export type PeopleUpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type PeopleUpdateUserMutation = { updateUser: { id: string, username: string, displayName: string | null, role: Role, disabled: boolean, hasPassword: boolean, lastSignInAt: string | null, groups: Array<{ id: string, name: string }> } };

export type PeopleCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type PeopleCreateGroupMutation = { createGroup: { id: string, name: string, networks: Array<string>, members: Array<{ id: string, username: string }> } };

export type PeopleDeleteGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type PeopleDeleteGroupMutation = { deleteGroup: string };

export type PoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type PoolsQuery = { stagingPools: Array<{ id: string, network: string | null, zone: string | null, size: number, ready: number, workspace: { id: string, name: string } }> };

export type CreatePoolMutationVariables = Exact<{
  input: CreateStagingPoolInput;
}>;


export type CreatePoolMutation = { createStagingPool: { id: string, size: number } };

export type UpdatePoolMutationVariables = Exact<{
  id: string | number;
  size: number;
}>;


export type UpdatePoolMutation = { updateStagingPool: { id: string, size: number } };

export type DeletePoolMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePoolMutation = { deleteStagingPool: string };

export type PlaygroundViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PlaygroundViewerQuery = { viewer: { owner: string, role: Role } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const LauncherLaunchOptionsFragmentDoc = new TypedDocumentString(`
    fragment LauncherLaunchOptions on LaunchOptions {
  workspaceId
  allowNetworkSelection
  choices {
    network
    label
    available
    agentCount
  }
}
    `, {"fragmentName":"LauncherLaunchOptions"}) as unknown as TypedDocumentString<LauncherLaunchOptionsFragment, unknown>;
export const LauncherWorkspaceFragmentDoc = new TypedDocumentString(`
    fragment LauncherWorkspace on Workspace {
  id
  name
  image
  cores
  memoryMb
  enabled
  networks
  groups
  allowNetworkSelection
  maxLifetimeSeconds
  idleTimeoutSeconds
  expirationAction
  volumes {
    source
    target
    readOnly
    requireAgent
  }
  shmSizeMb
  launchOptions {
    ...LauncherLaunchOptions
  }
}
    fragment LauncherLaunchOptions on LaunchOptions {
  workspaceId
  allowNetworkSelection
  choices {
    network
    label
    available
    agentCount
  }
}`, {"fragmentName":"LauncherWorkspace"}) as unknown as TypedDocumentString<LauncherWorkspaceFragment, unknown>;
export const LauncherSessionFragmentDoc = new TypedDocumentString(`
    fragment LauncherSession on Session {
  id
  staged
  status
  statusReason
  ready
  network
  owner
  expiresAt
  workspace {
    id
    name
    connect {
      port
    }
    idleTimeoutSeconds
    expirationAction
  }
  agent {
    name
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"LauncherSession"}) as unknown as TypedDocumentString<LauncherSessionFragment, unknown>;
export const PeopleUserFragmentDoc = new TypedDocumentString(`
    fragment PeopleUser on User {
  id
  username
  displayName
  role
  disabled
  hasPassword
  lastSignInAt
  groups {
    id
    name
  }
}
    `, {"fragmentName":"PeopleUser"}) as unknown as TypedDocumentString<PeopleUserFragment, unknown>;
export const PeopleGroupFragmentDoc = new TypedDocumentString(`
    fragment PeopleGroup on Group {
  id
  name
  networks
  members {
    id
    username
  }
}
    `, {"fragmentName":"PeopleGroup"}) as unknown as TypedDocumentString<PeopleGroupFragment, unknown>;
export const FleetViewerDocument = new TypedDocumentString(`
    query FleetViewer {
  viewer {
    owner
    role
    user {
      id
      username
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<FleetViewerQuery, FleetViewerQueryVariables>;
export const FleetPictureDocument = new TypedDocumentString(`
    query FleetPicture {
  agents {
    id
    name
    zone
    status
    enabled
    labels
    capacity {
      cores
      memoryMb
      maxSessions
      usedCores
      usedMemoryMb
      sessionCount
      gpus
      usedGpus
    }
  }
  networkSpread(zone: null) {
    name
    zone
    present {
      id
      agent {
        id
      }
      driver
      subnets
      gateway
      ipRange
      parent
      options {
        key
        value
      }
    }
    missing {
      id
      name
    }
    conflicts
  }
  networks(includeRemoved: true) {
    id
    name
    agent {
      id
    }
    driver
    removedAt
  }
  sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, STOPPING]) {
    id
    network
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FleetPictureQuery, FleetPictureQueryVariables>;
export const FleetRepairNetworkDocument = new TypedDocumentString(`
    mutation FleetRepairNetwork($name: String!, $zone: String) {
  repairNetwork(name: $name, zone: $zone) {
    id
    agent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FleetRepairNetworkMutation, FleetRepairNetworkMutationVariables>;
export const FleetNetworkPreviewDocument = new TypedDocumentString(`
    query FleetNetworkPreview($input: CreateNetworkInput!) {
  previewNetwork(input: $input) {
    agent {
      id
      name
    }
    exists
    driver
    subnet
    gateway
    ipRange
    parent
  }
}
    `) as unknown as TypedDocumentString<FleetNetworkPreviewQuery, FleetNetworkPreviewQueryVariables>;
export const FleetCreateNetworkDocument = new TypedDocumentString(`
    mutation FleetCreateNetwork($input: CreateNetworkInput!) {
  createNetwork(input: $input) {
    id
    agent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FleetCreateNetworkMutation, FleetCreateNetworkMutationVariables>;
export const FleetNetworkDiscoveredDocument = new TypedDocumentString(`
    subscription FleetNetworkDiscovered {
  networkDiscovered {
    id
  }
}
    `) as unknown as TypedDocumentString<FleetNetworkDiscoveredSubscription, FleetNetworkDiscoveredSubscriptionVariables>;
export const FleetNetworkRemovedDocument = new TypedDocumentString(`
    subscription FleetNetworkRemoved {
  networkRemoved {
    id
  }
}
    `) as unknown as TypedDocumentString<FleetNetworkRemovedSubscription, FleetNetworkRemovedSubscriptionVariables>;
export const FleetAgentStatusDocument = new TypedDocumentString(`
    subscription FleetAgentStatus {
  agentStatusChanged {
    id
  }
}
    `) as unknown as TypedDocumentString<FleetAgentStatusSubscription, FleetAgentStatusSubscriptionVariables>;
export const FleetSessionStatusDocument = new TypedDocumentString(`
    subscription FleetSessionStatus {
  sessionStatusChanged {
    id
  }
}
    `) as unknown as TypedDocumentString<FleetSessionStatusSubscription, FleetSessionStatusSubscriptionVariables>;
export const LauncherViewerDocument = new TypedDocumentString(`
    query LauncherViewer {
  viewer {
    owner
    role
    user {
      id
      username
      displayName
    }
  }
  sessions {
    ...LauncherSession
  }
}
    fragment LauncherSession on Session {
  id
  staged
  status
  statusReason
  ready
  network
  owner
  expiresAt
  workspace {
    id
    name
    connect {
      port
    }
    idleTimeoutSeconds
    expirationAction
  }
  agent {
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<LauncherViewerQuery, LauncherViewerQueryVariables>;
export const LauncherSessionReadDocument = new TypedDocumentString(`
    query LauncherSessionRead($id: ID!) {
  session(id: $id) {
    ...LauncherSession
  }
}
    fragment LauncherSession on Session {
  id
  staged
  status
  statusReason
  ready
  network
  owner
  expiresAt
  workspace {
    id
    name
    connect {
      port
    }
    idleTimeoutSeconds
    expirationAction
  }
  agent {
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<LauncherSessionReadQuery, LauncherSessionReadQueryVariables>;
export const LauncherWorkspacesDocument = new TypedDocumentString(`
    query LauncherWorkspaces {
  workspaces {
    ...LauncherWorkspace
  }
}
    fragment LauncherLaunchOptions on LaunchOptions {
  workspaceId
  allowNetworkSelection
  choices {
    network
    label
    available
    agentCount
  }
}
fragment LauncherWorkspace on Workspace {
  id
  name
  image
  cores
  memoryMb
  enabled
  networks
  groups
  allowNetworkSelection
  maxLifetimeSeconds
  idleTimeoutSeconds
  expirationAction
  volumes {
    source
    target
    readOnly
    requireAgent
  }
  shmSizeMb
  launchOptions {
    ...LauncherLaunchOptions
  }
}`) as unknown as TypedDocumentString<LauncherWorkspacesQuery, LauncherWorkspacesQueryVariables>;
export const LauncherNetworksDocument = new TypedDocumentString(`
    query LauncherNetworks {
  networks {
    name
  }
}
    `) as unknown as TypedDocumentString<LauncherNetworksQuery, LauncherNetworksQueryVariables>;
export const LauncherLaunchDocument = new TypedDocumentString(`
    mutation LauncherLaunch($input: LaunchSessionInput!) {
  launchSession(input: $input) {
    ...LauncherSession
  }
}
    fragment LauncherSession on Session {
  id
  staged
  status
  statusReason
  ready
  network
  owner
  expiresAt
  workspace {
    id
    name
    connect {
      port
    }
    idleTimeoutSeconds
    expirationAction
  }
  agent {
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<LauncherLaunchMutation, LauncherLaunchMutationVariables>;
export const LauncherDestroyDocument = new TypedDocumentString(`
    mutation LauncherDestroy($id: ID!) {
  destroySession(id: $id) {
    ...LauncherSession
  }
}
    fragment LauncherSession on Session {
  id
  staged
  status
  statusReason
  ready
  network
  owner
  expiresAt
  workspace {
    id
    name
    connect {
      port
    }
    idleTimeoutSeconds
    expirationAction
  }
  agent {
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<LauncherDestroyMutation, LauncherDestroyMutationVariables>;
export const LauncherKeepaliveDocument = new TypedDocumentString(`
    mutation LauncherKeepalive($id: ID!) {
  keepaliveSession(id: $id) {
    ...LauncherSession
  }
}
    fragment LauncherSession on Session {
  id
  staged
  status
  statusReason
  ready
  network
  owner
  expiresAt
  workspace {
    id
    name
    connect {
      port
    }
    idleTimeoutSeconds
    expirationAction
  }
  agent {
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<LauncherKeepaliveMutation, LauncherKeepaliveMutationVariables>;
export const LauncherPauseDocument = new TypedDocumentString(`
    mutation LauncherPause($id: ID!) {
  pauseSession(id: $id) {
    ...LauncherSession
  }
}
    fragment LauncherSession on Session {
  id
  staged
  status
  statusReason
  ready
  network
  owner
  expiresAt
  workspace {
    id
    name
    connect {
      port
    }
    idleTimeoutSeconds
    expirationAction
  }
  agent {
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<LauncherPauseMutation, LauncherPauseMutationVariables>;
export const LauncherSuspendDocument = new TypedDocumentString(`
    mutation LauncherSuspend($id: ID!) {
  suspendSession(id: $id) {
    ...LauncherSession
  }
}
    fragment LauncherSession on Session {
  id
  staged
  status
  statusReason
  ready
  network
  owner
  expiresAt
  workspace {
    id
    name
    connect {
      port
    }
    idleTimeoutSeconds
    expirationAction
  }
  agent {
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<LauncherSuspendMutation, LauncherSuspendMutationVariables>;
export const LauncherResumeDocument = new TypedDocumentString(`
    mutation LauncherResume($id: ID!) {
  resumeSession(id: $id) {
    ...LauncherSession
  }
}
    fragment LauncherSession on Session {
  id
  staged
  status
  statusReason
  ready
  network
  owner
  expiresAt
  workspace {
    id
    name
    connect {
      port
    }
    idleTimeoutSeconds
    expirationAction
  }
  agent {
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<LauncherResumeMutation, LauncherResumeMutationVariables>;
export const LauncherConnectDocument = new TypedDocumentString(`
    mutation LauncherConnect($id: ID!) {
  connectSession(id: $id) {
    url
  }
}
    `) as unknown as TypedDocumentString<LauncherConnectMutation, LauncherConnectMutationVariables>;
export const LauncherRestrictDocument = new TypedDocumentString(`
    mutation LauncherRestrict($id: ID!, $networks: [String!]!, $allow: Boolean!) {
  restrictWorkspaceToNetworks(
    id: $id
    networks: $networks
    allowNetworkSelection: $allow
  ) {
    ...LauncherWorkspace
  }
}
    fragment LauncherLaunchOptions on LaunchOptions {
  workspaceId
  allowNetworkSelection
  choices {
    network
    label
    available
    agentCount
  }
}
fragment LauncherWorkspace on Workspace {
  id
  name
  image
  cores
  memoryMb
  enabled
  networks
  groups
  allowNetworkSelection
  maxLifetimeSeconds
  idleTimeoutSeconds
  expirationAction
  volumes {
    source
    target
    readOnly
    requireAgent
  }
  shmSizeMb
  launchOptions {
    ...LauncherLaunchOptions
  }
}`) as unknown as TypedDocumentString<LauncherRestrictMutation, LauncherRestrictMutationVariables>;
export const LauncherUpdateWorkspaceDocument = new TypedDocumentString(`
    mutation LauncherUpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {
  updateWorkspace(id: $id, input: $input) {
    ...LauncherWorkspace
  }
}
    fragment LauncherLaunchOptions on LaunchOptions {
  workspaceId
  allowNetworkSelection
  choices {
    network
    label
    available
    agentCount
  }
}
fragment LauncherWorkspace on Workspace {
  id
  name
  image
  cores
  memoryMb
  enabled
  networks
  groups
  allowNetworkSelection
  maxLifetimeSeconds
  idleTimeoutSeconds
  expirationAction
  volumes {
    source
    target
    readOnly
    requireAgent
  }
  shmSizeMb
  launchOptions {
    ...LauncherLaunchOptions
  }
}`) as unknown as TypedDocumentString<LauncherUpdateWorkspaceMutation, LauncherUpdateWorkspaceMutationVariables>;
export const LauncherSessionsDocument = new TypedDocumentString(`
    subscription LauncherSessions {
  sessionStatusChanged {
    ...LauncherSession
  }
}
    fragment LauncherSession on Session {
  id
  staged
  status
  statusReason
  ready
  network
  owner
  expiresAt
  workspace {
    id
    name
    connect {
      port
    }
    idleTimeoutSeconds
    expirationAction
  }
  agent {
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<LauncherSessionsSubscription, LauncherSessionsSubscriptionVariables>;
export const LauncherOptionsDocument = new TypedDocumentString(`
    subscription LauncherOptions($id: ID!) {
  launchOptionsChanged(workspaceId: $id) {
    ...LauncherLaunchOptions
  }
}
    fragment LauncherLaunchOptions on LaunchOptions {
  workspaceId
  allowNetworkSelection
  choices {
    network
    label
    available
    agentCount
  }
}`) as unknown as TypedDocumentString<LauncherOptionsSubscription, LauncherOptionsSubscriptionVariables>;
export const LauncherNetworkDiscoveredDocument = new TypedDocumentString(`
    subscription LauncherNetworkDiscovered {
  networkDiscovered {
    name
  }
}
    `) as unknown as TypedDocumentString<LauncherNetworkDiscoveredSubscription, LauncherNetworkDiscoveredSubscriptionVariables>;
export const LauncherNetworkRemovedDocument = new TypedDocumentString(`
    subscription LauncherNetworkRemoved {
  networkRemoved {
    name
  }
}
    `) as unknown as TypedDocumentString<LauncherNetworkRemovedSubscription, LauncherNetworkRemovedSubscriptionVariables>;
export const PeopleAndGroupsDocument = new TypedDocumentString(`
    query PeopleAndGroups {
  users {
    ...PeopleUser
  }
  groups {
    ...PeopleGroup
  }
}
    fragment PeopleUser on User {
  id
  username
  displayName
  role
  disabled
  hasPassword
  lastSignInAt
  groups {
    id
    name
  }
}
fragment PeopleGroup on Group {
  id
  name
  networks
  members {
    id
    username
  }
}`) as unknown as TypedDocumentString<PeopleAndGroupsQuery, PeopleAndGroupsQueryVariables>;
export const PeopleCreateUserDocument = new TypedDocumentString(`
    mutation PeopleCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...PeopleUser
  }
}
    fragment PeopleUser on User {
  id
  username
  displayName
  role
  disabled
  hasPassword
  lastSignInAt
  groups {
    id
    name
  }
}`) as unknown as TypedDocumentString<PeopleCreateUserMutation, PeopleCreateUserMutationVariables>;
export const PeopleUpdateUserDocument = new TypedDocumentString(`
    mutation PeopleUpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    ...PeopleUser
  }
}
    fragment PeopleUser on User {
  id
  username
  displayName
  role
  disabled
  hasPassword
  lastSignInAt
  groups {
    id
    name
  }
}`) as unknown as TypedDocumentString<PeopleUpdateUserMutation, PeopleUpdateUserMutationVariables>;
export const PeopleCreateGroupDocument = new TypedDocumentString(`
    mutation PeopleCreateGroup($input: CreateGroupInput!) {
  createGroup(input: $input) {
    ...PeopleGroup
  }
}
    fragment PeopleGroup on Group {
  id
  name
  networks
  members {
    id
    username
  }
}`) as unknown as TypedDocumentString<PeopleCreateGroupMutation, PeopleCreateGroupMutationVariables>;
export const PeopleDeleteGroupDocument = new TypedDocumentString(`
    mutation PeopleDeleteGroup($id: ID!) {
  deleteGroup(id: $id)
}
    `) as unknown as TypedDocumentString<PeopleDeleteGroupMutation, PeopleDeleteGroupMutationVariables>;
export const PoolsDocument = new TypedDocumentString(`
    query Pools {
  stagingPools {
    id
    network
    zone
    size
    ready
    workspace {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PoolsQuery, PoolsQueryVariables>;
export const CreatePoolDocument = new TypedDocumentString(`
    mutation CreatePool($input: CreateStagingPoolInput!) {
  createStagingPool(input: $input) {
    id
    size
  }
}
    `) as unknown as TypedDocumentString<CreatePoolMutation, CreatePoolMutationVariables>;
export const UpdatePoolDocument = new TypedDocumentString(`
    mutation UpdatePool($id: ID!, $size: Int!) {
  updateStagingPool(id: $id, input: {size: $size}) {
    id
    size
  }
}
    `) as unknown as TypedDocumentString<UpdatePoolMutation, UpdatePoolMutationVariables>;
export const DeletePoolDocument = new TypedDocumentString(`
    mutation DeletePool($id: ID!) {
  deleteStagingPool(id: $id)
}
    `) as unknown as TypedDocumentString<DeletePoolMutation, DeletePoolMutationVariables>;
export const PlaygroundViewerDocument = new TypedDocumentString(`
    query PlaygroundViewer {
  viewer {
    owner
    role
  }
}
    `) as unknown as TypedDocumentString<PlaygroundViewerQuery, PlaygroundViewerQueryVariables>;