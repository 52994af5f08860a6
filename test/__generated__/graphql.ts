/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Capacity overrides; null means: as the daemon reports it. */
export type AgentCapacityInput = {
  cores?: number | null | undefined;
  /** How many GPUs it lends sessions (Docker's device requests); null: as the daemon reports (its generic resources). */
  gpus?: number | null | undefined;
  maxSessions?: number | null | undefined;
  memoryMb?: number | null | undefined;
};

export type AgentNetworkInput = {
  agentId: string | number;
  ipRange?: string | null | undefined;
  parent?: string | null | undefined;
};

export type AgentStatus =
  | 'OFFLINE'
  | 'ONLINE';

/** PEM-encoded TLS client material. Never returned by the API. */
export type AgentTlsInput = {
  ca: string;
  cert: string;
  key: string;
};

export type ConnectProtocol =
  | 'HTTP'
  | 'HTTPS';

export type CreateApiKeyInput = {
  /** After this the key no longer works. */
  expiresAt?: string | null | undefined;
  name: string;
  /** Whose sessions the key launches and sees (a USER's identity); defaults to the name. */
  owner?: string | null | undefined;
  role: Role;
};

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

export type CreateRegistryCredentialInput = {
  password: string;
  /** host[:port] as image references name it, e.g. ghcr.io or 127.0.0.1:5000 (docker.io for Docker Hub). */
  registry: string;
  username: string;
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

export type CreateWorkspaceInput = {
  /** Labels (`key=value`) an agent must carry to run its sessions. */
  agentSelector?: Array<string> | null | undefined;
  /**
   * Run (docker exec, with ENCLAVE_OWNER and ENCLAVE_SESSION_ID set) in a staged session's container when it is handed
   * over to its owner; the session is theirs only once it exits 0. Null (or empty, on update): none.
   */
  assignCommand?: Array<string> | null | undefined;
  command?: Array<string> | null | undefined;
  /** The port its sessions serve, which `connectSession` opens in the browser. */
  connect?: WorkspaceConnectInput | null | undefined;
  cores?: number | null | undefined;
  env?: Array<KeyValueInput> | null | undefined;
  /** What ending a session by a lifetime rule does. */
  expirationAction?: ExpirationAction | null | undefined;
  /** GPUs each session gets (Docker's device request); agents lend them by `capacity.gpus`. */
  gpus?: number | null | undefined;
  /** Only members of these groups see and launch it; empty or none: every user. */
  groups?: Array<string> | null | undefined;
  /** Ends each session after this many seconds without proxied traffic or `keepaliveSession`; null: never. */
  idleTimeoutSeconds?: number | null | undefined;
  image: string;
  /** Ends (by `expirationAction`) each session this many seconds after it started or was last resumed; null: never. */
  maxLifetimeSeconds?: number | null | undefined;
  memoryMb?: number | null | undefined;
  name: string;
  /** The size of /dev/shm in MB (browsers need more than Docker's 64); null: Docker's default. */
  shmSizeMb?: number | null | undefined;
  /** Named volumes (`profile-{owner}`) or host paths under ENCLAVE_BIND_ROOTS, mounted into each session. */
  volumes?: Array<VolumeMountInput> | null | undefined;
  zone?: string | null | undefined;
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

export type RegisterAgentInput = {
  capacity?: AgentCapacityInput | null | undefined;
  enabled?: boolean | null | undefined;
  /** unix:///var/run/docker.sock, tcp://host:2376 (TLS required off loopback) or ssh://user@host */
  endpoint: string;
  /** Its characteristics as `key=value` (e.g. gpu=a100, site=lab-2), matched by workspaces' `agentSelector`. */
  labels?: Array<string> | null | undefined;
  name: string;
  tls?: AgentTlsInput | null | undefined;
  zone?: string | null | undefined;
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

export type UpdateAgentInput = {
  capacity?: AgentCapacityInput | null | undefined;
  enabled?: boolean | null | undefined;
  /** Replaces its labels (`key=value`). */
  labels?: Array<string> | null | undefined;
  name?: string | null | undefined;
  zone?: string | null | undefined;
};

export type UpdateGroupInput = {
  /** A rename is carried into every workspace that names the group. */
  name?: string | null | undefined;
  networks?: Array<string> | null | undefined;
};

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

export type BenchConnectWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type BenchConnectWorkspaceMutation = { createWorkspace: { id: string } };

export type BenchConnectLaunchMutationVariables = Exact<{
  input: LaunchSessionInput;
}>;


export type BenchConnectLaunchMutation = { launchSession: { id: string } };

export type BenchConnectReadyQueryVariables = Exact<{
  id: string | number;
}>;


export type BenchConnectReadyQuery = { session: { status: SessionStatus, ready: boolean, statusReason: string | null, containerId: string | null } | null };

export type BenchConnectUrlMutationVariables = Exact<{
  id: string | number;
}>;


export type BenchConnectUrlMutation = { connectSession: { url: string } };

export type BenchDiscoveryNetworksSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BenchDiscoveryNetworksSubscription = { networkDiscovered: { name: string, agent: { id: string } } };

export type BenchDiscoveryAgentStatusesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BenchDiscoveryAgentStatusesSubscription = { agentStatusChanged: { id: string, status: AgentStatus } };

export type BenchLaunchSessionsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BenchLaunchSessionsSubscription = { sessionStatusChanged: { id: string, status: SessionStatus, statusReason: string | null } };

export type BenchLaunchWorkspaceIdQueryVariables = Exact<{
  id: string | number;
}>;


export type BenchLaunchWorkspaceIdQuery = { workspace: { id: string } | null };

export type BenchReadGroupMutationVariables = Exact<{
  networks: Array<string> | string;
}>;


export type BenchReadGroupMutation = { createGroup: { id: string } };

export type BenchReadReaderMutationVariables = Exact<{ [key: string]: never; }>;


export type BenchReadReaderMutation = { createUser: { id: string } };

export type BenchReadReaderKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type BenchReadReaderKeyMutation = { createApiKey: { token: string } };

export type BenchReadLimitMutationVariables = Exact<{
  id: string | number;
}>;


export type BenchReadLimitMutation = { updateWorkspace: { id: string } };

export type BenchReadLauncherQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchReadLauncherQuery = { workspaces: Array<{ id: string, name: string, launchOptions: { choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> } }> };

export type BenchScaleReadQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchScaleReadQuery = { workspaces: Array<{ id: string, name: string, launchOptions: { choices: Array<{ network: string | null, agentCount: number }> } }> };

export type BenchScaleNetworkIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchScaleNetworkIdsQuery = { networks: Array<{ id: string }> };

export type FleetUiUserKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type FleetUiUserKeyMutation = { createApiKey: { token: string } };

export type FleetUiSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type FleetUiSessionQuery = { session: { status: SessionStatus, agent: { name: string } | null } | null };

export type IdentityCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type IdentityCreateUserMutation = { createUser: { id: string, username: string } };

export type IdentityUpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type IdentityUpdateUserMutation = { updateUser: { id: string } };

export type IdentityCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type IdentityCreateGroupMutation = { createGroup: { id: string, name: string } };

export type IdentityUsersAndGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityUsersAndGroupsQuery = { users: Array<{ username: string, displayName: string | null, role: Role, disabled: boolean, hasPassword: boolean, groups: Array<{ name: string }> }>, groups: Array<{ name: string, networks: Array<string>, members: Array<{ username: string }> }> };

export type LifetimeUiUserKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type LifetimeUiUserKeyMutation = { createApiKey: { token: string } };

export type LifetimeUiSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type LifetimeUiSettingsQuery = { workspace: { maxLifetimeSeconds: number | null, idleTimeoutSeconds: number | null, expirationAction: ExpirationAction, shmSizeMb: number | null, volumes: Array<{ source: string, target: string, readOnly: boolean, requireAgent: boolean }> } | null };

export type OpenCreateWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type OpenCreateWorkspaceMutation = { createWorkspace: { id: string } };

export type OpenCreateUserKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type OpenCreateUserKeyMutation = { createApiKey: { token: string } };

export type PagesRestrictMutationVariables = Exact<{
  id: string | number;
  n: Array<string> | string;
}>;


export type PagesRestrictMutation = { restrictWorkspaceToNetworks: { id: string } };

export type PagesCreateUserKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type PagesCreateUserKeyMutation = { createApiKey: { token: string } };

export type PagesWorkspaceNetworksQueryVariables = Exact<{
  id: string | number;
}>;


export type PagesWorkspaceNetworksQuery = { workspace: { networks: Array<string>, allowNetworkSelection: boolean } | null };

export type PoolsUiLaunchMutationVariables = Exact<{
  id: string | number;
}>;


export type PoolsUiLaunchMutation = { launchSession: { id: string, staged: boolean, status: SessionStatus } };

export type PoolsUiMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type PoolsUiMembersQuery = { stagingPools: Array<{ size: number, members: Array<{ id: string, status: SessionStatus }> }> };

export type RegisterAgentMutationVariables = Exact<{
  input: RegisterAgentInput;
}>;


export type RegisterAgentMutation = { registerAgent: { id: string, status: AgentStatus } };

export type CreateNetworkMutationVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type CreateNetworkMutation = { createNetwork: Array<{ id: string }> };

export type CreateWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type CreateWorkspaceMutation = { createWorkspace: { id: string } };

export type RestrictWorkspaceMutationVariables = Exact<{
  id: string | number;
  networks: Array<string> | string;
  allowNetworkSelection: boolean;
}>;


export type RestrictWorkspaceMutation = { restrictWorkspaceToNetworks: { id: string } };

export type LaunchSessionMutationVariables = Exact<{
  input: LaunchSessionInput;
}>;


export type LaunchSessionMutation = { launchSession: { id: string, status: SessionStatus } };

export type DestroySessionMutationVariables = Exact<{
  id: string | number;
}>;


export type DestroySessionMutation = { destroySession: { id: string, status: SessionStatus } };

export type SessionStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionStatusQuery = { session: { status: SessionStatus, statusReason: string | null } | null };

export type AgentStatusesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentStatusesQuery = { agents: Array<{ id: string, status: AgentStatus }> };

export type NetworkNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkNamesQuery = { networks: Array<{ name: string }> };

export type SessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsQuery = { sessions: Array<{ id: string, status: SessionStatus, statusReason: string | null }> };

export type SessionStatusChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SessionStatusChangesSubscription = { sessionStatusChanged: { id: string, status: SessionStatus } };

export type NetworkNamesDiscoveredSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NetworkNamesDiscoveredSubscription = { networkDiscovered: { name: string } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, disabled: boolean, role: Role } };

export type CreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type CreateGroupMutation = { createGroup: { id: string, name: string } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { token: string, apiKey: { id: string } } };

export type HarnessOpenableWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type HarnessOpenableWorkspaceMutation = { createWorkspace: { id: string } };

export type HarnessLaunchOpenableMutationVariables = Exact<{
  input: LaunchSessionInput;
}>;


export type HarnessLaunchOpenableMutation = { launchSession: { id: string } };

export type HarnessOpenableStateQueryVariables = Exact<{
  id: string | number;
}>;


export type HarnessOpenableStateQuery = { session: { status: SessionStatus, ready: boolean, statusReason: string | null } | null };

export type HarnessConnectOpenableMutationVariables = Exact<{
  id: string | number;
}>;


export type HarnessConnectOpenableMutation = { connectSession: { url: string } };

export type AbuseApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type AbuseApiKeysQuery = { apiKeys: Array<{ id: string }> };

export type AuthzQueryAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzQueryAgentsQuery = { agents: Array<{ id: string, name: string, endpoint: string, status: AgentStatus }> };

export type AuthzQueryAgentQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzQueryAgentQuery = { agent: { id: string, name: string, endpoint: string } | null };

export type AuthzQueryNetworksQueryVariables = Exact<{
  agentId?: string | number | null | undefined;
}>;


export type AuthzQueryNetworksQuery = { networks: Array<{ id: string, name: string, agent: { id: string } }> };

export type AuthzQueryNetworkSpreadQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzQueryNetworkSpreadQuery = { networkSpread: Array<{ name: string, zone: string | null, conflicts: Array<string>, present: Array<{ agent: { id: string } }>, missing: Array<{ id: string }> }> };

export type AuthzQueryPreviewNetworkQueryVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type AuthzQueryPreviewNetworkQuery = { previewNetwork: Array<{ exists: boolean, driver: string, agent: { id: string } }> };

export type AuthzQueryWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzQueryWorkspacesQuery = { workspaces: Array<{ id: string, name: string }> };

export type AuthzQueryWorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzQueryWorkspaceQuery = { workspace: { id: string, image: string, launchOptions: { choices: Array<{ network: string | null, available: boolean }> } } | null };

export type AuthzQuerySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzQuerySessionsQuery = { sessions: Array<{ id: string, owner: string }> };

export type AuthzQuerySessionQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzQuerySessionQuery = { session: { id: string, owner: string, agent: { name: string, status: AgentStatus } | null } | null };

export type AuthzQueryPlacementQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzQueryPlacementQuery = { placement: { chosen: { network: string | null, eligible: boolean, agent: { id: string } } | null, candidates: Array<{ eligible: boolean, reasons: Array<string>, agent: { id: string } }> } };

export type AuthzQueryViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzQueryViewerQuery = { viewer: { owner: string, role: Role, apiKey: { id: string } | null, user: { username: string, groups: Array<{ name: string }> } | null } };

export type AuthzQueryUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzQueryUsersQuery = { users: Array<{ id: string, username: string, role: Role, disabled: boolean, groups: Array<{ name: string }> }> };

export type AuthzQueryGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzQueryGroupsQuery = { groups: Array<{ id: string, name: string, networks: Array<string>, members: Array<{ username: string }> }> };

export type AuthzQueryApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzQueryApiKeysQuery = { apiKeys: Array<{ id: string, name: string, role: Role, owner: string }> };

export type AuthzQueryAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzQueryAuditLogQuery = { auditLog: { endCursor: string | null, hasNextPage: boolean, entries: Array<{ id: string, operation: string, outcome: string, actor: string }> } };

export type AuthzQueryRegistryCredentialsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzQueryRegistryCredentialsQuery = { registryCredentials: Array<{ id: string, registry: string, username: string, createdAt: string }> };

export type AuthzQueryStagingPoolsQueryVariables = Exact<{
  workspaceId?: string | number | null | undefined;
}>;


export type AuthzQueryStagingPoolsQuery = { stagingPools: Array<{ id: string, network: string | null, zone: string | null, size: number, ready: number, workspace: { id: string }, members: Array<{ id: string }> }> };

export type AuthzMutationRegisterAgentMutationVariables = Exact<{
  input: RegisterAgentInput;
}>;


export type AuthzMutationRegisterAgentMutation = { registerAgent: { id: string, name: string, endpoint: string, enabled: boolean } };

export type AuthzMutationUpdateAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationUpdateAgentMutation = { updateAgent: { id: string, enabled: boolean } };

export type AuthzMutationRemoveAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationRemoveAgentMutation = { removeAgent: string };

export type AuthzMutationCreateNetworkMutationVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type AuthzMutationCreateNetworkMutation = { createNetwork: Array<{ id: string, name: string, agent: { id: string } }> };

export type AuthzMutationRepairNetworkMutationVariables = Exact<{
  name: string;
}>;


export type AuthzMutationRepairNetworkMutation = { repairNetwork: Array<{ name: string, agent: { id: string } }> };

export type AuthzMutationCreateWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type AuthzMutationCreateWorkspaceMutation = { createWorkspace: { id: string, name: string } };

export type AuthzMutationUpdateWorkspaceMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationUpdateWorkspaceMutation = { updateWorkspace: { id: string, cores: number } };

export type AuthzMutationRestrictWorkspaceToNetworksMutationVariables = Exact<{
  id: string | number;
  networks: Array<string> | string;
}>;


export type AuthzMutationRestrictWorkspaceToNetworksMutation = { restrictWorkspaceToNetworks: { id: string, networks: Array<string>, allowNetworkSelection: boolean } };

export type AuthzMutationLaunchSessionMutationVariables = Exact<{
  input: LaunchSessionInput;
}>;


export type AuthzMutationLaunchSessionMutation = { launchSession: { id: string, owner: string, status: SessionStatus, workspace: { id: string } } };

export type AuthzMutationDestroySessionMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationDestroySessionMutation = { destroySession: { id: string, owner: string, status: SessionStatus } };

export type AuthzMutationConnectSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationConnectSessionMutation = { connectSession: { url: string } };

export type AuthzMutationKeepaliveSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationKeepaliveSessionMutation = { keepaliveSession: { id: string, status: SessionStatus } };

export type AuthzMutationResumeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationResumeSessionMutation = { resumeSession: { id: string, status: SessionStatus } };

export type AuthzMutationPauseSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationPauseSessionMutation = { pauseSession: { id: string, status: SessionStatus } };

export type AuthzMutationSuspendSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationSuspendSessionMutation = { suspendSession: { id: string, status: SessionStatus } };

export type AuthzMutationCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AuthzMutationCreateApiKeyMutation = { createApiKey: { token: string, apiKey: { id: string, role: Role, owner: string } } };

export type AuthzMutationCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AuthzMutationCreateUserMutation = { createUser: { id: string, username: string, displayName: string | null, role: Role, hasPassword: boolean, disabled: boolean, groups: Array<{ name: string }> } };

export type AuthzMutationUpdateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationUpdateUserMutation = { updateUser: { id: string, displayName: string | null } };

export type AuthzMutationDeleteUserMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationDeleteUserMutation = { deleteUser: string };

export type AuthzMutationCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type AuthzMutationCreateGroupMutation = { createGroup: { id: string, name: string, networks: Array<string>, members: Array<{ id: string }> } };

export type AuthzMutationUpdateGroupMutationVariables = Exact<{
  id: string | number;
  networks: Array<string> | string;
}>;


export type AuthzMutationUpdateGroupMutation = { updateGroup: { id: string, networks: Array<string> } };

export type AuthzMutationDeleteGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationDeleteGroupMutation = { deleteGroup: string };

export type AuthzMutationRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationRevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type AuthzMutationCreateRegistryCredentialMutationVariables = Exact<{
  input: CreateRegistryCredentialInput;
}>;


export type AuthzMutationCreateRegistryCredentialMutation = { createRegistryCredential: { id: string, registry: string, username: string } };

export type AuthzMutationDeleteRegistryCredentialMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationDeleteRegistryCredentialMutation = { deleteRegistryCredential: string };

export type AuthzMutationCreateStagingPoolMutationVariables = Exact<{
  input: CreateStagingPoolInput;
}>;


export type AuthzMutationCreateStagingPoolMutation = { createStagingPool: { id: string, network: string | null, zone: string | null, size: number, workspace: { id: string }, members: Array<{ id: string }> } };

export type AuthzMutationUpdateStagingPoolMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationUpdateStagingPoolMutation = { updateStagingPool: { id: string, size: number, workspace: { id: string } } };

export type AuthzMutationDeleteStagingPoolMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzMutationDeleteStagingPoolMutation = { deleteStagingPool: string };

export type AuthzSubscriptionNetworkDiscoveredSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AuthzSubscriptionNetworkDiscoveredSubscription = { networkDiscovered: { id: string, name: string, agent: { id: string } } };

export type AuthzSubscriptionNetworkRemovedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AuthzSubscriptionNetworkRemovedSubscription = { networkRemoved: { id: string, name: string, removedAt: string | null } };

export type AuthzSubscriptionAgentStatusChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AuthzSubscriptionAgentStatusChangedSubscription = { agentStatusChanged: { id: string, enabled: boolean } };

export type AuthzSubscriptionSessionStatusChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AuthzSubscriptionSessionStatusChangedSubscription = { sessionStatusChanged: { id: string, owner: string, status: SessionStatus } };

export type AuthzSubscriptionLaunchOptionsChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type AuthzSubscriptionLaunchOptionsChangedSubscription = { launchOptionsChanged: { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null, available: boolean }> } };

export type AuthzEnableAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzEnableAgentMutation = { updateAgent: { id: string } };

export type AuthzAgentEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzAgentEndpointsQuery = { agents: Array<{ id: string, endpoint: string }> };

export type AuthzRemoveAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzRemoveAgentMutation = { removeAgent: string };

export type AuthzCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AuthzCreateKeyMutation = { createApiKey: { token: string, apiKey: { id: string } } };

export type AuthzCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AuthzCreateUserMutation = { createUser: { id: string } };

export type AuthzCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type AuthzCreateGroupMutation = { createGroup: { id: string } };

export type AuthzDemoteUserMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzDemoteUserMutation = { updateUser: { id: string } };

export type AuthzRegisterNamedMutationVariables = Exact<{
  input: RegisterAgentInput;
}>;


export type AuthzRegisterNamedMutation = { registerAgent: { id: string, name: string, status: AgentStatus } };

export type AuthzCreateRegistryCredentialMutationVariables = Exact<{
  input: CreateRegistryCredentialInput;
}>;


export type AuthzCreateRegistryCredentialMutation = { createRegistryCredential: { id: string } };

export type AuthzCreatePoolMutationVariables = Exact<{
  input: CreateStagingPoolInput;
}>;


export type AuthzCreatePoolMutation = { createStagingPool: { id: string } };

export type AuthzDeletePoolMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzDeletePoolMutation = { deleteStagingPool: string };

export type AuthzSessionOwnerQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzSessionOwnerQuery = { session: { id: string, owner: string } | null };

export type AuthzSessionOwnersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzSessionOwnersQuery = { sessions: Array<{ id: string, owner: string }> };

export type AuthzSessionWatchedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzSessionWatchedSubscription = { sessionStatusChanged: { id: string, status: SessionStatus } };

export type AuthzSessionOwnersChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AuthzSessionOwnersChangedSubscription = { sessionStatusChanged: { id: string, owner: string, status: SessionStatus } };

export type AuthzDestroyStatusMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzDestroyStatusMutation = { destroySession: { status: SessionStatus } };

export type AuthzSessionAgentQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzSessionAgentQuery = { session: { agent: { name: string, status: AgentStatus } | null } | null };

export type AuthzSessionAgentEndpointQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzSessionAgentEndpointQuery = { session: { id: string, agent: { name: string, endpoint: string } | null } | null };

export type AuthzAgentEndpointOfSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzAgentEndpointOfSessionQuery = { session: { agent: { endpoint: string } | null } | null };

export type AuthzGroupWorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzGroupWorkspaceQuery = { workspace: { id: string, groups: Array<string> } | null, workspaces: Array<{ id: string }> };

export type AuthzLaunchOnMutationVariables = Exact<{
  input: LaunchSessionInput;
}>;


export type AuthzLaunchOnMutation = { launchSession: { id: string, owner: string, network: string | null } };

export type AuthzWorkspaceSessionsQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzWorkspaceSessionsQuery = { sessions: Array<{ id: string, owner: string }> };

export type AuthzNarrowedOptionsQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzNarrowedOptionsQuery = { workspace: { networks: Array<string>, launchOptions: { allowNetworkSelection: boolean, choices: Array<{ network: string | null }> } } | null };

export type AuthzOptionsWatchedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type AuthzOptionsWatchedSubscription = { launchOptionsChanged: { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null }> } };

