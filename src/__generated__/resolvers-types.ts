import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AgentRow, NetworkRow, WorkspaceRow, SessionRow, ApiKeyRow, UserRow, GroupRow, AuditRow, SessionTransitionRow, StagingPoolRow } from '../db/schema.js';
import type { Viewer as ViewerModel } from '../auth/auth.service.js';
import type { Context } from '../graphql/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time string. */
  DateTime: { input: Date; output: Date | string; }
};

export type Agent = {
  __typename?: 'Agent';
  capacity: AgentCapacity;
  createdAt: Scalars['DateTime']['output'];
  dockerVersion: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  endpoint: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** `key=value`, sorted. */
  labels: Array<Scalars['String']['output']>;
  lastSeenAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  networks: Array<Network>;
  sessions: Array<Session>;
  status: AgentStatus;
  /** Whether TLS client material is configured (the material itself is never returned). */
  tls: Scalars['Boolean']['output'];
  zone: Maybe<Scalars['String']['output']>;
};


export type AgentNetworksArgs = {
  includeRemoved?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AgentCapacity = {
  __typename?: 'AgentCapacity';
  cores: Scalars['Float']['output'];
  gpus: Scalars['Int']['output'];
  maxSessions: Maybe<Scalars['Int']['output']>;
  memoryMb: Scalars['Int']['output'];
  sessionCount: Scalars['Int']['output'];
  usedCores: Scalars['Float']['output'];
  usedGpus: Scalars['Int']['output'];
  usedMemoryMb: Scalars['Int']['output'];
};

/** Capacity overrides; null means: as the daemon reports it. */
export type AgentCapacityInput = {
  cores?: InputMaybe<Scalars['Float']['input']>;
  /** How many GPUs it lends sessions (Docker's device requests); null: as the daemon reports (its generic resources). */
  gpus?: InputMaybe<Scalars['Int']['input']>;
  maxSessions?: InputMaybe<Scalars['Int']['input']>;
  memoryMb?: InputMaybe<Scalars['Int']['input']>;
};

export type AgentNetworkInput = {
  agentId: Scalars['ID']['input'];
  ipRange?: InputMaybe<Scalars['String']['input']>;
  parent?: InputMaybe<Scalars['String']['input']>;
};

export type AgentStatus =
  | 'OFFLINE'
  | 'ONLINE';

/** PEM-encoded TLS client material. Never returned by the API. */
export type AgentTlsInput = {
  ca: Scalars['String']['input'];
  cert: Scalars['String']['input'];
  key: Scalars['String']['input'];
};

export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Minute precision. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  owner: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  role: Role;
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The owner of the key that acted. */
  actor: Scalars['String']['output'];
  actorKeyId: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  message: Maybe<Scalars['String']['output']>;
  /** The mutation, e.g. launchSession. */
  operation: Scalars['String']['output'];
  /** OK, or the error code. */
  outcome: Scalars['String']['output'];
  role: Role;
  /** The id the mutation acted on, when it has one. */
  target: Maybe<Scalars['String']['output']>;
};

