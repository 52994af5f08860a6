/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query FleetViewer {\n    viewer {\n      owner\n      role\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.FleetViewerDocument,
    "\n  query FleetPicture {\n    agents {\n      id\n      name\n      zone\n      status\n      enabled\n      labels\n      capacity {\n        cores\n        memoryMb\n        maxSessions\n        usedCores\n        usedMemoryMb\n        sessionCount\n        gpus\n        usedGpus\n      }\n    }\n    networkSpread(zone: null) {\n      name\n      zone\n      present {\n        id\n        agent {\n          id\n        }\n        driver\n        subnets\n        gateway\n        ipRange\n        parent\n        options {\n          key\n          value\n        }\n      }\n      missing {\n        id\n        name\n      }\n      conflicts\n    }\n    networks(includeRemoved: true) {\n      id\n      name\n      agent {\n        id\n      }\n      driver\n      removedAt\n    }\n    sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, STOPPING]) {\n      id\n      network\n      agent {\n        id\n      }\n    }\n  }\n": typeof types.FleetPictureDocument,
    "\n  mutation FleetRepairNetwork($name: String!, $zone: String) {\n    repairNetwork(name: $name, zone: $zone) {\n      id\n      agent {\n        name\n      }\n    }\n  }\n": typeof types.FleetRepairNetworkDocument,
    "\n  query FleetNetworkPreview($input: CreateNetworkInput!) {\n    previewNetwork(input: $input) {\n      agent {\n        id\n        name\n      }\n      exists\n      driver\n      subnet\n      gateway\n      ipRange\n      parent\n    }\n  }\n": typeof types.FleetNetworkPreviewDocument,
    "\n  mutation FleetCreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      agent {\n        name\n      }\n    }\n  }\n": typeof types.FleetCreateNetworkDocument,
    "\n  subscription FleetNetworkDiscovered {\n    networkDiscovered {\n      id\n    }\n  }\n": typeof types.FleetNetworkDiscoveredDocument,
    "\n  subscription FleetNetworkRemoved {\n    networkRemoved {\n      id\n    }\n  }\n": typeof types.FleetNetworkRemovedDocument,
    "\n  subscription FleetAgentStatus {\n    agentStatusChanged {\n      id\n    }\n  }\n": typeof types.FleetAgentStatusDocument,
    "\n  subscription FleetSessionStatus {\n    sessionStatusChanged {\n      id\n    }\n  }\n": typeof types.FleetSessionStatusDocument,
    "\n  fragment LauncherLaunchOptions on LaunchOptions {\n    workspaceId\n    allowNetworkSelection\n    choices {\n      network\n      label\n      available\n      agentCount\n    }\n  }\n": typeof types.LauncherLaunchOptionsFragmentDoc,
    "\n  fragment LauncherWorkspace on Workspace {\n    id\n    name\n    image\n    cores\n    memoryMb\n    enabled\n    networks\n    groups\n    allowNetworkSelection\n    maxLifetimeSeconds\n    idleTimeoutSeconds\n    expirationAction\n    volumes {\n      source\n      target\n      readOnly\n      requireAgent\n    }\n    shmSizeMb\n    launchOptions {\n      ...LauncherLaunchOptions\n    }\n  }\n": typeof types.LauncherWorkspaceFragmentDoc,
    "\n  fragment LauncherSession on Session {\n    id\n    staged\n    status\n    statusReason\n    ready\n    network\n    owner\n    expiresAt\n    workspace {\n      id\n      name\n      connect {\n        port\n      }\n      idleTimeoutSeconds\n      expirationAction\n    }\n    agent {\n      name\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.LauncherSessionFragmentDoc,
    "\n  query LauncherViewer {\n    viewer {\n      owner\n      role\n      user {\n        id\n        username\n        displayName\n      }\n    }\n    sessions {\n      ...LauncherSession\n    }\n  }\n": typeof types.LauncherViewerDocument,
    "\n  query LauncherSessionRead($id: ID!) {\n    session(id: $id) {\n      ...LauncherSession\n    }\n  }\n": typeof types.LauncherSessionReadDocument,
    "\n  query LauncherWorkspaces {\n    workspaces {\n      ...LauncherWorkspace\n    }\n  }\n": typeof types.LauncherWorkspacesDocument,
    "\n  query LauncherNetworks {\n    networks {\n      name\n    }\n  }\n": typeof types.LauncherNetworksDocument,
    "\n  mutation LauncherLaunch($input: LaunchSessionInput!) {\n    launchSession(input: $input) {\n      ...LauncherSession\n    }\n  }\n": typeof types.LauncherLaunchDocument,
    "\n  mutation LauncherDestroy($id: ID!) {\n    destroySession(id: $id) {\n      ...LauncherSession\n    }\n  }\n": typeof types.LauncherDestroyDocument,
    "\n  mutation LauncherKeepalive($id: ID!) {\n    keepaliveSession(id: $id) {\n      ...LauncherSession\n    }\n  }\n": typeof types.LauncherKeepaliveDocument,
    "\n  mutation LauncherPause($id: ID!) {\n    pauseSession(id: $id) {\n      ...LauncherSession\n    }\n  }\n": typeof types.LauncherPauseDocument,
    "\n  mutation LauncherSuspend($id: ID!) {\n    suspendSession(id: $id) {\n      ...LauncherSession\n    }\n  }\n": typeof types.LauncherSuspendDocument,
    "\n  mutation LauncherResume($id: ID!) {\n    resumeSession(id: $id) {\n      ...LauncherSession\n    }\n  }\n": typeof types.LauncherResumeDocument,
    "\n  mutation LauncherConnect($id: ID!) {\n    connectSession(id: $id) {\n      url\n    }\n  }\n": typeof types.LauncherConnectDocument,
    "\n  mutation LauncherRestrict($id: ID!, $networks: [String!]!, $allow: Boolean!) {\n    restrictWorkspaceToNetworks(id: $id, networks: $networks, allowNetworkSelection: $allow) {\n      ...LauncherWorkspace\n    }\n  }\n": typeof types.LauncherRestrictDocument,
    "\n  mutation LauncherUpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {\n    updateWorkspace(id: $id, input: $input) {\n      ...LauncherWorkspace\n    }\n  }\n": typeof types.LauncherUpdateWorkspaceDocument,
    "\n  subscription LauncherSessions {\n    sessionStatusChanged {\n      ...LauncherSession\n    }\n  }\n": typeof types.LauncherSessionsDocument,
    "\n  subscription LauncherOptions($id: ID!) {\n    launchOptionsChanged(workspaceId: $id) {\n      ...LauncherLaunchOptions\n    }\n  }\n": typeof types.LauncherOptionsDocument,
    "\n  subscription LauncherNetworkDiscovered {\n    networkDiscovered {\n      name\n    }\n  }\n": typeof types.LauncherNetworkDiscoveredDocument,
    "\n  subscription LauncherNetworkRemoved {\n    networkRemoved {\n      name\n    }\n  }\n": typeof types.LauncherNetworkRemovedDocument,
    "\n  fragment PeopleUser on User {\n    id\n    username\n    displayName\n    role\n    disabled\n    hasPassword\n    lastSignInAt\n    groups {\n      id\n      name\n    }\n  }\n": typeof types.PeopleUserFragmentDoc,
    "\n  fragment PeopleGroup on Group {\n    id\n    name\n    networks\n    members {\n      id\n      username\n    }\n  }\n": typeof types.PeopleGroupFragmentDoc,
    "\n  query PeopleAndGroups {\n    users {\n      ...PeopleUser\n    }\n    groups {\n      ...PeopleGroup\n    }\n  }\n": typeof types.PeopleAndGroupsDocument,
    "\n  mutation PeopleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...PeopleUser\n    }\n  }\n": typeof types.PeopleCreateUserDocument,
    "\n  mutation PeopleUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...PeopleUser\n    }\n  }\n": typeof types.PeopleUpdateUserDocument,
    "\n  mutation PeopleCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...PeopleGroup\n    }\n  }\n": typeof types.PeopleCreateGroupDocument,
    "\n  mutation PeopleDeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n": typeof types.PeopleDeleteGroupDocument,
    "\n  query Pools {\n    stagingPools {\n      id\n      network\n      zone\n      size\n      ready\n      workspace {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PoolsDocument,
    "\n  mutation CreatePool($input: CreateStagingPoolInput!) {\n    createStagingPool(input: $input) {\n      id\n      size\n    }\n  }\n": typeof types.CreatePoolDocument,
    "\n  mutation UpdatePool($id: ID!, $size: Int!) {\n    updateStagingPool(id: $id, input: { size: $size }) {\n      id\n      size\n    }\n  }\n": typeof types.UpdatePoolDocument,
    "\n  mutation DeletePool($id: ID!) {\n    deleteStagingPool(id: $id)\n  }\n": typeof types.DeletePoolDocument,
    "\n  query PlaygroundViewer {\n    viewer {\n      owner\n      role\n    }\n  }\n": typeof types.PlaygroundViewerDocument,
};
const documents: Documents = {
    "\n  query FleetViewer {\n    viewer {\n      owner\n      role\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.FleetViewerDocument,
    "\n  query FleetPicture {\n    agents {\n      id\n      name\n      zone\n      status\n      enabled\n      labels\n      capacity {\n        cores\n        memoryMb\n        maxSessions\n        usedCores\n        usedMemoryMb\n        sessionCount\n        gpus\n        usedGpus\n      }\n    }\n    networkSpread(zone: null) {\n      name\n      zone\n      present {\n        id\n        agent {\n          id\n        }\n        driver\n        subnets\n        gateway\n        ipRange\n        parent\n        options {\n          key\n          value\n        }\n      }\n      missing {\n        id\n        name\n      }\n      conflicts\n    }\n    networks(includeRemoved: true) {\n      id\n      name\n      agent {\n        id\n      }\n      driver\n      removedAt\n    }\n    sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, STOPPING]) {\n      id\n      network\n      agent {\n        id\n      }\n    }\n  }\n": types.FleetPictureDocument,
    "\n  mutation FleetRepairNetwork($name: String!, $zone: String) {\n    repairNetwork(name: $name, zone: $zone) {\n      id\n      agent {\n        name\n      }\n    }\n  }\n": types.FleetRepairNetworkDocument,
    "\n  query FleetNetworkPreview($input: CreateNetworkInput!) {\n    previewNetwork(input: $input) {\n      agent {\n        id\n        name\n      }\n      exists\n      driver\n      subnet\n      gateway\n      ipRange\n      parent\n    }\n  }\n": types.FleetNetworkPreviewDocument,
    "\n  mutation FleetCreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      agent {\n        name\n      }\n    }\n  }\n": types.FleetCreateNetworkDocument,
    "\n  subscription FleetNetworkDiscovered {\n    networkDiscovered {\n      id\n    }\n  }\n": types.FleetNetworkDiscoveredDocument,
    "\n  subscription FleetNetworkRemoved {\n    networkRemoved {\n      id\n    }\n  }\n": types.FleetNetworkRemovedDocument,
    "\n  subscription FleetAgentStatus {\n    agentStatusChanged {\n      id\n    }\n  }\n": types.FleetAgentStatusDocument,
    "\n  subscription FleetSessionStatus {\n    sessionStatusChanged {\n      id\n    }\n  }\n": types.FleetSessionStatusDocument,
    "\n  fragment LauncherLaunchOptions on LaunchOptions {\n    workspaceId\n    allowNetworkSelection\n    choices {\n      network\n      label\n      available\n      agentCount\n    }\n  }\n": types.LauncherLaunchOptionsFragmentDoc,
    "\n  fragment LauncherWorkspace on Workspace {\n    id\n    name\n    image\n    cores\n    memoryMb\n    enabled\n    networks\n    groups\n    allowNetworkSelection\n    maxLifetimeSeconds\n    idleTimeoutSeconds\n    expirationAction\n    volumes {\n      source\n      target\n      readOnly\n      requireAgent\n    }\n    shmSizeMb\n    launchOptions {\n      ...LauncherLaunchOptions\n    }\n  }\n": types.LauncherWorkspaceFragmentDoc,
    "\n  fragment LauncherSession on Session {\n    id\n    staged\n    status\n    statusReason\n    ready\n    network\n    owner\n    expiresAt\n    workspace {\n      id\n      name\n      connect {\n        port\n      }\n      idleTimeoutSeconds\n      expirationAction\n    }\n    agent {\n      name\n    }\n    createdAt\n    updatedAt\n  }\n": types.LauncherSessionFragmentDoc,
    "\n  query LauncherViewer {\n    viewer {\n      owner\n      role\n      user {\n        id\n        username\n        displayName\n      }\n    }\n    sessions {\n      ...LauncherSession\n    }\n  }\n": types.LauncherViewerDocument,
    "\n  query LauncherSessionRead($id: ID!) {\n    session(id: $id) {\n      ...LauncherSession\n    }\n  }\n": types.LauncherSessionReadDocument,
    "\n  query LauncherWorkspaces {\n    workspaces {\n      ...LauncherWorkspace\n    }\n  }\n": types.LauncherWorkspacesDocument,
    "\n  query LauncherNetworks {\n    networks {\n      name\n    }\n  }\n": types.LauncherNetworksDocument,
    "\n  mutation LauncherLaunch($input: LaunchSessionInput!) {\n    launchSession(input: $input) {\n      ...LauncherSession\n    }\n  }\n": types.LauncherLaunchDocument,
    "\n  mutation LauncherDestroy($id: ID!) {\n    destroySession(id: $id) {\n      ...LauncherSession\n    }\n  }\n": types.LauncherDestroyDocument,
    "\n  mutation LauncherKeepalive($id: ID!) {\n    keepaliveSession(id: $id) {\n      ...LauncherSession\n    }\n  }\n": types.LauncherKeepaliveDocument,
    "\n  mutation LauncherPause($id: ID!) {\n    pauseSession(id: $id) {\n      ...LauncherSession\n    }\n  }\n": types.LauncherPauseDocument,
    "\n  mutation LauncherSuspend($id: ID!) {\n    suspendSession(id: $id) {\n      ...LauncherSession\n    }\n  }\n": types.LauncherSuspendDocument,
    "\n  mutation LauncherResume($id: ID!) {\n    resumeSession(id: $id) {\n      ...LauncherSession\n    }\n  }\n": types.LauncherResumeDocument,
    "\n  mutation LauncherConnect($id: ID!) {\n    connectSession(id: $id) {\n      url\n    }\n  }\n": types.LauncherConnectDocument,
    "\n  mutation LauncherRestrict($id: ID!, $networks: [String!]!, $allow: Boolean!) {\n    restrictWorkspaceToNetworks(id: $id, networks: $networks, allowNetworkSelection: $allow) {\n      ...LauncherWorkspace\n    }\n  }\n": types.LauncherRestrictDocument,
    "\n  mutation LauncherUpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {\n    updateWorkspace(id: $id, input: $input) {\n      ...LauncherWorkspace\n    }\n  }\n": types.LauncherUpdateWorkspaceDocument,
    "\n  subscription LauncherSessions {\n    sessionStatusChanged {\n      ...LauncherSession\n    }\n  }\n": types.LauncherSessionsDocument,
    "\n  subscription LauncherOptions($id: ID!) {\n    launchOptionsChanged(workspaceId: $id) {\n      ...LauncherLaunchOptions\n    }\n  }\n": types.LauncherOptionsDocument,
    "\n  subscription LauncherNetworkDiscovered {\n    networkDiscovered {\n      name\n    }\n  }\n": types.LauncherNetworkDiscoveredDocument,
    "\n  subscription LauncherNetworkRemoved {\n    networkRemoved {\n      name\n    }\n  }\n": types.LauncherNetworkRemovedDocument,
    "\n  fragment PeopleUser on User {\n    id\n    username\n    displayName\n    role\n    disabled\n    hasPassword\n    lastSignInAt\n    groups {\n      id\n      name\n    }\n  }\n": types.PeopleUserFragmentDoc,
    "\n  fragment PeopleGroup on Group {\n    id\n    name\n    networks\n    members {\n      id\n      username\n    }\n  }\n": types.PeopleGroupFragmentDoc,
    "\n  query PeopleAndGroups {\n    users {\n      ...PeopleUser\n    }\n    groups {\n      ...PeopleGroup\n    }\n  }\n": types.PeopleAndGroupsDocument,
    "\n  mutation PeopleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...PeopleUser\n    }\n  }\n": types.PeopleCreateUserDocument,
    "\n  mutation PeopleUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...PeopleUser\n    }\n  }\n": types.PeopleUpdateUserDocument,
    "\n  mutation PeopleCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...PeopleGroup\n    }\n  }\n": types.PeopleCreateGroupDocument,
    "\n  mutation PeopleDeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n": types.PeopleDeleteGroupDocument,
    "\n  query Pools {\n    stagingPools {\n      id\n      network\n      zone\n      size\n      ready\n      workspace {\n        id\n        name\n      }\n    }\n  }\n": types.PoolsDocument,
    "\n  mutation CreatePool($input: CreateStagingPoolInput!) {\n    createStagingPool(input: $input) {\n      id\n      size\n    }\n  }\n": types.CreatePoolDocument,
    "\n  mutation UpdatePool($id: ID!, $size: Int!) {\n    updateStagingPool(id: $id, input: { size: $size }) {\n      id\n      size\n    }\n  }\n": types.UpdatePoolDocument,
    "\n  mutation DeletePool($id: ID!) {\n    deleteStagingPool(id: $id)\n  }\n": types.DeletePoolDocument,
    "\n  query PlaygroundViewer {\n    viewer {\n      owner\n      role\n    }\n  }\n": types.PlaygroundViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FleetViewer {\n    viewer {\n      owner\n      role\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql.js').FleetViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FleetPicture {\n    agents {\n      id\n      name\n      zone\n      status\n      enabled\n      labels\n      capacity {\n        cores\n        memoryMb\n        maxSessions\n        usedCores\n        usedMemoryMb\n        sessionCount\n        gpus\n        usedGpus\n      }\n    }\n    networkSpread(zone: null) {\n      name\n      zone\n      present {\n        id\n        agent {\n          id\n        }\n        driver\n        subnets\n        gateway\n        ipRange\n        parent\n        options {\n          key\n          value\n        }\n      }\n      missing {\n        id\n        name\n      }\n      conflicts\n    }\n    networks(includeRemoved: true) {\n      id\n      name\n      agent {\n        id\n      }\n      driver\n      removedAt\n    }\n    sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, STOPPING]) {\n      id\n      network\n      agent {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').FleetPictureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FleetRepairNetwork($name: String!, $zone: String) {\n    repairNetwork(name: $name, zone: $zone) {\n      id\n      agent {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').FleetRepairNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FleetNetworkPreview($input: CreateNetworkInput!) {\n    previewNetwork(input: $input) {\n      agent {\n        id\n        name\n      }\n      exists\n      driver\n      subnet\n      gateway\n      ipRange\n      parent\n    }\n  }\n"): typeof import('./graphql.js').FleetNetworkPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FleetCreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      agent {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').FleetCreateNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FleetNetworkDiscovered {\n    networkDiscovered {\n      id\n    }\n  }\n"): typeof import('./graphql.js').FleetNetworkDiscoveredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FleetNetworkRemoved {\n    networkRemoved {\n      id\n    }\n  }\n"): typeof import('./graphql.js').FleetNetworkRemovedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FleetAgentStatus {\n    agentStatusChanged {\n      id\n    }\n  }\n"): typeof import('./graphql.js').FleetAgentStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FleetSessionStatus {\n    sessionStatusChanged {\n      id\n    }\n  }\n"): typeof import('./graphql.js').FleetSessionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LauncherLaunchOptions on LaunchOptions {\n    workspaceId\n    allowNetworkSelection\n    choices {\n      network\n      label\n      available\n      agentCount\n    }\n  }\n"): typeof import('./graphql.js').LauncherLaunchOptionsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LauncherWorkspace on Workspace {\n    id\n    name\n    image\n    cores\n    memoryMb\n    enabled\n    networks\n    groups\n    allowNetworkSelection\n    maxLifetimeSeconds\n    idleTimeoutSeconds\n    expirationAction\n    volumes {\n      source\n      target\n      readOnly\n      requireAgent\n    }\n    shmSizeMb\n    launchOptions {\n      ...LauncherLaunchOptions\n    }\n  }\n"): typeof import('./graphql.js').LauncherWorkspaceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LauncherSession on Session {\n    id\n    staged\n    status\n    statusReason\n    ready\n    network\n    owner\n    expiresAt\n    workspace {\n      id\n      name\n      connect {\n        port\n      }\n      idleTimeoutSeconds\n      expirationAction\n    }\n    agent {\n      name\n    }\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql.js').LauncherSessionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LauncherViewer {\n    viewer {\n      owner\n      role\n      user {\n        id\n        username\n        displayName\n      }\n    }\n    sessions {\n      ...LauncherSession\n    }\n  }\n"): typeof import('./graphql.js').LauncherViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LauncherSessionRead($id: ID!) {\n    session(id: $id) {\n      ...LauncherSession\n    }\n  }\n"): typeof import('./graphql.js').LauncherSessionReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LauncherWorkspaces {\n    workspaces {\n      ...LauncherWorkspace\n    }\n  }\n"): typeof import('./graphql.js').LauncherWorkspacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LauncherNetworks {\n    networks {\n      name\n    }\n  }\n"): typeof import('./graphql.js').LauncherNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LauncherLaunch($input: LaunchSessionInput!) {\n    launchSession(input: $input) {\n      ...LauncherSession\n    }\n  }\n"): typeof import('./graphql.js').LauncherLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LauncherDestroy($id: ID!) {\n    destroySession(id: $id) {\n      ...LauncherSession\n    }\n  }\n"): typeof import('./graphql.js').LauncherDestroyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LauncherKeepalive($id: ID!) {\n    keepaliveSession(id: $id) {\n      ...LauncherSession\n    }\n  }\n"): typeof import('./graphql.js').LauncherKeepaliveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LauncherPause($id: ID!) {\n    pauseSession(id: $id) {\n      ...LauncherSession\n    }\n  }\n"): typeof import('./graphql.js').LauncherPauseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LauncherSuspend($id: ID!) {\n    suspendSession(id: $id) {\n      ...LauncherSession\n    }\n  }\n"): typeof import('./graphql.js').LauncherSuspendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LauncherResume($id: ID!) {\n    resumeSession(id: $id) {\n      ...LauncherSession\n    }\n  }\n"): typeof import('./graphql.js').LauncherResumeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LauncherConnect($id: ID!) {\n    connectSession(id: $id) {\n      url\n    }\n  }\n"): typeof import('./graphql.js').LauncherConnectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LauncherRestrict($id: ID!, $networks: [String!]!, $allow: Boolean!) {\n    restrictWorkspaceToNetworks(id: $id, networks: $networks, allowNetworkSelection: $allow) {\n      ...LauncherWorkspace\n    }\n  }\n"): typeof import('./graphql.js').LauncherRestrictDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LauncherUpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {\n    updateWorkspace(id: $id, input: $input) {\n      ...LauncherWorkspace\n    }\n  }\n"): typeof import('./graphql.js').LauncherUpdateWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LauncherSessions {\n    sessionStatusChanged {\n      ...LauncherSession\n    }\n  }\n"): typeof import('./graphql.js').LauncherSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LauncherOptions($id: ID!) {\n    launchOptionsChanged(workspaceId: $id) {\n      ...LauncherLaunchOptions\n    }\n  }\n"): typeof import('./graphql.js').LauncherOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LauncherNetworkDiscovered {\n    networkDiscovered {\n      name\n    }\n  }\n"): typeof import('./graphql.js').LauncherNetworkDiscoveredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LauncherNetworkRemoved {\n    networkRemoved {\n      name\n    }\n  }\n"): typeof import('./graphql.js').LauncherNetworkRemovedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeopleUser on User {\n    id\n    username\n    displayName\n    role\n    disabled\n    hasPassword\n    lastSignInAt\n    groups {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').PeopleUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeopleGroup on Group {\n    id\n    name\n    networks\n    members {\n      id\n      username\n    }\n  }\n"): typeof import('./graphql.js').PeopleGroupFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleAndGroups {\n    users {\n      ...PeopleUser\n    }\n    groups {\n      ...PeopleGroup\n    }\n  }\n"): typeof import('./graphql.js').PeopleAndGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...PeopleUser\n    }\n  }\n"): typeof import('./graphql.js').PeopleCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...PeopleUser\n    }\n  }\n"): typeof import('./graphql.js').PeopleUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...PeopleGroup\n    }\n  }\n"): typeof import('./graphql.js').PeopleCreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleDeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n"): typeof import('./graphql.js').PeopleDeleteGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pools {\n    stagingPools {\n      id\n      network\n      zone\n      size\n      ready\n      workspace {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').PoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePool($input: CreateStagingPoolInput!) {\n    createStagingPool(input: $input) {\n      id\n      size\n    }\n  }\n"): typeof import('./graphql.js').CreatePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePool($id: ID!, $size: Int!) {\n    updateStagingPool(id: $id, input: { size: $size }) {\n      id\n      size\n    }\n  }\n"): typeof import('./graphql.js').UpdatePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePool($id: ID!) {\n    deleteStagingPool(id: $id)\n  }\n"): typeof import('./graphql.js').DeletePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaygroundViewer {\n    viewer {\n      owner\n      role\n    }\n  }\n"): typeof import('./graphql.js').PlaygroundViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