export type AuthzConnectMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzConnectMutation = { connectSession: { url: string } };

export type AuthzSetUserGroupsMutationVariables = Exact<{
  id: string | number;
  groups: Array<string> | string;
}>;


export type AuthzSetUserGroupsMutation = { updateUser: { id: string } };

export type AuthzSetGroupNetworksMutationVariables = Exact<{
  id: string | number;
  networks: Array<string> | string;
}>;


export type AuthzSetGroupNetworksMutation = { updateGroup: { id: string } };

export type AuthzUsersOfKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzUsersOfKeysQuery = { users: Array<{ username: string, role: Role, disabled: boolean, groups: Array<{ name: string }> }> };

export type AuthzKeyViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzKeyViewerQuery = { viewer: { owner: string, role: Role, user: { username: string } | null } };

export type AuthzDemotedViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzDemotedViewerQuery = { viewer: { role: Role } };

export type AuthzDemotedUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzDemotedUsersQuery = { users: Array<{ id: string }> };

export type BadInputSnapshotQueryVariables = Exact<{ [key: string]: never; }>;


export type BadInputSnapshotQuery = { agents: Array<{ id: string, name: string, endpoint: string, zone: string | null, enabled: boolean, tls: boolean, labels: Array<string>, createdAt: string, capacity: { cores: number, memoryMb: number, maxSessions: number | null, gpus: number } }>, workspaces: Array<{ id: string, name: string, image: string, command: Array<string> | null, cores: number, memoryMb: number, zone: string | null, enabled: boolean, networks: Array<string>, groups: Array<string>, allowNetworkSelection: boolean, createdAt: string, updatedAt: string }>, volumeSettings: Array<{ id: string, shmSizeMb: number | null, volumes: Array<{ source: string, target: string, readOnly: boolean, requireAgent: boolean }> }>, users: Array<{ id: string, username: string, displayName: string | null, role: Role, disabled: boolean, hasPassword: boolean, createdAt: string, groups: Array<{ name: string }> }>, groups: Array<{ id: string, name: string, networks: Array<string>, members: Array<{ id: string }> }>, apiKeys: Array<{ id: string, name: string, role: Role, owner: string, createdAt: string, expiresAt: string | null, revokedAt: string | null }>, sessions: Array<{ id: string, owner: string, status: SessionStatus, network: string | null, agent: { id: string } | null }>, networks: Array<{ id: string, name: string, driver: string, internal: boolean, removedAt: string | null, subnets: Array<string>, gateway: string | null, ipRange: string | null, parent: string | null, agent: { id: string }, options: Array<{ key: string, value: string }> }>, spread: Array<{ name: string, zone: string | null, conflicts: Array<string>, missing: Array<{ id: string }> }>, registryCredentials: Array<{ id: string, registry: string, username: string, createdAt: string }>, assignCommands: Array<{ id: string, assignCommand: Array<string> | null }>, placementRules: Array<{ id: string, agentSelector: Array<string>, gpus: number }>, stagingPools: Array<{ id: string, network: string | null, zone: string | null, size: number, createdAt: string, workspace: { id: string } }> };

export type BadInputAuditOutcomesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BadInputAuditOutcomesQuery = { auditLog: { endCursor: string | null, hasNextPage: boolean, entries: Array<{ outcome: string }> } };

export type BadInputCreateNetAMutationVariables = Exact<{ [key: string]: never; }>;


export type BadInputCreateNetAMutation = { createNetwork: Array<{ id: string }> };

export type BadInputAgentStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type BadInputAgentStatusQuery = { agent: { status: AgentStatus } | null };

export type BadInputDisableMutationVariables = Exact<{
  id: string | number;
}>;


export type BadInputDisableMutation = { updateWorkspace: { id: string } };

export type BadInputRestrictToNetAMutationVariables = Exact<{
  id: string | number;
  allow: boolean;
}>;


export type BadInputRestrictToNetAMutation = { restrictWorkspaceToNetworks: { id: string } };

export type BadInputLaunchMutationVariables = Exact<{
  id: string | number;
}>;


export type BadInputLaunchMutation = { launchSession: { id: string } };

export type BadInputUserKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type BadInputUserKeyMutation = { createApiKey: { token: string, apiKey: { id: string } } };

export type BadInputCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type BadInputCreateUserMutation = { createUser: { id: string } };

export type BadInputCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type BadInputCreateGroupMutation = { createGroup: { id: string } };

export type BadInputRootKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type BadInputRootKeyMutation = { createApiKey: { token: string } };

export type BadInputUserIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type BadInputUserIdsQuery = { users: Array<{ id: string, username: string }> };

export type BadInputLastAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type BadInputLastAuditQuery = { auditLog: { entries: Array<{ id: string, operation: string, outcome: string }> } };

export type BadInputCreatePoolMutationVariables = Exact<{
  input: CreateStagingPoolInput;
}>;


export type BadInputCreatePoolMutation = { createStagingPool: { id: string } };

export type BadInputKeptCredentialMutationVariables = Exact<{ [key: string]: never; }>;


export type BadInputKeptCredentialMutation = { createRegistryCredential: { id: string } };

export type ConnectTestKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ConnectTestKeyMutation = { createApiKey: { token: string, apiKey: { id: string } } };

export type ConnectTestWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type ConnectTestWorkspaceMutation = { createWorkspace: { id: string, connect: { port: number, protocol: ConnectProtocol, path: string } | null } };

export type ConnectTestLaunchMutationVariables = Exact<{
  input: LaunchSessionInput;
}>;


export type ConnectTestLaunchMutation = { launchSession: { id: string } };

export type ConnectTestConnectMutationVariables = Exact<{
  id: string | number;
}>;


export type ConnectTestConnectMutation = { connectSession: { url: string, expiresAt: string } };

export type ConnectTestSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnectTestSessionQuery = { session: { id: string, status: SessionStatus, ready: boolean, statusReason: string | null, containerId: string | null, lastActivityAt: string | null } | null };

export type ConnectTestPoolMutationVariables = Exact<{
  input: CreateStagingPoolInput;
}>;


export type ConnectTestPoolMutation = { createStagingPool: { id: string } };

export type ConnectTestPoolReadyQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectTestPoolReadyQuery = { stagingPools: Array<{ id: string, ready: number }> };

export type ConnectTestLaunchStagedMutationVariables = Exact<{
  input: LaunchSessionInput;
}>;


export type ConnectTestLaunchStagedMutation = { launchSession: { id: string, status: SessionStatus, staged: boolean, ready: boolean, containerId: string | null } };

export type ConnectTestDestroyMutationVariables = Exact<{
  id: string | number;
}>;


export type ConnectTestDestroyMutation = { destroySession: { id: string, status: SessionStatus } };

export type ConnectTestRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type ConnectTestRevokeMutation = { revokeApiKey: { id: string } };

export type DiscoveryAgentFieldsFragment = { id: string, name: string, endpoint: string, zone: string | null, enabled: boolean, status: AgentStatus, dockerVersion: string | null, lastSeenAt: string | null, tls: boolean, capacity: { cores: number, memoryMb: number, maxSessions: number | null, usedCores: number, usedMemoryMb: number, sessionCount: number } };

export type DiscoveryNetworkFieldsFragment = { id: string, dockerId: string, name: string, driver: string, internal: boolean, subnets: Array<string>, discoveredAt: string, removedAt: string | null, warnings: Array<string>, agent: { id: string, name: string } };

export type DiscoveryRegisterMutationVariables = Exact<{
  input: RegisterAgentInput;
}>;


export type DiscoveryRegisterMutation = { registerAgent: { id: string, name: string, endpoint: string, zone: string | null, enabled: boolean, status: AgentStatus, dockerVersion: string | null, lastSeenAt: string | null, tls: boolean, networks: Array<{ name: string }>, capacity: { cores: number, memoryMb: number, maxSessions: number | null, usedCores: number, usedMemoryMb: number, sessionCount: number } } };

export type DiscoveryAgentNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type DiscoveryAgentNamesQuery = { agents: Array<{ name: string }> };

export type DiscoveryZoneAgentNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type DiscoveryZoneAgentNamesQuery = { agents: Array<{ name: string }> };

export type DiscoveryAgentIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type DiscoveryAgentIdsQuery = { agents: Array<{ id: string }> };

export type DiscoveryNetworkDiscoveredSubscriptionVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type DiscoveryNetworkDiscoveredSubscription = { networkDiscovered: { id: string, dockerId: string, name: string, driver: string, internal: boolean, subnets: Array<string>, discoveredAt: string, removedAt: string | null, warnings: Array<string>, agent: { id: string, name: string } } };

export type DiscoveryNetworkRemovedSubscriptionVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type DiscoveryNetworkRemovedSubscription = { networkRemoved: { id: string, dockerId: string, name: string, driver: string, internal: boolean, subnets: Array<string>, discoveredAt: string, removedAt: string | null, warnings: Array<string>, agent: { id: string, name: string } } };

export type DiscoveryLiveNetworksQueryVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type DiscoveryLiveNetworksQuery = { networks: Array<{ name: string }> };

export type DiscoveryAllNetworksQueryVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type DiscoveryAllNetworksQuery = { networks: Array<{ name: string, removedAt: string | null }> };

export type DiscoveryAgentStatusChangedSubscriptionVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type DiscoveryAgentStatusChangedSubscription = { agentStatusChanged: { id: string, status: AgentStatus } };

export type DiscoveryNetworkNamesSubscriptionVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type DiscoveryNetworkNamesSubscription = { networkDiscovered: { name: string } };

export type DiscoveryAgentNetworksQueryVariables = Exact<{
  id: string | number;
}>;


export type DiscoveryAgentNetworksQuery = { agent: { status: AgentStatus, networks: Array<{ name: string }> } | null };

export type DiscoveryCreateInZone3MutationVariables = Exact<{ [key: string]: never; }>;


export type DiscoveryCreateInZone3Mutation = { createNetwork: Array<{ id: string, dockerId: string, name: string, driver: string, internal: boolean, subnets: Array<string>, discoveredAt: string, removedAt: string | null, warnings: Array<string>, agent: { id: string, name: string } }> };

export type DiscoveryCreateSharedMutationVariables = Exact<{ [key: string]: never; }>;


export type DiscoveryCreateSharedMutation = { createNetwork: Array<{ id: string, name: string, internal: boolean, agent: { name: string } }> };

export type DiscoveryCreateSharedAgainMutationVariables = Exact<{ [key: string]: never; }>;


export type DiscoveryCreateSharedAgainMutation = { createNetwork: Array<{ id: string }> };

export type DiscoveryOfflineStatusSubscriptionVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type DiscoveryOfflineStatusSubscription = { agentStatusChanged: { status: AgentStatus } };

export type DiscoveryAgentStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type DiscoveryAgentStatusQuery = { agent: { status: AgentStatus } | null };

export type DiscoveryCreatePartialMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type DiscoveryCreatePartialMutation = { createNetwork: Array<{ id: string }> };

export type DiscoveryPartialNetworksQueryVariables = Exact<{ [key: string]: never; }>;


export type DiscoveryPartialNetworksQuery = { networks: Array<{ id: string }> };

export type DiscoveryCreateBadNameMutationVariables = Exact<{ [key: string]: never; }>;


export type DiscoveryCreateBadNameMutation = { createNetwork: Array<{ id: string }> };

export type DiscoveryUpdateAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type DiscoveryUpdateAgentMutation = { updateAgent: { enabled: boolean, zone: string | null, capacity: { maxSessions: number | null, cores: number } } };

export type DiscoveryUpdateUnknownAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type DiscoveryUpdateUnknownAgentMutation = { updateAgent: { id: string } };

export type DiscoveryRemoveAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type DiscoveryRemoveAgentMutation = { removeAgent: string };

export type DiscoveryAgentIdQueryVariables = Exact<{
  id: string | number;
}>;


export type DiscoveryAgentIdQuery = { agent: { id: string } | null };

export type DiscoveryAgentNetworkIdsQueryVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type DiscoveryAgentNetworkIdsQuery = { networks: Array<{ id: string }> };

export type EnclavesWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type EnclavesWorkspacesQuery = { workspaces: Array<{ id: string, name: string, networks: Array<string>, groups: Array<string>, launchOptions: { allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> } }> };

export type EnclavesWorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type EnclavesWorkspaceQuery = { workspace: { id: string } | null };

export type EnclavesLaunchMutationVariables = Exact<{
  input: LaunchSessionInput;
}>;


export type EnclavesLaunchMutation = { launchSession: { id: string, network: string | null, agent: { name: string } | null } };

export type EnclavesSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type EnclavesSessionQuery = { session: { status: SessionStatus, statusReason: string | null, containerId: string | null, network: string | null, agent: { name: string } | null } | null };

export type EnclavesActiveSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnclavesActiveSessionsQuery = { sessions: Array<{ id: string }> };

export type EnclavesLaunchOptionsChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type EnclavesLaunchOptionsChangedSubscription = { launchOptionsChanged: { choices: Array<{ network: string | null, available: boolean, agentCount: number }> } };

export type EnclavesLimitWorkspaceMutationVariables = Exact<{
  id: string | number;
  groups: Array<string> | string;
}>;


export type EnclavesLimitWorkspaceMutation = { updateWorkspace: { id: string, groups: Array<string> } };

export type EnclavesEnableAgentMutationVariables = Exact<{
  id: string | number;
  enabled: boolean;
}>;


export type EnclavesEnableAgentMutation = { updateAgent: { id: string } };

export type FaultsAgentStatusChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FaultsAgentStatusChangesSubscription = { agentStatusChanged: { id: string, status: AgentStatus } };

export type FaultsSessionIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsSessionIdsQuery = { sessions: Array<{ id: string }> };

export type FaultsNetworksDiscoveredSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FaultsNetworksDiscoveredSubscription = { networkDiscovered: { name: string, agent: { id: string } } };

export type FaultsNetworksRemovedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FaultsNetworksRemovedSubscription = { networkRemoved: { name: string, agent: { id: string } } };

export type FaultsServingQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsServingQuery = { sessions: Array<{ id: string }>, agents: Array<{ id: string, status: AgentStatus }> };

