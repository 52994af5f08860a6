// Everything the launcher sends, checked against schema.graphql and typed by `npm run codegen`. The page works with
// the fragments' types: one field list for a session (or a workspace), whichever operation returns it.
import { graphql } from '../__generated__/gql.js';
import type {
  LauncherLaunchOptionsFragment,
  LauncherSessionFragment,
  LauncherViewerQuery,
  LauncherWorkspaceFragment,
} from '../__generated__/graphql.js';

export type { ExpirationAction, Role, SessionStatus, UpdateWorkspaceInput, VolumeMountInput } from '../__generated__/graphql.js';
export type Viewer = LauncherViewerQuery['viewer'];
export type Workspace = LauncherWorkspaceFragment;
export type LaunchOptions = LauncherLaunchOptionsFragment;
export type Choice = LaunchOptions['choices'][number];
export type Session = LauncherSessionFragment;

// The fragments are declared for codegen only: it appends their text to every document that spreads them.
graphql(`
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
`);
graphql(`
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
`);
graphql(`
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
`);

export const viewerQuery = graphql(`
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
`);

export const sessionQuery = graphql(`
  query LauncherSessionRead($id: ID!) {
    session(id: $id) {
      ...LauncherSession
    }
  }
`);

export const workspacesQuery = graphql(`
  query LauncherWorkspaces {
    workspaces {
      ...LauncherWorkspace
    }
  }
`);

export const networksQuery = graphql(`
  query LauncherNetworks {
    networks {
      name
    }
  }
`);

export const launchMutation = graphql(`
  mutation LauncherLaunch($input: LaunchSessionInput!) {
    launchSession(input: $input) {
      ...LauncherSession
    }
  }
`);

export const destroyMutation = graphql(`
  mutation LauncherDestroy($id: ID!) {
    destroySession(id: $id) {
      ...LauncherSession
    }
  }
`);

// What a person does with a session after its launch; each answers the session as it now is.
export const keepaliveMutation = graphql(`
  mutation LauncherKeepalive($id: ID!) {
    keepaliveSession(id: $id) {
      ...LauncherSession
    }
  }
`);

export const pauseMutation = graphql(`
  mutation LauncherPause($id: ID!) {
    pauseSession(id: $id) {
      ...LauncherSession
    }
  }
`);

export const suspendMutation = graphql(`
  mutation LauncherSuspend($id: ID!) {
    suspendSession(id: $id) {
      ...LauncherSession
    }
  }
`);

export const resumeMutation = graphql(`
  mutation LauncherResume($id: ID!) {
    resumeSession(id: $id) {
      ...LauncherSession
    }
  }
`);

export const connectMutation = graphql(`
  mutation LauncherConnect($id: ID!) {
    connectSession(id: $id) {
      url
    }
  }
`);

export const restrictMutation = graphql(`
  mutation LauncherRestrict($id: ID!, $networks: [String!]!, $allow: Boolean!) {
    restrictWorkspaceToNetworks(id: $id, networks: $networks, allowNetworkSelection: $allow) {
      ...LauncherWorkspace
    }
  }
`);

export const updateWorkspaceMutation = graphql(`
  mutation LauncherUpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {
    updateWorkspace(id: $id, input: $input) {
      ...LauncherWorkspace
    }
  }
`);

export const sessionsSubscription = graphql(`
  subscription LauncherSessions {
    sessionStatusChanged {
      ...LauncherSession
    }
  }
`);

export const launchOptionsSubscription = graphql(`
  subscription LauncherOptions($id: ID!) {
    launchOptionsChanged(workspaceId: $id) {
      ...LauncherLaunchOptions
    }
  }
`);

export const networkDiscoveredSubscription = graphql(`
  subscription LauncherNetworkDiscovered {
    networkDiscovered {
      name
    }
  }
`);

export const networkRemovedSubscription = graphql(`
  subscription LauncherNetworkRemoved {
    networkRemoved {
      name
    }
  }
`);
