/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateGroupInput = {
  name: string;
  networks?: Array<string> | null | undefined;
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

export type LaunchSessionInput = {
  idempotencyKey?: string | null | undefined;
  /** null = Auto */
  network?: string | null | undefined;
  workspaceId: string | number;
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

export type LauncherLaunchOptionsFragment = { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> };

export type LauncherWorkspaceFragment = { id: string, name: string, image: string, cores: number, memoryMb: number, enabled: boolean, networks: Array<string>, groups: Array<string>, allowNetworkSelection: boolean, launchOptions: { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> } };

export type LauncherSessionFragment = { id: string, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, createdAt: string, workspace: { id: string, name: string, connect: { port: number } | null }, agent: { name: string } | null };

export type LauncherViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type LauncherViewerQuery = { viewer: { owner: string, role: Role, user: { id: string, username: string, displayName: string | null } | null }, sessions: Array<{ id: string, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, createdAt: string, workspace: { id: string, name: string, connect: { port: number } | null }, agent: { name: string } | null }> };

export type LauncherWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type LauncherWorkspacesQuery = { workspaces: Array<{ id: string, name: string, image: string, cores: number, memoryMb: number, enabled: boolean, networks: Array<string>, groups: Array<string>, allowNetworkSelection: boolean, launchOptions: { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> } }> };

export type LauncherNetworksQueryVariables = Exact<{ [key: string]: never; }>;


export type LauncherNetworksQuery = { networks: Array<{ name: string }> };

export type LauncherLaunchMutationVariables = Exact<{
  input: LaunchSessionInput;
}>;


export type LauncherLaunchMutation = { launchSession: { id: string, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, createdAt: string, workspace: { id: string, name: string, connect: { port: number } | null }, agent: { name: string } | null } };

export type LauncherDestroyMutationVariables = Exact<{
  id: string | number;
}>;


export type LauncherDestroyMutation = { destroySession: { id: string, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, createdAt: string, workspace: { id: string, name: string, connect: { port: number } | null }, agent: { name: string } | null } };

export type LauncherConnectMutationVariables = Exact<{
  id: string | number;
}>;


export type LauncherConnectMutation = { connectSession: { url: string } };

export type LauncherRestrictMutationVariables = Exact<{
  id: string | number;
  networks: Array<string> | string;
  allow: boolean;
}>;


export type LauncherRestrictMutation = { restrictWorkspaceToNetworks: { id: string, name: string, image: string, cores: number, memoryMb: number, enabled: boolean, networks: Array<string>, groups: Array<string>, allowNetworkSelection: boolean, launchOptions: { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> } } };

export type LauncherSessionsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LauncherSessionsSubscription = { sessionStatusChanged: { id: string, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, createdAt: string, workspace: { id: string, name: string, connect: { port: number } | null }, agent: { name: string } | null } };

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
  status
  statusReason
  ready
  network
  owner
  workspace {
    id
    name
    connect {
      port
    }
  }
  agent {
    name
  }
  createdAt
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
  status
  statusReason
  ready
  network
  owner
  workspace {
    id
    name
    connect {
      port
    }
  }
  agent {
    name
  }
  createdAt
}`) as unknown as TypedDocumentString<LauncherViewerQuery, LauncherViewerQueryVariables>;
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
  status
  statusReason
  ready
  network
  owner
  workspace {
    id
    name
    connect {
      port
    }
  }
  agent {
    name
  }
  createdAt
}`) as unknown as TypedDocumentString<LauncherLaunchMutation, LauncherLaunchMutationVariables>;
export const LauncherDestroyDocument = new TypedDocumentString(`
    mutation LauncherDestroy($id: ID!) {
  destroySession(id: $id) {
    ...LauncherSession
  }
}
    fragment LauncherSession on Session {
  id
  status
  statusReason
  ready
  network
  owner
  workspace {
    id
    name
    connect {
      port
    }
  }
  agent {
    name
  }
  createdAt
}`) as unknown as TypedDocumentString<LauncherDestroyMutation, LauncherDestroyMutationVariables>;
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
  launchOptions {
    ...LauncherLaunchOptions
  }
}`) as unknown as TypedDocumentString<LauncherRestrictMutation, LauncherRestrictMutationVariables>;
export const LauncherSessionsDocument = new TypedDocumentString(`
    subscription LauncherSessions {
  sessionStatusChanged {
    ...LauncherSession
  }
}
    fragment LauncherSession on Session {
  id
  status
  statusReason
  ready
  network
  owner
  workspace {
    id
    name
    connect {
      port
    }
  }
  agent {
    name
  }
  createdAt
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
export const PlaygroundViewerDocument = new TypedDocumentString(`
    query PlaygroundViewer {
  viewer {
    owner
    role
  }
}
    `) as unknown as TypedDocumentString<PlaygroundViewerQuery, PlaygroundViewerQueryVariables>;