export type FaultsHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type FaultsHistoryQuery = { session: { history: Array<{ status: SessionStatus }> } | null };

export type FaultsHistoryReasonsQueryVariables = Exact<{
  id: string | number;
}>;


export type FaultsHistoryReasonsQuery = { session: { history: Array<{ status: SessionStatus, reason: string | null }> } | null };

export type FaultsSessionsInDetailQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsSessionsInDetailQuery = { sessions: Array<{ id: string, status: SessionStatus, statusReason: string | null, launched: string, history: Array<{ status: SessionStatus, reason: string | null, at: string }> }> };

export type FuzzPoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type FuzzPoolsQuery = { agents: Array<{ id: string, endpoint: string }>, workspaces: Array<{ id: string }>, sessions: Array<{ id: string }>, apiKeys: Array<{ id: string }>, networks: Array<{ name: string }>, users: Array<{ id: string, username: string }>, groups: Array<{ id: string, name: string }>, registryCredentials: Array<{ id: string }> };

export type FuzzCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type FuzzCreateGroupMutation = { createGroup: { id: string } };

export type FuzzCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type FuzzCreateUserMutation = { createUser: { id: string } };

export type FuzzUserKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type FuzzUserKeyMutation = { createApiKey: { token: string, apiKey: { id: string } } };

export type FuzzViewerRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type FuzzViewerRoleQuery = { viewer: { role: Role } };

export type IdentityViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityViewerQuery = { viewer: { owner: string, role: Role, user: { username: string, groups: Array<{ name: string }> } | null } };

export type IdentityUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityUsersQuery = { users: Array<{ id: string, username: string, lastSignInAt: string | null }> };

export type IdentityStatusChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type IdentityStatusChangesSubscription = { sessionStatusChanged: { id: string } };

export type IdentityApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityApiKeysQuery = { apiKeys: Array<{ id: string, owner: string, revokedAt: string | null }> };

export type IdentityAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityAuditLogQuery = { auditLog: { entries: Array<{ actor: string, operation: string, target: string | null, outcome: string }> } };

export type IdentityDeleteUserMutationVariables = Exact<{
  id: string | number;
}>;


export type IdentityDeleteUserMutation = { deleteUser: string };

export type IdentityUpdateGroupMutationVariables = Exact<{
  id: string | number;
  input: UpdateGroupInput;
}>;


export type IdentityUpdateGroupMutation = { updateGroup: { id: string, networks: Array<string> } };

export type IdentityLaunchMissingMutationVariables = Exact<{ [key: string]: never; }>;


export type IdentityLaunchMissingMutation = { launchSession: { id: string } };

export type LabelsRegisterMutationVariables = Exact<{
  input: RegisterAgentInput;
}>;


export type LabelsRegisterMutation = { registerAgent: { id: string, status: AgentStatus, labels: Array<string>, capacity: { gpus: number, usedGpus: number } } };

export type LabelsRelabelMutationVariables = Exact<{
  id: string | number;
  labels?: Array<string> | string | null | undefined;
}>;


export type LabelsRelabelMutation = { updateAgent: { labels: Array<string> } };

export type LabelsCapacityQueryVariables = Exact<{
  id: string | number;
}>;


export type LabelsCapacityQuery = { agent: { capacity: { gpus: number, usedGpus: number, sessionCount: number } } | null };

export type LabelsWorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type LabelsWorkspaceQuery = { workspace: { agentSelector: Array<string>, gpus: number, launchOptions: { choices: Array<{ network: string | null, agentCount: number, available: boolean }> } } | null };

export type LabelsPlacementQueryVariables = Exact<{
  id: string | number;
}>;


export type LabelsPlacementQuery = { placement: { chosen: { agent: { name: string } } | null, candidates: Array<{ eligible: boolean, reasons: Array<string>, agent: { name: string } }> } };

export type LabelsLaunchMutationVariables = Exact<{
  id: string | number;
}>;


export type LabelsLaunchMutation = { launchSession: { id: string, status: SessionStatus, agent: { name: string } | null } };

export type LabelsPoolMutationVariables = Exact<{
  input: CreateStagingPoolInput;
}>;


export type LabelsPoolMutation = { createStagingPool: { id: string } };

export type LabelsPoolMembersQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type LabelsPoolMembersQuery = { stagingPools: Array<{ ready: number, members: Array<{ agent: { name: string } | null }> }> };

export type LabelsDeletePoolMutationVariables = Exact<{
  id: string | number;
}>;


export type LabelsDeletePoolMutation = { deleteStagingPool: string };

export type LifetimeRestartLaunchMutationVariables = Exact<{
  id: string | number;
}>;


export type LifetimeRestartLaunchMutation = { launchSession: { id: string } };

export type LifetimeRestartGetQueryVariables = Exact<{
  id: string | number;
}>;


export type LifetimeRestartGetQuery = { session: { status: SessionStatus, expiresAt: string | null, history: Array<{ status: SessionStatus, reason: string | null }> } | null };

export type LifetimeSessionFragment = { id: string, status: SessionStatus, statusReason: string | null, expiresAt: string | null, containerId: string | null, agent: { id: string } | null };

export type LifetimeLaunchMutationVariables = Exact<{
  id: string | number;
}>;


export type LifetimeLaunchMutation = { launchSession: { id: string, status: SessionStatus, statusReason: string | null, expiresAt: string | null, containerId: string | null, agent: { id: string } | null } };

export type LifetimeGetQueryVariables = Exact<{
  id: string | number;
}>;


export type LifetimeGetQuery = { session: { id: string, status: SessionStatus, statusReason: string | null, expiresAt: string | null, containerId: string | null, history: Array<{ status: SessionStatus, reason: string | null, at: string }>, agent: { id: string } | null } | null };

export type LifetimePauseMutationVariables = Exact<{
  id: string | number;
}>;


export type LifetimePauseMutation = { pauseSession: { id: string, status: SessionStatus, statusReason: string | null, expiresAt: string | null, containerId: string | null, agent: { id: string } | null } };

export type LifetimeSuspendMutationVariables = Exact<{
  id: string | number;
}>;


export type LifetimeSuspendMutation = { suspendSession: { id: string, status: SessionStatus, statusReason: string | null, expiresAt: string | null, containerId: string | null, agent: { id: string } | null } };

export type LifetimeResumeMutationVariables = Exact<{
  id: string | number;
}>;


export type LifetimeResumeMutation = { resumeSession: { id: string, status: SessionStatus, statusReason: string | null, expiresAt: string | null, containerId: string | null, agent: { id: string } | null } };

export type LifetimeKeepaliveMutationVariables = Exact<{
  id: string | number;
}>;


export type LifetimeKeepaliveMutation = { keepaliveSession: { id: string, status: SessionStatus, statusReason: string | null, expiresAt: string | null, containerId: string | null, agent: { id: string } | null } };

export type LifetimeDestroyMutationVariables = Exact<{
  id: string | number;
}>;


export type LifetimeDestroyMutation = { destroySession: { id: string, status: SessionStatus, statusReason: string | null, expiresAt: string | null, containerId: string | null, agent: { id: string } | null } };

export type LifetimeCapacityQueryVariables = Exact<{
  id: string | number;
}>;


export type LifetimeCapacityQuery = { agent: { capacity: { usedCores: number, usedMemoryMb: number, sessionCount: number } } | null };

export type LifetimeSetCapacityMutationVariables = Exact<{
  id: string | number;
  cores?: number | null | undefined;
}>;


export type LifetimeSetCapacityMutation = { updateAgent: { id: string } };

export type OidcViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type OidcViewerQuery = { viewer: { owner: string, role: Role, user: { id: string, username: string, displayName: string | null, hasPassword: boolean, groups: Array<{ name: string }> } | null } };

export type OidcUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type OidcUsersQuery = { users: Array<{ id: string, username: string }> };

export type OidcGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type OidcGroupsQuery = { groups: Array<{ name: string }> };

export type RegistryCreateCredentialMutationVariables = Exact<{
  input: CreateRegistryCredentialInput;
}>;


export type RegistryCreateCredentialMutation = { createRegistryCredential: { id: string, registry: string, username: string, createdAt: string } };

export type RegistryDeleteCredentialMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistryDeleteCredentialMutation = { deleteRegistryCredential: string };

export type RegistryCredentialsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistryCredentialsQuery = { registryCredentials: Array<{ id: string, registry: string, username: string, createdAt: string }> };

export type RegistryAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistryAuditQuery = { auditLog: { entries: Array<{ operation: string, target: string | null, outcome: string, message: string | null }> } };

export type RestartRegisterMutationVariables = Exact<{
  e: string;
}>;


export type RestartRegisterMutation = { registerAgent: { id: string, status: AgentStatus } };

export type RestartAgentStatusesQueryVariables = Exact<{ [key: string]: never; }>;


export type RestartAgentStatusesQuery = { agents: Array<{ status: AgentStatus }> };

export type RestartSessionCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type RestartSessionCountsQuery = { agents: Array<{ capacity: { sessionCount: number } }> };

export type ScaleOutNetworksDiscoveredSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ScaleOutNetworksDiscoveredSubscription = { networkDiscovered: { name: string, agent: { name: string } } };

export type ScaleOutWorkspaceIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScaleOutWorkspaceIdsQuery = { workspaces: Array<{ id: string }> };

export type SessionsSessionFieldsFragment = { id: string, status: SessionStatus, statusReason: string | null, network: string | null, containerId: string | null, owner: string, agent: { id: string, name: string } | null, workspace: { id: string } };

export type SessionsStatusChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SessionsStatusChangedSubscription = { sessionStatusChanged: { id: string, status: SessionStatus, statusReason: string | null, network: string | null, containerId: string | null, owner: string, agent: { id: string, name: string } | null, workspace: { id: string } } };

export type SessionsLaunchMutationVariables = Exact<{
  input: LaunchSessionInput;
}>;


export type SessionsLaunchMutation = { launchSession: { id: string, status: SessionStatus, statusReason: string | null, network: string | null, containerId: string | null, owner: string, agent: { id: string, name: string } | null, workspace: { id: string } } };

export type SessionsHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionsHistoryQuery = { session: { status: SessionStatus, history: Array<{ status: SessionStatus }> } | null };

export type SessionsIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsIdsQuery = { sessions: Array<{ id: string }> };

export type SessionsLaunchMissingMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionsLaunchMissingMutation = { launchSession: { id: string } };

export type SessionsLaunchOptionsQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionsLaunchOptionsQuery = { workspace: { launchOptions: { allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> } } | null };

export type SessionsLaunchOptionsChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type SessionsLaunchOptionsChangedSubscription = { launchOptionsChanged: { choices: Array<{ network: string | null, agentCount: number }> } };

export type SessionsEnableAgentMutationVariables = Exact<{
  id: string | number;
  enabled: boolean;
}>;


export type SessionsEnableAgentMutation = { updateAgent: { id: string } };

export type SessionsMaxSessionsMutationVariables = Exact<{
  id: string | number;
  max?: number | null | undefined;
}>;


export type SessionsMaxSessionsMutation = { updateAgent: { id: string } };

export type SessionsSessionCountQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionsSessionCountQuery = { agent: { capacity: { sessionCount: number } } | null };

export type SessionsAgentStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionsAgentStatusQuery = { agent: { status: AgentStatus } | null };

export type SessionsCreateMissingImageMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionsCreateMissingImageMutation = { createWorkspace: { id: string } };

export type SessionsLaunchByIdMutationVariables = Exact<{
  id: string | number;
}>;


export type SessionsLaunchByIdMutation = { launchSession: { id: string } };

export type SshRegisterMutationVariables = Exact<{
  e: string;
}>;


export type SshRegisterMutation = { registerAgent: { id: string, status: AgentStatus } };

export type StagingKillCreatePoolMutationVariables = Exact<{
  input: CreateStagingPoolInput;
}>;


export type StagingKillCreatePoolMutation = { createStagingPool: { id: string } };

export type StagingKillEndedQueryVariables = Exact<{ [key: string]: never; }>;


export type StagingKillEndedQuery = { sessions: Array<{ status: SessionStatus, statusReason: string | null }> };

export type StagingKillMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type StagingKillMembersQuery = { stagingPools: Array<{ ready: number, members: Array<{ id: string, status: SessionStatus }> }>, sessions: Array<{ id: string, owner: string }> };

export type StagedSessionFragment = { id: string, owner: string, status: SessionStatus, statusReason: string | null, staged: boolean, poolId: string | null, containerId: string | null, network: string | null, agent: { id: string } | null };

export type StagingCreatePoolMutationVariables = Exact<{
  input: CreateStagingPoolInput;
}>;


export type StagingCreatePoolMutation = { createStagingPool: { id: string, size: number, ready: number } };

export type StagingUpdatePoolMutationVariables = Exact<{
  id: string | number;
  size: number;
}>;


export type StagingUpdatePoolMutation = { updateStagingPool: { id: string, size: number } };

export type StagingDeletePoolMutationVariables = Exact<{
  id: string | number;
}>;


export type StagingDeletePoolMutation = { deleteStagingPool: string };

export type StagingPoolsQueryVariables = Exact<{
  workspaceId?: string | number | null | undefined;
}>;


export type StagingPoolsQuery = { stagingPools: Array<{ id: string, size: number, ready: number, members: Array<{ id: string, owner: string, status: SessionStatus, statusReason: string | null, staged: boolean, poolId: string | null, containerId: string | null, network: string | null, agent: { id: string } | null }> }> };

export type StagingLaunchMutationVariables = Exact<{
  id: string | number;
  network?: string | null | undefined;
}>;


export type StagingLaunchMutation = { launchSession: { id: string, owner: string, status: SessionStatus, statusReason: string | null, staged: boolean, poolId: string | null, containerId: string | null, network: string | null, agent: { id: string } | null } };

export type StagingGetQueryVariables = Exact<{
  id: string | number;
}>;


export type StagingGetQuery = { session: { id: string, owner: string, status: SessionStatus, statusReason: string | null, staged: boolean, poolId: string | null, containerId: string | null, network: string | null, history: Array<{ status: SessionStatus, reason: string | null }>, agent: { id: string } | null } | null };

export type StagingUpdateWorkspaceMutationVariables = Exact<{
  id: string | number;
  input: UpdateWorkspaceInput;
}>;


export type StagingUpdateWorkspaceMutation = { updateWorkspace: { id: string } };

export type StagingFailedQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type StagingFailedQuery = { sessions: Array<{ id: string, statusReason: string | null }> };

export type StagingSetEnabledMutationVariables = Exact<{
  id: string | number;
  enabled: boolean;
}>;


export type StagingSetEnabledMutation = { updateAgent: { id: string } };

export type StagingSetCapacityMutationVariables = Exact<{
  id: string | number;
  cores?: number | null | undefined;
}>;


export type StagingSetCapacityMutation = { updateAgent: { id: string } };

export type StagingActiveQueryVariables = Exact<{ [key: string]: never; }>;


export type StagingActiveQuery = { sessions: Array<{ id: string }>, stagingPools: Array<{ id: string }> };

export type StagingDestroyMutationVariables = Exact<{
  id: string | number;
}>;


export type StagingDestroyMutation = { destroySession: { id: string } };

export type StagingPlacementQueryVariables = Exact<{
  id: string | number;
}>;


export type StagingPlacementQuery = { placement: { chosen: { reasons: Array<string> } | null } };

export type TlsAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type TlsAgentsQuery = { agents: Array<{ name: string, status: AgentStatus, tls: boolean, networks: Array<{ name: string }> }> };

export type TlsRegisterMutationVariables = Exact<{
  e: string;
  tls: AgentTlsInput;
}>;


export type TlsRegisterMutation = { registerAgent: { status: AgentStatus, tls: boolean } };

export type VolumesLaunchMutationVariables = Exact<{
  id: string | number;
}>;


export type VolumesLaunchMutation = { launchSession: { id: string } };

export type VolumesSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type VolumesSessionQuery = { session: { status: SessionStatus, statusReason: string | null, containerId: string | null, agent: { name: string } | null } | null };

export type VolumesPlacementQueryVariables = Exact<{
  id: string | number;
}>;


export type VolumesPlacementQuery = { placement: { chosen: { agent: { name: string } } | null, candidates: Array<{ eligible: boolean, reasons: Array<string>, agent: { name: string } }> } };

export type VolumesUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateWorkspaceInput;
}>;


export type VolumesUpdateMutation = { updateWorkspace: { volumes: Array<{ source: string, target: string }> } };

export type VolumesSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type VolumesSettingsQuery = { workspace: { shmSizeMb: number | null, volumes: Array<{ source: string, target: string, readOnly: boolean, requireAgent: boolean }> } | null };

export type VolumesUpdateAgentMutationVariables = Exact<{
  id: string | number;
  input: UpdateAgentInput;
}>;


export type VolumesUpdateAgentMutation = { updateAgent: { id: string } };

export type WorkspacesCreateChromeMutationVariables = Exact<{ [key: string]: never; }>;


export type WorkspacesCreateChromeMutation = { createWorkspace: { id: string } };

export type WorkspacesIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspacesIdsQuery = { workspaces: Array<{ id: string }> };

export type WorkspacesRestrictMutationVariables = Exact<{
  id: string | number;
  n: Array<string> | string;
}>;


export type WorkspacesRestrictMutation = { restrictWorkspaceToNetworks: { id: string } };

export type WorkspacesNetworksQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspacesNetworksQuery = { workspace: { networks: Array<string>, restrictToNetworks: boolean } | null };

export type WorkspacesUpdateCoresMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkspacesUpdateCoresMutation = { updateWorkspace: { id: string } };

export type WorkspacesUpdateMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkspacesUpdateMutation = { updateWorkspace: { cores: number, memoryMb: number, zone: string | null, enabled: boolean, image: string } };

export type WorkspacesRestrictTwoMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkspacesRestrictTwoMutation = { restrictWorkspaceToNetworks: { networks: Array<string>, restrictToNetworks: boolean, allowNetworkSelection: boolean, launchOptions: { choices: Array<{ network: string | null, available: boolean, agentCount: number }> } } };

export type WorkspacesLiftMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkspacesLiftMutation = { restrictWorkspaceToNetworks: { restrictToNetworks: boolean, networks: Array<string> } };

export type ZoneNetworkFieldsFragment = { id: string, name: string, driver: string, subnets: Array<string>, gateway: string | null, ipRange: string | null, parent: string | null, options: Array<{ key: string, value: string }>, agent: { id: string, name: string } };

export type ZoneCreateNetworkMutationVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type ZoneCreateNetworkMutation = { createNetwork: Array<{ id: string, name: string, driver: string, subnets: Array<string>, gateway: string | null, ipRange: string | null, parent: string | null, options: Array<{ key: string, value: string }>, agent: { id: string, name: string } }> };

