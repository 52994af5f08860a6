/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type LaunchSessionInput = {
  idempotencyKey?: string | null | undefined;
  /** null = Auto */
  network?: string | null | undefined;
  workspaceId: string | number;
};

export type Role =
  | 'ADMIN'
  | 'USER';

export type SessionStatus =
  | 'FAILED'
  | 'PROVISIONING'
  | 'REQUESTED'
  | 'RUNNING'
  | 'STARTING'
  | 'STOPPED'
  | 'STOPPING';

export type LauncherLaunchOptionsFragment = { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> };

export type LauncherWorkspaceFragment = { id: string, name: string, image: string, cores: number, memoryMb: number, enabled: boolean, networks: Array<string>, allowNetworkSelection: boolean, launchOptions: { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> } };

export type LauncherSessionFragment = { id: string, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, createdAt: string, workspace: { id: string, name: string, connect: { port: number } | null }, agent: { name: string } | null };

export type LauncherViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type LauncherViewerQuery = { viewer: { owner: string, role: Role }, sessions: Array<{ id: string, status: SessionStatus, statusReason: string | null, ready: boolean, network: string | null, owner: string, createdAt: string, workspace: { id: string, name: string, connect: { port: number } | null }, agent: { name: string } | null }> };

export type LauncherWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type LauncherWorkspacesQuery = { workspaces: Array<{ id: string, name: string, image: string, cores: number, memoryMb: number, enabled: boolean, networks: Array<string>, allowNetworkSelection: boolean, launchOptions: { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> } }> };

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


export type LauncherRestrictMutation = { restrictWorkspaceToNetworks: { id: string, name: string, image: string, cores: number, memoryMb: number, enabled: boolean, networks: Array<string>, allowNetworkSelection: boolean, launchOptions: { workspaceId: string, allowNetworkSelection: boolean, choices: Array<{ network: string | null, label: string, available: boolean, agentCount: number }> } } };

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
export const LauncherViewerDocument = new TypedDocumentString(`
    query LauncherViewer {
  viewer {
    owner
    role
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
export const PlaygroundViewerDocument = new TypedDocumentString(`
    query PlaygroundViewer {
  viewer {
    owner
    role
  }
}
    `) as unknown as TypedDocumentString<PlaygroundViewerQuery, PlaygroundViewerQueryVariables>;