export type AuditLogPage = {
  __typename?: 'AuditLogPage';
  /** Pass as `after` for the next page; null on the last page. */
  endCursor: Maybe<Scalars['String']['output']>;
  entries: Array<AuditEntry>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ConnectProtocol =
  | 'HTTP'
  | 'HTTPS';

export type CreateApiKeyInput = {
  /** After this the key no longer works. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  /** Whose sessions the key launches and sees (a USER's identity); defaults to the name. */
  owner?: InputMaybe<Scalars['String']['input']>;
  role: Role;
};

export type CreateGroupInput = {
  name: Scalars['String']['input'];
  networks?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateNetworkInput = {
  agentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** bridge, macvlan, ipvlan, or another driver the daemons have. */
  driver?: InputMaybe<Scalars['String']['input']>;
  internal?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Address management. A macvlan or ipvlan network on several agents without a per-agent `ipRange` gets one each,
   * carved from the subnet (equal, aligned, not overlapping, outside the gateway and aux addresses).
   */
  ipam?: InputMaybe<NetworkIpamInput>;
  name: Scalars['String']['input'];
  /** Driver options, passed through (e.g. com.docker.network.bridge.host_binding_ipv4, ipvlan_mode, macvlan_mode). */
  options?: InputMaybe<Array<KeyValueInput>>;
  /** The host interface a macvlan or ipvlan network sits on (e.g. eth0 or eth0.20 for VLAN 20), on every agent. */
  parent?: InputMaybe<Scalars['String']['input']>;
  /** Per-agent settings where hosts differ (their interface names, a hand-picked range). */
  perAgent?: InputMaybe<Array<AgentNetworkInput>>;
  zone?: InputMaybe<Scalars['String']['input']>;
};

export type CreateRegistryCredentialInput = {
  password: Scalars['String']['input'];
  /** host[:port] as image references name it, e.g. ghcr.io or 127.0.0.1:5000 (docker.io for Docker Hub). */
  registry: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type CreateStagingPoolInput = {
  network?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 100 */
  size: Scalars['Int']['input'];
  workspaceId: Scalars['ID']['input'];
  zone?: InputMaybe<Scalars['String']['input']>;
};

export type CreateUserInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Group names. */
  groups?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 12 to 256 characters; none: no password sign-in (OpenID Connect or keys only). */
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  /** 1 to 64 lower-case letters, digits, _ . @ - */
  username: Scalars['String']['input'];
};

export type CreateWorkspaceInput = {
  /** Labels (`key=value`) an agent must carry to run its sessions. */
  agentSelector?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * Run (docker exec, with ENCLAVE_OWNER and ENCLAVE_SESSION_ID set) in a staged session's container when it is handed
   * over to its owner; the session is theirs only once it exits 0. Null (or empty, on update): none.
   */
  assignCommand?: InputMaybe<Array<Scalars['String']['input']>>;
  command?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The port its sessions serve, which `connectSession` opens in the browser. */
  connect?: InputMaybe<WorkspaceConnectInput>;
  cores?: InputMaybe<Scalars['Float']['input']>;
  env?: InputMaybe<Array<KeyValueInput>>;
  /** What ending a session by a lifetime rule does. */
  expirationAction?: InputMaybe<ExpirationAction>;
  /** GPUs each session gets (Docker's device request); agents lend them by `capacity.gpus`. */
  gpus?: InputMaybe<Scalars['Int']['input']>;
  /** Only members of these groups see and launch it; empty or none: every user. */
  groups?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Ends each session after this many seconds without proxied traffic or `keepaliveSession`; null: never. */
  idleTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  image: Scalars['String']['input'];
  /** Ends (by `expirationAction`) each session this many seconds after it started or was last resumed; null: never. */
  maxLifetimeSeconds?: InputMaybe<Scalars['Int']['input']>;
  memoryMb?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** The size of /dev/shm in MB (browsers need more than Docker's 64); null: Docker's default. */
  shmSizeMb?: InputMaybe<Scalars['Int']['input']>;
  /** Named volumes (`profile-{owner}`) or host paths under ENCLAVE_BIND_ROOTS, mounted into each session. */
  volumes?: InputMaybe<Array<VolumeMountInput>>;
  zone?: InputMaybe<Scalars['String']['input']>;
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The token, shown this once; only its hash is stored. */
  token: Scalars['String']['output'];
};

/** What a lifetime rule does at its deadline: remove the session, stop and keep its container, or freeze it. */
export type ExpirationAction =
  | 'DESTROY'
  | 'PAUSE'
  | 'SUSPEND';

/** People who see the workspaces limited to the group; `networks`, when not empty, are all its members may launch on. */
export type Group = {
  __typename?: 'Group';
  id: Scalars['ID']['output'];
  members: Array<User>;
  name: Scalars['String']['output'];
  /** Network names its members may launch on; empty: no limit. A member of several groups gets the union. */
  networks: Array<Scalars['String']['output']>;
};

export type KeyValue = {
  __typename?: 'KeyValue';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type KeyValueInput = {
  key: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type LaunchOptions = {
  __typename?: 'LaunchOptions';
  allowNetworkSelection: Scalars['Boolean']['output'];
  choices: Array<NetworkChoice>;
  workspaceId: Scalars['ID']['output'];
};

export type LaunchSessionInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** null = Auto */
  network?: InputMaybe<Scalars['String']['input']>;
  workspaceId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * A short-lived, single-use URL that opens a RUNNING session in the browser, on an origin of its own
   * (`<session id>.<ENCLAVE_SESSION_DOMAIN>`). Its first request is exchanged for a cookie valid for that host alone.
   * For the session's owner (and ADMIN); SESSION_NOT_RUNNING when the session is not RUNNING, BAD_USER_INPUT when its
   * workspace has no `connect` port.
   */
  connectSession: SessionConnection;
  createApiKey: CreatedApiKey;
  createGroup: Group;
  /**
   * Creates a Docker network on every agent of a zone, on a list of agents, or (neither given) on every agent.
   * All or nothing: if it fails on one agent, the networks made on the others are removed again and the error lists
   * each agent's failure in `extensions.failures`.
   */
  createNetwork: Array<Network>;
  /** Stores (or replaces) the credentials Enclave pulls images of `registry` with; sealed with ENCLAVE_SECRET_KEY. */
  createRegistryCredential: RegistryCredential;
  /**
   * Keeps `size` sessions of a workspace RUNNING and ready, owned by nobody, for `launchSession` to hand over at once
   * (`Session.staged`). On one network of the workspace's, or Auto (null: any network an Auto launch may use); in one
   * zone, or any. The members count against capacity, but an on-demand launch may take a member's place. ADMIN.
   */
  createStagingPool: StagingPool;
  createUser: User;
  createWorkspace: Workspace;
  /** CONFLICT while a workspace is limited to the group (removing it would open that workspace to everyone). */
  deleteGroup: Scalars['ID']['output'];
  deleteRegistryCredential: Scalars['ID']['output'];
  /** Deletes the pool and destroys its members (sessions already handed over stay their owners'). ADMIN. */
  deleteStagingPool: Scalars['ID']['output'];
  /** Revokes their keys, destroys their sessions and deletes them; the audit log keeps their name. */
  deleteUser: Scalars['ID']['output'];
  /** Stops and removes the session's container (STOPPING, then STOPPED), from any state. A session already ended is returned as is. */
  destroySession: Session;
  /**
   * Pushes a RUNNING session's idle deadline (`expiresAt`) out by its workspace's idle timeout, as proxied traffic does.
   * SESSION_NOT_RUNNING when it is not RUNNING (e.g. it expired first). The owner or ADMIN.
   */
  keepaliveSession: Session;
  /**
   * Places a session (synchronously: launch-rule and capacity errors come back here) and returns it REQUESTED; the
   * container is created and started in the background, reported by `sessionStatusChanged`. The same
   * `idempotencyKey` from the same owner returns the same session.
   */
  launchSession: Session;
  /** Freezes a RUNNING session's processes (docker pause): it keeps its memory, not its cores. PAUSED. */
  pauseSession: Session;
  /** Registers a Docker daemon. It is pinged first: an unreachable daemon is AGENT_UNREACHABLE and nothing is stored. */
  registerAgent: Agent;
  removeAgent: Scalars['ID']['output'];
  /**
   * Creates the network where it is missing among the agents of a zone (null: agents without a zone), with the settings
   * it was made with (or, made by someone else, those of the agents that have it), and a fresh range carved from what
   * is free for macvlan/ipvlan. Returns every agent's network of that name in the zone. ADMIN.
   */
  repairNetwork: Array<Network>;
  /** Restricts a workspace to networks (by name); an empty list lifts the restriction (sessions go on the default network). */
  restrictWorkspaceToNetworks: Workspace;
  /**
   * Brings a PAUSED or SUSPENDED session back on the same agent and container: PAUSED -> RUNNING (unpause), SUSPENDED ->
   * STARTING -> RUNNING (capacity is reserved again: NO_CAPACITY, and it stays SUSPENDED, when its agent is full).
   * Its lifetime and idle deadlines start again.
   */
  resumeSession: Session;
  revokeApiKey: ApiKey;
  /** Stops a RUNNING or PAUSED session's container and keeps it (and its disk): it holds no cores or memory. SUSPENDED. */
  suspendSession: Session;
  /** Changes name, zone, enabled (false = drained: no new sessions) or capacity overrides. */
  updateAgent: Agent;
  updateGroup: Group;
  /** Changes the size; surplus members are destroyed (those not ready first). ADMIN. */
  updateStagingPool: StagingPool;
  updateUser: User;
  /** Changes what is given; `zone: null` clears the zone. A disabled workspace cannot be launched. */
  updateWorkspace: Workspace;
};


export type MutationConnectSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateGroupArgs = {
  input: CreateGroupInput;
};


export type MutationCreateNetworkArgs = {
  input: CreateNetworkInput;
};


export type MutationCreateRegistryCredentialArgs = {
  input: CreateRegistryCredentialInput;
};


export type MutationCreateStagingPoolArgs = {
  input: CreateStagingPoolInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWorkspaceArgs = {
  input: CreateWorkspaceInput;
};


export type MutationDeleteGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRegistryCredentialArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteStagingPoolArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDestroySessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationKeepaliveSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLaunchSessionArgs = {
  input: LaunchSessionInput;
};


export type MutationPauseSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRegisterAgentArgs = {
  input: RegisterAgentInput;
};


export type MutationRemoveAgentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRepairNetworkArgs = {
  name: Scalars['String']['input'];
  zone?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRestrictWorkspaceToNetworksArgs = {
  allowNetworkSelection: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  networks: Array<Scalars['String']['input']>;
};


export type MutationResumeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSuspendSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateAgentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAgentInput;
};


export type MutationUpdateGroupArgs = {
  id: Scalars['ID']['input'];
  input: UpdateGroupInput;
};


export type MutationUpdateStagingPoolArgs = {
  id: Scalars['ID']['input'];
  input: UpdateStagingPoolInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationUpdateWorkspaceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWorkspaceInput;
};

export type Network = {
  __typename?: 'Network';
  agent: Agent;
  discoveredAt: Scalars['DateTime']['output'];
  dockerId: Scalars['String']['output'];
  driver: Scalars['String']['output'];
  gateway: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  internal: Scalars['Boolean']['output'];
  /** The part of the subnet this agent hands out (its carved range for a macvlan/ipvlan network across agents). */
  ipRange: Maybe<Scalars['String']['output']>;
  lastSeenAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  /** Driver options as the daemon reports them (parent included). */
  options: Array<KeyValue>;
  /** The host interface of a macvlan or ipvlan network. */
  parent: Maybe<Scalars['String']['output']>;
  removedAt: Maybe<Scalars['DateTime']['output']>;
  subnets: Array<Scalars['String']['output']>;
  /** Why this network may surprise you, e.g. a name that sorts before the default network's (Docker's default-route quirk). */
  warnings: Array<Scalars['String']['output']>;
};

/** One entry of the launcher's dropdown; `network` null is Auto. */
export type NetworkChoice = {
  __typename?: 'NetworkChoice';
  agentCount: Scalars['Int']['output'];
  available: Scalars['Boolean']['output'];
  label: Scalars['String']['output'];
  network: Maybe<Scalars['String']['output']>;
};

/** IPv4 or IPv6 CIDRs: the gateway, range and aux addresses must lie in the subnet. */
export type NetworkIpamInput = {
  /** Addresses Docker must not hand out (e.g. a router's), by a name of your choice. */
  auxAddresses?: InputMaybe<Array<KeyValueInput>>;
  gateway?: InputMaybe<Scalars['String']['input']>;
  /** The part of the subnet Docker hands out (on every agent; for macvlan/ipvlan on several agents, leave it to Enclave). */
  ipRange?: InputMaybe<Scalars['String']['input']>;
  subnet: Scalars['String']['input'];
};

/** One agent's copy of a network as `createNetwork` would make it (or as it is, when `exists`). */
export type NetworkPreview = {
  __typename?: 'NetworkPreview';
  agent: Agent;
  driver: Scalars['String']['output'];
  exists: Scalars['Boolean']['output'];
  gateway: Maybe<Scalars['String']['output']>;
  ipRange: Maybe<Scalars['String']['output']>;
  parent: Maybe<Scalars['String']['output']>;
  subnet: Maybe<Scalars['String']['output']>;
};

/** One network name across the agents of a zone. */
export type NetworkSpread = {
  __typename?: 'NetworkSpread';
  /** What differs between the agents that have it, in words (driver, subnet, parent, overlapping ranges). */
  conflicts: Array<Scalars['String']['output']>;
  /** Agents of the zone (enabled or not) that do not have it: `repairNetwork` creates it there. */
  missing: Array<Agent>;
  name: Scalars['String']['output'];
  present: Array<Network>;
  zone: Maybe<Scalars['String']['output']>;
};

export type PlacementCandidate = {
  __typename?: 'PlacementCandidate';
  agent: Agent;
  eligible: Scalars['Boolean']['output'];
  network: Maybe<Scalars['String']['output']>;
  reasons: Array<Scalars['String']['output']>;
};

export type PlacementPlan = {
  __typename?: 'PlacementPlan';
  candidates: Array<PlacementCandidate>;
  chosen: Maybe<PlacementCandidate>;
};

export type Query = {
  __typename?: 'Query';
  agent: Maybe<Agent>;
  /** Docker hosts, optionally only those of one zone. ADMIN. */
  agents: Array<Agent>;
  /** API keys, newest first. ADMIN. */
  apiKeys: Array<ApiKey>;
  /** Who did what and when, newest first: every mutation, with its outcome. ADMIN. */
  auditLog: AuditLogPage;
  /** Groups, by name. ADMIN. */
  groups: Array<Group>;
  /**
   * Per network name of a zone (or of every zone, null), the agents that have it, the agents of the zone that lack it and
   * what differs between them (driver, subnet, parent, overlapping ranges). ADMIN.
   */
  networkSpread: Array<NetworkSpread>;
  /** Networks discovered on the agents. Removed networks are left out unless `includeRemoved`. ADMIN. */
  networks: Array<Network>;
  /** Dry run of a launch: every agent, eligible or why not. ADMIN. */
  placement: PlacementPlan;
  /**
   * How `createNetwork` would lay a network out, making nothing: per target agent, the copy already there or the
   * parent and range the new one would get (carved, for macvlan/ipvlan across agents). Its errors are createNetwork's. ADMIN.
   */
  previewNetwork: Array<NetworkPreview>;
  /** Credentials for pulls from private registries (their passwords are never returned). ADMIN. */
  registryCredentials: Array<RegistryCredential>;
  session: Maybe<Session>;
  /** Sessions; a USER gets only their own. */
  sessions: Array<Session>;
  /** Staging pools, optionally of one workspace. ADMIN. */
  stagingPools: Array<StagingPool>;
  /** People, by username. ADMIN. */
  users: Array<User>;
  /** Who the credential in use (API key or sign-in cookie) stands for. */
  viewer: Viewer;
  workspace: Maybe<Workspace>;
  workspaces: Array<Workspace>;
};


export type QueryAgentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgentsArgs = {
  zone?: InputMaybe<Scalars['String']['input']>;
};


export type QueryApiKeysArgs = {
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNetworkSpreadArgs = {
  zone?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNetworksArgs = {
  agentId?: InputMaybe<Scalars['ID']['input']>;
  includeRemoved?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPlacementArgs = {
  network?: InputMaybe<Scalars['String']['input']>;
  workspaceId: Scalars['ID']['input'];
};


export type QueryPreviewNetworkArgs = {
  input: CreateNetworkInput;
};


export type QuerySessionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySessionsArgs = {
  status?: InputMaybe<Array<SessionStatus>>;
  workspaceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStagingPoolsArgs = {
  workspaceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWorkspaceArgs = {
  id: Scalars['ID']['input'];
};

export type RegisterAgentInput = {
  capacity?: InputMaybe<AgentCapacityInput>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** unix:///var/run/docker.sock, tcp://host:2376 (TLS required off loopback) or ssh://user@host */
  endpoint: Scalars['String']['input'];
  /** Its characteristics as `key=value` (e.g. gpu=a100, site=lab-2), matched by workspaces' `agentSelector`. */
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  tls?: InputMaybe<AgentTlsInput>;
  zone?: InputMaybe<Scalars['String']['input']>;
};

export type RegistryCredential = {
  __typename?: 'RegistryCredential';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  registry: Scalars['String']['output'];
  username: Scalars['String']['output'];
};

export type Role =
  | 'ADMIN'
  | 'USER';

export type Session = {
  __typename?: 'Session';
  agent: Maybe<Agent>;
  containerId: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** When a lifetime rule acts next (the earlier of the lifetime and the idle deadline); null when none will (not RUNNING, or no rule). */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  history: Array<SessionTransition>;
  id: Scalars['ID']['output'];
  /** The last proxied traffic (to the minute or so; writes are gathered), or null. */
  lastActivityAt: Maybe<Scalars['DateTime']['output']>;
  network: Maybe<Scalars['String']['output']>;
  owner: Scalars['String']['output'];
  /** The staging pool it is a member of, until it is handed over (its owner is then `~staging`). ADMIN sees members. */
  poolId: Maybe<Scalars['ID']['output']>;
  /** RUNNING, with a connect port, and the port answers through the tunnel: `connectSession` opens a working page. */
  ready: Scalars['Boolean']['output'];
  /** Handed over from a staging pool (already running when it was launched). */
  staged: Scalars['Boolean']['output'];
  status: SessionStatus;
  statusReason: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  workspace: Workspace;
};

export type SessionConnection = {
  __typename?: 'SessionConnection';
  expiresAt: Scalars['DateTime']['output'];
  /** Open it once, soon: it carries a single-use token. */
  url: Scalars['String']['output'];
};

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

export type SessionTransition = {
  __typename?: 'SessionTransition';
  at: Scalars['DateTime']['output'];
  reason: Maybe<Scalars['String']['output']>;
  status: SessionStatus;
};

export type StagingPool = {
  __typename?: 'StagingPool';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Members not handed over yet, ready or not (being created, or stale and being replaced). */
  members: Array<Session>;
  /** null: Auto (any network an Auto launch of the workspace may use). */
  network: Maybe<Scalars['String']['output']>;
  /** Members RUNNING, made as the workspace is now, and (with a connect port) answering: ready to hand over. */
  ready: Scalars['Int']['output'];
  size: Scalars['Int']['output'];
  workspace: Workspace;
  /** null: any zone (the workspace's own zone rule still applies). */
  zone: Maybe<Scalars['String']['output']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** An agent went ONLINE or OFFLINE, or was enabled, disabled or edited. */
  agentStatusChanged: Agent;
  launchOptionsChanged: LaunchOptions;
  /** A network appeared on an agent (created there by anyone, or by `createNetwork`). */
  networkDiscovered: Network;
  /** A network vanished from its agent; it is kept with `removedAt` set. */
  networkRemoved: Network;
  sessionStatusChanged: Session;
};


export type SubscriptionAgentStatusChangedArgs = {
  agentId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionLaunchOptionsChangedArgs = {
  workspaceId: Scalars['ID']['input'];
};


export type SubscriptionNetworkDiscoveredArgs = {
  agentId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionNetworkRemovedArgs = {
  agentId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionSessionStatusChangedArgs = {
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateAgentInput = {
  capacity?: InputMaybe<AgentCapacityInput>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces its labels (`key=value`). */
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  zone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateGroupInput = {
  /** A rename is carried into every workspace that names the group. */
  name?: InputMaybe<Scalars['String']['input']>;
  networks?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateStagingPoolInput = {
  size?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateUserInput = {
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Replaces their groups (names). */
  groups?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new password ends every sign-in of the user. */
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

export type UpdateWorkspaceInput = {
  /** Labels (`key=value`) an agent must carry to run its sessions. */
  agentSelector?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * Run (docker exec, with ENCLAVE_OWNER and ENCLAVE_SESSION_ID set) in a staged session's container when it is handed
   * over to its owner; the session is theirs only once it exits 0. Null (or empty, on update): none.
   */
  assignCommand?: InputMaybe<Array<Scalars['String']['input']>>;
  command?: InputMaybe<Array<Scalars['String']['input']>>;
  /** null removes the connect port. */
  connect?: InputMaybe<WorkspaceConnectInput>;
  cores?: InputMaybe<Scalars['Float']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  env?: InputMaybe<Array<KeyValueInput>>;
  /** What ending a session by a lifetime rule does. */
  expirationAction?: InputMaybe<ExpirationAction>;
  /** GPUs each session gets (Docker's device request); agents lend them by `capacity.gpus`. */
  gpus?: InputMaybe<Scalars['Int']['input']>;
  /** Only members of these groups see and launch it; empty: every user. */
  groups?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Ends each session after this many seconds without proxied traffic or `keepaliveSession`; null: never. */
  idleTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  image?: InputMaybe<Scalars['String']['input']>;
  /** Ends (by `expirationAction`) each session this many seconds after it started or was last resumed; null: never. */
  maxLifetimeSeconds?: InputMaybe<Scalars['Int']['input']>;
  memoryMb?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** The size of /dev/shm in MB (browsers need more than Docker's 64); null: Docker's default. */
  shmSizeMb?: InputMaybe<Scalars['Int']['input']>;
  /** Named volumes (`profile-{owner}`) or host paths under ENCLAVE_BIND_ROOTS, mounted into each session. */
  volumes?: InputMaybe<Array<VolumeMountInput>>;
  zone?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A person. Their username is the owner of their sessions and keys. They sign in with a password, through the OpenID
 * Connect provider (if configured), or use API keys, which act with the lower of the key's and the user's role.
 */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  /** A disabled user's keys, sign-ins and session connections stop working at once. */
  disabled: Scalars['Boolean']['output'];
  displayName: Maybe<Scalars['String']['output']>;
  /** The groups they are in: what they see and launch (a workspace's groups, a group's networks). */
  groups: Array<Group>;
  /** Whether they may sign in with a password. */
  hasPassword: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lastSignInAt: Maybe<Scalars['DateTime']['output']>;
  role: Role;
  username: Scalars['String']['output'];
};

export type Viewer = {
  __typename?: 'Viewer';
  /** The key in use; null for a sign-in cookie and for the bootstrap ENCLAVE_ADMIN_TOKEN. */
  apiKey: Maybe<ApiKey>;
  owner: Scalars['String']['output'];
  /** The lower of the user's role and the key's. */
  role: Role;
  /** The person; null for the bootstrap ENCLAVE_ADMIN_TOKEN. */
  user: Maybe<User>;
};

export type VolumeMount = {
  __typename?: 'VolumeMount';
  readOnly: Scalars['Boolean']['output'];
  requireAgent: Scalars['Boolean']['output'];
  source: Scalars['String']['output'];
  target: Scalars['String']['output'];
};

/**
 * A mount: `source` is a named volume (letters, digits, `_.-`, with `{owner}` and `{workspace}` replaced at launch, e.g.
 * `profile-{owner}`) or an absolute host path under ENCLAVE_BIND_ROOTS.
 */
export type VolumeMountInput = {
  readOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * A named volume lives on one agent: placement prefers the agent that holds it (a reason in the plan); with
   * requireAgent, a session must go there once it exists (NO_CAPACITY if that agent cannot take it).
   */
  requireAgent?: InputMaybe<Scalars['Boolean']['input']>;
  source: Scalars['String']['input'];
  /** An absolute path in the container. */
  target: Scalars['String']['input'];
};

export type Workspace = {
  __typename?: 'Workspace';
  agentSelector: Array<Scalars['String']['output']>;
  allowNetworkSelection: Scalars['Boolean']['output'];
  assignCommand: Maybe<Array<Scalars['String']['output']>>;
  command: Maybe<Array<Scalars['String']['output']>>;
  /** The port its sessions serve, opened by `connectSession`; null when they serve none. */
  connect: Maybe<WorkspaceConnect>;
  cores: Scalars['Float']['output'];
  createdAt: Scalars['DateTime']['output'];
  enabled: Scalars['Boolean']['output'];
  expirationAction: ExpirationAction;
  gpus: Scalars['Int']['output'];
  /** Only members of these groups see it (a USER sees only their own among them); empty: every user. */
  groups: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  idleTimeoutSeconds: Maybe<Scalars['Int']['output']>;
  image: Scalars['String']['output'];
  /** The launcher's dropdown: Auto, then (if selection is allowed) each network. */
  launchOptions: LaunchOptions;
  maxLifetimeSeconds: Maybe<Scalars['Int']['output']>;
  memoryMb: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** The networks it launches on; a USER sees only those their groups allow. */
  networks: Array<Scalars['String']['output']>;
  restrictToNetworks: Scalars['Boolean']['output'];
  shmSizeMb: Maybe<Scalars['Int']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  volumes: Array<VolumeMount>;
  zone: Maybe<Scalars['String']['output']>;
};

export type WorkspaceConnect = {
  __typename?: 'WorkspaceConnect';
  path: Scalars['String']['output'];
  port: Scalars['Int']['output'];
  protocol: ConnectProtocol;
};

/** How a session is opened: the port its service listens on inside the container (on its loopback or any address). */
export type WorkspaceConnectInput = {
  /** Where the browser lands, starting with /. */
  path?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 65535 */
  port: Scalars['Int']['input'];
  /** HTTPS: the service speaks TLS itself (e.g. KasmVNC on 6901, self-signed). Enclave does not verify that certificate. */
  protocol?: InputMaybe<ConnectProtocol>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agent: ResolverTypeWrapper<AgentRow>;
  AgentCapacity: ResolverTypeWrapper<AgentCapacity>;
  AgentCapacityInput: AgentCapacityInput;
  AgentNetworkInput: AgentNetworkInput;
  AgentStatus: AgentStatus;
  AgentTlsInput: AgentTlsInput;
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  AuditLogPage: ResolverTypeWrapper<Omit<AuditLogPage, 'entries'> & { entries: Array<ResolversTypes['AuditEntry']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConnectProtocol: ConnectProtocol;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateGroupInput: CreateGroupInput;
  CreateNetworkInput: CreateNetworkInput;
  CreateRegistryCredentialInput: CreateRegistryCredentialInput;
  CreateStagingPoolInput: CreateStagingPoolInput;
  CreateUserInput: CreateUserInput;
  CreateWorkspaceInput: CreateWorkspaceInput;
  CreatedApiKey: ResolverTypeWrapper<Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ExpirationAction: ExpirationAction;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Group: ResolverTypeWrapper<GroupRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KeyValue: ResolverTypeWrapper<KeyValue>;
  KeyValueInput: KeyValueInput;
  LaunchOptions: ResolverTypeWrapper<LaunchOptions>;
  LaunchSessionInput: LaunchSessionInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Network: ResolverTypeWrapper<NetworkRow>;
  NetworkChoice: ResolverTypeWrapper<NetworkChoice>;
  NetworkIpamInput: NetworkIpamInput;
  NetworkPreview: ResolverTypeWrapper<Omit<NetworkPreview, 'agent'> & { agent: ResolversTypes['Agent'] }>;
  NetworkSpread: ResolverTypeWrapper<Omit<NetworkSpread, 'missing' | 'present'> & { missing: Array<ResolversTypes['Agent']>, present: Array<ResolversTypes['Network']> }>;
  PlacementCandidate: ResolverTypeWrapper<Omit<PlacementCandidate, 'agent'> & { agent: ResolversTypes['Agent'] }>;
  PlacementPlan: ResolverTypeWrapper<Omit<PlacementPlan, 'candidates' | 'chosen'> & { candidates: Array<ResolversTypes['PlacementCandidate']>, chosen?: Maybe<ResolversTypes['PlacementCandidate']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterAgentInput: RegisterAgentInput;
  RegistryCredential: ResolverTypeWrapper<RegistryCredential>;
  Role: Role;
  Session: ResolverTypeWrapper<SessionRow>;
  SessionConnection: ResolverTypeWrapper<SessionConnection>;
  SessionStatus: SessionStatus;
  SessionTransition: ResolverTypeWrapper<SessionTransitionRow>;
  StagingPool: ResolverTypeWrapper<StagingPoolRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateAgentInput: UpdateAgentInput;
  UpdateGroupInput: UpdateGroupInput;
  UpdateStagingPoolInput: UpdateStagingPoolInput;
  UpdateUserInput: UpdateUserInput;
  UpdateWorkspaceInput: UpdateWorkspaceInput;
  User: ResolverTypeWrapper<UserRow>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  VolumeMount: ResolverTypeWrapper<VolumeMount>;
  VolumeMountInput: VolumeMountInput;
  Workspace: ResolverTypeWrapper<WorkspaceRow>;
  WorkspaceConnect: ResolverTypeWrapper<WorkspaceConnect>;
  WorkspaceConnectInput: WorkspaceConnectInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Agent: AgentRow;
  AgentCapacity: AgentCapacity;
  AgentCapacityInput: AgentCapacityInput;
  AgentNetworkInput: AgentNetworkInput;
  AgentTlsInput: AgentTlsInput;
  ApiKey: ApiKeyRow;
  AuditEntry: AuditRow;
  AuditLogPage: Omit<AuditLogPage, 'entries'> & { entries: Array<ResolversParentTypes['AuditEntry']> };
  Boolean: Scalars['Boolean']['output'];
  CreateApiKeyInput: CreateApiKeyInput;
  CreateGroupInput: CreateGroupInput;
  CreateNetworkInput: CreateNetworkInput;
  CreateRegistryCredentialInput: CreateRegistryCredentialInput;
  CreateStagingPoolInput: CreateStagingPoolInput;
  CreateUserInput: CreateUserInput;
  CreateWorkspaceInput: CreateWorkspaceInput;
  CreatedApiKey: Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  Group: GroupRow;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  KeyValue: KeyValue;
  KeyValueInput: KeyValueInput;
  LaunchOptions: LaunchOptions;
  LaunchSessionInput: LaunchSessionInput;
  Mutation: Record<PropertyKey, never>;
  Network: NetworkRow;
  NetworkChoice: NetworkChoice;
  NetworkIpamInput: NetworkIpamInput;
  NetworkPreview: Omit<NetworkPreview, 'agent'> & { agent: ResolversParentTypes['Agent'] };
  NetworkSpread: Omit<NetworkSpread, 'missing' | 'present'> & { missing: Array<ResolversParentTypes['Agent']>, present: Array<ResolversParentTypes['Network']> };
  PlacementCandidate: Omit<PlacementCandidate, 'agent'> & { agent: ResolversParentTypes['Agent'] };
  PlacementPlan: Omit<PlacementPlan, 'candidates' | 'chosen'> & { candidates: Array<ResolversParentTypes['PlacementCandidate']>, chosen?: Maybe<ResolversParentTypes['PlacementCandidate']> };
  Query: Record<PropertyKey, never>;
  RegisterAgentInput: RegisterAgentInput;
  RegistryCredential: RegistryCredential;
  Session: SessionRow;
  SessionConnection: SessionConnection;
  SessionTransition: SessionTransitionRow;
  StagingPool: StagingPoolRow;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  UpdateAgentInput: UpdateAgentInput;
  UpdateGroupInput: UpdateGroupInput;
  UpdateStagingPoolInput: UpdateStagingPoolInput;
  UpdateUserInput: UpdateUserInput;
  UpdateWorkspaceInput: UpdateWorkspaceInput;
  User: UserRow;
  Viewer: ViewerModel;
  VolumeMount: VolumeMount;
  VolumeMountInput: VolumeMountInput;
  Workspace: WorkspaceRow;
  WorkspaceConnect: WorkspaceConnect;
  WorkspaceConnectInput: WorkspaceConnectInput;
}>;

export type AgentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agent'] = ResolversParentTypes['Agent']> = ResolversObject<{
  capacity?: Resolver<ResolversTypes['AgentCapacity'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dockerVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endpoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, RequireFields<AgentNetworksArgs, 'includeRemoved'>>;
  sessions?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgentStatus'], ParentType, ContextType>;
  tls?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AgentCapacityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgentCapacity'] = ResolversParentTypes['AgentCapacity']> = ResolversObject<{
  cores?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gpus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxSessions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  memoryMb?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usedCores?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  usedGpus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usedMemoryMb?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorKeyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditLogPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditLogPage'] = ResolversParentTypes['AuditLogPage']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CreatedApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type KeyValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KeyValue'] = ResolversParentTypes['KeyValue']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LaunchOptionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LaunchOptions'] = ResolversParentTypes['LaunchOptions']> = ResolversObject<{
  allowNetworkSelection?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  choices?: Resolver<Array<ResolversTypes['NetworkChoice']>, ParentType, ContextType>;
  workspaceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  connectSession?: Resolver<ResolversTypes['SessionConnection'], ParentType, ContextType, RequireFields<MutationConnectSessionArgs, 'id'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createGroup?: Resolver<ResolversTypes['Group'], ParentType, ContextType, RequireFields<MutationCreateGroupArgs, 'input'>>;
  createNetwork?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, RequireFields<MutationCreateNetworkArgs, 'input'>>;
  createRegistryCredential?: Resolver<ResolversTypes['RegistryCredential'], ParentType, ContextType, RequireFields<MutationCreateRegistryCredentialArgs, 'input'>>;
  createStagingPool?: Resolver<ResolversTypes['StagingPool'], ParentType, ContextType, RequireFields<MutationCreateStagingPoolArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  createWorkspace?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType, RequireFields<MutationCreateWorkspaceArgs, 'input'>>;
  deleteGroup?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteGroupArgs, 'id'>>;
  deleteRegistryCredential?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteRegistryCredentialArgs, 'id'>>;
  deleteStagingPool?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteStagingPoolArgs, 'id'>>;
  deleteUser?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteUserArgs, 'id'>>;
  destroySession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationDestroySessionArgs, 'id'>>;
  keepaliveSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationKeepaliveSessionArgs, 'id'>>;
  launchSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationLaunchSessionArgs, 'input'>>;
  pauseSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationPauseSessionArgs, 'id'>>;
  registerAgent?: Resolver<ResolversTypes['Agent'], ParentType, ContextType, RequireFields<MutationRegisterAgentArgs, 'input'>>;
  removeAgent?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveAgentArgs, 'id'>>;
  repairNetwork?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, RequireFields<MutationRepairNetworkArgs, 'name'>>;
  restrictWorkspaceToNetworks?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType, RequireFields<MutationRestrictWorkspaceToNetworksArgs, 'allowNetworkSelection' | 'id' | 'networks'>>;
  resumeSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationResumeSessionArgs, 'id'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  suspendSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationSuspendSessionArgs, 'id'>>;
  updateAgent?: Resolver<ResolversTypes['Agent'], ParentType, ContextType, RequireFields<MutationUpdateAgentArgs, 'id' | 'input'>>;
  updateGroup?: Resolver<ResolversTypes['Group'], ParentType, ContextType, RequireFields<MutationUpdateGroupArgs, 'id' | 'input'>>;
  updateStagingPool?: Resolver<ResolversTypes['StagingPool'], ParentType, ContextType, RequireFields<MutationUpdateStagingPoolArgs, 'id' | 'input'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id' | 'input'>>;
  updateWorkspace?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType, RequireFields<MutationUpdateWorkspaceArgs, 'id' | 'input'>>;
}>;

export type NetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = ResolversObject<{
  agent?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
  discoveredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dockerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  driver?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gateway?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ipRange?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  subnets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NetworkChoiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkChoice'] = ResolversParentTypes['NetworkChoice']> = ResolversObject<{
  agentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  network?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NetworkPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkPreview'] = ResolversParentTypes['NetworkPreview']> = ResolversObject<{
  agent?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
  driver?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exists?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gateway?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ipRange?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subnet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NetworkSpreadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkSpread'] = ResolversParentTypes['NetworkSpread']> = ResolversObject<{
  conflicts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['Agent']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  present?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PlacementCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlacementCandidate'] = ResolversParentTypes['PlacementCandidate']> = ResolversObject<{
  agent?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  network?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PlacementPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlacementPlan'] = ResolversParentTypes['PlacementPlan']> = ResolversObject<{
  candidates?: Resolver<Array<ResolversTypes['PlacementCandidate']>, ParentType, ContextType>;
  chosen?: Resolver<Maybe<ResolversTypes['PlacementCandidate']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType, RequireFields<QueryAgentArgs, 'id'>>;
  agents?: Resolver<Array<ResolversTypes['Agent']>, ParentType, ContextType, Partial<QueryAgentsArgs>>;
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'includeRevoked'>>;
  auditLog?: Resolver<ResolversTypes['AuditLogPage'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType>;
  networkSpread?: Resolver<Array<ResolversTypes['NetworkSpread']>, ParentType, ContextType, Partial<QueryNetworkSpreadArgs>>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, RequireFields<QueryNetworksArgs, 'includeRemoved'>>;
  placement?: Resolver<ResolversTypes['PlacementPlan'], ParentType, ContextType, RequireFields<QueryPlacementArgs, 'workspaceId'>>;
  previewNetwork?: Resolver<Array<ResolversTypes['NetworkPreview']>, ParentType, ContextType, RequireFields<QueryPreviewNetworkArgs, 'input'>>;
  registryCredentials?: Resolver<Array<ResolversTypes['RegistryCredential']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType, RequireFields<QuerySessionArgs, 'id'>>;
  sessions?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType, Partial<QuerySessionsArgs>>;
  stagingPools?: Resolver<Array<ResolversTypes['StagingPool']>, ParentType, ContextType, Partial<QueryStagingPoolsArgs>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  workspace?: Resolver<Maybe<ResolversTypes['Workspace']>, ParentType, ContextType, RequireFields<QueryWorkspaceArgs, 'id'>>;
  workspaces?: Resolver<Array<ResolversTypes['Workspace']>, ParentType, ContextType>;
}>;

export type RegistryCredentialResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegistryCredential'] = ResolversParentTypes['RegistryCredential']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = ResolversObject<{
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  containerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['SessionTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastActivityAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  network?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  poolId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  staged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SessionStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  workspace?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType>;
}>;

export type SessionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SessionConnection'] = ResolversParentTypes['SessionConnection']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SessionTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SessionTransition'] = ResolversParentTypes['SessionTransition']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SessionStatus'], ParentType, ContextType>;
}>;

export type StagingPoolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StagingPool'] = ResolversParentTypes['StagingPool']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
  network?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workspace?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  agentStatusChanged?: SubscriptionResolver<ResolversTypes['Agent'], "agentStatusChanged", ParentType, ContextType, Partial<SubscriptionAgentStatusChangedArgs>>;
  launchOptionsChanged?: SubscriptionResolver<ResolversTypes['LaunchOptions'], "launchOptionsChanged", ParentType, ContextType, RequireFields<SubscriptionLaunchOptionsChangedArgs, 'workspaceId'>>;
  networkDiscovered?: SubscriptionResolver<ResolversTypes['Network'], "networkDiscovered", ParentType, ContextType, Partial<SubscriptionNetworkDiscoveredArgs>>;
  networkRemoved?: SubscriptionResolver<ResolversTypes['Network'], "networkRemoved", ParentType, ContextType, Partial<SubscriptionNetworkRemovedArgs>>;
  sessionStatusChanged?: SubscriptionResolver<ResolversTypes['Session'], "sessionStatusChanged", ParentType, ContextType, Partial<SubscriptionSessionStatusChangedArgs>>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType>;
  hasPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSignInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type VolumeMountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolumeMount'] = ResolversParentTypes['VolumeMount']> = ResolversObject<{
  readOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requireAgent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkspaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Workspace'] = ResolversParentTypes['Workspace']> = ResolversObject<{
  agentSelector?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  allowNetworkSelection?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assignCommand?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  command?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  connect?: Resolver<Maybe<ResolversTypes['WorkspaceConnect']>, ParentType, ContextType>;
  cores?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expirationAction?: Resolver<ResolversTypes['ExpirationAction'], ParentType, ContextType>;
  gpus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idleTimeoutSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  image?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  launchOptions?: Resolver<ResolversTypes['LaunchOptions'], ParentType, ContextType>;
  maxLifetimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  memoryMb?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  restrictToNetworks?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  shmSizeMb?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  volumes?: Resolver<Array<ResolversTypes['VolumeMount']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type WorkspaceConnectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkspaceConnect'] = ResolversParentTypes['WorkspaceConnect']> = ResolversObject<{
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  protocol?: Resolver<ResolversTypes['ConnectProtocol'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Agent?: AgentResolvers<ContextType>;
  AgentCapacity?: AgentCapacityResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditLogPage?: AuditLogPageResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Group?: GroupResolvers<ContextType>;
  KeyValue?: KeyValueResolvers<ContextType>;
  LaunchOptions?: LaunchOptionsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkChoice?: NetworkChoiceResolvers<ContextType>;
  NetworkPreview?: NetworkPreviewResolvers<ContextType>;
  NetworkSpread?: NetworkSpreadResolvers<ContextType>;
  PlacementCandidate?: PlacementCandidateResolvers<ContextType>;
  PlacementPlan?: PlacementPlanResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegistryCredential?: RegistryCredentialResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionConnection?: SessionConnectionResolvers<ContextType>;
  SessionTransition?: SessionTransitionResolvers<ContextType>;
  StagingPool?: StagingPoolResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  VolumeMount?: VolumeMountResolvers<ContextType>;
  Workspace?: WorkspaceResolvers<ContextType>;
  WorkspaceConnect?: WorkspaceConnectResolvers<ContextType>;
}>;