export type ZoneSpreadQueryVariables = Exact<{
  zone?: string | null | undefined;
}>;


export type ZoneSpreadQuery = { networkSpread: Array<{ name: string, zone: string | null, conflicts: Array<string>, present: Array<{ id: string, name: string, driver: string, subnets: Array<string>, gateway: string | null, ipRange: string | null, parent: string | null, options: Array<{ key: string, value: string }>, agent: { id: string, name: string } }>, missing: Array<{ id: string, name: string }> }> };

export type ZoneRepairMutationVariables = Exact<{
  name: string;
  zone?: string | null | undefined;
}>;


export type ZoneRepairMutation = { repairNetwork: Array<{ id: string, name: string, driver: string, subnets: Array<string>, gateway: string | null, ipRange: string | null, parent: string | null, options: Array<{ key: string, value: string }>, agent: { id: string, name: string } }> };

export type ZonePreviewQueryVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type ZonePreviewQuery = { previewNetwork: Array<{ exists: boolean, driver: string, subnet: string | null, gateway: string | null, ipRange: string | null, parent: string | null, agent: { name: string } }> };

export type ZoneNetworksQueryVariables = Exact<{
  name?: string | null | undefined;
}>;


export type ZoneNetworksQuery = { networks: Array<{ id: string, name: string, driver: string, subnets: Array<string>, gateway: string | null, ipRange: string | null, parent: string | null, options: Array<{ key: string, value: string }>, agent: { id: string, name: string } }> };

export type ZoneSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type ZoneSessionQuery = { session: { status: SessionStatus, statusReason: string | null, containerId: string | null, agent: { name: string } | null } | null };

export type ZoneMaxSessionsMutationVariables = Exact<{
  id: string | number;
}>;


export type ZoneMaxSessionsMutation = { updateAgent: { id: string } };

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
export const DiscoveryAgentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DiscoveryAgentFields on Agent {
  id
  name
  endpoint
  zone
  enabled
  status
  dockerVersion
  lastSeenAt
  tls
  capacity {
    cores
    memoryMb
    maxSessions
    usedCores
    usedMemoryMb
    sessionCount
  }
}
    `, {"fragmentName":"DiscoveryAgentFields"}) as unknown as TypedDocumentString<DiscoveryAgentFieldsFragment, unknown>;
export const DiscoveryNetworkFieldsFragmentDoc = new TypedDocumentString(`
    fragment DiscoveryNetworkFields on Network {
  id
  dockerId
  name
  driver
  internal
  subnets
  discoveredAt
  removedAt
  warnings
  agent {
    id
    name
  }
}
    `, {"fragmentName":"DiscoveryNetworkFields"}) as unknown as TypedDocumentString<DiscoveryNetworkFieldsFragment, unknown>;
export const LifetimeSessionFragmentDoc = new TypedDocumentString(`
    fragment LifetimeSession on Session {
  id
  status
  statusReason
  expiresAt
  containerId
  agent {
    id
  }
}
    `, {"fragmentName":"LifetimeSession"}) as unknown as TypedDocumentString<LifetimeSessionFragment, unknown>;
export const SessionsSessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionsSessionFields on Session {
  id
  status
  statusReason
  network
  containerId
  owner
  agent {
    id
    name
  }
  workspace {
    id
  }
}
    `, {"fragmentName":"SessionsSessionFields"}) as unknown as TypedDocumentString<SessionsSessionFieldsFragment, unknown>;
export const StagedSessionFragmentDoc = new TypedDocumentString(`
    fragment StagedSession on Session {
  id
  owner
  status
  statusReason
  staged
  poolId
  containerId
  network
  agent {
    id
  }
}
    `, {"fragmentName":"StagedSession"}) as unknown as TypedDocumentString<StagedSessionFragment, unknown>;
export const ZoneNetworkFieldsFragmentDoc = new TypedDocumentString(`
    fragment ZoneNetworkFields on Network {
  id
  name
  driver
  subnets
  gateway
  ipRange
  parent
  options {
    key
    value
  }
  agent {
    id
    name
  }
}
    `, {"fragmentName":"ZoneNetworkFields"}) as unknown as TypedDocumentString<ZoneNetworkFieldsFragment, unknown>;
export const BenchConnectWorkspaceDocument = new TypedDocumentString(`
    mutation BenchConnectWorkspace($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BenchConnectWorkspaceMutation, BenchConnectWorkspaceMutationVariables>;
export const BenchConnectLaunchDocument = new TypedDocumentString(`
    mutation BenchConnectLaunch($input: LaunchSessionInput!) {
  launchSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BenchConnectLaunchMutation, BenchConnectLaunchMutationVariables>;
export const BenchConnectReadyDocument = new TypedDocumentString(`
    query BenchConnectReady($id: ID!) {
  session(id: $id) {
    status
    ready
    statusReason
    containerId
  }
}
    `) as unknown as TypedDocumentString<BenchConnectReadyQuery, BenchConnectReadyQueryVariables>;
export const BenchConnectUrlDocument = new TypedDocumentString(`
    mutation BenchConnectUrl($id: ID!) {
  connectSession(id: $id) {
    url
  }
}
    `) as unknown as TypedDocumentString<BenchConnectUrlMutation, BenchConnectUrlMutationVariables>;
export const BenchDiscoveryNetworksDocument = new TypedDocumentString(`
    subscription BenchDiscoveryNetworks {
  networkDiscovered {
    name
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BenchDiscoveryNetworksSubscription, BenchDiscoveryNetworksSubscriptionVariables>;
export const BenchDiscoveryAgentStatusesDocument = new TypedDocumentString(`
    subscription BenchDiscoveryAgentStatuses {
  agentStatusChanged {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<BenchDiscoveryAgentStatusesSubscription, BenchDiscoveryAgentStatusesSubscriptionVariables>;
export const BenchLaunchSessionsDocument = new TypedDocumentString(`
    subscription BenchLaunchSessions {
  sessionStatusChanged {
    id
    status
    statusReason
  }
}
    `) as unknown as TypedDocumentString<BenchLaunchSessionsSubscription, BenchLaunchSessionsSubscriptionVariables>;
export const BenchLaunchWorkspaceIdDocument = new TypedDocumentString(`
    query BenchLaunchWorkspaceId($id: ID!) {
  workspace(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<BenchLaunchWorkspaceIdQuery, BenchLaunchWorkspaceIdQueryVariables>;
export const BenchReadGroupDocument = new TypedDocumentString(`
    mutation BenchReadGroup($networks: [String!]!) {
  createGroup(input: {name: "bench-readers", networks: $networks}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BenchReadGroupMutation, BenchReadGroupMutationVariables>;
export const BenchReadReaderDocument = new TypedDocumentString(`
    mutation BenchReadReader {
  createUser(input: {username: "reader", groups: ["bench-readers"]}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BenchReadReaderMutation, BenchReadReaderMutationVariables>;
export const BenchReadReaderKeyDocument = new TypedDocumentString(`
    mutation BenchReadReaderKey {
  createApiKey(input: {name: "bench reader", role: USER, owner: "reader"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<BenchReadReaderKeyMutation, BenchReadReaderKeyMutationVariables>;
export const BenchReadLimitDocument = new TypedDocumentString(`
    mutation BenchReadLimit($id: ID!) {
  updateWorkspace(id: $id, input: {groups: ["bench-readers"]}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BenchReadLimitMutation, BenchReadLimitMutationVariables>;
export const BenchReadLauncherDocument = new TypedDocumentString(`
    query BenchReadLauncher {
  workspaces {
    id
    name
    launchOptions {
      choices {
        network
        label
        available
        agentCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenchReadLauncherQuery, BenchReadLauncherQueryVariables>;
export const BenchScaleReadDocument = new TypedDocumentString(`
    query BenchScaleRead {
  workspaces {
    id
    name
    launchOptions {
      choices {
        network
        agentCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenchScaleReadQuery, BenchScaleReadQueryVariables>;
export const BenchScaleNetworkIdsDocument = new TypedDocumentString(`
    query BenchScaleNetworkIds {
  networks {
    id
  }
}
    `) as unknown as TypedDocumentString<BenchScaleNetworkIdsQuery, BenchScaleNetworkIdsQueryVariables>;
export const FleetUiUserKeyDocument = new TypedDocumentString(`
    mutation FleetUiUserKey {
  createApiKey(input: {name: "bob laptop", role: USER, owner: "bob"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<FleetUiUserKeyMutation, FleetUiUserKeyMutationVariables>;
export const FleetUiSessionDocument = new TypedDocumentString(`
    query FleetUiSession($id: ID!) {
  session(id: $id) {
    status
    agent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FleetUiSessionQuery, FleetUiSessionQueryVariables>;
export const IdentityCreateUserDocument = new TypedDocumentString(`
    mutation IdentityCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    username
  }
}
    `) as unknown as TypedDocumentString<IdentityCreateUserMutation, IdentityCreateUserMutationVariables>;
export const IdentityUpdateUserDocument = new TypedDocumentString(`
    mutation IdentityUpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdentityUpdateUserMutation, IdentityUpdateUserMutationVariables>;
export const IdentityCreateGroupDocument = new TypedDocumentString(`
    mutation IdentityCreateGroup($input: CreateGroupInput!) {
  createGroup(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<IdentityCreateGroupMutation, IdentityCreateGroupMutationVariables>;
export const IdentityUsersAndGroupsDocument = new TypedDocumentString(`
    query IdentityUsersAndGroups {
  users {
    username
    displayName
    role
    disabled
    hasPassword
    groups {
      name
    }
  }
  groups {
    name
    networks
    members {
      username
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityUsersAndGroupsQuery, IdentityUsersAndGroupsQueryVariables>;
export const LifetimeUiUserKeyDocument = new TypedDocumentString(`
    mutation LifetimeUiUserKey {
  createApiKey(input: {name: "carol laptop", role: USER, owner: "carol"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<LifetimeUiUserKeyMutation, LifetimeUiUserKeyMutationVariables>;
export const LifetimeUiSettingsDocument = new TypedDocumentString(`
    query LifetimeUiSettings($id: ID!) {
  workspace(id: $id) {
    maxLifetimeSeconds
    idleTimeoutSeconds
    expirationAction
    shmSizeMb
    volumes {
      source
      target
      readOnly
      requireAgent
    }
  }
}
    `) as unknown as TypedDocumentString<LifetimeUiSettingsQuery, LifetimeUiSettingsQueryVariables>;
export const OpenCreateWorkspaceDocument = new TypedDocumentString(`
    mutation OpenCreateWorkspace($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OpenCreateWorkspaceMutation, OpenCreateWorkspaceMutationVariables>;
export const OpenCreateUserKeyDocument = new TypedDocumentString(`
    mutation OpenCreateUserKey {
  createApiKey(input: {name: "bob laptop", role: USER, owner: "bob"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<OpenCreateUserKeyMutation, OpenCreateUserKeyMutationVariables>;
export const PagesRestrictDocument = new TypedDocumentString(`
    mutation PagesRestrict($id: ID!, $n: [String!]!) {
  restrictWorkspaceToNetworks(id: $id, networks: $n, allowNetworkSelection: true) {
    id
  }
}
    `) as unknown as TypedDocumentString<PagesRestrictMutation, PagesRestrictMutationVariables>;
export const PagesCreateUserKeyDocument = new TypedDocumentString(`
    mutation PagesCreateUserKey {
  createApiKey(input: {name: "alice laptop", role: USER, owner: "alice"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<PagesCreateUserKeyMutation, PagesCreateUserKeyMutationVariables>;
export const PagesWorkspaceNetworksDocument = new TypedDocumentString(`
    query PagesWorkspaceNetworks($id: ID!) {
  workspace(id: $id) {
    networks
    allowNetworkSelection
  }
}
    `) as unknown as TypedDocumentString<PagesWorkspaceNetworksQuery, PagesWorkspaceNetworksQueryVariables>;
export const PoolsUiLaunchDocument = new TypedDocumentString(`
    mutation PoolsUiLaunch($id: ID!) {
  launchSession(input: {workspaceId: $id}) {
    id
    staged
    status
  }
}
    `) as unknown as TypedDocumentString<PoolsUiLaunchMutation, PoolsUiLaunchMutationVariables>;
export const PoolsUiMembersDocument = new TypedDocumentString(`
    query PoolsUiMembers {
  stagingPools {
    size
    members {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PoolsUiMembersQuery, PoolsUiMembersQueryVariables>;
export const RegisterAgentDocument = new TypedDocumentString(`
    mutation RegisterAgent($input: RegisterAgentInput!) {
  registerAgent(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RegisterAgentMutation, RegisterAgentMutationVariables>;
export const CreateNetworkDocument = new TypedDocumentString(`
    mutation CreateNetwork($input: CreateNetworkInput!) {
  createNetwork(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateNetworkMutation, CreateNetworkMutationVariables>;
export const CreateWorkspaceDocument = new TypedDocumentString(`
    mutation CreateWorkspace($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateWorkspaceMutation, CreateWorkspaceMutationVariables>;
export const RestrictWorkspaceDocument = new TypedDocumentString(`
    mutation RestrictWorkspace($id: ID!, $networks: [String!]!, $allowNetworkSelection: Boolean!) {
  restrictWorkspaceToNetworks(
    id: $id
    networks: $networks
    allowNetworkSelection: $allowNetworkSelection
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestrictWorkspaceMutation, RestrictWorkspaceMutationVariables>;
export const LaunchSessionDocument = new TypedDocumentString(`
    mutation LaunchSession($input: LaunchSessionInput!) {
  launchSession(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<LaunchSessionMutation, LaunchSessionMutationVariables>;
export const DestroySessionDocument = new TypedDocumentString(`
    mutation DestroySession($id: ID!) {
  destroySession(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DestroySessionMutation, DestroySessionMutationVariables>;
export const SessionStatusDocument = new TypedDocumentString(`
    query SessionStatus($id: ID!) {
  session(id: $id) {
    status
    statusReason
  }
}
    `) as unknown as TypedDocumentString<SessionStatusQuery, SessionStatusQueryVariables>;
export const AgentStatusesDocument = new TypedDocumentString(`
    query AgentStatuses {
  agents {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AgentStatusesQuery, AgentStatusesQueryVariables>;
export const NetworkNamesDocument = new TypedDocumentString(`
    query NetworkNames {
  networks {
    name
  }
}
    `) as unknown as TypedDocumentString<NetworkNamesQuery, NetworkNamesQueryVariables>;
export const SessionsDocument = new TypedDocumentString(`
    query Sessions {
  sessions {
    id
    status
    statusReason
  }
}
    `) as unknown as TypedDocumentString<SessionsQuery, SessionsQueryVariables>;
export const SessionStatusChangesDocument = new TypedDocumentString(`
    subscription SessionStatusChanges {
  sessionStatusChanged {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SessionStatusChangesSubscription, SessionStatusChangesSubscriptionVariables>;
export const NetworkNamesDiscoveredDocument = new TypedDocumentString(`
    subscription NetworkNamesDiscovered {
  networkDiscovered {
    name
  }
}
    `) as unknown as TypedDocumentString<NetworkNamesDiscoveredSubscription, NetworkNamesDiscoveredSubscriptionVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    username
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    disabled
    role
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const CreateGroupDocument = new TypedDocumentString(`
    mutation CreateGroup($input: CreateGroupInput!) {
  createGroup(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateGroupMutation, CreateGroupMutationVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const HarnessOpenableWorkspaceDocument = new TypedDocumentString(`
    mutation HarnessOpenableWorkspace($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HarnessOpenableWorkspaceMutation, HarnessOpenableWorkspaceMutationVariables>;
export const HarnessLaunchOpenableDocument = new TypedDocumentString(`
    mutation HarnessLaunchOpenable($input: LaunchSessionInput!) {
  launchSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HarnessLaunchOpenableMutation, HarnessLaunchOpenableMutationVariables>;
export const HarnessOpenableStateDocument = new TypedDocumentString(`
    query HarnessOpenableState($id: ID!) {
  session(id: $id) {
    status
    ready
    statusReason
  }
}
    `) as unknown as TypedDocumentString<HarnessOpenableStateQuery, HarnessOpenableStateQueryVariables>;
export const HarnessConnectOpenableDocument = new TypedDocumentString(`
    mutation HarnessConnectOpenable($id: ID!) {
  connectSession(id: $id) {
    url
  }
}
    `) as unknown as TypedDocumentString<HarnessConnectOpenableMutation, HarnessConnectOpenableMutationVariables>;
export const AbuseApiKeysDocument = new TypedDocumentString(`
    query AbuseApiKeys {
  apiKeys(includeRevoked: true) {
    id
  }
}
    `) as unknown as TypedDocumentString<AbuseApiKeysQuery, AbuseApiKeysQueryVariables>;
export const AuthzQueryAgentsDocument = new TypedDocumentString(`
    query AuthzQueryAgents {
  agents {
    id
    name
    endpoint
    status
  }
}
    `) as unknown as TypedDocumentString<AuthzQueryAgentsQuery, AuthzQueryAgentsQueryVariables>;
export const AuthzQueryAgentDocument = new TypedDocumentString(`
    query AuthzQueryAgent($id: ID!) {
  agent(id: $id) {
    id
    name
    endpoint
  }
}
    `) as unknown as TypedDocumentString<AuthzQueryAgentQuery, AuthzQueryAgentQueryVariables>;
export const AuthzQueryNetworksDocument = new TypedDocumentString(`
    query AuthzQueryNetworks($agentId: ID) {
  networks(agentId: $agentId) {
    id
    name
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzQueryNetworksQuery, AuthzQueryNetworksQueryVariables>;
export const AuthzQueryNetworkSpreadDocument = new TypedDocumentString(`
    query AuthzQueryNetworkSpread {
  networkSpread {
    name
    zone
    present {
      agent {
        id
      }
    }
    missing {
      id
    }
    conflicts
  }
}
    `) as unknown as TypedDocumentString<AuthzQueryNetworkSpreadQuery, AuthzQueryNetworkSpreadQueryVariables>;
export const AuthzQueryPreviewNetworkDocument = new TypedDocumentString(`
    query AuthzQueryPreviewNetwork($input: CreateNetworkInput!) {
  previewNetwork(input: $input) {
    agent {
      id
    }
    exists
    driver
  }
}
    `) as unknown as TypedDocumentString<AuthzQueryPreviewNetworkQuery, AuthzQueryPreviewNetworkQueryVariables>;
export const AuthzQueryWorkspacesDocument = new TypedDocumentString(`
    query AuthzQueryWorkspaces {
  workspaces {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuthzQueryWorkspacesQuery, AuthzQueryWorkspacesQueryVariables>;
export const AuthzQueryWorkspaceDocument = new TypedDocumentString(`
    query AuthzQueryWorkspace($id: ID!) {
  workspace(id: $id) {
    id
    image
    launchOptions {
      choices {
        network
        available
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzQueryWorkspaceQuery, AuthzQueryWorkspaceQueryVariables>;
export const AuthzQuerySessionsDocument = new TypedDocumentString(`
    query AuthzQuerySessions {
  sessions {
    id
    owner
  }
}
    `) as unknown as TypedDocumentString<AuthzQuerySessionsQuery, AuthzQuerySessionsQueryVariables>;
export const AuthzQuerySessionDocument = new TypedDocumentString(`
    query AuthzQuerySession($id: ID!) {
  session(id: $id) {
    id
    owner
    agent {
      name
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzQuerySessionQuery, AuthzQuerySessionQueryVariables>;
export const AuthzQueryPlacementDocument = new TypedDocumentString(`
    query AuthzQueryPlacement($id: ID!) {
  placement(workspaceId: $id) {
    chosen {
      agent {
        id
      }
      network
      eligible
    }
    candidates {
      agent {
        id
      }
      eligible
      reasons
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzQueryPlacementQuery, AuthzQueryPlacementQueryVariables>;
export const AuthzQueryViewerDocument = new TypedDocumentString(`
    query AuthzQueryViewer {
  viewer {
    owner
    role
    apiKey {
      id
    }
    user {
      username
      groups {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzQueryViewerQuery, AuthzQueryViewerQueryVariables>;
export const AuthzQueryUsersDocument = new TypedDocumentString(`
    query AuthzQueryUsers {
  users {
    id
    username
    role
    disabled
    groups {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzQueryUsersQuery, AuthzQueryUsersQueryVariables>;
export const AuthzQueryGroupsDocument = new TypedDocumentString(`
    query AuthzQueryGroups {
  groups {
    id
    name
    networks
    members {
      username
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzQueryGroupsQuery, AuthzQueryGroupsQueryVariables>;
export const AuthzQueryApiKeysDocument = new TypedDocumentString(`
    query AuthzQueryApiKeys {
  apiKeys {
    id
    name
    role
    owner
  }
}
    `) as unknown as TypedDocumentString<AuthzQueryApiKeysQuery, AuthzQueryApiKeysQueryVariables>;
export const AuthzQueryAuditLogDocument = new TypedDocumentString(`
    query AuthzQueryAuditLog {
  auditLog(first: 5) {
    entries {
      id
      operation
      outcome
      actor
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<AuthzQueryAuditLogQuery, AuthzQueryAuditLogQueryVariables>;
export const AuthzQueryRegistryCredentialsDocument = new TypedDocumentString(`
    query AuthzQueryRegistryCredentials {
  registryCredentials {
    id
    registry
    username
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AuthzQueryRegistryCredentialsQuery, AuthzQueryRegistryCredentialsQueryVariables>;
export const AuthzQueryStagingPoolsDocument = new TypedDocumentString(`
    query AuthzQueryStagingPools($workspaceId: ID) {
  stagingPools(workspaceId: $workspaceId) {
    id
    workspace {
      id
    }
    network
    zone
    size
    ready
    members {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzQueryStagingPoolsQuery, AuthzQueryStagingPoolsQueryVariables>;
export const AuthzMutationRegisterAgentDocument = new TypedDocumentString(`
    mutation AuthzMutationRegisterAgent($input: RegisterAgentInput!) {
  registerAgent(input: $input) {
    id
    name
    endpoint
    enabled
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationRegisterAgentMutation, AuthzMutationRegisterAgentMutationVariables>;
export const AuthzMutationUpdateAgentDocument = new TypedDocumentString(`
    mutation AuthzMutationUpdateAgent($id: ID!) {
  updateAgent(id: $id, input: {enabled: true}) {
    id
    enabled
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationUpdateAgentMutation, AuthzMutationUpdateAgentMutationVariables>;
export const AuthzMutationRemoveAgentDocument = new TypedDocumentString(`
    mutation AuthzMutationRemoveAgent($id: ID!) {
  removeAgent(id: $id)
}
    `) as unknown as TypedDocumentString<AuthzMutationRemoveAgentMutation, AuthzMutationRemoveAgentMutationVariables>;
export const AuthzMutationCreateNetworkDocument = new TypedDocumentString(`
    mutation AuthzMutationCreateNetwork($input: CreateNetworkInput!) {
  createNetwork(input: $input) {
    id
    name
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationCreateNetworkMutation, AuthzMutationCreateNetworkMutationVariables>;
export const AuthzMutationRepairNetworkDocument = new TypedDocumentString(`
    mutation AuthzMutationRepairNetwork($name: String!) {
  repairNetwork(name: $name, zone: null) {
    name
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationRepairNetworkMutation, AuthzMutationRepairNetworkMutationVariables>;
export const AuthzMutationCreateWorkspaceDocument = new TypedDocumentString(`
    mutation AuthzMutationCreateWorkspace($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationCreateWorkspaceMutation, AuthzMutationCreateWorkspaceMutationVariables>;
export const AuthzMutationUpdateWorkspaceDocument = new TypedDocumentString(`
    mutation AuthzMutationUpdateWorkspace($id: ID!) {
  updateWorkspace(id: $id, input: {cores: 0.2}) {
    id
    cores
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationUpdateWorkspaceMutation, AuthzMutationUpdateWorkspaceMutationVariables>;
export const AuthzMutationRestrictWorkspaceToNetworksDocument = new TypedDocumentString(`
    mutation AuthzMutationRestrictWorkspaceToNetworks($id: ID!, $networks: [String!]!) {
  restrictWorkspaceToNetworks(
    id: $id
    networks: $networks
    allowNetworkSelection: true
  ) {
    id
    networks
    allowNetworkSelection
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationRestrictWorkspaceToNetworksMutation, AuthzMutationRestrictWorkspaceToNetworksMutationVariables>;
export const AuthzMutationLaunchSessionDocument = new TypedDocumentString(`
    mutation AuthzMutationLaunchSession($input: LaunchSessionInput!) {
  launchSession(input: $input) {
    id
    owner
    status
    workspace {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationLaunchSessionMutation, AuthzMutationLaunchSessionMutationVariables>;
export const AuthzMutationDestroySessionDocument = new TypedDocumentString(`
    mutation AuthzMutationDestroySession($id: ID!) {
  destroySession(id: $id) {
    id
    owner
    status
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationDestroySessionMutation, AuthzMutationDestroySessionMutationVariables>;
export const AuthzMutationConnectSessionDocument = new TypedDocumentString(`
    mutation AuthzMutationConnectSession($id: ID!) {
  connectSession(id: $id) {
    url
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationConnectSessionMutation, AuthzMutationConnectSessionMutationVariables>;
export const AuthzMutationKeepaliveSessionDocument = new TypedDocumentString(`
    mutation AuthzMutationKeepaliveSession($id: ID!) {
  keepaliveSession(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationKeepaliveSessionMutation, AuthzMutationKeepaliveSessionMutationVariables>;
export const AuthzMutationResumeSessionDocument = new TypedDocumentString(`
    mutation AuthzMutationResumeSession($id: ID!) {
  resumeSession(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationResumeSessionMutation, AuthzMutationResumeSessionMutationVariables>;
export const AuthzMutationPauseSessionDocument = new TypedDocumentString(`
    mutation AuthzMutationPauseSession($id: ID!) {
  pauseSession(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationPauseSessionMutation, AuthzMutationPauseSessionMutationVariables>;
export const AuthzMutationSuspendSessionDocument = new TypedDocumentString(`
    mutation AuthzMutationSuspendSession($id: ID!) {
  suspendSession(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationSuspendSessionMutation, AuthzMutationSuspendSessionMutationVariables>;
export const AuthzMutationCreateApiKeyDocument = new TypedDocumentString(`
    mutation AuthzMutationCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
    apiKey {
      id
      role
      owner
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationCreateApiKeyMutation, AuthzMutationCreateApiKeyMutationVariables>;
export const AuthzMutationCreateUserDocument = new TypedDocumentString(`
    mutation AuthzMutationCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    username
    displayName
    role
    hasPassword
    disabled
    groups {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationCreateUserMutation, AuthzMutationCreateUserMutationVariables>;
export const AuthzMutationUpdateUserDocument = new TypedDocumentString(`
    mutation AuthzMutationUpdateUser($id: ID!) {
  updateUser(id: $id, input: {displayName: "Scratch, renamed"}) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationUpdateUserMutation, AuthzMutationUpdateUserMutationVariables>;
export const AuthzMutationDeleteUserDocument = new TypedDocumentString(`
    mutation AuthzMutationDeleteUser($id: ID!) {
  deleteUser(id: $id)
}
    `) as unknown as TypedDocumentString<AuthzMutationDeleteUserMutation, AuthzMutationDeleteUserMutationVariables>;
export const AuthzMutationCreateGroupDocument = new TypedDocumentString(`
    mutation AuthzMutationCreateGroup($input: CreateGroupInput!) {
  createGroup(input: $input) {
    id
    name
    networks
    members {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationCreateGroupMutation, AuthzMutationCreateGroupMutationVariables>;
export const AuthzMutationUpdateGroupDocument = new TypedDocumentString(`
    mutation AuthzMutationUpdateGroup($id: ID!, $networks: [String!]!) {
  updateGroup(id: $id, input: {networks: $networks}) {
    id
    networks
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationUpdateGroupMutation, AuthzMutationUpdateGroupMutationVariables>;
export const AuthzMutationDeleteGroupDocument = new TypedDocumentString(`
    mutation AuthzMutationDeleteGroup($id: ID!) {
  deleteGroup(id: $id)
}
    `) as unknown as TypedDocumentString<AuthzMutationDeleteGroupMutation, AuthzMutationDeleteGroupMutationVariables>;
export const AuthzMutationRevokeApiKeyDocument = new TypedDocumentString(`
    mutation AuthzMutationRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationRevokeApiKeyMutation, AuthzMutationRevokeApiKeyMutationVariables>;
export const AuthzMutationCreateRegistryCredentialDocument = new TypedDocumentString(`
    mutation AuthzMutationCreateRegistryCredential($input: CreateRegistryCredentialInput!) {
  createRegistryCredential(input: $input) {
    id
    registry
    username
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationCreateRegistryCredentialMutation, AuthzMutationCreateRegistryCredentialMutationVariables>;
export const AuthzMutationDeleteRegistryCredentialDocument = new TypedDocumentString(`
    mutation AuthzMutationDeleteRegistryCredential($id: ID!) {
  deleteRegistryCredential(id: $id)
}
    `) as unknown as TypedDocumentString<AuthzMutationDeleteRegistryCredentialMutation, AuthzMutationDeleteRegistryCredentialMutationVariables>;
export const AuthzMutationCreateStagingPoolDocument = new TypedDocumentString(`
    mutation AuthzMutationCreateStagingPool($input: CreateStagingPoolInput!) {
  createStagingPool(input: $input) {
    id
    workspace {
      id
    }
    network
    zone
    size
    members {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationCreateStagingPoolMutation, AuthzMutationCreateStagingPoolMutationVariables>;
export const AuthzMutationUpdateStagingPoolDocument = new TypedDocumentString(`
    mutation AuthzMutationUpdateStagingPool($id: ID!) {
  updateStagingPool(id: $id, input: {size: 0}) {
    id
    size
    workspace {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzMutationUpdateStagingPoolMutation, AuthzMutationUpdateStagingPoolMutationVariables>;
export const AuthzMutationDeleteStagingPoolDocument = new TypedDocumentString(`
    mutation AuthzMutationDeleteStagingPool($id: ID!) {
  deleteStagingPool(id: $id)
}
    `) as unknown as TypedDocumentString<AuthzMutationDeleteStagingPoolMutation, AuthzMutationDeleteStagingPoolMutationVariables>;
export const AuthzSubscriptionNetworkDiscoveredDocument = new TypedDocumentString(`
    subscription AuthzSubscriptionNetworkDiscovered {
  networkDiscovered {
    id
    name
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzSubscriptionNetworkDiscoveredSubscription, AuthzSubscriptionNetworkDiscoveredSubscriptionVariables>;
export const AuthzSubscriptionNetworkRemovedDocument = new TypedDocumentString(`
    subscription AuthzSubscriptionNetworkRemoved {
  networkRemoved {
    id
    name
    removedAt
  }
}
    `) as unknown as TypedDocumentString<AuthzSubscriptionNetworkRemovedSubscription, AuthzSubscriptionNetworkRemovedSubscriptionVariables>;
export const AuthzSubscriptionAgentStatusChangedDocument = new TypedDocumentString(`
    subscription AuthzSubscriptionAgentStatusChanged {
  agentStatusChanged {
    id
    enabled
  }
}
    `) as unknown as TypedDocumentString<AuthzSubscriptionAgentStatusChangedSubscription, AuthzSubscriptionAgentStatusChangedSubscriptionVariables>;
export const AuthzSubscriptionSessionStatusChangedDocument = new TypedDocumentString(`
    subscription AuthzSubscriptionSessionStatusChanged {
  sessionStatusChanged {
    id
    owner
    status
  }
}
    `) as unknown as TypedDocumentString<AuthzSubscriptionSessionStatusChangedSubscription, AuthzSubscriptionSessionStatusChangedSubscriptionVariables>;
export const AuthzSubscriptionLaunchOptionsChangedDocument = new TypedDocumentString(`
    subscription AuthzSubscriptionLaunchOptionsChanged($id: ID!) {
  launchOptionsChanged(workspaceId: $id) {
    workspaceId
    allowNetworkSelection
    choices {
      network
      available
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzSubscriptionLaunchOptionsChangedSubscription, AuthzSubscriptionLaunchOptionsChangedSubscriptionVariables>;
export const AuthzEnableAgentDocument = new TypedDocumentString(`
    mutation AuthzEnableAgent($id: ID!) {
  updateAgent(id: $id, input: {enabled: true}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzEnableAgentMutation, AuthzEnableAgentMutationVariables>;
export const AuthzAgentEndpointsDocument = new TypedDocumentString(`
    query AuthzAgentEndpoints {
  agents {
    id
    endpoint
  }
}
    `) as unknown as TypedDocumentString<AuthzAgentEndpointsQuery, AuthzAgentEndpointsQueryVariables>;
export const AuthzRemoveAgentDocument = new TypedDocumentString(`
    mutation AuthzRemoveAgent($id: ID!) {
  removeAgent(id: $id)
}
    `) as unknown as TypedDocumentString<AuthzRemoveAgentMutation, AuthzRemoveAgentMutationVariables>;
export const AuthzCreateKeyDocument = new TypedDocumentString(`
    mutation AuthzCreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzCreateKeyMutation, AuthzCreateKeyMutationVariables>;
export const AuthzCreateUserDocument = new TypedDocumentString(`
    mutation AuthzCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzCreateUserMutation, AuthzCreateUserMutationVariables>;
export const AuthzCreateGroupDocument = new TypedDocumentString(`
    mutation AuthzCreateGroup($input: CreateGroupInput!) {
  createGroup(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzCreateGroupMutation, AuthzCreateGroupMutationVariables>;
export const AuthzDemoteUserDocument = new TypedDocumentString(`
    mutation AuthzDemoteUser($id: ID!) {
  updateUser(id: $id, input: {role: USER}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzDemoteUserMutation, AuthzDemoteUserMutationVariables>;
export const AuthzRegisterNamedDocument = new TypedDocumentString(`
    mutation AuthzRegisterNamed($input: RegisterAgentInput!) {
  registerAgent(input: $input) {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<AuthzRegisterNamedMutation, AuthzRegisterNamedMutationVariables>;
export const AuthzCreateRegistryCredentialDocument = new TypedDocumentString(`
    mutation AuthzCreateRegistryCredential($input: CreateRegistryCredentialInput!) {
  createRegistryCredential(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzCreateRegistryCredentialMutation, AuthzCreateRegistryCredentialMutationVariables>;
export const AuthzCreatePoolDocument = new TypedDocumentString(`
    mutation AuthzCreatePool($input: CreateStagingPoolInput!) {
  createStagingPool(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzCreatePoolMutation, AuthzCreatePoolMutationVariables>;
export const AuthzDeletePoolDocument = new TypedDocumentString(`
    mutation AuthzDeletePool($id: ID!) {
  deleteStagingPool(id: $id)
}
    `) as unknown as TypedDocumentString<AuthzDeletePoolMutation, AuthzDeletePoolMutationVariables>;
export const AuthzSessionOwnerDocument = new TypedDocumentString(`
    query AuthzSessionOwner($id: ID!) {
  session(id: $id) {
    id
    owner
  }
}
    `) as unknown as TypedDocumentString<AuthzSessionOwnerQuery, AuthzSessionOwnerQueryVariables>;
export const AuthzSessionOwnersDocument = new TypedDocumentString(`
    query AuthzSessionOwners {
  sessions {
    id
    owner
  }
}
    `) as unknown as TypedDocumentString<AuthzSessionOwnersQuery, AuthzSessionOwnersQueryVariables>;
export const AuthzSessionWatchedDocument = new TypedDocumentString(`
    subscription AuthzSessionWatched($id: ID) {
  sessionStatusChanged(sessionId: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AuthzSessionWatchedSubscription, AuthzSessionWatchedSubscriptionVariables>;
export const AuthzSessionOwnersChangedDocument = new TypedDocumentString(`
    subscription AuthzSessionOwnersChanged {
  sessionStatusChanged {
    id
    owner
    status
  }
}
    `) as unknown as TypedDocumentString<AuthzSessionOwnersChangedSubscription, AuthzSessionOwnersChangedSubscriptionVariables>;
export const AuthzDestroyStatusDocument = new TypedDocumentString(`
    mutation AuthzDestroyStatus($id: ID!) {
  destroySession(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<AuthzDestroyStatusMutation, AuthzDestroyStatusMutationVariables>;
export const AuthzSessionAgentDocument = new TypedDocumentString(`
    query AuthzSessionAgent($id: ID!) {
  session(id: $id) {
    agent {
      name
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzSessionAgentQuery, AuthzSessionAgentQueryVariables>;
export const AuthzSessionAgentEndpointDocument = new TypedDocumentString(`
    query AuthzSessionAgentEndpoint($id: ID!) {
  session(id: $id) {
    id
    agent {
      name
      endpoint
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzSessionAgentEndpointQuery, AuthzSessionAgentEndpointQueryVariables>;
export const AuthzAgentEndpointOfSessionDocument = new TypedDocumentString(`
    query AuthzAgentEndpointOfSession($id: ID!) {
  session(id: $id) {
    agent {
      endpoint
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAgentEndpointOfSessionQuery, AuthzAgentEndpointOfSessionQueryVariables>;
export const AuthzGroupWorkspaceDocument = new TypedDocumentString(`
    query AuthzGroupWorkspace($id: ID!) {
  workspace(id: $id) {
    id
    groups
  }
  workspaces {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzGroupWorkspaceQuery, AuthzGroupWorkspaceQueryVariables>;
export const AuthzLaunchOnDocument = new TypedDocumentString(`
    mutation AuthzLaunchOn($input: LaunchSessionInput!) {
  launchSession(input: $input) {
    id
    owner
    network
  }
}
    `) as unknown as TypedDocumentString<AuthzLaunchOnMutation, AuthzLaunchOnMutationVariables>;
export const AuthzWorkspaceSessionsDocument = new TypedDocumentString(`
    query AuthzWorkspaceSessions($id: ID!) {
  sessions(workspaceId: $id) {
    id
    owner
  }
}
    `) as unknown as TypedDocumentString<AuthzWorkspaceSessionsQuery, AuthzWorkspaceSessionsQueryVariables>;
export const AuthzNarrowedOptionsDocument = new TypedDocumentString(`
    query AuthzNarrowedOptions($id: ID!) {
  workspace(id: $id) {
    networks
    launchOptions {
      allowNetworkSelection
      choices {
        network
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzNarrowedOptionsQuery, AuthzNarrowedOptionsQueryVariables>;
export const AuthzOptionsWatchedDocument = new TypedDocumentString(`
    subscription AuthzOptionsWatched($id: ID!) {
  launchOptionsChanged(workspaceId: $id) {
    workspaceId
    allowNetworkSelection
    choices {
      network
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzOptionsWatchedSubscription, AuthzOptionsWatchedSubscriptionVariables>;
export const AuthzConnectDocument = new TypedDocumentString(`
    mutation AuthzConnect($id: ID!) {
  connectSession(id: $id) {
    url
  }
}
    `) as unknown as TypedDocumentString<AuthzConnectMutation, AuthzConnectMutationVariables>;
export const AuthzSetUserGroupsDocument = new TypedDocumentString(`
    mutation AuthzSetUserGroups($id: ID!, $groups: [String!]!) {
  updateUser(id: $id, input: {groups: $groups}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzSetUserGroupsMutation, AuthzSetUserGroupsMutationVariables>;
export const AuthzSetGroupNetworksDocument = new TypedDocumentString(`
    mutation AuthzSetGroupNetworks($id: ID!, $networks: [String!]!) {
  updateGroup(id: $id, input: {networks: $networks}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzSetGroupNetworksMutation, AuthzSetGroupNetworksMutationVariables>;
export const AuthzUsersOfKeysDocument = new TypedDocumentString(`
    query AuthzUsersOfKeys {
  users {
    username
    role
    disabled
    groups {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzUsersOfKeysQuery, AuthzUsersOfKeysQueryVariables>;
export const AuthzKeyViewerDocument = new TypedDocumentString(`
    query AuthzKeyViewer {
  viewer {
    owner
    role
    user {
      username
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzKeyViewerQuery, AuthzKeyViewerQueryVariables>;
export const AuthzDemotedViewerDocument = new TypedDocumentString(`
    query AuthzDemotedViewer {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<AuthzDemotedViewerQuery, AuthzDemotedViewerQueryVariables>;
export const AuthzDemotedUsersDocument = new TypedDocumentString(`
    query AuthzDemotedUsers {
  users {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzDemotedUsersQuery, AuthzDemotedUsersQueryVariables>;
export const BadInputSnapshotDocument = new TypedDocumentString(`
    query BadInputSnapshot {
  agents {
    id
    name
    endpoint
    zone
    enabled
    tls
    labels
    capacity {
      cores
      memoryMb
      maxSessions
      gpus
    }
    createdAt
  }
  workspaces {
    id
    name
    image
    command
    cores
    memoryMb
    zone
    enabled
    networks
    groups
    allowNetworkSelection
    createdAt
    updatedAt
  }
  volumeSettings: workspaces {
    id
    volumes {
      source
      target
      readOnly
      requireAgent
    }
    shmSizeMb
  }
  users {
    id
    username
    displayName
    role
    disabled
    hasPassword
    groups {
      name
    }
    createdAt
  }
  groups {
    id
    name
    networks
    members {
      id
    }
  }
  apiKeys(includeRevoked: true) {
    id
    name
    role
    owner
    createdAt
    expiresAt
    revokedAt
  }
  sessions {
    id
    owner
    status
    network
    agent {
      id
    }
  }
  networks {
    id
    name
    driver
    internal
    agent {
      id
    }
    removedAt
    subnets
    gateway
    ipRange
    parent
    options {
      key
      value
    }
  }
  spread: networkSpread {
    name
    zone
    missing {
      id
    }
    conflicts
  }
  registryCredentials {
    id
    registry
    username
    createdAt
  }
  assignCommands: workspaces {
    id
    assignCommand
  }
  placementRules: workspaces {
    id
    agentSelector
    gpus
  }
  stagingPools {
    id
    workspace {
      id
    }
    network
    zone
    size
    createdAt
  }
}
    `) as unknown as TypedDocumentString<BadInputSnapshotQuery, BadInputSnapshotQueryVariables>;
export const BadInputAuditOutcomesDocument = new TypedDocumentString(`
    query BadInputAuditOutcomes($after: String) {
  auditLog(first: 500, after: $after) {
    entries {
      outcome
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<BadInputAuditOutcomesQuery, BadInputAuditOutcomesQueryVariables>;
export const BadInputCreateNetADocument = new TypedDocumentString(`
    mutation BadInputCreateNetA {
  createNetwork(input: {name: "net-a", zone: "z1"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BadInputCreateNetAMutation, BadInputCreateNetAMutationVariables>;
export const BadInputAgentStatusDocument = new TypedDocumentString(`
    query BadInputAgentStatus($id: ID!) {
  agent(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<BadInputAgentStatusQuery, BadInputAgentStatusQueryVariables>;
export const BadInputDisableDocument = new TypedDocumentString(`
    mutation BadInputDisable($id: ID!) {
  updateWorkspace(id: $id, input: {enabled: false}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BadInputDisableMutation, BadInputDisableMutationVariables>;
export const BadInputRestrictToNetADocument = new TypedDocumentString(`
    mutation BadInputRestrictToNetA($id: ID!, $allow: Boolean!) {
  restrictWorkspaceToNetworks(
    id: $id
    networks: ["net-a"]
    allowNetworkSelection: $allow
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<BadInputRestrictToNetAMutation, BadInputRestrictToNetAMutationVariables>;
export const BadInputLaunchDocument = new TypedDocumentString(`
    mutation BadInputLaunch($id: ID!) {
  launchSession(input: {workspaceId: $id}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BadInputLaunchMutation, BadInputLaunchMutationVariables>;
export const BadInputUserKeyDocument = new TypedDocumentString(`
    mutation BadInputUserKey {
  createApiKey(input: {name: "alice laptop", role: USER, owner: "alice"}) {
    token
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BadInputUserKeyMutation, BadInputUserKeyMutationVariables>;
export const BadInputCreateUserDocument = new TypedDocumentString(`
    mutation BadInputCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BadInputCreateUserMutation, BadInputCreateUserMutationVariables>;
export const BadInputCreateGroupDocument = new TypedDocumentString(`
    mutation BadInputCreateGroup($input: CreateGroupInput!) {
  createGroup(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BadInputCreateGroupMutation, BadInputCreateGroupMutationVariables>;
export const BadInputRootKeyDocument = new TypedDocumentString(`
    mutation BadInputRootKey {
  createApiKey(input: {name: "root laptop", role: ADMIN, owner: "root"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<BadInputRootKeyMutation, BadInputRootKeyMutationVariables>;
export const BadInputUserIdsDocument = new TypedDocumentString(`
    query BadInputUserIds {
  users {
    id
    username
  }
}
    `) as unknown as TypedDocumentString<BadInputUserIdsQuery, BadInputUserIdsQueryVariables>;
export const BadInputLastAuditDocument = new TypedDocumentString(`
    query BadInputLastAudit {
  auditLog(first: 1) {
    entries {
      id
      operation
      outcome
    }
  }
}
    `) as unknown as TypedDocumentString<BadInputLastAuditQuery, BadInputLastAuditQueryVariables>;
export const BadInputCreatePoolDocument = new TypedDocumentString(`
    mutation BadInputCreatePool($input: CreateStagingPoolInput!) {
  createStagingPool(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BadInputCreatePoolMutation, BadInputCreatePoolMutationVariables>;
export const BadInputKeptCredentialDocument = new TypedDocumentString(`
    mutation BadInputKeptCredential {
  createRegistryCredential(
    input: {registry: "kept.registry.example", username: "kept", password: "kept"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<BadInputKeptCredentialMutation, BadInputKeptCredentialMutationVariables>;
export const ConnectTestKeyDocument = new TypedDocumentString(`
    mutation ConnectTestKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectTestKeyMutation, ConnectTestKeyMutationVariables>;
export const ConnectTestWorkspaceDocument = new TypedDocumentString(`
    mutation ConnectTestWorkspace($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) {
    id
    connect {
      port
      protocol
      path
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectTestWorkspaceMutation, ConnectTestWorkspaceMutationVariables>;
export const ConnectTestLaunchDocument = new TypedDocumentString(`
    mutation ConnectTestLaunch($input: LaunchSessionInput!) {
  launchSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnectTestLaunchMutation, ConnectTestLaunchMutationVariables>;
export const ConnectTestConnectDocument = new TypedDocumentString(`
    mutation ConnectTestConnect($id: ID!) {
  connectSession(id: $id) {
    url
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ConnectTestConnectMutation, ConnectTestConnectMutationVariables>;
export const ConnectTestSessionDocument = new TypedDocumentString(`
    query ConnectTestSession($id: ID!) {
  session(id: $id) {
    id
    status
    ready
    statusReason
    containerId
    lastActivityAt
  }
}
    `) as unknown as TypedDocumentString<ConnectTestSessionQuery, ConnectTestSessionQueryVariables>;
export const ConnectTestPoolDocument = new TypedDocumentString(`
    mutation ConnectTestPool($input: CreateStagingPoolInput!) {
  createStagingPool(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnectTestPoolMutation, ConnectTestPoolMutationVariables>;
export const ConnectTestPoolReadyDocument = new TypedDocumentString(`
    query ConnectTestPoolReady {
  stagingPools {
    id
    ready
  }
}
    `) as unknown as TypedDocumentString<ConnectTestPoolReadyQuery, ConnectTestPoolReadyQueryVariables>;
export const ConnectTestLaunchStagedDocument = new TypedDocumentString(`
    mutation ConnectTestLaunchStaged($input: LaunchSessionInput!) {
  launchSession(input: $input) {
    id
    status
    staged
    ready
    containerId
  }
}
    `) as unknown as TypedDocumentString<ConnectTestLaunchStagedMutation, ConnectTestLaunchStagedMutationVariables>;
export const ConnectTestDestroyDocument = new TypedDocumentString(`
    mutation ConnectTestDestroy($id: ID!) {
  destroySession(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConnectTestDestroyMutation, ConnectTestDestroyMutationVariables>;
export const ConnectTestRevokeDocument = new TypedDocumentString(`
    mutation ConnectTestRevoke($id: ID!) {
  revokeApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnectTestRevokeMutation, ConnectTestRevokeMutationVariables>;
export const DiscoveryRegisterDocument = new TypedDocumentString(`
    mutation DiscoveryRegister($input: RegisterAgentInput!) {
  registerAgent(input: $input) {
    ...DiscoveryAgentFields
    networks {
      name
    }
  }
}
    fragment DiscoveryAgentFields on Agent {
  id
  name
  endpoint
  zone
  enabled
  status
  dockerVersion
  lastSeenAt
  tls
  capacity {
    cores
    memoryMb
    maxSessions
    usedCores
    usedMemoryMb
    sessionCount
  }
}`) as unknown as TypedDocumentString<DiscoveryRegisterMutation, DiscoveryRegisterMutationVariables>;
export const DiscoveryAgentNamesDocument = new TypedDocumentString(`
    query DiscoveryAgentNames {
  agents {
    name
  }
}
    `) as unknown as TypedDocumentString<DiscoveryAgentNamesQuery, DiscoveryAgentNamesQueryVariables>;
export const DiscoveryZoneAgentNamesDocument = new TypedDocumentString(`
    query DiscoveryZoneAgentNames {
  agents(zone: "enclave-2") {
    name
  }
}
    `) as unknown as TypedDocumentString<DiscoveryZoneAgentNamesQuery, DiscoveryZoneAgentNamesQueryVariables>;
export const DiscoveryAgentIdsDocument = new TypedDocumentString(`
    query DiscoveryAgentIds {
  agents {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscoveryAgentIdsQuery, DiscoveryAgentIdsQueryVariables>;
export const DiscoveryNetworkDiscoveredDocument = new TypedDocumentString(`
    subscription DiscoveryNetworkDiscovered($a: ID) {
  networkDiscovered(agentId: $a) {
    ...DiscoveryNetworkFields
  }
}
    fragment DiscoveryNetworkFields on Network {
  id
  dockerId
  name
  driver
  internal
  subnets
  discoveredAt
  removedAt
  warnings
  agent {
    id
    name
  }
}`) as unknown as TypedDocumentString<DiscoveryNetworkDiscoveredSubscription, DiscoveryNetworkDiscoveredSubscriptionVariables>;
export const DiscoveryNetworkRemovedDocument = new TypedDocumentString(`
    subscription DiscoveryNetworkRemoved($a: ID) {
  networkRemoved(agentId: $a) {
    ...DiscoveryNetworkFields
  }
}
    fragment DiscoveryNetworkFields on Network {
  id
  dockerId
  name
  driver
  internal
  subnets
  discoveredAt
  removedAt
  warnings
  agent {
    id
    name
  }
}`) as unknown as TypedDocumentString<DiscoveryNetworkRemovedSubscription, DiscoveryNetworkRemovedSubscriptionVariables>;
export const DiscoveryLiveNetworksDocument = new TypedDocumentString(`
    query DiscoveryLiveNetworks($a: ID) {
  networks(agentId: $a) {
    name
  }
}
    `) as unknown as TypedDocumentString<DiscoveryLiveNetworksQuery, DiscoveryLiveNetworksQueryVariables>;
export const DiscoveryAllNetworksDocument = new TypedDocumentString(`
    query DiscoveryAllNetworks($a: ID) {
  networks(agentId: $a, includeRemoved: true) {
    name
    removedAt
  }
}
    `) as unknown as TypedDocumentString<DiscoveryAllNetworksQuery, DiscoveryAllNetworksQueryVariables>;
export const DiscoveryAgentStatusChangedDocument = new TypedDocumentString(`
    subscription DiscoveryAgentStatusChanged($a: ID) {
  agentStatusChanged(agentId: $a) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DiscoveryAgentStatusChangedSubscription, DiscoveryAgentStatusChangedSubscriptionVariables>;
export const DiscoveryNetworkNamesDocument = new TypedDocumentString(`
    subscription DiscoveryNetworkNames($a: ID) {
  networkDiscovered(agentId: $a) {
    name
  }
}
    `) as unknown as TypedDocumentString<DiscoveryNetworkNamesSubscription, DiscoveryNetworkNamesSubscriptionVariables>;
export const DiscoveryAgentNetworksDocument = new TypedDocumentString(`
    query DiscoveryAgentNetworks($id: ID!) {
  agent(id: $id) {
    status
    networks {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DiscoveryAgentNetworksQuery, DiscoveryAgentNetworksQueryVariables>;
export const DiscoveryCreateInZone3Document = new TypedDocumentString(`
    mutation DiscoveryCreateInZone3 {
  createNetwork(input: {name: "z_enclave_3", zone: "enclave-3"}) {
    ...DiscoveryNetworkFields
  }
}
    fragment DiscoveryNetworkFields on Network {
  id
  dockerId
  name
  driver
  internal
  subnets
  discoveredAt
  removedAt
  warnings
  agent {
    id
    name
  }
}`) as unknown as TypedDocumentString<DiscoveryCreateInZone3Mutation, DiscoveryCreateInZone3MutationVariables>;
export const DiscoveryCreateSharedDocument = new TypedDocumentString(`
    mutation DiscoveryCreateShared {
  createNetwork(input: {name: "z_shared", zone: "enclave-2", internal: true}) {
    id
    name
    internal
    agent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DiscoveryCreateSharedMutation, DiscoveryCreateSharedMutationVariables>;
export const DiscoveryCreateSharedAgainDocument = new TypedDocumentString(`
    mutation DiscoveryCreateSharedAgain {
  createNetwork(input: {name: "z_shared", zone: "enclave-2"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscoveryCreateSharedAgainMutation, DiscoveryCreateSharedAgainMutationVariables>;
export const DiscoveryOfflineStatusDocument = new TypedDocumentString(`
    subscription DiscoveryOfflineStatus($a: ID) {
  agentStatusChanged(agentId: $a) {
    status
  }
}
    `) as unknown as TypedDocumentString<DiscoveryOfflineStatusSubscription, DiscoveryOfflineStatusSubscriptionVariables>;
export const DiscoveryAgentStatusDocument = new TypedDocumentString(`
    query DiscoveryAgentStatus($id: ID!) {
  agent(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<DiscoveryAgentStatusQuery, DiscoveryAgentStatusQueryVariables>;
export const DiscoveryCreatePartialDocument = new TypedDocumentString(`
    mutation DiscoveryCreatePartial($ids: [ID!]) {
  createNetwork(input: {name: "z_partial", agentIds: $ids}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscoveryCreatePartialMutation, DiscoveryCreatePartialMutationVariables>;
export const DiscoveryPartialNetworksDocument = new TypedDocumentString(`
    query DiscoveryPartialNetworks {
  networks(name: "z_partial") {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscoveryPartialNetworksQuery, DiscoveryPartialNetworksQueryVariables>;
export const DiscoveryCreateBadNameDocument = new TypedDocumentString(`
    mutation DiscoveryCreateBadName {
  createNetwork(input: {name: "bad name", zone: "enclave-2"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscoveryCreateBadNameMutation, DiscoveryCreateBadNameMutationVariables>;
export const DiscoveryUpdateAgentDocument = new TypedDocumentString(`
    mutation DiscoveryUpdateAgent($id: ID!) {
  updateAgent(
    id: $id
    input: {enabled: false, zone: "other", capacity: {maxSessions: 3, cores: 2}}
  ) {
    enabled
    zone
    capacity {
      maxSessions
      cores
    }
  }
}
    `) as unknown as TypedDocumentString<DiscoveryUpdateAgentMutation, DiscoveryUpdateAgentMutationVariables>;
export const DiscoveryUpdateUnknownAgentDocument = new TypedDocumentString(`
    mutation DiscoveryUpdateUnknownAgent {
  updateAgent(id: "nope", input: {enabled: true}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscoveryUpdateUnknownAgentMutation, DiscoveryUpdateUnknownAgentMutationVariables>;
export const DiscoveryRemoveAgentDocument = new TypedDocumentString(`
    mutation DiscoveryRemoveAgent($id: ID!) {
  removeAgent(id: $id)
}
    `) as unknown as TypedDocumentString<DiscoveryRemoveAgentMutation, DiscoveryRemoveAgentMutationVariables>;
export const DiscoveryAgentIdDocument = new TypedDocumentString(`
    query DiscoveryAgentId($id: ID!) {
  agent(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscoveryAgentIdQuery, DiscoveryAgentIdQueryVariables>;
export const DiscoveryAgentNetworkIdsDocument = new TypedDocumentString(`
    query DiscoveryAgentNetworkIds($a: ID) {
  networks(agentId: $a) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscoveryAgentNetworkIdsQuery, DiscoveryAgentNetworkIdsQueryVariables>;
export const EnclavesWorkspacesDocument = new TypedDocumentString(`
    query EnclavesWorkspaces {
  workspaces {
    id
    name
    networks
    groups
    launchOptions {
      allowNetworkSelection
      choices {
        network
        label
        available
        agentCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnclavesWorkspacesQuery, EnclavesWorkspacesQueryVariables>;
export const EnclavesWorkspaceDocument = new TypedDocumentString(`
    query EnclavesWorkspace($id: ID!) {
  workspace(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnclavesWorkspaceQuery, EnclavesWorkspaceQueryVariables>;
export const EnclavesLaunchDocument = new TypedDocumentString(`
    mutation EnclavesLaunch($input: LaunchSessionInput!) {
  launchSession(input: $input) {
    id
    network
    agent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EnclavesLaunchMutation, EnclavesLaunchMutationVariables>;
export const EnclavesSessionDocument = new TypedDocumentString(`
    query EnclavesSession($id: ID!) {
  session(id: $id) {
    status
    statusReason
    containerId
    network
    agent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EnclavesSessionQuery, EnclavesSessionQueryVariables>;
export const EnclavesActiveSessionsDocument = new TypedDocumentString(`
    query EnclavesActiveSessions {
  sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, STOPPING]) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnclavesActiveSessionsQuery, EnclavesActiveSessionsQueryVariables>;
export const EnclavesLaunchOptionsChangedDocument = new TypedDocumentString(`
    subscription EnclavesLaunchOptionsChanged($id: ID!) {
  launchOptionsChanged(workspaceId: $id) {
    choices {
      network
      available
      agentCount
    }
  }
}
    `) as unknown as TypedDocumentString<EnclavesLaunchOptionsChangedSubscription, EnclavesLaunchOptionsChangedSubscriptionVariables>;
export const EnclavesLimitWorkspaceDocument = new TypedDocumentString(`
    mutation EnclavesLimitWorkspace($id: ID!, $groups: [String!]!) {
  updateWorkspace(id: $id, input: {groups: $groups}) {
    id
    groups
  }
}
    `) as unknown as TypedDocumentString<EnclavesLimitWorkspaceMutation, EnclavesLimitWorkspaceMutationVariables>;
export const EnclavesEnableAgentDocument = new TypedDocumentString(`
    mutation EnclavesEnableAgent($id: ID!, $enabled: Boolean!) {
  updateAgent(id: $id, input: {enabled: $enabled}) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnclavesEnableAgentMutation, EnclavesEnableAgentMutationVariables>;
export const FaultsAgentStatusChangesDocument = new TypedDocumentString(`
    subscription FaultsAgentStatusChanges {
  agentStatusChanged {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<FaultsAgentStatusChangesSubscription, FaultsAgentStatusChangesSubscriptionVariables>;
export const FaultsSessionIdsDocument = new TypedDocumentString(`
    query FaultsSessionIds {
  sessions {
    id
  }
}
    `) as unknown as TypedDocumentString<FaultsSessionIdsQuery, FaultsSessionIdsQueryVariables>;
export const FaultsNetworksDiscoveredDocument = new TypedDocumentString(`
    subscription FaultsNetworksDiscovered {
  networkDiscovered {
    name
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsNetworksDiscoveredSubscription, FaultsNetworksDiscoveredSubscriptionVariables>;
export const FaultsNetworksRemovedDocument = new TypedDocumentString(`
    subscription FaultsNetworksRemoved {
  networkRemoved {
    name
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsNetworksRemovedSubscription, FaultsNetworksRemovedSubscriptionVariables>;
export const FaultsServingDocument = new TypedDocumentString(`
    query FaultsServing {
  sessions {
    id
  }
  agents {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<FaultsServingQuery, FaultsServingQueryVariables>;
export const FaultsHistoryDocument = new TypedDocumentString(`
    query FaultsHistory($id: ID!) {
  session(id: $id) {
    history {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsHistoryQuery, FaultsHistoryQueryVariables>;
export const FaultsHistoryReasonsDocument = new TypedDocumentString(`
    query FaultsHistoryReasons($id: ID!) {
  session(id: $id) {
    history {
      status
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsHistoryReasonsQuery, FaultsHistoryReasonsQueryVariables>;
export const FaultsSessionsInDetailDocument = new TypedDocumentString(`
    query FaultsSessionsInDetail {
  sessions {
    id
    status
    statusReason
    launched: createdAt
    history {
      status
      reason
      at
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsSessionsInDetailQuery, FaultsSessionsInDetailQueryVariables>;
export const FuzzPoolsDocument = new TypedDocumentString(`
    query FuzzPools {
  agents {
    id
    endpoint
  }
  workspaces {
    id
  }
  sessions {
    id
  }
  apiKeys(includeRevoked: true) {
    id
  }
  networks {
    name
  }
  users {
    id
    username
  }
  groups {
    id
    name
  }
  registryCredentials {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzPoolsQuery, FuzzPoolsQueryVariables>;
export const FuzzCreateGroupDocument = new TypedDocumentString(`
    mutation FuzzCreateGroup($input: CreateGroupInput!) {
  createGroup(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzCreateGroupMutation, FuzzCreateGroupMutationVariables>;
export const FuzzCreateUserDocument = new TypedDocumentString(`
    mutation FuzzCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzCreateUserMutation, FuzzCreateUserMutationVariables>;
export const FuzzUserKeyDocument = new TypedDocumentString(`
    mutation FuzzUserKey {
  createApiKey(input: {name: "fuzz user", role: USER, owner: "alice"}) {
    token
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FuzzUserKeyMutation, FuzzUserKeyMutationVariables>;
export const FuzzViewerRoleDocument = new TypedDocumentString(`
    query FuzzViewerRole {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<FuzzViewerRoleQuery, FuzzViewerRoleQueryVariables>;
export const IdentityViewerDocument = new TypedDocumentString(`
    query IdentityViewer {
  viewer {
    owner
    role
    user {
      username
      groups {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityViewerQuery, IdentityViewerQueryVariables>;
export const IdentityUsersDocument = new TypedDocumentString(`
    query IdentityUsers {
  users {
    id
    username
    lastSignInAt
  }
}
    `) as unknown as TypedDocumentString<IdentityUsersQuery, IdentityUsersQueryVariables>;
export const IdentityStatusChangesDocument = new TypedDocumentString(`
    subscription IdentityStatusChanges {
  sessionStatusChanged {
    id
  }
}
    `) as unknown as TypedDocumentString<IdentityStatusChangesSubscription, IdentityStatusChangesSubscriptionVariables>;
export const IdentityApiKeysDocument = new TypedDocumentString(`
    query IdentityApiKeys {
  apiKeys(includeRevoked: true) {
    id
    owner
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<IdentityApiKeysQuery, IdentityApiKeysQueryVariables>;
export const IdentityAuditLogDocument = new TypedDocumentString(`
    query IdentityAuditLog {
  auditLog(first: 200) {
    entries {
      actor
      operation
      target
      outcome
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityAuditLogQuery, IdentityAuditLogQueryVariables>;
export const IdentityDeleteUserDocument = new TypedDocumentString(`
    mutation IdentityDeleteUser($id: ID!) {
  deleteUser(id: $id)
}
    `) as unknown as TypedDocumentString<IdentityDeleteUserMutation, IdentityDeleteUserMutationVariables>;
export const IdentityUpdateGroupDocument = new TypedDocumentString(`
    mutation IdentityUpdateGroup($id: ID!, $input: UpdateGroupInput!) {
  updateGroup(id: $id, input: $input) {
    id
    networks
  }
}
    `) as unknown as TypedDocumentString<IdentityUpdateGroupMutation, IdentityUpdateGroupMutationVariables>;
export const IdentityLaunchMissingDocument = new TypedDocumentString(`
    mutation IdentityLaunchMissing {
  launchSession(input: {workspaceId: "00000000-0000-4000-8000-000000000000"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdentityLaunchMissingMutation, IdentityLaunchMissingMutationVariables>;
export const LabelsRegisterDocument = new TypedDocumentString(`
    mutation LabelsRegister($input: RegisterAgentInput!) {
  registerAgent(input: $input) {
    id
    status
    labels
    capacity {
      gpus
      usedGpus
    }
  }
}
    `) as unknown as TypedDocumentString<LabelsRegisterMutation, LabelsRegisterMutationVariables>;
export const LabelsRelabelDocument = new TypedDocumentString(`
    mutation LabelsRelabel($id: ID!, $labels: [String!]) {
  updateAgent(id: $id, input: {labels: $labels}) {
    labels
  }
}
    `) as unknown as TypedDocumentString<LabelsRelabelMutation, LabelsRelabelMutationVariables>;
export const LabelsCapacityDocument = new TypedDocumentString(`
    query LabelsCapacity($id: ID!) {
  agent(id: $id) {
    capacity {
      gpus
      usedGpus
      sessionCount
    }
  }
}
    `) as unknown as TypedDocumentString<LabelsCapacityQuery, LabelsCapacityQueryVariables>;
export const LabelsWorkspaceDocument = new TypedDocumentString(`
    query LabelsWorkspace($id: ID!) {
  workspace(id: $id) {
    agentSelector
    gpus
    launchOptions {
      choices {
        network
        agentCount
        available
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LabelsWorkspaceQuery, LabelsWorkspaceQueryVariables>;
export const LabelsPlacementDocument = new TypedDocumentString(`
    query LabelsPlacement($id: ID!) {
  placement(workspaceId: $id) {
    chosen {
      agent {
        name
      }
    }
    candidates {
      agent {
        name
      }
      eligible
      reasons
    }
  }
}
    `) as unknown as TypedDocumentString<LabelsPlacementQuery, LabelsPlacementQueryVariables>;
export const LabelsLaunchDocument = new TypedDocumentString(`
    mutation LabelsLaunch($id: ID!) {
  launchSession(input: {workspaceId: $id}) {
    id
    status
    agent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LabelsLaunchMutation, LabelsLaunchMutationVariables>;
export const LabelsPoolDocument = new TypedDocumentString(`
    mutation LabelsPool($input: CreateStagingPoolInput!) {
  createStagingPool(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LabelsPoolMutation, LabelsPoolMutationVariables>;
export const LabelsPoolMembersDocument = new TypedDocumentString(`
    query LabelsPoolMembers($id: ID) {
  stagingPools(workspaceId: $id) {
    ready
    members {
      agent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LabelsPoolMembersQuery, LabelsPoolMembersQueryVariables>;
export const LabelsDeletePoolDocument = new TypedDocumentString(`
    mutation LabelsDeletePool($id: ID!) {
  deleteStagingPool(id: $id)
}
    `) as unknown as TypedDocumentString<LabelsDeletePoolMutation, LabelsDeletePoolMutationVariables>;
export const LifetimeRestartLaunchDocument = new TypedDocumentString(`
    mutation LifetimeRestartLaunch($id: ID!) {
  launchSession(input: {workspaceId: $id}) {
    id
  }
}
    `) as unknown as TypedDocumentString<LifetimeRestartLaunchMutation, LifetimeRestartLaunchMutationVariables>;
export const LifetimeRestartGetDocument = new TypedDocumentString(`
    query LifetimeRestartGet($id: ID!) {
  session(id: $id) {
    status
    expiresAt
    history {
      status
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<LifetimeRestartGetQuery, LifetimeRestartGetQueryVariables>;
export const LifetimeLaunchDocument = new TypedDocumentString(`
    mutation LifetimeLaunch($id: ID!) {
  launchSession(input: {workspaceId: $id}) {
    ...LifetimeSession
  }
}
    fragment LifetimeSession on Session {
  id
  status
  statusReason
  expiresAt
  containerId
  agent {
    id
  }
}`) as unknown as TypedDocumentString<LifetimeLaunchMutation, LifetimeLaunchMutationVariables>;
export const LifetimeGetDocument = new TypedDocumentString(`
    query LifetimeGet($id: ID!) {
  session(id: $id) {
    ...LifetimeSession
    history {
      status
      reason
      at
    }
  }
}
    fragment LifetimeSession on Session {
  id
  status
  statusReason
  expiresAt
  containerId
  agent {
    id
  }
}`) as unknown as TypedDocumentString<LifetimeGetQuery, LifetimeGetQueryVariables>;
export const LifetimePauseDocument = new TypedDocumentString(`
    mutation LifetimePause($id: ID!) {
  pauseSession(id: $id) {
    ...LifetimeSession
  }
}
    fragment LifetimeSession on Session {
  id
  status
  statusReason
  expiresAt
  containerId
  agent {
    id
  }
}`) as unknown as TypedDocumentString<LifetimePauseMutation, LifetimePauseMutationVariables>;
export const LifetimeSuspendDocument = new TypedDocumentString(`
    mutation LifetimeSuspend($id: ID!) {
  suspendSession(id: $id) {
    ...LifetimeSession
  }
}
    fragment LifetimeSession on Session {
  id
  status
  statusReason
  expiresAt
  containerId
  agent {
    id
  }
}`) as unknown as TypedDocumentString<LifetimeSuspendMutation, LifetimeSuspendMutationVariables>;
export const LifetimeResumeDocument = new TypedDocumentString(`
    mutation LifetimeResume($id: ID!) {
  resumeSession(id: $id) {
    ...LifetimeSession
  }
}
    fragment LifetimeSession on Session {
  id
  status
  statusReason
  expiresAt
  containerId
  agent {
    id
  }
}`) as unknown as TypedDocumentString<LifetimeResumeMutation, LifetimeResumeMutationVariables>;
export const LifetimeKeepaliveDocument = new TypedDocumentString(`
    mutation LifetimeKeepalive($id: ID!) {
  keepaliveSession(id: $id) {
    ...LifetimeSession
  }
}
    fragment LifetimeSession on Session {
  id
  status
  statusReason
  expiresAt
  containerId
  agent {
    id
  }
}`) as unknown as TypedDocumentString<LifetimeKeepaliveMutation, LifetimeKeepaliveMutationVariables>;
export const LifetimeDestroyDocument = new TypedDocumentString(`
    mutation LifetimeDestroy($id: ID!) {
  destroySession(id: $id) {
    ...LifetimeSession
  }
}
    fragment LifetimeSession on Session {
  id
  status
  statusReason
  expiresAt
  containerId
  agent {
    id
  }
}`) as unknown as TypedDocumentString<LifetimeDestroyMutation, LifetimeDestroyMutationVariables>;
export const LifetimeCapacityDocument = new TypedDocumentString(`
    query LifetimeCapacity($id: ID!) {
  agent(id: $id) {
    capacity {
      usedCores
      usedMemoryMb
      sessionCount
    }
  }
}
    `) as unknown as TypedDocumentString<LifetimeCapacityQuery, LifetimeCapacityQueryVariables>;
export const LifetimeSetCapacityDocument = new TypedDocumentString(`
    mutation LifetimeSetCapacity($id: ID!, $cores: Float) {
  updateAgent(id: $id, input: {capacity: {cores: $cores}}) {
    id
  }
}
    `) as unknown as TypedDocumentString<LifetimeSetCapacityMutation, LifetimeSetCapacityMutationVariables>;
export const OidcViewerDocument = new TypedDocumentString(`
    query OidcViewer {
  viewer {
    owner
    role
    user {
      id
      username
      displayName
      hasPassword
      groups {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OidcViewerQuery, OidcViewerQueryVariables>;
export const OidcUsersDocument = new TypedDocumentString(`
    query OidcUsers {
  users {
    id
    username
  }
}
    `) as unknown as TypedDocumentString<OidcUsersQuery, OidcUsersQueryVariables>;
export const OidcGroupsDocument = new TypedDocumentString(`
    query OidcGroups {
  groups {
    name
  }
}
    `) as unknown as TypedDocumentString<OidcGroupsQuery, OidcGroupsQueryVariables>;
export const RegistryCreateCredentialDocument = new TypedDocumentString(`
    mutation RegistryCreateCredential($input: CreateRegistryCredentialInput!) {
  createRegistryCredential(input: $input) {
    id
    registry
    username
    createdAt
  }
}
    `) as unknown as TypedDocumentString<RegistryCreateCredentialMutation, RegistryCreateCredentialMutationVariables>;
export const RegistryDeleteCredentialDocument = new TypedDocumentString(`
    mutation RegistryDeleteCredential($id: ID!) {
  deleteRegistryCredential(id: $id)
}
    `) as unknown as TypedDocumentString<RegistryDeleteCredentialMutation, RegistryDeleteCredentialMutationVariables>;
export const RegistryCredentialsDocument = new TypedDocumentString(`
    query RegistryCredentials {
  registryCredentials {
    id
    registry
    username
    createdAt
  }
}
    `) as unknown as TypedDocumentString<RegistryCredentialsQuery, RegistryCredentialsQueryVariables>;
export const RegistryAuditDocument = new TypedDocumentString(`
    query RegistryAudit {
  auditLog(first: 100) {
    entries {
      operation
      target
      outcome
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryAuditQuery, RegistryAuditQueryVariables>;
export const RestartRegisterDocument = new TypedDocumentString(`
    mutation RestartRegister($e: String!) {
  registerAgent(input: {name: "a", endpoint: $e}) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RestartRegisterMutation, RestartRegisterMutationVariables>;
export const RestartAgentStatusesDocument = new TypedDocumentString(`
    query RestartAgentStatuses {
  agents {
    status
  }
}
    `) as unknown as TypedDocumentString<RestartAgentStatusesQuery, RestartAgentStatusesQueryVariables>;
export const RestartSessionCountsDocument = new TypedDocumentString(`
    query RestartSessionCounts {
  agents {
    capacity {
      sessionCount
    }
  }
}
    `) as unknown as TypedDocumentString<RestartSessionCountsQuery, RestartSessionCountsQueryVariables>;
export const ScaleOutNetworksDiscoveredDocument = new TypedDocumentString(`
    subscription ScaleOutNetworksDiscovered {
  networkDiscovered {
    name
    agent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ScaleOutNetworksDiscoveredSubscription, ScaleOutNetworksDiscoveredSubscriptionVariables>;
export const ScaleOutWorkspaceIdsDocument = new TypedDocumentString(`
    query ScaleOutWorkspaceIds {
  workspaces {
    id
  }
}
    `) as unknown as TypedDocumentString<ScaleOutWorkspaceIdsQuery, ScaleOutWorkspaceIdsQueryVariables>;
export const SessionsStatusChangedDocument = new TypedDocumentString(`
    subscription SessionsStatusChanged {
  sessionStatusChanged {
    ...SessionsSessionFields
  }
}
    fragment SessionsSessionFields on Session {
  id
  status
  statusReason
  network
  containerId
  owner
  agent {
    id
    name
  }
  workspace {
    id
  }
}`) as unknown as TypedDocumentString<SessionsStatusChangedSubscription, SessionsStatusChangedSubscriptionVariables>;
export const SessionsLaunchDocument = new TypedDocumentString(`
    mutation SessionsLaunch($input: LaunchSessionInput!) {
  launchSession(input: $input) {
    ...SessionsSessionFields
  }
}
    fragment SessionsSessionFields on Session {
  id
  status
  statusReason
  network
  containerId
  owner
  agent {
    id
    name
  }
  workspace {
    id
  }
}`) as unknown as TypedDocumentString<SessionsLaunchMutation, SessionsLaunchMutationVariables>;
export const SessionsHistoryDocument = new TypedDocumentString(`
    query SessionsHistory($id: ID!) {
  session(id: $id) {
    status
    history {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsHistoryQuery, SessionsHistoryQueryVariables>;
export const SessionsIdsDocument = new TypedDocumentString(`
    query SessionsIds {
  sessions {
    id
  }
}
    `) as unknown as TypedDocumentString<SessionsIdsQuery, SessionsIdsQueryVariables>;
export const SessionsLaunchMissingDocument = new TypedDocumentString(`
    mutation SessionsLaunchMissing {
  launchSession(input: {workspaceId: "00000000-0000-4000-8000-000000000000"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<SessionsLaunchMissingMutation, SessionsLaunchMissingMutationVariables>;
export const SessionsLaunchOptionsDocument = new TypedDocumentString(`
    query SessionsLaunchOptions($id: ID!) {
  workspace(id: $id) {
    launchOptions {
      allowNetworkSelection
      choices {
        network
        label
        available
        agentCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsLaunchOptionsQuery, SessionsLaunchOptionsQueryVariables>;
export const SessionsLaunchOptionsChangedDocument = new TypedDocumentString(`
    subscription SessionsLaunchOptionsChanged($id: ID!) {
  launchOptionsChanged(workspaceId: $id) {
    choices {
      network
      agentCount
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsLaunchOptionsChangedSubscription, SessionsLaunchOptionsChangedSubscriptionVariables>;
export const SessionsEnableAgentDocument = new TypedDocumentString(`
    mutation SessionsEnableAgent($id: ID!, $enabled: Boolean!) {
  updateAgent(id: $id, input: {enabled: $enabled}) {
    id
  }
}
    `) as unknown as TypedDocumentString<SessionsEnableAgentMutation, SessionsEnableAgentMutationVariables>;
export const SessionsMaxSessionsDocument = new TypedDocumentString(`
    mutation SessionsMaxSessions($id: ID!, $max: Int) {
  updateAgent(id: $id, input: {capacity: {maxSessions: $max}}) {
    id
  }
}
    `) as unknown as TypedDocumentString<SessionsMaxSessionsMutation, SessionsMaxSessionsMutationVariables>;
export const SessionsSessionCountDocument = new TypedDocumentString(`
    query SessionsSessionCount($id: ID!) {
  agent(id: $id) {
    capacity {
      sessionCount
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsSessionCountQuery, SessionsSessionCountQueryVariables>;
export const SessionsAgentStatusDocument = new TypedDocumentString(`
    query SessionsAgentStatus($id: ID!) {
  agent(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<SessionsAgentStatusQuery, SessionsAgentStatusQueryVariables>;
export const SessionsCreateMissingImageDocument = new TypedDocumentString(`
    mutation SessionsCreateMissingImage {
  createWorkspace(
    input: {name: "missing-image", image: "enclave-test/not-here:1", cores: 0.1, memoryMb: 32}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<SessionsCreateMissingImageMutation, SessionsCreateMissingImageMutationVariables>;
export const SessionsLaunchByIdDocument = new TypedDocumentString(`
    mutation SessionsLaunchById($id: ID!) {
  launchSession(input: {workspaceId: $id}) {
    id
  }
}
    `) as unknown as TypedDocumentString<SessionsLaunchByIdMutation, SessionsLaunchByIdMutationVariables>;
export const SshRegisterDocument = new TypedDocumentString(`
    mutation SshRegister($e: String!) {
  registerAgent(input: {name: "over-ssh", endpoint: $e}) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SshRegisterMutation, SshRegisterMutationVariables>;
export const StagingKillCreatePoolDocument = new TypedDocumentString(`
    mutation StagingKillCreatePool($input: CreateStagingPoolInput!) {
  createStagingPool(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StagingKillCreatePoolMutation, StagingKillCreatePoolMutationVariables>;
export const StagingKillEndedDocument = new TypedDocumentString(`
    query StagingKillEnded {
  sessions(status: [STOPPED, FAILED]) {
    status
    statusReason
  }
}
    `) as unknown as TypedDocumentString<StagingKillEndedQuery, StagingKillEndedQueryVariables>;
export const StagingKillMembersDocument = new TypedDocumentString(`
    query StagingKillMembers {
  stagingPools {
    ready
    members {
      id
      status
    }
  }
  sessions(
    status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, SUSPENDED, STOPPING]
  ) {
    id
    owner
  }
}
    `) as unknown as TypedDocumentString<StagingKillMembersQuery, StagingKillMembersQueryVariables>;
export const StagingCreatePoolDocument = new TypedDocumentString(`
    mutation StagingCreatePool($input: CreateStagingPoolInput!) {
  createStagingPool(input: $input) {
    id
    size
    ready
  }
}
    `) as unknown as TypedDocumentString<StagingCreatePoolMutation, StagingCreatePoolMutationVariables>;
export const StagingUpdatePoolDocument = new TypedDocumentString(`
    mutation StagingUpdatePool($id: ID!, $size: Int!) {
  updateStagingPool(id: $id, input: {size: $size}) {
    id
    size
  }
}
    `) as unknown as TypedDocumentString<StagingUpdatePoolMutation, StagingUpdatePoolMutationVariables>;
export const StagingDeletePoolDocument = new TypedDocumentString(`
    mutation StagingDeletePool($id: ID!) {
  deleteStagingPool(id: $id)
}
    `) as unknown as TypedDocumentString<StagingDeletePoolMutation, StagingDeletePoolMutationVariables>;
export const StagingPoolsDocument = new TypedDocumentString(`
    query StagingPools($workspaceId: ID) {
  stagingPools(workspaceId: $workspaceId) {
    id
    size
    ready
    members {
      ...StagedSession
    }
  }
}
    fragment StagedSession on Session {
  id
  owner
  status
  statusReason
  staged
  poolId
  containerId
  network
  agent {
    id
  }
}`) as unknown as TypedDocumentString<StagingPoolsQuery, StagingPoolsQueryVariables>;
export const StagingLaunchDocument = new TypedDocumentString(`
    mutation StagingLaunch($id: ID!, $network: String) {
  launchSession(input: {workspaceId: $id, network: $network}) {
    ...StagedSession
  }
}
    fragment StagedSession on Session {
  id
  owner
  status
  statusReason
  staged
  poolId
  containerId
  network
  agent {
    id
  }
}`) as unknown as TypedDocumentString<StagingLaunchMutation, StagingLaunchMutationVariables>;
export const StagingGetDocument = new TypedDocumentString(`
    query StagingGet($id: ID!) {
  session(id: $id) {
    ...StagedSession
    history {
      status
      reason
    }
  }
}
    fragment StagedSession on Session {
  id
  owner
  status
  statusReason
  staged
  poolId
  containerId
  network
  agent {
    id
  }
}`) as unknown as TypedDocumentString<StagingGetQuery, StagingGetQueryVariables>;
export const StagingUpdateWorkspaceDocument = new TypedDocumentString(`
    mutation StagingUpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {
  updateWorkspace(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StagingUpdateWorkspaceMutation, StagingUpdateWorkspaceMutationVariables>;
export const StagingFailedDocument = new TypedDocumentString(`
    query StagingFailed($workspaceId: ID!) {
  sessions(status: [FAILED], workspaceId: $workspaceId) {
    id
    statusReason
  }
}
    `) as unknown as TypedDocumentString<StagingFailedQuery, StagingFailedQueryVariables>;
export const StagingSetEnabledDocument = new TypedDocumentString(`
    mutation StagingSetEnabled($id: ID!, $enabled: Boolean!) {
  updateAgent(id: $id, input: {enabled: $enabled}) {
    id
  }
}
    `) as unknown as TypedDocumentString<StagingSetEnabledMutation, StagingSetEnabledMutationVariables>;
export const StagingSetCapacityDocument = new TypedDocumentString(`
    mutation StagingSetCapacity($id: ID!, $cores: Float) {
  updateAgent(id: $id, input: {capacity: {cores: $cores}}) {
    id
  }
}
    `) as unknown as TypedDocumentString<StagingSetCapacityMutation, StagingSetCapacityMutationVariables>;
export const StagingActiveDocument = new TypedDocumentString(`
    query StagingActive {
  sessions(
    status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, SUSPENDED, STOPPING]
  ) {
    id
  }
  stagingPools {
    id
  }
}
    `) as unknown as TypedDocumentString<StagingActiveQuery, StagingActiveQueryVariables>;
export const StagingDestroyDocument = new TypedDocumentString(`
    mutation StagingDestroy($id: ID!) {
  destroySession(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<StagingDestroyMutation, StagingDestroyMutationVariables>;
export const StagingPlacementDocument = new TypedDocumentString(`
    query StagingPlacement($id: ID!) {
  placement(workspaceId: $id) {
    chosen {
      reasons
    }
  }
}
    `) as unknown as TypedDocumentString<StagingPlacementQuery, StagingPlacementQueryVariables>;
export const TlsAgentsDocument = new TypedDocumentString(`
    query TlsAgents {
  agents {
    name
    status
    tls
    networks {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TlsAgentsQuery, TlsAgentsQueryVariables>;
export const TlsRegisterDocument = new TypedDocumentString(`
    mutation TlsRegister($e: String!, $tls: AgentTlsInput!) {
  registerAgent(input: {name: "remote", endpoint: $e, tls: $tls}) {
    status
    tls
  }
}
    `) as unknown as TypedDocumentString<TlsRegisterMutation, TlsRegisterMutationVariables>;
export const VolumesLaunchDocument = new TypedDocumentString(`
    mutation VolumesLaunch($id: ID!) {
  launchSession(input: {workspaceId: $id}) {
    id
  }
}
    `) as unknown as TypedDocumentString<VolumesLaunchMutation, VolumesLaunchMutationVariables>;
export const VolumesSessionDocument = new TypedDocumentString(`
    query VolumesSession($id: ID!) {
  session(id: $id) {
    status
    statusReason
    containerId
    agent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<VolumesSessionQuery, VolumesSessionQueryVariables>;
export const VolumesPlacementDocument = new TypedDocumentString(`
    query VolumesPlacement($id: ID!) {
  placement(workspaceId: $id) {
    chosen {
      agent {
        name
      }
    }
    candidates {
      agent {
        name
      }
      eligible
      reasons
    }
  }
}
    `) as unknown as TypedDocumentString<VolumesPlacementQuery, VolumesPlacementQueryVariables>;
export const VolumesUpdateDocument = new TypedDocumentString(`
    mutation VolumesUpdate($id: ID!, $input: UpdateWorkspaceInput!) {
  updateWorkspace(id: $id, input: $input) {
    volumes {
      source
      target
    }
  }
}
    `) as unknown as TypedDocumentString<VolumesUpdateMutation, VolumesUpdateMutationVariables>;
export const VolumesSettingsDocument = new TypedDocumentString(`
    query VolumesSettings($id: ID!) {
  workspace(id: $id) {
    volumes {
      source
      target
      readOnly
      requireAgent
    }
    shmSizeMb
  }
}
    `) as unknown as TypedDocumentString<VolumesSettingsQuery, VolumesSettingsQueryVariables>;
export const VolumesUpdateAgentDocument = new TypedDocumentString(`
    mutation VolumesUpdateAgent($id: ID!, $input: UpdateAgentInput!) {
  updateAgent(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<VolumesUpdateAgentMutation, VolumesUpdateAgentMutationVariables>;
export const WorkspacesCreateChromeDocument = new TypedDocumentString(`
    mutation WorkspacesCreateChrome {
  createWorkspace(
    input: {name: "chrome", image: "kasmweb/chrome:1.14", command: ["run"], env: [{key: "A", value: "1"}]}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkspacesCreateChromeMutation, WorkspacesCreateChromeMutationVariables>;
export const WorkspacesIdsDocument = new TypedDocumentString(`
    query WorkspacesIds {
  workspaces {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkspacesIdsQuery, WorkspacesIdsQueryVariables>;
export const WorkspacesRestrictDocument = new TypedDocumentString(`
    mutation WorkspacesRestrict($id: ID!, $n: [String!]!) {
  restrictWorkspaceToNetworks(id: $id, networks: $n, allowNetworkSelection: true) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkspacesRestrictMutation, WorkspacesRestrictMutationVariables>;
export const WorkspacesNetworksDocument = new TypedDocumentString(`
    query WorkspacesNetworks($id: ID!) {
  workspace(id: $id) {
    networks
    restrictToNetworks
  }
}
    `) as unknown as TypedDocumentString<WorkspacesNetworksQuery, WorkspacesNetworksQueryVariables>;
export const WorkspacesUpdateCoresDocument = new TypedDocumentString(`
    mutation WorkspacesUpdateCores($id: ID!) {
  updateWorkspace(id: $id, input: {cores: 2}) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkspacesUpdateCoresMutation, WorkspacesUpdateCoresMutationVariables>;
export const WorkspacesUpdateDocument = new TypedDocumentString(`
    mutation WorkspacesUpdate($id: ID!) {
  updateWorkspace(
    id: $id
    input: {cores: 2, memoryMb: 1024, zone: "enclave-2", enabled: false}
  ) {
    cores
    memoryMb
    zone
    enabled
    image
  }
}
    `) as unknown as TypedDocumentString<WorkspacesUpdateMutation, WorkspacesUpdateMutationVariables>;
export const WorkspacesRestrictTwoDocument = new TypedDocumentString(`
    mutation WorkspacesRestrictTwo($id: ID!) {
  restrictWorkspaceToNetworks(
    id: $id
    networks: ["z_enclave_2", "z_enclave_3", "z_enclave_2"]
    allowNetworkSelection: true
  ) {
    networks
    restrictToNetworks
    allowNetworkSelection
    launchOptions {
      choices {
        network
        available
        agentCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspacesRestrictTwoMutation, WorkspacesRestrictTwoMutationVariables>;
export const WorkspacesLiftDocument = new TypedDocumentString(`
    mutation WorkspacesLift($id: ID!) {
  restrictWorkspaceToNetworks(id: $id, networks: [], allowNetworkSelection: false) {
    restrictToNetworks
    networks
  }
}
    `) as unknown as TypedDocumentString<WorkspacesLiftMutation, WorkspacesLiftMutationVariables>;
export const ZoneCreateNetworkDocument = new TypedDocumentString(`
    mutation ZoneCreateNetwork($input: CreateNetworkInput!) {
  createNetwork(input: $input) {
    ...ZoneNetworkFields
  }
}
    fragment ZoneNetworkFields on Network {
  id
  name
  driver
  subnets
  gateway
  ipRange
  parent
  options {
    key
    value
  }
  agent {
    id
    name
  }
}`) as unknown as TypedDocumentString<ZoneCreateNetworkMutation, ZoneCreateNetworkMutationVariables>;
export const ZoneSpreadDocument = new TypedDocumentString(`
    query ZoneSpread($zone: String) {
  networkSpread(zone: $zone) {
    name
    zone
    present {
      ...ZoneNetworkFields
    }
    missing {
      id
      name
    }
    conflicts
  }
}
    fragment ZoneNetworkFields on Network {
  id
  name
  driver
  subnets
  gateway
  ipRange
  parent
  options {
    key
    value
  }
  agent {
    id
    name
  }
}`) as unknown as TypedDocumentString<ZoneSpreadQuery, ZoneSpreadQueryVariables>;
export const ZoneRepairDocument = new TypedDocumentString(`
    mutation ZoneRepair($name: String!, $zone: String) {
  repairNetwork(name: $name, zone: $zone) {
    ...ZoneNetworkFields
  }
}
    fragment ZoneNetworkFields on Network {
  id
  name
  driver
  subnets
  gateway
  ipRange
  parent
  options {
    key
    value
  }
  agent {
    id
    name
  }
}`) as unknown as TypedDocumentString<ZoneRepairMutation, ZoneRepairMutationVariables>;
export const ZonePreviewDocument = new TypedDocumentString(`
    query ZonePreview($input: CreateNetworkInput!) {
  previewNetwork(input: $input) {
    agent {
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
    `) as unknown as TypedDocumentString<ZonePreviewQuery, ZonePreviewQueryVariables>;
export const ZoneNetworksDocument = new TypedDocumentString(`
    query ZoneNetworks($name: String) {
  networks(name: $name) {
    ...ZoneNetworkFields
  }
}
    fragment ZoneNetworkFields on Network {
  id
  name
  driver
  subnets
  gateway
  ipRange
  parent
  options {
    key
    value
  }
  agent {
    id
    name
  }
}`) as unknown as TypedDocumentString<ZoneNetworksQuery, ZoneNetworksQueryVariables>;
export const ZoneSessionDocument = new TypedDocumentString(`
    query ZoneSession($id: ID!) {
  session(id: $id) {
    status
    statusReason
    containerId
    agent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ZoneSessionQuery, ZoneSessionQueryVariables>;
export const ZoneMaxSessionsDocument = new TypedDocumentString(`
    mutation ZoneMaxSessions($id: ID!) {
  updateAgent(id: $id, input: {capacity: {maxSessions: 1}}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ZoneMaxSessionsMutation, ZoneMaxSessionsMutationVariables>;