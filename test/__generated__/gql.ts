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
    "\n  mutation BenchConnectWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n": typeof types.BenchConnectWorkspaceDocument,
    "mutation BenchConnectLaunch($input: LaunchSessionInput!) { launchSession(input: $input) { id } }": typeof types.BenchConnectLaunchDocument,
    "query BenchConnectReady($id: ID!) { session(id: $id) { status ready statusReason containerId } }": typeof types.BenchConnectReadyDocument,
    "mutation BenchConnectUrl($id: ID!) { connectSession(id: $id) { url } }": typeof types.BenchConnectUrlDocument,
    "subscription BenchDiscoveryNetworks { networkDiscovered { name agent { id } } }": typeof types.BenchDiscoveryNetworksDocument,
    "subscription BenchDiscoveryAgentStatuses { agentStatusChanged { id status } }": typeof types.BenchDiscoveryAgentStatusesDocument,
    "subscription BenchLaunchSessions { sessionStatusChanged { id status statusReason } }": typeof types.BenchLaunchSessionsDocument,
    "query BenchLaunchWorkspaceId($id: ID!) { workspace(id: $id) { id } }": typeof types.BenchLaunchWorkspaceIdDocument,
    "mutation BenchReadGroup($networks: [String!]!) { createGroup(input: { name: \"bench-readers\", networks: $networks }) { id } }": typeof types.BenchReadGroupDocument,
    "mutation BenchReadReader { createUser(input: { username: \"reader\", groups: [\"bench-readers\"] }) { id } }": typeof types.BenchReadReaderDocument,
    "mutation BenchReadReaderKey { createApiKey(input: { name: \"bench reader\", role: USER, owner: \"reader\" }) { token } }": typeof types.BenchReadReaderKeyDocument,
    "mutation BenchReadLimit($id: ID!) { updateWorkspace(id: $id, input: { groups: [\"bench-readers\"] }) { id } }": typeof types.BenchReadLimitDocument,
    "query BenchReadLauncher { workspaces { id name launchOptions { choices { network label available agentCount } } } }": typeof types.BenchReadLauncherDocument,
    "query BenchScaleRead { workspaces { id name launchOptions { choices { network agentCount } } } }": typeof types.BenchScaleReadDocument,
    "query BenchScaleNetworkIds { networks { id } }": typeof types.BenchScaleNetworkIdsDocument,
    "\n  mutation FleetUiUserKey {\n    createApiKey(input: { name: \"bob laptop\", role: USER, owner: \"bob\" }) {\n      token\n    }\n  }\n": typeof types.FleetUiUserKeyDocument,
    "\n  query FleetUiSession($id: ID!) {\n    session(id: $id) {\n      status\n      agent {\n        name\n      }\n    }\n  }\n": typeof types.FleetUiSessionDocument,
    "\n  mutation IdentityCreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n": typeof types.IdentityCreateUserDocument,
    "\n  mutation IdentityUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }\n": typeof types.IdentityUpdateUserDocument,
    "\n  mutation IdentityCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id name } }\n": typeof types.IdentityCreateGroupDocument,
    "\n  query IdentityUsersAndGroups {\n    users { username displayName role disabled hasPassword groups { name } }\n    groups { name networks members { username } }\n  }\n": typeof types.IdentityUsersAndGroupsDocument,
    "mutation LifetimeUiUserKey { createApiKey(input: { name: \"carol laptop\", role: USER, owner: \"carol\" }) { token } }": typeof types.LifetimeUiUserKeyDocument,
    "\n  query LifetimeUiSettings($id: ID!) {\n    workspace(id: $id) { maxLifetimeSeconds idleTimeoutSeconds expirationAction shmSizeMb volumes { source target readOnly requireAgent } }\n  }\n": typeof types.LifetimeUiSettingsDocument,
    "\n  mutation OpenCreateWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n": typeof types.OpenCreateWorkspaceDocument,
    "mutation OpenCreateUserKey { createApiKey(input: { name: \"bob laptop\", role: USER, owner: \"bob\" }) { token } }": typeof types.OpenCreateUserKeyDocument,
    "\n  mutation PagesRestrict($id: ID!, $n: [String!]!) { restrictWorkspaceToNetworks(id: $id, networks: $n, allowNetworkSelection: true) { id } }\n": typeof types.PagesRestrictDocument,
    "mutation PagesCreateUserKey { createApiKey(input: { name: \"alice laptop\", role: USER, owner: \"alice\" }) { token } }": typeof types.PagesCreateUserKeyDocument,
    "query PagesWorkspaceNetworks($id: ID!) { workspace(id: $id) { networks allowNetworkSelection } }": typeof types.PagesWorkspaceNetworksDocument,
    "\n  mutation PoolsUiLaunch($id: ID!) {\n    launchSession(input: { workspaceId: $id }) {\n      id\n      staged\n      status\n    }\n  }\n": typeof types.PoolsUiLaunchDocument,
    "\n  query PoolsUiMembers {\n    stagingPools {\n      size\n      members {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PoolsUiMembersDocument,
    "\n  mutation RegisterAgent($input: RegisterAgentInput!) {\n    registerAgent(input: $input) { id status }\n  }\n": typeof types.RegisterAgentDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) { id }\n  }\n": typeof types.CreateNetworkDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id }\n  }\n": typeof types.CreateWorkspaceDocument,
    "\n  mutation RestrictWorkspace($id: ID!, $networks: [String!]!, $allowNetworkSelection: Boolean!) {\n    restrictWorkspaceToNetworks(id: $id, networks: $networks, allowNetworkSelection: $allowNetworkSelection) { id }\n  }\n": typeof types.RestrictWorkspaceDocument,
    "\n  mutation LaunchSession($input: LaunchSessionInput!) {\n    launchSession(input: $input) { id status }\n  }\n": typeof types.LaunchSessionDocument,
    "\n  mutation DestroySession($id: ID!) {\n    destroySession(id: $id) { id status }\n  }\n": typeof types.DestroySessionDocument,
    "\n  query SessionStatus($id: ID!) {\n    session(id: $id) { status statusReason }\n  }\n": typeof types.SessionStatusDocument,
    "\n  query AgentStatuses {\n    agents { id status }\n  }\n": typeof types.AgentStatusesDocument,
    "\n  query NetworkNames {\n    networks { name }\n  }\n": typeof types.NetworkNamesDocument,
    "\n  query Sessions {\n    sessions { id status statusReason }\n  }\n": typeof types.SessionsDocument,
    "\n  subscription SessionStatusChanges {\n    sessionStatusChanged { id status }\n  }\n": typeof types.SessionStatusChangesDocument,
    "\n  subscription NetworkNamesDiscovered {\n    networkDiscovered { name }\n  }\n": typeof types.NetworkNamesDiscoveredDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id username }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { id disabled role }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { id name }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { token apiKey { id } }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation HarnessOpenableWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n": typeof types.HarnessOpenableWorkspaceDocument,
    "mutation HarnessLaunchOpenable($input: LaunchSessionInput!) { launchSession(input: $input) { id } }": typeof types.HarnessLaunchOpenableDocument,
    "query HarnessOpenableState($id: ID!) { session(id: $id) { status ready statusReason } }": typeof types.HarnessOpenableStateDocument,
    "mutation HarnessConnectOpenable($id: ID!) { connectSession(id: $id) { url } }": typeof types.HarnessConnectOpenableDocument,
    "query AbuseApiKeys { apiKeys(includeRevoked: true) { id } }": typeof types.AbuseApiKeysDocument,
    "query AuthzQueryAgents { agents { id name endpoint status } }": typeof types.AuthzQueryAgentsDocument,
    "query AuthzQueryAgent($id: ID!) { agent(id: $id) { id name endpoint } }": typeof types.AuthzQueryAgentDocument,
    "query AuthzQueryNetworks($agentId: ID) { networks(agentId: $agentId) { id name agent { id } } }": typeof types.AuthzQueryNetworksDocument,
    "\n    query AuthzQueryNetworkSpread { networkSpread { name zone present { agent { id } } missing { id } conflicts } }\n  ": typeof types.AuthzQueryNetworkSpreadDocument,
    "\n    query AuthzQueryPreviewNetwork($input: CreateNetworkInput!) { previewNetwork(input: $input) { agent { id } exists driver } }\n  ": typeof types.AuthzQueryPreviewNetworkDocument,
    "query AuthzQueryWorkspaces { workspaces { id name } }": typeof types.AuthzQueryWorkspacesDocument,
    "\n    query AuthzQueryWorkspace($id: ID!) { workspace(id: $id) { id image launchOptions { choices { network available } } } }\n  ": typeof types.AuthzQueryWorkspaceDocument,
    "query AuthzQuerySessions { sessions { id owner } }": typeof types.AuthzQuerySessionsDocument,
    "query AuthzQuerySession($id: ID!) { session(id: $id) { id owner agent { name status } } }": typeof types.AuthzQuerySessionDocument,
    "\n    query AuthzQueryPlacement($id: ID!) {\n      placement(workspaceId: $id) { chosen { agent { id } network eligible } candidates { agent { id } eligible reasons } }\n    }\n  ": typeof types.AuthzQueryPlacementDocument,
    "query AuthzQueryViewer { viewer { owner role apiKey { id } user { username groups { name } } } }": typeof types.AuthzQueryViewerDocument,
    "query AuthzQueryUsers { users { id username role disabled groups { name } } }": typeof types.AuthzQueryUsersDocument,
    "query AuthzQueryGroups { groups { id name networks members { username } } }": typeof types.AuthzQueryGroupsDocument,
    "query AuthzQueryApiKeys { apiKeys { id name role owner } }": typeof types.AuthzQueryApiKeysDocument,
    "\n    query AuthzQueryAuditLog { auditLog(first: 5) { entries { id operation outcome actor } endCursor hasNextPage } }\n  ": typeof types.AuthzQueryAuditLogDocument,
    "query AuthzQueryRegistryCredentials { registryCredentials { id registry username createdAt } }": typeof types.AuthzQueryRegistryCredentialsDocument,
    "\n    query AuthzQueryStagingPools($workspaceId: ID) { stagingPools(workspaceId: $workspaceId) { id workspace { id } network zone size ready members { id } } }\n  ": typeof types.AuthzQueryStagingPoolsDocument,
    "\n    mutation AuthzMutationRegisterAgent($input: RegisterAgentInput!) { registerAgent(input: $input) { id name endpoint enabled } }\n  ": typeof types.AuthzMutationRegisterAgentDocument,
    "\n    mutation AuthzMutationUpdateAgent($id: ID!) { updateAgent(id: $id, input: { enabled: true }) { id enabled } }\n  ": typeof types.AuthzMutationUpdateAgentDocument,
    "mutation AuthzMutationRemoveAgent($id: ID!) { removeAgent(id: $id) }": typeof types.AuthzMutationRemoveAgentDocument,
    "\n    mutation AuthzMutationCreateNetwork($input: CreateNetworkInput!) { createNetwork(input: $input) { id name agent { id } } }\n  ": typeof types.AuthzMutationCreateNetworkDocument,
    "\n    mutation AuthzMutationRepairNetwork($name: String!) { repairNetwork(name: $name, zone: null) { name agent { id } } }\n  ": typeof types.AuthzMutationRepairNetworkDocument,
    "\n    mutation AuthzMutationCreateWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id name } }\n  ": typeof types.AuthzMutationCreateWorkspaceDocument,
    "\n    mutation AuthzMutationUpdateWorkspace($id: ID!) { updateWorkspace(id: $id, input: { cores: 0.2 }) { id cores } }\n  ": typeof types.AuthzMutationUpdateWorkspaceDocument,
    "\n    mutation AuthzMutationRestrictWorkspaceToNetworks($id: ID!, $networks: [String!]!) {\n      restrictWorkspaceToNetworks(id: $id, networks: $networks, allowNetworkSelection: true) { id networks allowNetworkSelection }\n    }\n  ": typeof types.AuthzMutationRestrictWorkspaceToNetworksDocument,
    "\n    mutation AuthzMutationLaunchSession($input: LaunchSessionInput!) { launchSession(input: $input) { id owner status workspace { id } } }\n  ": typeof types.AuthzMutationLaunchSessionDocument,
    "mutation AuthzMutationDestroySession($id: ID!) { destroySession(id: $id) { id owner status } }": typeof types.AuthzMutationDestroySessionDocument,
    "mutation AuthzMutationConnectSession($id: ID!) { connectSession(id: $id) { url } }": typeof types.AuthzMutationConnectSessionDocument,
    "mutation AuthzMutationKeepaliveSession($id: ID!) { keepaliveSession(id: $id) { id status } }": typeof types.AuthzMutationKeepaliveSessionDocument,
    "mutation AuthzMutationResumeSession($id: ID!) { resumeSession(id: $id) { id status } }": typeof types.AuthzMutationResumeSessionDocument,
    "mutation AuthzMutationPauseSession($id: ID!) { pauseSession(id: $id) { id status } }": typeof types.AuthzMutationPauseSessionDocument,
    "mutation AuthzMutationSuspendSession($id: ID!) { suspendSession(id: $id) { id status } }": typeof types.AuthzMutationSuspendSessionDocument,
    "\n    mutation AuthzMutationCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id role owner } } }\n  ": typeof types.AuthzMutationCreateApiKeyDocument,
    "\n    mutation AuthzMutationCreateUser($input: CreateUserInput!) {\n      createUser(input: $input) { id username displayName role hasPassword disabled groups { name } }\n    }\n  ": typeof types.AuthzMutationCreateUserDocument,
    "\n    mutation AuthzMutationUpdateUser($id: ID!) { updateUser(id: $id, input: { displayName: \"Scratch, renamed\" }) { id displayName } }\n  ": typeof types.AuthzMutationUpdateUserDocument,
    "mutation AuthzMutationDeleteUser($id: ID!) { deleteUser(id: $id) }": typeof types.AuthzMutationDeleteUserDocument,
    "\n    mutation AuthzMutationCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id name networks members { id } } }\n  ": typeof types.AuthzMutationCreateGroupDocument,
    "\n    mutation AuthzMutationUpdateGroup($id: ID!, $networks: [String!]!) { updateGroup(id: $id, input: { networks: $networks }) { id networks } }\n  ": typeof types.AuthzMutationUpdateGroupDocument,
    "mutation AuthzMutationDeleteGroup($id: ID!) { deleteGroup(id: $id) }": typeof types.AuthzMutationDeleteGroupDocument,
    "mutation AuthzMutationRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }": typeof types.AuthzMutationRevokeApiKeyDocument,
    "\n    mutation AuthzMutationCreateRegistryCredential($input: CreateRegistryCredentialInput!) {\n      createRegistryCredential(input: $input) { id registry username }\n    }\n  ": typeof types.AuthzMutationCreateRegistryCredentialDocument,
    "mutation AuthzMutationDeleteRegistryCredential($id: ID!) { deleteRegistryCredential(id: $id) }": typeof types.AuthzMutationDeleteRegistryCredentialDocument,
    "\n    mutation AuthzMutationCreateStagingPool($input: CreateStagingPoolInput!) {\n      createStagingPool(input: $input) { id workspace { id } network zone size members { id } }\n    }\n  ": typeof types.AuthzMutationCreateStagingPoolDocument,
    "\n    mutation AuthzMutationUpdateStagingPool($id: ID!) { updateStagingPool(id: $id, input: { size: 0 }) { id size workspace { id } } }\n  ": typeof types.AuthzMutationUpdateStagingPoolDocument,
    "mutation AuthzMutationDeleteStagingPool($id: ID!) { deleteStagingPool(id: $id) }": typeof types.AuthzMutationDeleteStagingPoolDocument,
    "subscription AuthzSubscriptionNetworkDiscovered { networkDiscovered { id name agent { id } } }": typeof types.AuthzSubscriptionNetworkDiscoveredDocument,
    "subscription AuthzSubscriptionNetworkRemoved { networkRemoved { id name removedAt } }": typeof types.AuthzSubscriptionNetworkRemovedDocument,
    "subscription AuthzSubscriptionAgentStatusChanged { agentStatusChanged { id enabled } }": typeof types.AuthzSubscriptionAgentStatusChangedDocument,
    "\n    subscription AuthzSubscriptionSessionStatusChanged { sessionStatusChanged { id owner status } }\n  ": typeof types.AuthzSubscriptionSessionStatusChangedDocument,
    "\n    subscription AuthzSubscriptionLaunchOptionsChanged($id: ID!) {\n      launchOptionsChanged(workspaceId: $id) { workspaceId allowNetworkSelection choices { network available } }\n    }\n  ": typeof types.AuthzSubscriptionLaunchOptionsChangedDocument,
    "mutation AuthzEnableAgent($id: ID!) { updateAgent(id: $id, input: { enabled: true }) { id } }": typeof types.AuthzEnableAgentDocument,
    "query AuthzAgentEndpoints { agents { id endpoint } }": typeof types.AuthzAgentEndpointsDocument,
    "mutation AuthzRemoveAgent($id: ID!) { removeAgent(id: $id) }": typeof types.AuthzRemoveAgentDocument,
    "mutation AuthzCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }": typeof types.AuthzCreateKeyDocument,
    "mutation AuthzCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": typeof types.AuthzCreateUserDocument,
    "mutation AuthzCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id } }": typeof types.AuthzCreateGroupDocument,
    "mutation AuthzDemoteUser($id: ID!) { updateUser(id: $id, input: { role: USER }) { id } }": typeof types.AuthzDemoteUserDocument,
    "mutation AuthzRegisterNamed($input: RegisterAgentInput!) { registerAgent(input: $input) { id name status } }": typeof types.AuthzRegisterNamedDocument,
    "\n  mutation AuthzCreateRegistryCredential($input: CreateRegistryCredentialInput!) { createRegistryCredential(input: $input) { id } }\n": typeof types.AuthzCreateRegistryCredentialDocument,
    "mutation AuthzCreatePool($input: CreateStagingPoolInput!) { createStagingPool(input: $input) { id } }": typeof types.AuthzCreatePoolDocument,
    "mutation AuthzDeletePool($id: ID!) { deleteStagingPool(id: $id) }": typeof types.AuthzDeletePoolDocument,
    "query AuthzSessionOwner($id: ID!) { session(id: $id) { id owner } }": typeof types.AuthzSessionOwnerDocument,
    "query AuthzSessionOwners { sessions { id owner } }": typeof types.AuthzSessionOwnersDocument,
    "subscription AuthzSessionWatched($id: ID) { sessionStatusChanged(sessionId: $id) { id status } }": typeof types.AuthzSessionWatchedDocument,
    "subscription AuthzSessionOwnersChanged { sessionStatusChanged { id owner status } }": typeof types.AuthzSessionOwnersChangedDocument,
    "mutation AuthzDestroyStatus($id: ID!) { destroySession(id: $id) { status } }": typeof types.AuthzDestroyStatusDocument,
    "query AuthzSessionAgent($id: ID!) { session(id: $id) { agent { name status } } }": typeof types.AuthzSessionAgentDocument,
    "query AuthzSessionAgentEndpoint($id: ID!) { session(id: $id) { id agent { name endpoint } } }": typeof types.AuthzSessionAgentEndpointDocument,
    "query AuthzAgentEndpointOfSession($id: ID!) { session(id: $id) { agent { endpoint } } }": typeof types.AuthzAgentEndpointOfSessionDocument,
    "query AuthzGroupWorkspace($id: ID!) { workspace(id: $id) { id groups } workspaces { id } }": typeof types.AuthzGroupWorkspaceDocument,
    "mutation AuthzLaunchOn($input: LaunchSessionInput!) { launchSession(input: $input) { id owner network } }": typeof types.AuthzLaunchOnDocument,
    "query AuthzWorkspaceSessions($id: ID!) { sessions(workspaceId: $id) { id owner } }": typeof types.AuthzWorkspaceSessionsDocument,
    "\n  query AuthzNarrowedOptions($id: ID!) { workspace(id: $id) { networks launchOptions { allowNetworkSelection choices { network } } } }\n": typeof types.AuthzNarrowedOptionsDocument,
    "\n  subscription AuthzOptionsWatched($id: ID!) { launchOptionsChanged(workspaceId: $id) { workspaceId allowNetworkSelection choices { network } } }\n": typeof types.AuthzOptionsWatchedDocument,
    "mutation AuthzConnect($id: ID!) { connectSession(id: $id) { url } }": typeof types.AuthzConnectDocument,
    "mutation AuthzSetUserGroups($id: ID!, $groups: [String!]!) { updateUser(id: $id, input: { groups: $groups }) { id } }": typeof types.AuthzSetUserGroupsDocument,
    "\n  mutation AuthzSetGroupNetworks($id: ID!, $networks: [String!]!) { updateGroup(id: $id, input: { networks: $networks }) { id } }\n": typeof types.AuthzSetGroupNetworksDocument,
    "query AuthzUsersOfKeys { users { username role disabled groups { name } } }": typeof types.AuthzUsersOfKeysDocument,
    "query AuthzKeyViewer { viewer { owner role user { username } } }": typeof types.AuthzKeyViewerDocument,
    "query AuthzDemotedViewer { viewer { role } }": typeof types.AuthzDemotedViewerDocument,
    "query AuthzDemotedUsers { users { id } }": typeof types.AuthzDemotedUsersDocument,
    "\n  query BadInputSnapshot {\n    agents { id name endpoint zone enabled tls labels capacity { cores memoryMb maxSessions gpus } createdAt }\n    workspaces { id name image command cores memoryMb zone enabled networks groups allowNetworkSelection createdAt updatedAt }\n    volumeSettings: workspaces { id volumes { source target readOnly requireAgent } shmSizeMb }\n    users { id username displayName role disabled hasPassword groups { name } createdAt }\n    groups { id name networks members { id } }\n    apiKeys(includeRevoked: true) { id name role owner createdAt expiresAt revokedAt }\n    sessions { id owner status network agent { id } }\n    networks { id name driver internal agent { id } removedAt subnets gateway ipRange parent options { key value } }\n    spread: networkSpread { name zone missing { id } conflicts }\n    registryCredentials { id registry username createdAt }\n    assignCommands: workspaces { id assignCommand }\n    placementRules: workspaces { id agentSelector gpus }\n    stagingPools { id workspace { id } network zone size createdAt }\n  }\n": typeof types.BadInputSnapshotDocument,
    "\n  query BadInputAuditOutcomes($after: String) { auditLog(first: 500, after: $after) { entries { outcome } endCursor hasNextPage } }\n": typeof types.BadInputAuditOutcomesDocument,
    "mutation BadInputCreateNetA { createNetwork(input: { name: \"net-a\", zone: \"z1\" }) { id } }": typeof types.BadInputCreateNetADocument,
    "query BadInputAgentStatus($id: ID!) { agent(id: $id) { status } }": typeof types.BadInputAgentStatusDocument,
    "mutation BadInputDisable($id: ID!) { updateWorkspace(id: $id, input: { enabled: false }) { id } }": typeof types.BadInputDisableDocument,
    "\n  mutation BadInputRestrictToNetA($id: ID!, $allow: Boolean!) {\n    restrictWorkspaceToNetworks(id: $id, networks: [\"net-a\"], allowNetworkSelection: $allow) { id }\n  }\n": typeof types.BadInputRestrictToNetADocument,
    "mutation BadInputLaunch($id: ID!) { launchSession(input: { workspaceId: $id }) { id } }": typeof types.BadInputLaunchDocument,
    "mutation BadInputUserKey { createApiKey(input: { name: \"alice laptop\", role: USER, owner: \"alice\" }) { token apiKey { id } } }": typeof types.BadInputUserKeyDocument,
    "mutation BadInputCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": typeof types.BadInputCreateUserDocument,
    "mutation BadInputCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id } }": typeof types.BadInputCreateGroupDocument,
    "mutation BadInputRootKey { createApiKey(input: { name: \"root laptop\", role: ADMIN, owner: \"root\" }) { token } }": typeof types.BadInputRootKeyDocument,
    "query BadInputUserIds { users { id username } }": typeof types.BadInputUserIdsDocument,
    "query BadInputLastAudit { auditLog(first: 1) { entries { id operation outcome } } }": typeof types.BadInputLastAuditDocument,
    "mutation BadInputCreatePool($input: CreateStagingPoolInput!) { createStagingPool(input: $input) { id } }": typeof types.BadInputCreatePoolDocument,
    "\n  mutation BadInputKeptCredential { createRegistryCredential(input: { registry: \"kept.registry.example\", username: \"kept\", password: \"kept\" }) { id } }\n": typeof types.BadInputKeptCredentialDocument,
    "\n  mutation ConnectTestKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { token apiKey { id } }\n  }\n": typeof types.ConnectTestKeyDocument,
    "\n  mutation ConnectTestWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id connect { port protocol path } }\n  }\n": typeof types.ConnectTestWorkspaceDocument,
    "\n  mutation ConnectTestLaunch($input: LaunchSessionInput!) {\n    launchSession(input: $input) { id }\n  }\n": typeof types.ConnectTestLaunchDocument,
    "\n  mutation ConnectTestConnect($id: ID!) {\n    connectSession(id: $id) { url expiresAt }\n  }\n": typeof types.ConnectTestConnectDocument,
    "\n  query ConnectTestSession($id: ID!) {\n    session(id: $id) { id status ready statusReason containerId lastActivityAt }\n  }\n": typeof types.ConnectTestSessionDocument,
    "\n  mutation ConnectTestPool($input: CreateStagingPoolInput!) {\n    createStagingPool(input: $input) { id }\n  }\n": typeof types.ConnectTestPoolDocument,
    "\n  query ConnectTestPoolReady { stagingPools { id ready } }\n": typeof types.ConnectTestPoolReadyDocument,
    "\n  mutation ConnectTestLaunchStaged($input: LaunchSessionInput!) {\n    launchSession(input: $input) { id status staged ready containerId }\n  }\n": typeof types.ConnectTestLaunchStagedDocument,
    "\n  mutation ConnectTestDestroy($id: ID!) {\n    destroySession(id: $id) { id status }\n  }\n": typeof types.ConnectTestDestroyDocument,
    "\n  mutation ConnectTestRevoke($id: ID!) {\n    revokeApiKey(id: $id) { id }\n  }\n": typeof types.ConnectTestRevokeDocument,
    "\n  fragment DiscoveryAgentFields on Agent {\n    id name endpoint zone enabled status dockerVersion lastSeenAt tls\n    capacity { cores memoryMb maxSessions usedCores usedMemoryMb sessionCount }\n  }\n": typeof types.DiscoveryAgentFieldsFragmentDoc,
    "\n  fragment DiscoveryNetworkFields on Network {\n    id dockerId name driver internal subnets discoveredAt removedAt warnings agent { id name }\n  }\n": typeof types.DiscoveryNetworkFieldsFragmentDoc,
    "\n  mutation DiscoveryRegister($input: RegisterAgentInput!) {\n    registerAgent(input: $input) { ...DiscoveryAgentFields networks { name } }\n  }\n": typeof types.DiscoveryRegisterDocument,
    "query DiscoveryAgentNames { agents { name } }": typeof types.DiscoveryAgentNamesDocument,
    "query DiscoveryZoneAgentNames { agents(zone: \"enclave-2\") { name } }": typeof types.DiscoveryZoneAgentNamesDocument,
    "query DiscoveryAgentIds { agents { id } }": typeof types.DiscoveryAgentIdsDocument,
    "\n  subscription DiscoveryNetworkDiscovered($a: ID) { networkDiscovered(agentId: $a) { ...DiscoveryNetworkFields } }\n": typeof types.DiscoveryNetworkDiscoveredDocument,
    "\n  subscription DiscoveryNetworkRemoved($a: ID) { networkRemoved(agentId: $a) { ...DiscoveryNetworkFields } }\n": typeof types.DiscoveryNetworkRemovedDocument,
    "query DiscoveryLiveNetworks($a: ID) { networks(agentId: $a) { name } }": typeof types.DiscoveryLiveNetworksDocument,
    "query DiscoveryAllNetworks($a: ID) { networks(agentId: $a, includeRemoved: true) { name removedAt } }": typeof types.DiscoveryAllNetworksDocument,
    "\n  subscription DiscoveryAgentStatusChanged($a: ID) { agentStatusChanged(agentId: $a) { id status } }\n": typeof types.DiscoveryAgentStatusChangedDocument,
    "subscription DiscoveryNetworkNames($a: ID) { networkDiscovered(agentId: $a) { name } }": typeof types.DiscoveryNetworkNamesDocument,
    "query DiscoveryAgentNetworks($id: ID!) { agent(id: $id) { status networks { name } } }": typeof types.DiscoveryAgentNetworksDocument,
    "\n  mutation DiscoveryCreateInZone3 { createNetwork(input: { name: \"z_enclave_3\", zone: \"enclave-3\" }) { ...DiscoveryNetworkFields } }\n": typeof types.DiscoveryCreateInZone3Document,
    "\n  mutation DiscoveryCreateShared {\n    createNetwork(input: { name: \"z_shared\", zone: \"enclave-2\", internal: true }) { id name internal agent { name } }\n  }\n": typeof types.DiscoveryCreateSharedDocument,
    "mutation DiscoveryCreateSharedAgain { createNetwork(input: { name: \"z_shared\", zone: \"enclave-2\" }) { id } }": typeof types.DiscoveryCreateSharedAgainDocument,
    "subscription DiscoveryOfflineStatus($a: ID) { agentStatusChanged(agentId: $a) { status } }": typeof types.DiscoveryOfflineStatusDocument,
    "query DiscoveryAgentStatus($id: ID!) { agent(id: $id) { status } }": typeof types.DiscoveryAgentStatusDocument,
    "\n  mutation DiscoveryCreatePartial($ids: [ID!]) { createNetwork(input: { name: \"z_partial\", agentIds: $ids }) { id } }\n": typeof types.DiscoveryCreatePartialDocument,
    "query DiscoveryPartialNetworks { networks(name: \"z_partial\") { id } }": typeof types.DiscoveryPartialNetworksDocument,
    "mutation DiscoveryCreateBadName { createNetwork(input: { name: \"bad name\", zone: \"enclave-2\" }) { id } }": typeof types.DiscoveryCreateBadNameDocument,
    "\n  mutation DiscoveryUpdateAgent($id: ID!) {\n    updateAgent(id: $id, input: { enabled: false, zone: \"other\", capacity: { maxSessions: 3, cores: 2 } }) {\n      enabled zone capacity { maxSessions cores }\n    }\n  }\n": typeof types.DiscoveryUpdateAgentDocument,
    "mutation DiscoveryUpdateUnknownAgent { updateAgent(id: \"nope\", input: { enabled: true }) { id } }": typeof types.DiscoveryUpdateUnknownAgentDocument,
    "mutation DiscoveryRemoveAgent($id: ID!) { removeAgent(id: $id) }": typeof types.DiscoveryRemoveAgentDocument,
    "query DiscoveryAgentId($id: ID!) { agent(id: $id) { id } }": typeof types.DiscoveryAgentIdDocument,
    "query DiscoveryAgentNetworkIds($a: ID) { networks(agentId: $a) { id } }": typeof types.DiscoveryAgentNetworkIdsDocument,
    "\n  query EnclavesWorkspaces {\n    workspaces {\n      id name networks groups\n      launchOptions { allowNetworkSelection choices { network label available agentCount } }\n    }\n  }\n": typeof types.EnclavesWorkspacesDocument,
    "query EnclavesWorkspace($id: ID!) { workspace(id: $id) { id } }": typeof types.EnclavesWorkspaceDocument,
    "\n  mutation EnclavesLaunch($input: LaunchSessionInput!) { launchSession(input: $input) { id network agent { name } } }\n": typeof types.EnclavesLaunchDocument,
    "query EnclavesSession($id: ID!) { session(id: $id) { status statusReason containerId network agent { name } } }": typeof types.EnclavesSessionDocument,
    "query EnclavesActiveSessions { sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, STOPPING]) { id } }": typeof types.EnclavesActiveSessionsDocument,
    "\n  subscription EnclavesLaunchOptionsChanged($id: ID!) {\n    launchOptionsChanged(workspaceId: $id) { choices { network available agentCount } }\n  }\n": typeof types.EnclavesLaunchOptionsChangedDocument,
    "\n  mutation EnclavesLimitWorkspace($id: ID!, $groups: [String!]!) { updateWorkspace(id: $id, input: { groups: $groups }) { id groups } }\n": typeof types.EnclavesLimitWorkspaceDocument,
    "\n  mutation EnclavesEnableAgent($id: ID!, $enabled: Boolean!) { updateAgent(id: $id, input: { enabled: $enabled }) { id } }\n": typeof types.EnclavesEnableAgentDocument,
    "subscription FaultsAgentStatusChanges { agentStatusChanged { id status } }": typeof types.FaultsAgentStatusChangesDocument,
    "query FaultsSessionIds { sessions { id } }": typeof types.FaultsSessionIdsDocument,
    "subscription FaultsNetworksDiscovered { networkDiscovered { name agent { id } } }": typeof types.FaultsNetworksDiscoveredDocument,
    "subscription FaultsNetworksRemoved { networkRemoved { name agent { id } } }": typeof types.FaultsNetworksRemovedDocument,
    "query FaultsServing { sessions { id } agents { id status } }": typeof types.FaultsServingDocument,
    "query FaultsHistory($id: ID!) { session(id: $id) { history { status } } }": typeof types.FaultsHistoryDocument,
    "query FaultsHistoryReasons($id: ID!) { session(id: $id) { history { status reason } } }": typeof types.FaultsHistoryReasonsDocument,
    "\n  query FaultsSessionsInDetail { sessions { id status statusReason launched: createdAt history { status reason at } } }\n": typeof types.FaultsSessionsInDetailDocument,
    "\n  query FuzzPools {\n    agents { id endpoint } workspaces { id } sessions { id } apiKeys(includeRevoked: true) { id } networks { name }\n    users { id username } groups { id name }\n    registryCredentials { id }\n  }\n": typeof types.FuzzPoolsDocument,
    "mutation FuzzCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id } }": typeof types.FuzzCreateGroupDocument,
    "mutation FuzzCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": typeof types.FuzzCreateUserDocument,
    "mutation FuzzUserKey { createApiKey(input: { name: \"fuzz user\", role: USER, owner: \"alice\" }) { token apiKey { id } } }": typeof types.FuzzUserKeyDocument,
    "query FuzzViewerRole { viewer { role } }": typeof types.FuzzViewerRoleDocument,
    "query IdentityViewer { viewer { owner role user { username groups { name } } } }": typeof types.IdentityViewerDocument,
    "query IdentityUsers { users { id username lastSignInAt } }": typeof types.IdentityUsersDocument,
    "subscription IdentityStatusChanges { sessionStatusChanged { id } }": typeof types.IdentityStatusChangesDocument,
    "query IdentityApiKeys { apiKeys(includeRevoked: true) { id owner revokedAt } }": typeof types.IdentityApiKeysDocument,
    "query IdentityAuditLog { auditLog(first: 200) { entries { actor operation target outcome } } }": typeof types.IdentityAuditLogDocument,
    "mutation IdentityDeleteUser($id: ID!) { deleteUser(id: $id) }": typeof types.IdentityDeleteUserDocument,
    "\n  mutation IdentityUpdateGroup($id: ID!, $input: UpdateGroupInput!) { updateGroup(id: $id, input: $input) { id networks } }\n": typeof types.IdentityUpdateGroupDocument,
    "\n  mutation IdentityLaunchMissing { launchSession(input: { workspaceId: \"00000000-0000-4000-8000-000000000000\" }) { id } }\n": typeof types.IdentityLaunchMissingDocument,
    "\n  mutation LabelsRegister($input: RegisterAgentInput!) {\n    registerAgent(input: $input) {\n      id\n      status\n      labels\n      capacity {\n        gpus\n        usedGpus\n      }\n    }\n  }\n": typeof types.LabelsRegisterDocument,
    "\n  mutation LabelsRelabel($id: ID!, $labels: [String!]) {\n    updateAgent(id: $id, input: { labels: $labels }) {\n      labels\n    }\n  }\n": typeof types.LabelsRelabelDocument,
    "\n  query LabelsCapacity($id: ID!) {\n    agent(id: $id) {\n      capacity {\n        gpus\n        usedGpus\n        sessionCount\n      }\n    }\n  }\n": typeof types.LabelsCapacityDocument,
    "\n  query LabelsWorkspace($id: ID!) {\n    workspace(id: $id) {\n      agentSelector\n      gpus\n      launchOptions {\n        choices {\n          network\n          agentCount\n          available\n        }\n      }\n    }\n  }\n": typeof types.LabelsWorkspaceDocument,
    "\n  query LabelsPlacement($id: ID!) {\n    placement(workspaceId: $id) {\n      chosen {\n        agent {\n          name\n        }\n      }\n      candidates {\n        agent {\n          name\n        }\n        eligible\n        reasons\n      }\n    }\n  }\n": typeof types.LabelsPlacementDocument,
    "\n  mutation LabelsLaunch($id: ID!) {\n    launchSession(input: { workspaceId: $id }) {\n      id\n      status\n      agent {\n        name\n      }\n    }\n  }\n": typeof types.LabelsLaunchDocument,
    "\n  mutation LabelsPool($input: CreateStagingPoolInput!) {\n    createStagingPool(input: $input) {\n      id\n    }\n  }\n": typeof types.LabelsPoolDocument,
    "\n  query LabelsPoolMembers($id: ID) {\n    stagingPools(workspaceId: $id) {\n      ready\n      members {\n        agent {\n          name\n        }\n      }\n    }\n  }\n": typeof types.LabelsPoolMembersDocument,
    "\n  mutation LabelsDeletePool($id: ID!) {\n    deleteStagingPool(id: $id)\n  }\n": typeof types.LabelsDeletePoolDocument,
    "\n  mutation LifetimeRestartLaunch($id: ID!) {\n    launchSession(input: { workspaceId: $id }) {\n      id\n    }\n  }\n": typeof types.LifetimeRestartLaunchDocument,
    "\n  query LifetimeRestartGet($id: ID!) {\n    session(id: $id) {\n      status\n      expiresAt\n      history {\n        status\n        reason\n      }\n    }\n  }\n": typeof types.LifetimeRestartGetDocument,
    "\n  fragment LifetimeSession on Session {\n    id\n    status\n    statusReason\n    expiresAt\n    containerId\n    agent {\n      id\n    }\n  }\n": typeof types.LifetimeSessionFragmentDoc,
    "\n  mutation LifetimeLaunch($id: ID!) {\n    launchSession(input: { workspaceId: $id }) {\n      ...LifetimeSession\n    }\n  }\n": typeof types.LifetimeLaunchDocument,
    "\n  query LifetimeGet($id: ID!) {\n    session(id: $id) {\n      ...LifetimeSession\n      history {\n        status\n        reason\n        at\n      }\n    }\n  }\n": typeof types.LifetimeGetDocument,
    "\n  mutation LifetimePause($id: ID!) {\n    pauseSession(id: $id) {\n      ...LifetimeSession\n    }\n  }\n": typeof types.LifetimePauseDocument,
    "\n  mutation LifetimeSuspend($id: ID!) {\n    suspendSession(id: $id) {\n      ...LifetimeSession\n    }\n  }\n": typeof types.LifetimeSuspendDocument,
    "\n  mutation LifetimeResume($id: ID!) {\n    resumeSession(id: $id) {\n      ...LifetimeSession\n    }\n  }\n": typeof types.LifetimeResumeDocument,
    "\n  mutation LifetimeKeepalive($id: ID!) {\n    keepaliveSession(id: $id) {\n      ...LifetimeSession\n    }\n  }\n": typeof types.LifetimeKeepaliveDocument,
    "\n  mutation LifetimeDestroy($id: ID!) {\n    destroySession(id: $id) {\n      ...LifetimeSession\n    }\n  }\n": typeof types.LifetimeDestroyDocument,
    "\n  query LifetimeCapacity($id: ID!) {\n    agent(id: $id) {\n      capacity {\n        usedCores\n        usedMemoryMb\n        sessionCount\n      }\n    }\n  }\n": typeof types.LifetimeCapacityDocument,
    "\n  mutation LifetimeSetCapacity($id: ID!, $cores: Float) {\n    updateAgent(id: $id, input: { capacity: { cores: $cores } }) {\n      id\n    }\n  }\n": typeof types.LifetimeSetCapacityDocument,
    "query OidcViewer { viewer { owner role user { id username displayName hasPassword groups { name } } } }": typeof types.OidcViewerDocument,
    "query OidcUsers { users { id username } }": typeof types.OidcUsersDocument,
    "query OidcGroups { groups { name } }": typeof types.OidcGroupsDocument,
    "\n  mutation RegistryCreateCredential($input: CreateRegistryCredentialInput!) {\n    createRegistryCredential(input: $input) { id registry username createdAt }\n  }\n": typeof types.RegistryCreateCredentialDocument,
    "mutation RegistryDeleteCredential($id: ID!) { deleteRegistryCredential(id: $id) }": typeof types.RegistryDeleteCredentialDocument,
    "query RegistryCredentials { registryCredentials { id registry username createdAt } }": typeof types.RegistryCredentialsDocument,
    "query RegistryAudit { auditLog(first: 100) { entries { operation target outcome message } } }": typeof types.RegistryAuditDocument,
    "mutation RestartRegister($e: String!) { registerAgent(input: { name: \"a\", endpoint: $e }) { id status } }": typeof types.RestartRegisterDocument,
    "query RestartAgentStatuses { agents { status } }": typeof types.RestartAgentStatusesDocument,
    "query RestartSessionCounts { agents { capacity { sessionCount } } }": typeof types.RestartSessionCountsDocument,
    "subscription ScaleOutNetworksDiscovered { networkDiscovered { name agent { name } } }": typeof types.ScaleOutNetworksDiscoveredDocument,
    "query ScaleOutWorkspaceIds { workspaces { id } }": typeof types.ScaleOutWorkspaceIdsDocument,
    "\n  fragment SessionsSessionFields on Session { id status statusReason network containerId owner agent { id name } workspace { id } }\n": typeof types.SessionsSessionFieldsFragmentDoc,
    "subscription SessionsStatusChanged { sessionStatusChanged { ...SessionsSessionFields } }": typeof types.SessionsStatusChangedDocument,
    "\n  mutation SessionsLaunch($input: LaunchSessionInput!) { launchSession(input: $input) { ...SessionsSessionFields } }\n": typeof types.SessionsLaunchDocument,
    "query SessionsHistory($id: ID!) { session(id: $id) { status history { status } } }": typeof types.SessionsHistoryDocument,
    "query SessionsIds { sessions { id } }": typeof types.SessionsIdsDocument,
    "\n  mutation SessionsLaunchMissing { launchSession(input: { workspaceId: \"00000000-0000-4000-8000-000000000000\" }) { id } }\n": typeof types.SessionsLaunchMissingDocument,
    "\n  query SessionsLaunchOptions($id: ID!) {\n    workspace(id: $id) { launchOptions { allowNetworkSelection choices { network label available agentCount } } }\n  }\n": typeof types.SessionsLaunchOptionsDocument,
    "\n  subscription SessionsLaunchOptionsChanged($id: ID!) { launchOptionsChanged(workspaceId: $id) { choices { network agentCount } } }\n": typeof types.SessionsLaunchOptionsChangedDocument,
    "\n  mutation SessionsEnableAgent($id: ID!, $enabled: Boolean!) { updateAgent(id: $id, input: { enabled: $enabled }) { id } }\n": typeof types.SessionsEnableAgentDocument,
    "\n  mutation SessionsMaxSessions($id: ID!, $max: Int) { updateAgent(id: $id, input: { capacity: { maxSessions: $max } }) { id } }\n": typeof types.SessionsMaxSessionsDocument,
    "query SessionsSessionCount($id: ID!) { agent(id: $id) { capacity { sessionCount } } }": typeof types.SessionsSessionCountDocument,
    "query SessionsAgentStatus($id: ID!) { agent(id: $id) { status } }": typeof types.SessionsAgentStatusDocument,
    "\n  mutation SessionsCreateMissingImage {\n    createWorkspace(input: { name: \"missing-image\", image: \"enclave-test/not-here:1\", cores: 0.1, memoryMb: 32 }) { id }\n  }\n": typeof types.SessionsCreateMissingImageDocument,
    "mutation SessionsLaunchById($id: ID!) { launchSession(input: { workspaceId: $id }) { id } }": typeof types.SessionsLaunchByIdDocument,
    "mutation SshRegister($e: String!) { registerAgent(input: { name: \"over-ssh\", endpoint: $e }) { id status } }": typeof types.SshRegisterDocument,
    "\n  mutation StagingKillCreatePool($input: CreateStagingPoolInput!) {\n    createStagingPool(input: $input) {\n      id\n    }\n  }\n": typeof types.StagingKillCreatePoolDocument,
    "\n  query StagingKillEnded {\n    sessions(status: [STOPPED, FAILED]) {\n      status\n      statusReason\n    }\n  }\n": typeof types.StagingKillEndedDocument,
    "\n  query StagingKillMembers {\n    stagingPools {\n      ready\n      members {\n        id\n        status\n      }\n    }\n    sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, SUSPENDED, STOPPING]) {\n      id\n      owner\n    }\n  }\n": typeof types.StagingKillMembersDocument,
    "\n  fragment StagedSession on Session {\n    id\n    owner\n    status\n    statusReason\n    staged\n    poolId\n    containerId\n    network\n    agent {\n      id\n    }\n  }\n": typeof types.StagedSessionFragmentDoc,
    "\n  mutation StagingCreatePool($input: CreateStagingPoolInput!) {\n    createStagingPool(input: $input) {\n      id\n      size\n      ready\n    }\n  }\n": typeof types.StagingCreatePoolDocument,
    "\n  mutation StagingUpdatePool($id: ID!, $size: Int!) {\n    updateStagingPool(id: $id, input: { size: $size }) {\n      id\n      size\n    }\n  }\n": typeof types.StagingUpdatePoolDocument,
    "\n  mutation StagingDeletePool($id: ID!) {\n    deleteStagingPool(id: $id)\n  }\n": typeof types.StagingDeletePoolDocument,
    "\n  query StagingPools($workspaceId: ID) {\n    stagingPools(workspaceId: $workspaceId) {\n      id\n      size\n      ready\n      members {\n        ...StagedSession\n      }\n    }\n  }\n": typeof types.StagingPoolsDocument,
    "\n  mutation StagingLaunch($id: ID!, $network: String) {\n    launchSession(input: { workspaceId: $id, network: $network }) {\n      ...StagedSession\n    }\n  }\n": typeof types.StagingLaunchDocument,
    "\n  query StagingGet($id: ID!) {\n    session(id: $id) {\n      ...StagedSession\n      history {\n        status\n        reason\n      }\n    }\n  }\n": typeof types.StagingGetDocument,
    "\n  mutation StagingUpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {\n    updateWorkspace(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.StagingUpdateWorkspaceDocument,
    "\n  query StagingFailed($workspaceId: ID!) {\n    sessions(status: [FAILED], workspaceId: $workspaceId) {\n      id\n      statusReason\n    }\n  }\n": typeof types.StagingFailedDocument,
    "\n  mutation StagingSetEnabled($id: ID!, $enabled: Boolean!) {\n    updateAgent(id: $id, input: { enabled: $enabled }) {\n      id\n    }\n  }\n": typeof types.StagingSetEnabledDocument,
    "\n  mutation StagingSetCapacity($id: ID!, $cores: Float) {\n    updateAgent(id: $id, input: { capacity: { cores: $cores } }) {\n      id\n    }\n  }\n": typeof types.StagingSetCapacityDocument,
    "\n  query StagingActive {\n    sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, SUSPENDED, STOPPING]) {\n      id\n    }\n    stagingPools {\n      id\n    }\n  }\n": typeof types.StagingActiveDocument,
    "\n  mutation StagingDestroy($id: ID!) {\n    destroySession(id: $id) {\n      id\n    }\n  }\n": typeof types.StagingDestroyDocument,
    "\n  query StagingPlacement($id: ID!) {\n    placement(workspaceId: $id) {\n      chosen {\n        reasons\n      }\n    }\n  }\n": typeof types.StagingPlacementDocument,
    "query TlsAgents { agents { name status tls networks { name } } }": typeof types.TlsAgentsDocument,
    "\n  mutation TlsRegister($e: String!, $tls: AgentTlsInput!) { registerAgent(input: { name: \"remote\", endpoint: $e, tls: $tls }) { status tls } }\n": typeof types.TlsRegisterDocument,
    "mutation VolumesLaunch($id: ID!) { launchSession(input: { workspaceId: $id }) { id } }": typeof types.VolumesLaunchDocument,
    "query VolumesSession($id: ID!) { session(id: $id) { status statusReason containerId agent { name } } }": typeof types.VolumesSessionDocument,
    "\n  query VolumesPlacement($id: ID!) { placement(workspaceId: $id) { chosen { agent { name } } candidates { agent { name } eligible reasons } } }\n": typeof types.VolumesPlacementDocument,
    "\n  mutation VolumesUpdate($id: ID!, $input: UpdateWorkspaceInput!) { updateWorkspace(id: $id, input: $input) { volumes { source target } } }\n": typeof types.VolumesUpdateDocument,
    "\n  query VolumesSettings($id: ID!) { workspace(id: $id) { volumes { source target readOnly requireAgent } shmSizeMb } }\n": typeof types.VolumesSettingsDocument,
    "mutation VolumesUpdateAgent($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { id } }": typeof types.VolumesUpdateAgentDocument,
    "\n  mutation WorkspacesCreateChrome {\n    createWorkspace(input: { name: \"chrome\", image: \"kasmweb/chrome:1.14\", command: [\"run\"], env: [{ key: \"A\", value: \"1\" }] }) { id }\n  }\n": typeof types.WorkspacesCreateChromeDocument,
    "query WorkspacesIds { workspaces { id } }": typeof types.WorkspacesIdsDocument,
    "\n  mutation WorkspacesRestrict($id: ID!, $n: [String!]!) {\n    restrictWorkspaceToNetworks(id: $id, networks: $n, allowNetworkSelection: true) { id }\n  }\n": typeof types.WorkspacesRestrictDocument,
    "query WorkspacesNetworks($id: ID!) { workspace(id: $id) { networks restrictToNetworks } }": typeof types.WorkspacesNetworksDocument,
    "mutation WorkspacesUpdateCores($id: ID!) { updateWorkspace(id: $id, input: { cores: 2 }) { id } }": typeof types.WorkspacesUpdateCoresDocument,
    "\n  mutation WorkspacesUpdate($id: ID!) {\n    updateWorkspace(id: $id, input: { cores: 2, memoryMb: 1024, zone: \"enclave-2\", enabled: false }) { cores memoryMb zone enabled image }\n  }\n": typeof types.WorkspacesUpdateDocument,
    "\n  mutation WorkspacesRestrictTwo($id: ID!) {\n    restrictWorkspaceToNetworks(id: $id, networks: [\"z_enclave_2\", \"z_enclave_3\", \"z_enclave_2\"], allowNetworkSelection: true) {\n      networks restrictToNetworks allowNetworkSelection launchOptions { choices { network available agentCount } }\n    }\n  }\n": typeof types.WorkspacesRestrictTwoDocument,
    "\n  mutation WorkspacesLift($id: ID!) {\n    restrictWorkspaceToNetworks(id: $id, networks: [], allowNetworkSelection: false) { restrictToNetworks networks }\n  }\n": typeof types.WorkspacesLiftDocument,
    "\n  fragment ZoneNetworkFields on Network {\n    id\n    name\n    driver\n    subnets\n    gateway\n    ipRange\n    parent\n    options {\n      key\n      value\n    }\n    agent {\n      id\n      name\n    }\n  }\n": typeof types.ZoneNetworkFieldsFragmentDoc,
    "\n  mutation ZoneCreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      ...ZoneNetworkFields\n    }\n  }\n": typeof types.ZoneCreateNetworkDocument,
    "\n  query ZoneSpread($zone: String) {\n    networkSpread(zone: $zone) {\n      name\n      zone\n      present {\n        ...ZoneNetworkFields\n      }\n      missing {\n        id\n        name\n      }\n      conflicts\n    }\n  }\n": typeof types.ZoneSpreadDocument,
    "\n  mutation ZoneRepair($name: String!, $zone: String) {\n    repairNetwork(name: $name, zone: $zone) {\n      ...ZoneNetworkFields\n    }\n  }\n": typeof types.ZoneRepairDocument,
    "\n  query ZonePreview($input: CreateNetworkInput!) {\n    previewNetwork(input: $input) {\n      agent {\n        name\n      }\n      exists\n      driver\n      subnet\n      gateway\n      ipRange\n      parent\n    }\n  }\n": typeof types.ZonePreviewDocument,
    "\n  query ZoneNetworks($name: String) {\n    networks(name: $name) {\n      ...ZoneNetworkFields\n    }\n  }\n": typeof types.ZoneNetworksDocument,
    "\n  query ZoneSession($id: ID!) {\n    session(id: $id) {\n      status\n      statusReason\n      containerId\n      agent {\n        name\n      }\n    }\n  }\n": typeof types.ZoneSessionDocument,
    "\n  mutation ZoneMaxSessions($id: ID!) {\n    updateAgent(id: $id, input: { capacity: { maxSessions: 1 } }) {\n      id\n    }\n  }\n": typeof types.ZoneMaxSessionsDocument,
};
const documents: Documents = {
    "\n  mutation BenchConnectWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n": types.BenchConnectWorkspaceDocument,
    "mutation BenchConnectLaunch($input: LaunchSessionInput!) { launchSession(input: $input) { id } }": types.BenchConnectLaunchDocument,
    "query BenchConnectReady($id: ID!) { session(id: $id) { status ready statusReason containerId } }": types.BenchConnectReadyDocument,
    "mutation BenchConnectUrl($id: ID!) { connectSession(id: $id) { url } }": types.BenchConnectUrlDocument,
    "subscription BenchDiscoveryNetworks { networkDiscovered { name agent { id } } }": types.BenchDiscoveryNetworksDocument,
    "subscription BenchDiscoveryAgentStatuses { agentStatusChanged { id status } }": types.BenchDiscoveryAgentStatusesDocument,
    "subscription BenchLaunchSessions { sessionStatusChanged { id status statusReason } }": types.BenchLaunchSessionsDocument,
    "query BenchLaunchWorkspaceId($id: ID!) { workspace(id: $id) { id } }": types.BenchLaunchWorkspaceIdDocument,
    "mutation BenchReadGroup($networks: [String!]!) { createGroup(input: { name: \"bench-readers\", networks: $networks }) { id } }": types.BenchReadGroupDocument,
    "mutation BenchReadReader { createUser(input: { username: \"reader\", groups: [\"bench-readers\"] }) { id } }": types.BenchReadReaderDocument,
    "mutation BenchReadReaderKey { createApiKey(input: { name: \"bench reader\", role: USER, owner: \"reader\" }) { token } }": types.BenchReadReaderKeyDocument,
    "mutation BenchReadLimit($id: ID!) { updateWorkspace(id: $id, input: { groups: [\"bench-readers\"] }) { id } }": types.BenchReadLimitDocument,
    "query BenchReadLauncher { workspaces { id name launchOptions { choices { network label available agentCount } } } }": types.BenchReadLauncherDocument,
    "query BenchScaleRead { workspaces { id name launchOptions { choices { network agentCount } } } }": types.BenchScaleReadDocument,
    "query BenchScaleNetworkIds { networks { id } }": types.BenchScaleNetworkIdsDocument,
    "\n  mutation FleetUiUserKey {\n    createApiKey(input: { name: \"bob laptop\", role: USER, owner: \"bob\" }) {\n      token\n    }\n  }\n": types.FleetUiUserKeyDocument,
    "\n  query FleetUiSession($id: ID!) {\n    session(id: $id) {\n      status\n      agent {\n        name\n      }\n    }\n  }\n": types.FleetUiSessionDocument,
    "\n  mutation IdentityCreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n": types.IdentityCreateUserDocument,
    "\n  mutation IdentityUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }\n": types.IdentityUpdateUserDocument,
    "\n  mutation IdentityCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id name } }\n": types.IdentityCreateGroupDocument,
    "\n  query IdentityUsersAndGroups {\n    users { username displayName role disabled hasPassword groups { name } }\n    groups { name networks members { username } }\n  }\n": types.IdentityUsersAndGroupsDocument,
    "mutation LifetimeUiUserKey { createApiKey(input: { name: \"carol laptop\", role: USER, owner: \"carol\" }) { token } }": types.LifetimeUiUserKeyDocument,
    "\n  query LifetimeUiSettings($id: ID!) {\n    workspace(id: $id) { maxLifetimeSeconds idleTimeoutSeconds expirationAction shmSizeMb volumes { source target readOnly requireAgent } }\n  }\n": types.LifetimeUiSettingsDocument,
    "\n  mutation OpenCreateWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n": types.OpenCreateWorkspaceDocument,
    "mutation OpenCreateUserKey { createApiKey(input: { name: \"bob laptop\", role: USER, owner: \"bob\" }) { token } }": types.OpenCreateUserKeyDocument,
    "\n  mutation PagesRestrict($id: ID!, $n: [String!]!) { restrictWorkspaceToNetworks(id: $id, networks: $n, allowNetworkSelection: true) { id } }\n": types.PagesRestrictDocument,
    "mutation PagesCreateUserKey { createApiKey(input: { name: \"alice laptop\", role: USER, owner: \"alice\" }) { token } }": types.PagesCreateUserKeyDocument,
    "query PagesWorkspaceNetworks($id: ID!) { workspace(id: $id) { networks allowNetworkSelection } }": types.PagesWorkspaceNetworksDocument,
    "\n  mutation PoolsUiLaunch($id: ID!) {\n    launchSession(input: { workspaceId: $id }) {\n      id\n      staged\n      status\n    }\n  }\n": types.PoolsUiLaunchDocument,
    "\n  query PoolsUiMembers {\n    stagingPools {\n      size\n      members {\n        id\n        status\n      }\n    }\n  }\n": types.PoolsUiMembersDocument,
    "\n  mutation RegisterAgent($input: RegisterAgentInput!) {\n    registerAgent(input: $input) { id status }\n  }\n": types.RegisterAgentDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) { id }\n  }\n": types.CreateNetworkDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id }\n  }\n": types.CreateWorkspaceDocument,
    "\n  mutation RestrictWorkspace($id: ID!, $networks: [String!]!, $allowNetworkSelection: Boolean!) {\n    restrictWorkspaceToNetworks(id: $id, networks: $networks, allowNetworkSelection: $allowNetworkSelection) { id }\n  }\n": types.RestrictWorkspaceDocument,
    "\n  mutation LaunchSession($input: LaunchSessionInput!) {\n    launchSession(input: $input) { id status }\n  }\n": types.LaunchSessionDocument,
    "\n  mutation DestroySession($id: ID!) {\n    destroySession(id: $id) { id status }\n  }\n": types.DestroySessionDocument,
    "\n  query SessionStatus($id: ID!) {\n    session(id: $id) { status statusReason }\n  }\n": types.SessionStatusDocument,
    "\n  query AgentStatuses {\n    agents { id status }\n  }\n": types.AgentStatusesDocument,
    "\n  query NetworkNames {\n    networks { name }\n  }\n": types.NetworkNamesDocument,
    "\n  query Sessions {\n    sessions { id status statusReason }\n  }\n": types.SessionsDocument,
    "\n  subscription SessionStatusChanges {\n    sessionStatusChanged { id status }\n  }\n": types.SessionStatusChangesDocument,
    "\n  subscription NetworkNamesDiscovered {\n    networkDiscovered { name }\n  }\n": types.NetworkNamesDiscoveredDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id username }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { id disabled role }\n  }\n": types.UpdateUserDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { id name }\n  }\n": types.CreateGroupDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { token apiKey { id } }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation HarnessOpenableWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n": types.HarnessOpenableWorkspaceDocument,
    "mutation HarnessLaunchOpenable($input: LaunchSessionInput!) { launchSession(input: $input) { id } }": types.HarnessLaunchOpenableDocument,
    "query HarnessOpenableState($id: ID!) { session(id: $id) { status ready statusReason } }": types.HarnessOpenableStateDocument,
    "mutation HarnessConnectOpenable($id: ID!) { connectSession(id: $id) { url } }": types.HarnessConnectOpenableDocument,
    "query AbuseApiKeys { apiKeys(includeRevoked: true) { id } }": types.AbuseApiKeysDocument,
    "query AuthzQueryAgents { agents { id name endpoint status } }": types.AuthzQueryAgentsDocument,
    "query AuthzQueryAgent($id: ID!) { agent(id: $id) { id name endpoint } }": types.AuthzQueryAgentDocument,
    "query AuthzQueryNetworks($agentId: ID) { networks(agentId: $agentId) { id name agent { id } } }": types.AuthzQueryNetworksDocument,
    "\n    query AuthzQueryNetworkSpread { networkSpread { name zone present { agent { id } } missing { id } conflicts } }\n  ": types.AuthzQueryNetworkSpreadDocument,
    "\n    query AuthzQueryPreviewNetwork($input: CreateNetworkInput!) { previewNetwork(input: $input) { agent { id } exists driver } }\n  ": types.AuthzQueryPreviewNetworkDocument,
    "query AuthzQueryWorkspaces { workspaces { id name } }": types.AuthzQueryWorkspacesDocument,
    "\n    query AuthzQueryWorkspace($id: ID!) { workspace(id: $id) { id image launchOptions { choices { network available } } } }\n  ": types.AuthzQueryWorkspaceDocument,
    "query AuthzQuerySessions { sessions { id owner } }": types.AuthzQuerySessionsDocument,
    "query AuthzQuerySession($id: ID!) { session(id: $id) { id owner agent { name status } } }": types.AuthzQuerySessionDocument,
    "\n    query AuthzQueryPlacement($id: ID!) {\n      placement(workspaceId: $id) { chosen { agent { id } network eligible } candidates { agent { id } eligible reasons } }\n    }\n  ": types.AuthzQueryPlacementDocument,
    "query AuthzQueryViewer { viewer { owner role apiKey { id } user { username groups { name } } } }": types.AuthzQueryViewerDocument,
    "query AuthzQueryUsers { users { id username role disabled groups { name } } }": types.AuthzQueryUsersDocument,
    "query AuthzQueryGroups { groups { id name networks members { username } } }": types.AuthzQueryGroupsDocument,
    "query AuthzQueryApiKeys { apiKeys { id name role owner } }": types.AuthzQueryApiKeysDocument,
    "\n    query AuthzQueryAuditLog { auditLog(first: 5) { entries { id operation outcome actor } endCursor hasNextPage } }\n  ": types.AuthzQueryAuditLogDocument,
    "query AuthzQueryRegistryCredentials { registryCredentials { id registry username createdAt } }": types.AuthzQueryRegistryCredentialsDocument,
    "\n    query AuthzQueryStagingPools($workspaceId: ID) { stagingPools(workspaceId: $workspaceId) { id workspace { id } network zone size ready members { id } } }\n  ": types.AuthzQueryStagingPoolsDocument,
    "\n    mutation AuthzMutationRegisterAgent($input: RegisterAgentInput!) { registerAgent(input: $input) { id name endpoint enabled } }\n  ": types.AuthzMutationRegisterAgentDocument,
    "\n    mutation AuthzMutationUpdateAgent($id: ID!) { updateAgent(id: $id, input: { enabled: true }) { id enabled } }\n  ": types.AuthzMutationUpdateAgentDocument,
    "mutation AuthzMutationRemoveAgent($id: ID!) { removeAgent(id: $id) }": types.AuthzMutationRemoveAgentDocument,
    "\n    mutation AuthzMutationCreateNetwork($input: CreateNetworkInput!) { createNetwork(input: $input) { id name agent { id } } }\n  ": types.AuthzMutationCreateNetworkDocument,
    "\n    mutation AuthzMutationRepairNetwork($name: String!) { repairNetwork(name: $name, zone: null) { name agent { id } } }\n  ": types.AuthzMutationRepairNetworkDocument,
    "\n    mutation AuthzMutationCreateWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id name } }\n  ": types.AuthzMutationCreateWorkspaceDocument,
    "\n    mutation AuthzMutationUpdateWorkspace($id: ID!) { updateWorkspace(id: $id, input: { cores: 0.2 }) { id cores } }\n  ": types.AuthzMutationUpdateWorkspaceDocument,
    "\n    mutation AuthzMutationRestrictWorkspaceToNetworks($id: ID!, $networks: [String!]!) {\n      restrictWorkspaceToNetworks(id: $id, networks: $networks, allowNetworkSelection: true) { id networks allowNetworkSelection }\n    }\n  ": types.AuthzMutationRestrictWorkspaceToNetworksDocument,
    "\n    mutation AuthzMutationLaunchSession($input: LaunchSessionInput!) { launchSession(input: $input) { id owner status workspace { id } } }\n  ": types.AuthzMutationLaunchSessionDocument,
    "mutation AuthzMutationDestroySession($id: ID!) { destroySession(id: $id) { id owner status } }": types.AuthzMutationDestroySessionDocument,
    "mutation AuthzMutationConnectSession($id: ID!) { connectSession(id: $id) { url } }": types.AuthzMutationConnectSessionDocument,
    "mutation AuthzMutationKeepaliveSession($id: ID!) { keepaliveSession(id: $id) { id status } }": types.AuthzMutationKeepaliveSessionDocument,
    "mutation AuthzMutationResumeSession($id: ID!) { resumeSession(id: $id) { id status } }": types.AuthzMutationResumeSessionDocument,
    "mutation AuthzMutationPauseSession($id: ID!) { pauseSession(id: $id) { id status } }": types.AuthzMutationPauseSessionDocument,
    "mutation AuthzMutationSuspendSession($id: ID!) { suspendSession(id: $id) { id status } }": types.AuthzMutationSuspendSessionDocument,
    "\n    mutation AuthzMutationCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id role owner } } }\n  ": types.AuthzMutationCreateApiKeyDocument,
    "\n    mutation AuthzMutationCreateUser($input: CreateUserInput!) {\n      createUser(input: $input) { id username displayName role hasPassword disabled groups { name } }\n    }\n  ": types.AuthzMutationCreateUserDocument,
    "\n    mutation AuthzMutationUpdateUser($id: ID!) { updateUser(id: $id, input: { displayName: \"Scratch, renamed\" }) { id displayName } }\n  ": types.AuthzMutationUpdateUserDocument,
    "mutation AuthzMutationDeleteUser($id: ID!) { deleteUser(id: $id) }": types.AuthzMutationDeleteUserDocument,
    "\n    mutation AuthzMutationCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id name networks members { id } } }\n  ": types.AuthzMutationCreateGroupDocument,
    "\n    mutation AuthzMutationUpdateGroup($id: ID!, $networks: [String!]!) { updateGroup(id: $id, input: { networks: $networks }) { id networks } }\n  ": types.AuthzMutationUpdateGroupDocument,
    "mutation AuthzMutationDeleteGroup($id: ID!) { deleteGroup(id: $id) }": types.AuthzMutationDeleteGroupDocument,
    "mutation AuthzMutationRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }": types.AuthzMutationRevokeApiKeyDocument,
    "\n    mutation AuthzMutationCreateRegistryCredential($input: CreateRegistryCredentialInput!) {\n      createRegistryCredential(input: $input) { id registry username }\n    }\n  ": types.AuthzMutationCreateRegistryCredentialDocument,
    "mutation AuthzMutationDeleteRegistryCredential($id: ID!) { deleteRegistryCredential(id: $id) }": types.AuthzMutationDeleteRegistryCredentialDocument,
    "\n    mutation AuthzMutationCreateStagingPool($input: CreateStagingPoolInput!) {\n      createStagingPool(input: $input) { id workspace { id } network zone size members { id } }\n    }\n  ": types.AuthzMutationCreateStagingPoolDocument,
    "\n    mutation AuthzMutationUpdateStagingPool($id: ID!) { updateStagingPool(id: $id, input: { size: 0 }) { id size workspace { id } } }\n  ": types.AuthzMutationUpdateStagingPoolDocument,
    "mutation AuthzMutationDeleteStagingPool($id: ID!) { deleteStagingPool(id: $id) }": types.AuthzMutationDeleteStagingPoolDocument,
    "subscription AuthzSubscriptionNetworkDiscovered { networkDiscovered { id name agent { id } } }": types.AuthzSubscriptionNetworkDiscoveredDocument,
    "subscription AuthzSubscriptionNetworkRemoved { networkRemoved { id name removedAt } }": types.AuthzSubscriptionNetworkRemovedDocument,
    "subscription AuthzSubscriptionAgentStatusChanged { agentStatusChanged { id enabled } }": types.AuthzSubscriptionAgentStatusChangedDocument,
    "\n    subscription AuthzSubscriptionSessionStatusChanged { sessionStatusChanged { id owner status } }\n  ": types.AuthzSubscriptionSessionStatusChangedDocument,
    "\n    subscription AuthzSubscriptionLaunchOptionsChanged($id: ID!) {\n      launchOptionsChanged(workspaceId: $id) { workspaceId allowNetworkSelection choices { network available } }\n    }\n  ": types.AuthzSubscriptionLaunchOptionsChangedDocument,
    "mutation AuthzEnableAgent($id: ID!) { updateAgent(id: $id, input: { enabled: true }) { id } }": types.AuthzEnableAgentDocument,
    "query AuthzAgentEndpoints { agents { id endpoint } }": types.AuthzAgentEndpointsDocument,
    "mutation AuthzRemoveAgent($id: ID!) { removeAgent(id: $id) }": types.AuthzRemoveAgentDocument,
    "mutation AuthzCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }": types.AuthzCreateKeyDocument,
    "mutation AuthzCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": types.AuthzCreateUserDocument,
    "mutation AuthzCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id } }": types.AuthzCreateGroupDocument,
    "mutation AuthzDemoteUser($id: ID!) { updateUser(id: $id, input: { role: USER }) { id } }": types.AuthzDemoteUserDocument,
    "mutation AuthzRegisterNamed($input: RegisterAgentInput!) { registerAgent(input: $input) { id name status } }": types.AuthzRegisterNamedDocument,
    "\n  mutation AuthzCreateRegistryCredential($input: CreateRegistryCredentialInput!) { createRegistryCredential(input: $input) { id } }\n": types.AuthzCreateRegistryCredentialDocument,
    "mutation AuthzCreatePool($input: CreateStagingPoolInput!) { createStagingPool(input: $input) { id } }": types.AuthzCreatePoolDocument,
    "mutation AuthzDeletePool($id: ID!) { deleteStagingPool(id: $id) }": types.AuthzDeletePoolDocument,
    "query AuthzSessionOwner($id: ID!) { session(id: $id) { id owner } }": types.AuthzSessionOwnerDocument,
    "query AuthzSessionOwners { sessions { id owner } }": types.AuthzSessionOwnersDocument,
    "subscription AuthzSessionWatched($id: ID) { sessionStatusChanged(sessionId: $id) { id status } }": types.AuthzSessionWatchedDocument,
    "subscription AuthzSessionOwnersChanged { sessionStatusChanged { id owner status } }": types.AuthzSessionOwnersChangedDocument,
    "mutation AuthzDestroyStatus($id: ID!) { destroySession(id: $id) { status } }": types.AuthzDestroyStatusDocument,
    "query AuthzSessionAgent($id: ID!) { session(id: $id) { agent { name status } } }": types.AuthzSessionAgentDocument,
    "query AuthzSessionAgentEndpoint($id: ID!) { session(id: $id) { id agent { name endpoint } } }": types.AuthzSessionAgentEndpointDocument,
    "query AuthzAgentEndpointOfSession($id: ID!) { session(id: $id) { agent { endpoint } } }": types.AuthzAgentEndpointOfSessionDocument,
    "query AuthzGroupWorkspace($id: ID!) { workspace(id: $id) { id groups } workspaces { id } }": types.AuthzGroupWorkspaceDocument,
    "mutation AuthzLaunchOn($input: LaunchSessionInput!) { launchSession(input: $input) { id owner network } }": types.AuthzLaunchOnDocument,
    "query AuthzWorkspaceSessions($id: ID!) { sessions(workspaceId: $id) { id owner } }": types.AuthzWorkspaceSessionsDocument,
    "\n  query AuthzNarrowedOptions($id: ID!) { workspace(id: $id) { networks launchOptions { allowNetworkSelection choices { network } } } }\n": types.AuthzNarrowedOptionsDocument,
    "\n  subscription AuthzOptionsWatched($id: ID!) { launchOptionsChanged(workspaceId: $id) { workspaceId allowNetworkSelection choices { network } } }\n": types.AuthzOptionsWatchedDocument,
    "mutation AuthzConnect($id: ID!) { connectSession(id: $id) { url } }": types.AuthzConnectDocument,
    "mutation AuthzSetUserGroups($id: ID!, $groups: [String!]!) { updateUser(id: $id, input: { groups: $groups }) { id } }": types.AuthzSetUserGroupsDocument,
    "\n  mutation AuthzSetGroupNetworks($id: ID!, $networks: [String!]!) { updateGroup(id: $id, input: { networks: $networks }) { id } }\n": types.AuthzSetGroupNetworksDocument,
    "query AuthzUsersOfKeys { users { username role disabled groups { name } } }": types.AuthzUsersOfKeysDocument,
    "query AuthzKeyViewer { viewer { owner role user { username } } }": types.AuthzKeyViewerDocument,
    "query AuthzDemotedViewer { viewer { role } }": types.AuthzDemotedViewerDocument,
    "query AuthzDemotedUsers { users { id } }": types.AuthzDemotedUsersDocument,
    "\n  query BadInputSnapshot {\n    agents { id name endpoint zone enabled tls labels capacity { cores memoryMb maxSessions gpus } createdAt }\n    workspaces { id name image command cores memoryMb zone enabled networks groups allowNetworkSelection createdAt updatedAt }\n    volumeSettings: workspaces { id volumes { source target readOnly requireAgent } shmSizeMb }\n    users { id username displayName role disabled hasPassword groups { name } createdAt }\n    groups { id name networks members { id } }\n    apiKeys(includeRevoked: true) { id name role owner createdAt expiresAt revokedAt }\n    sessions { id owner status network agent { id } }\n    networks { id name driver internal agent { id } removedAt subnets gateway ipRange parent options { key value } }\n    spread: networkSpread { name zone missing { id } conflicts }\n    registryCredentials { id registry username createdAt }\n    assignCommands: workspaces { id assignCommand }\n    placementRules: workspaces { id agentSelector gpus }\n    stagingPools { id workspace { id } network zone size createdAt }\n  }\n": types.BadInputSnapshotDocument,
    "\n  query BadInputAuditOutcomes($after: String) { auditLog(first: 500, after: $after) { entries { outcome } endCursor hasNextPage } }\n": types.BadInputAuditOutcomesDocument,
    "mutation BadInputCreateNetA { createNetwork(input: { name: \"net-a\", zone: \"z1\" }) { id } }": types.BadInputCreateNetADocument,
    "query BadInputAgentStatus($id: ID!) { agent(id: $id) { status } }": types.BadInputAgentStatusDocument,
    "mutation BadInputDisable($id: ID!) { updateWorkspace(id: $id, input: { enabled: false }) { id } }": types.BadInputDisableDocument,
    "\n  mutation BadInputRestrictToNetA($id: ID!, $allow: Boolean!) {\n    restrictWorkspaceToNetworks(id: $id, networks: [\"net-a\"], allowNetworkSelection: $allow) { id }\n  }\n": types.BadInputRestrictToNetADocument,
    "mutation BadInputLaunch($id: ID!) { launchSession(input: { workspaceId: $id }) { id } }": types.BadInputLaunchDocument,
    "mutation BadInputUserKey { createApiKey(input: { name: \"alice laptop\", role: USER, owner: \"alice\" }) { token apiKey { id } } }": types.BadInputUserKeyDocument,
    "mutation BadInputCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": types.BadInputCreateUserDocument,
    "mutation BadInputCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id } }": types.BadInputCreateGroupDocument,
    "mutation BadInputRootKey { createApiKey(input: { name: \"root laptop\", role: ADMIN, owner: \"root\" }) { token } }": types.BadInputRootKeyDocument,
    "query BadInputUserIds { users { id username } }": types.BadInputUserIdsDocument,
    "query BadInputLastAudit { auditLog(first: 1) { entries { id operation outcome } } }": types.BadInputLastAuditDocument,
    "mutation BadInputCreatePool($input: CreateStagingPoolInput!) { createStagingPool(input: $input) { id } }": types.BadInputCreatePoolDocument,
    "\n  mutation BadInputKeptCredential { createRegistryCredential(input: { registry: \"kept.registry.example\", username: \"kept\", password: \"kept\" }) { id } }\n": types.BadInputKeptCredentialDocument,
    "\n  mutation ConnectTestKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { token apiKey { id } }\n  }\n": types.ConnectTestKeyDocument,
    "\n  mutation ConnectTestWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id connect { port protocol path } }\n  }\n": types.ConnectTestWorkspaceDocument,
    "\n  mutation ConnectTestLaunch($input: LaunchSessionInput!) {\n    launchSession(input: $input) { id }\n  }\n": types.ConnectTestLaunchDocument,
    "\n  mutation ConnectTestConnect($id: ID!) {\n    connectSession(id: $id) { url expiresAt }\n  }\n": types.ConnectTestConnectDocument,
    "\n  query ConnectTestSession($id: ID!) {\n    session(id: $id) { id status ready statusReason containerId lastActivityAt }\n  }\n": types.ConnectTestSessionDocument,
    "\n  mutation ConnectTestPool($input: CreateStagingPoolInput!) {\n    createStagingPool(input: $input) { id }\n  }\n": types.ConnectTestPoolDocument,
    "\n  query ConnectTestPoolReady { stagingPools { id ready } }\n": types.ConnectTestPoolReadyDocument,
    "\n  mutation ConnectTestLaunchStaged($input: LaunchSessionInput!) {\n    launchSession(input: $input) { id status staged ready containerId }\n  }\n": types.ConnectTestLaunchStagedDocument,
    "\n  mutation ConnectTestDestroy($id: ID!) {\n    destroySession(id: $id) { id status }\n  }\n": types.ConnectTestDestroyDocument,
    "\n  mutation ConnectTestRevoke($id: ID!) {\n    revokeApiKey(id: $id) { id }\n  }\n": types.ConnectTestRevokeDocument,
    "\n  fragment DiscoveryAgentFields on Agent {\n    id name endpoint zone enabled status dockerVersion lastSeenAt tls\n    capacity { cores memoryMb maxSessions usedCores usedMemoryMb sessionCount }\n  }\n": types.DiscoveryAgentFieldsFragmentDoc,
    "\n  fragment DiscoveryNetworkFields on Network {\n    id dockerId name driver internal subnets discoveredAt removedAt warnings agent { id name }\n  }\n": types.DiscoveryNetworkFieldsFragmentDoc,
    "\n  mutation DiscoveryRegister($input: RegisterAgentInput!) {\n    registerAgent(input: $input) { ...DiscoveryAgentFields networks { name } }\n  }\n": types.DiscoveryRegisterDocument,
    "query DiscoveryAgentNames { agents { name } }": types.DiscoveryAgentNamesDocument,
    "query DiscoveryZoneAgentNames { agents(zone: \"enclave-2\") { name } }": types.DiscoveryZoneAgentNamesDocument,
    "query DiscoveryAgentIds { agents { id } }": types.DiscoveryAgentIdsDocument,
    "\n  subscription DiscoveryNetworkDiscovered($a: ID) { networkDiscovered(agentId: $a) { ...DiscoveryNetworkFields } }\n": types.DiscoveryNetworkDiscoveredDocument,
    "\n  subscription DiscoveryNetworkRemoved($a: ID) { networkRemoved(agentId: $a) { ...DiscoveryNetworkFields } }\n": types.DiscoveryNetworkRemovedDocument,
    "query DiscoveryLiveNetworks($a: ID) { networks(agentId: $a) { name } }": types.DiscoveryLiveNetworksDocument,
    "query DiscoveryAllNetworks($a: ID) { networks(agentId: $a, includeRemoved: true) { name removedAt } }": types.DiscoveryAllNetworksDocument,
    "\n  subscription DiscoveryAgentStatusChanged($a: ID) { agentStatusChanged(agentId: $a) { id status } }\n": types.DiscoveryAgentStatusChangedDocument,
    "subscription DiscoveryNetworkNames($a: ID) { networkDiscovered(agentId: $a) { name } }": types.DiscoveryNetworkNamesDocument,
    "query DiscoveryAgentNetworks($id: ID!) { agent(id: $id) { status networks { name } } }": types.DiscoveryAgentNetworksDocument,
    "\n  mutation DiscoveryCreateInZone3 { createNetwork(input: { name: \"z_enclave_3\", zone: \"enclave-3\" }) { ...DiscoveryNetworkFields } }\n": types.DiscoveryCreateInZone3Document,
    "\n  mutation DiscoveryCreateShared {\n    createNetwork(input: { name: \"z_shared\", zone: \"enclave-2\", internal: true }) { id name internal agent { name } }\n  }\n": types.DiscoveryCreateSharedDocument,
    "mutation DiscoveryCreateSharedAgain { createNetwork(input: { name: \"z_shared\", zone: \"enclave-2\" }) { id } }": types.DiscoveryCreateSharedAgainDocument,
    "subscription DiscoveryOfflineStatus($a: ID) { agentStatusChanged(agentId: $a) { status } }": types.DiscoveryOfflineStatusDocument,
    "query DiscoveryAgentStatus($id: ID!) { agent(id: $id) { status } }": types.DiscoveryAgentStatusDocument,
    "\n  mutation DiscoveryCreatePartial($ids: [ID!]) { createNetwork(input: { name: \"z_partial\", agentIds: $ids }) { id } }\n": types.DiscoveryCreatePartialDocument,
    "query DiscoveryPartialNetworks { networks(name: \"z_partial\") { id } }": types.DiscoveryPartialNetworksDocument,
    "mutation DiscoveryCreateBadName { createNetwork(input: { name: \"bad name\", zone: \"enclave-2\" }) { id } }": types.DiscoveryCreateBadNameDocument,
    "\n  mutation DiscoveryUpdateAgent($id: ID!) {\n    updateAgent(id: $id, input: { enabled: false, zone: \"other\", capacity: { maxSessions: 3, cores: 2 } }) {\n      enabled zone capacity { maxSessions cores }\n    }\n  }\n": types.DiscoveryUpdateAgentDocument,
    "mutation DiscoveryUpdateUnknownAgent { updateAgent(id: \"nope\", input: { enabled: true }) { id } }": types.DiscoveryUpdateUnknownAgentDocument,
    "mutation DiscoveryRemoveAgent($id: ID!) { removeAgent(id: $id) }": types.DiscoveryRemoveAgentDocument,
    "query DiscoveryAgentId($id: ID!) { agent(id: $id) { id } }": types.DiscoveryAgentIdDocument,
    "query DiscoveryAgentNetworkIds($a: ID) { networks(agentId: $a) { id } }": types.DiscoveryAgentNetworkIdsDocument,
    "\n  query EnclavesWorkspaces {\n    workspaces {\n      id name networks groups\n      launchOptions { allowNetworkSelection choices { network label available agentCount } }\n    }\n  }\n": types.EnclavesWorkspacesDocument,
    "query EnclavesWorkspace($id: ID!) { workspace(id: $id) { id } }": types.EnclavesWorkspaceDocument,
    "\n  mutation EnclavesLaunch($input: LaunchSessionInput!) { launchSession(input: $input) { id network agent { name } } }\n": types.EnclavesLaunchDocument,
    "query EnclavesSession($id: ID!) { session(id: $id) { status statusReason containerId network agent { name } } }": types.EnclavesSessionDocument,
    "query EnclavesActiveSessions { sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, STOPPING]) { id } }": types.EnclavesActiveSessionsDocument,
    "\n  subscription EnclavesLaunchOptionsChanged($id: ID!) {\n    launchOptionsChanged(workspaceId: $id) { choices { network available agentCount } }\n  }\n": types.EnclavesLaunchOptionsChangedDocument,
    "\n  mutation EnclavesLimitWorkspace($id: ID!, $groups: [String!]!) { updateWorkspace(id: $id, input: { groups: $groups }) { id groups } }\n": types.EnclavesLimitWorkspaceDocument,
    "\n  mutation EnclavesEnableAgent($id: ID!, $enabled: Boolean!) { updateAgent(id: $id, input: { enabled: $enabled }) { id } }\n": types.EnclavesEnableAgentDocument,
    "subscription FaultsAgentStatusChanges { agentStatusChanged { id status } }": types.FaultsAgentStatusChangesDocument,
    "query FaultsSessionIds { sessions { id } }": types.FaultsSessionIdsDocument,
    "subscription FaultsNetworksDiscovered { networkDiscovered { name agent { id } } }": types.FaultsNetworksDiscoveredDocument,
    "subscription FaultsNetworksRemoved { networkRemoved { name agent { id } } }": types.FaultsNetworksRemovedDocument,
    "query FaultsServing { sessions { id } agents { id status } }": types.FaultsServingDocument,
    "query FaultsHistory($id: ID!) { session(id: $id) { history { status } } }": types.FaultsHistoryDocument,
    "query FaultsHistoryReasons($id: ID!) { session(id: $id) { history { status reason } } }": types.FaultsHistoryReasonsDocument,
    "\n  query FaultsSessionsInDetail { sessions { id status statusReason launched: createdAt history { status reason at } } }\n": types.FaultsSessionsInDetailDocument,
    "\n  query FuzzPools {\n    agents { id endpoint } workspaces { id } sessions { id } apiKeys(includeRevoked: true) { id } networks { name }\n    users { id username } groups { id name }\n    registryCredentials { id }\n  }\n": types.FuzzPoolsDocument,
    "mutation FuzzCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id } }": types.FuzzCreateGroupDocument,
    "mutation FuzzCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": types.FuzzCreateUserDocument,
    "mutation FuzzUserKey { createApiKey(input: { name: \"fuzz user\", role: USER, owner: \"alice\" }) { token apiKey { id } } }": types.FuzzUserKeyDocument,
    "query FuzzViewerRole { viewer { role } }": types.FuzzViewerRoleDocument,
    "query IdentityViewer { viewer { owner role user { username groups { name } } } }": types.IdentityViewerDocument,
    "query IdentityUsers { users { id username lastSignInAt } }": types.IdentityUsersDocument,
    "subscription IdentityStatusChanges { sessionStatusChanged { id } }": types.IdentityStatusChangesDocument,
    "query IdentityApiKeys { apiKeys(includeRevoked: true) { id owner revokedAt } }": types.IdentityApiKeysDocument,
    "query IdentityAuditLog { auditLog(first: 200) { entries { actor operation target outcome } } }": types.IdentityAuditLogDocument,
    "mutation IdentityDeleteUser($id: ID!) { deleteUser(id: $id) }": types.IdentityDeleteUserDocument,
    "\n  mutation IdentityUpdateGroup($id: ID!, $input: UpdateGroupInput!) { updateGroup(id: $id, input: $input) { id networks } }\n": types.IdentityUpdateGroupDocument,
    "\n  mutation IdentityLaunchMissing { launchSession(input: { workspaceId: \"00000000-0000-4000-8000-000000000000\" }) { id } }\n": types.IdentityLaunchMissingDocument,
    "\n  mutation LabelsRegister($input: RegisterAgentInput!) {\n    registerAgent(input: $input) {\n      id\n      status\n      labels\n      capacity {\n        gpus\n        usedGpus\n      }\n    }\n  }\n": types.LabelsRegisterDocument,
    "\n  mutation LabelsRelabel($id: ID!, $labels: [String!]) {\n    updateAgent(id: $id, input: { labels: $labels }) {\n      labels\n    }\n  }\n": types.LabelsRelabelDocument,
    "\n  query LabelsCapacity($id: ID!) {\n    agent(id: $id) {\n      capacity {\n        gpus\n        usedGpus\n        sessionCount\n      }\n    }\n  }\n": types.LabelsCapacityDocument,
    "\n  query LabelsWorkspace($id: ID!) {\n    workspace(id: $id) {\n      agentSelector\n      gpus\n      launchOptions {\n        choices {\n          network\n          agentCount\n          available\n        }\n      }\n    }\n  }\n": types.LabelsWorkspaceDocument,
    "\n  query LabelsPlacement($id: ID!) {\n    placement(workspaceId: $id) {\n      chosen {\n        agent {\n          name\n        }\n      }\n      candidates {\n        agent {\n          name\n        }\n        eligible\n        reasons\n      }\n    }\n  }\n": types.LabelsPlacementDocument,
    "\n  mutation LabelsLaunch($id: ID!) {\n    launchSession(input: { workspaceId: $id }) {\n      id\n      status\n      agent {\n        name\n      }\n    }\n  }\n": types.LabelsLaunchDocument,
    "\n  mutation LabelsPool($input: CreateStagingPoolInput!) {\n    createStagingPool(input: $input) {\n      id\n    }\n  }\n": types.LabelsPoolDocument,
    "\n  query LabelsPoolMembers($id: ID) {\n    stagingPools(workspaceId: $id) {\n      ready\n      members {\n        agent {\n          name\n        }\n      }\n    }\n  }\n": types.LabelsPoolMembersDocument,
    "\n  mutation LabelsDeletePool($id: ID!) {\n    deleteStagingPool(id: $id)\n  }\n": types.LabelsDeletePoolDocument,
    "\n  mutation LifetimeRestartLaunch($id: ID!) {\n    launchSession(input: { workspaceId: $id }) {\n      id\n    }\n  }\n": types.LifetimeRestartLaunchDocument,
    "\n  query LifetimeRestartGet($id: ID!) {\n    session(id: $id) {\n      status\n      expiresAt\n      history {\n        status\n        reason\n      }\n    }\n  }\n": types.LifetimeRestartGetDocument,
    "\n  fragment LifetimeSession on Session {\n    id\n    status\n    statusReason\n    expiresAt\n    containerId\n    agent {\n      id\n    }\n  }\n": types.LifetimeSessionFragmentDoc,
    "\n  mutation LifetimeLaunch($id: ID!) {\n    launchSession(input: { workspaceId: $id }) {\n      ...LifetimeSession\n    }\n  }\n": types.LifetimeLaunchDocument,
    "\n  query LifetimeGet($id: ID!) {\n    session(id: $id) {\n      ...LifetimeSession\n      history {\n        status\n        reason\n        at\n      }\n    }\n  }\n": types.LifetimeGetDocument,
    "\n  mutation LifetimePause($id: ID!) {\n    pauseSession(id: $id) {\n      ...LifetimeSession\n    }\n  }\n": types.LifetimePauseDocument,
    "\n  mutation LifetimeSuspend($id: ID!) {\n    suspendSession(id: $id) {\n      ...LifetimeSession\n    }\n  }\n": types.LifetimeSuspendDocument,
    "\n  mutation LifetimeResume($id: ID!) {\n    resumeSession(id: $id) {\n      ...LifetimeSession\n    }\n  }\n": types.LifetimeResumeDocument,
    "\n  mutation LifetimeKeepalive($id: ID!) {\n    keepaliveSession(id: $id) {\n      ...LifetimeSession\n    }\n  }\n": types.LifetimeKeepaliveDocument,
    "\n  mutation LifetimeDestroy($id: ID!) {\n    destroySession(id: $id) {\n      ...LifetimeSession\n    }\n  }\n": types.LifetimeDestroyDocument,
    "\n  query LifetimeCapacity($id: ID!) {\n    agent(id: $id) {\n      capacity {\n        usedCores\n        usedMemoryMb\n        sessionCount\n      }\n    }\n  }\n": types.LifetimeCapacityDocument,
    "\n  mutation LifetimeSetCapacity($id: ID!, $cores: Float) {\n    updateAgent(id: $id, input: { capacity: { cores: $cores } }) {\n      id\n    }\n  }\n": types.LifetimeSetCapacityDocument,
    "query OidcViewer { viewer { owner role user { id username displayName hasPassword groups { name } } } }": types.OidcViewerDocument,
    "query OidcUsers { users { id username } }": types.OidcUsersDocument,
    "query OidcGroups { groups { name } }": types.OidcGroupsDocument,
    "\n  mutation RegistryCreateCredential($input: CreateRegistryCredentialInput!) {\n    createRegistryCredential(input: $input) { id registry username createdAt }\n  }\n": types.RegistryCreateCredentialDocument,
    "mutation RegistryDeleteCredential($id: ID!) { deleteRegistryCredential(id: $id) }": types.RegistryDeleteCredentialDocument,
    "query RegistryCredentials { registryCredentials { id registry username createdAt } }": types.RegistryCredentialsDocument,
    "query RegistryAudit { auditLog(first: 100) { entries { operation target outcome message } } }": types.RegistryAuditDocument,
    "mutation RestartRegister($e: String!) { registerAgent(input: { name: \"a\", endpoint: $e }) { id status } }": types.RestartRegisterDocument,
    "query RestartAgentStatuses { agents { status } }": types.RestartAgentStatusesDocument,
    "query RestartSessionCounts { agents { capacity { sessionCount } } }": types.RestartSessionCountsDocument,
    "subscription ScaleOutNetworksDiscovered { networkDiscovered { name agent { name } } }": types.ScaleOutNetworksDiscoveredDocument,
    "query ScaleOutWorkspaceIds { workspaces { id } }": types.ScaleOutWorkspaceIdsDocument,
    "\n  fragment SessionsSessionFields on Session { id status statusReason network containerId owner agent { id name } workspace { id } }\n": types.SessionsSessionFieldsFragmentDoc,
    "subscription SessionsStatusChanged { sessionStatusChanged { ...SessionsSessionFields } }": types.SessionsStatusChangedDocument,
    "\n  mutation SessionsLaunch($input: LaunchSessionInput!) { launchSession(input: $input) { ...SessionsSessionFields } }\n": types.SessionsLaunchDocument,
    "query SessionsHistory($id: ID!) { session(id: $id) { status history { status } } }": types.SessionsHistoryDocument,
    "query SessionsIds { sessions { id } }": types.SessionsIdsDocument,
    "\n  mutation SessionsLaunchMissing { launchSession(input: { workspaceId: \"00000000-0000-4000-8000-000000000000\" }) { id } }\n": types.SessionsLaunchMissingDocument,
    "\n  query SessionsLaunchOptions($id: ID!) {\n    workspace(id: $id) { launchOptions { allowNetworkSelection choices { network label available agentCount } } }\n  }\n": types.SessionsLaunchOptionsDocument,
    "\n  subscription SessionsLaunchOptionsChanged($id: ID!) { launchOptionsChanged(workspaceId: $id) { choices { network agentCount } } }\n": types.SessionsLaunchOptionsChangedDocument,
    "\n  mutation SessionsEnableAgent($id: ID!, $enabled: Boolean!) { updateAgent(id: $id, input: { enabled: $enabled }) { id } }\n": types.SessionsEnableAgentDocument,
    "\n  mutation SessionsMaxSessions($id: ID!, $max: Int) { updateAgent(id: $id, input: { capacity: { maxSessions: $max } }) { id } }\n": types.SessionsMaxSessionsDocument,
    "query SessionsSessionCount($id: ID!) { agent(id: $id) { capacity { sessionCount } } }": types.SessionsSessionCountDocument,
    "query SessionsAgentStatus($id: ID!) { agent(id: $id) { status } }": types.SessionsAgentStatusDocument,
    "\n  mutation SessionsCreateMissingImage {\n    createWorkspace(input: { name: \"missing-image\", image: \"enclave-test/not-here:1\", cores: 0.1, memoryMb: 32 }) { id }\n  }\n": types.SessionsCreateMissingImageDocument,
    "mutation SessionsLaunchById($id: ID!) { launchSession(input: { workspaceId: $id }) { id } }": types.SessionsLaunchByIdDocument,
    "mutation SshRegister($e: String!) { registerAgent(input: { name: \"over-ssh\", endpoint: $e }) { id status } }": types.SshRegisterDocument,
    "\n  mutation StagingKillCreatePool($input: CreateStagingPoolInput!) {\n    createStagingPool(input: $input) {\n      id\n    }\n  }\n": types.StagingKillCreatePoolDocument,
    "\n  query StagingKillEnded {\n    sessions(status: [STOPPED, FAILED]) {\n      status\n      statusReason\n    }\n  }\n": types.StagingKillEndedDocument,
    "\n  query StagingKillMembers {\n    stagingPools {\n      ready\n      members {\n        id\n        status\n      }\n    }\n    sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, SUSPENDED, STOPPING]) {\n      id\n      owner\n    }\n  }\n": types.StagingKillMembersDocument,
    "\n  fragment StagedSession on Session {\n    id\n    owner\n    status\n    statusReason\n    staged\n    poolId\n    containerId\n    network\n    agent {\n      id\n    }\n  }\n": types.StagedSessionFragmentDoc,
    "\n  mutation StagingCreatePool($input: CreateStagingPoolInput!) {\n    createStagingPool(input: $input) {\n      id\n      size\n      ready\n    }\n  }\n": types.StagingCreatePoolDocument,
    "\n  mutation StagingUpdatePool($id: ID!, $size: Int!) {\n    updateStagingPool(id: $id, input: { size: $size }) {\n      id\n      size\n    }\n  }\n": types.StagingUpdatePoolDocument,
    "\n  mutation StagingDeletePool($id: ID!) {\n    deleteStagingPool(id: $id)\n  }\n": types.StagingDeletePoolDocument,
    "\n  query StagingPools($workspaceId: ID) {\n    stagingPools(workspaceId: $workspaceId) {\n      id\n      size\n      ready\n      members {\n        ...StagedSession\n      }\n    }\n  }\n": types.StagingPoolsDocument,
    "\n  mutation StagingLaunch($id: ID!, $network: String) {\n    launchSession(input: { workspaceId: $id, network: $network }) {\n      ...StagedSession\n    }\n  }\n": types.StagingLaunchDocument,
    "\n  query StagingGet($id: ID!) {\n    session(id: $id) {\n      ...StagedSession\n      history {\n        status\n        reason\n      }\n    }\n  }\n": types.StagingGetDocument,
    "\n  mutation StagingUpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {\n    updateWorkspace(id: $id, input: $input) {\n      id\n    }\n  }\n": types.StagingUpdateWorkspaceDocument,
    "\n  query StagingFailed($workspaceId: ID!) {\n    sessions(status: [FAILED], workspaceId: $workspaceId) {\n      id\n      statusReason\n    }\n  }\n": types.StagingFailedDocument,
    "\n  mutation StagingSetEnabled($id: ID!, $enabled: Boolean!) {\n    updateAgent(id: $id, input: { enabled: $enabled }) {\n      id\n    }\n  }\n": types.StagingSetEnabledDocument,
    "\n  mutation StagingSetCapacity($id: ID!, $cores: Float) {\n    updateAgent(id: $id, input: { capacity: { cores: $cores } }) {\n      id\n    }\n  }\n": types.StagingSetCapacityDocument,
    "\n  query StagingActive {\n    sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, SUSPENDED, STOPPING]) {\n      id\n    }\n    stagingPools {\n      id\n    }\n  }\n": types.StagingActiveDocument,
    "\n  mutation StagingDestroy($id: ID!) {\n    destroySession(id: $id) {\n      id\n    }\n  }\n": types.StagingDestroyDocument,
    "\n  query StagingPlacement($id: ID!) {\n    placement(workspaceId: $id) {\n      chosen {\n        reasons\n      }\n    }\n  }\n": types.StagingPlacementDocument,
    "query TlsAgents { agents { name status tls networks { name } } }": types.TlsAgentsDocument,
    "\n  mutation TlsRegister($e: String!, $tls: AgentTlsInput!) { registerAgent(input: { name: \"remote\", endpoint: $e, tls: $tls }) { status tls } }\n": types.TlsRegisterDocument,
    "mutation VolumesLaunch($id: ID!) { launchSession(input: { workspaceId: $id }) { id } }": types.VolumesLaunchDocument,
    "query VolumesSession($id: ID!) { session(id: $id) { status statusReason containerId agent { name } } }": types.VolumesSessionDocument,
    "\n  query VolumesPlacement($id: ID!) { placement(workspaceId: $id) { chosen { agent { name } } candidates { agent { name } eligible reasons } } }\n": types.VolumesPlacementDocument,
    "\n  mutation VolumesUpdate($id: ID!, $input: UpdateWorkspaceInput!) { updateWorkspace(id: $id, input: $input) { volumes { source target } } }\n": types.VolumesUpdateDocument,
    "\n  query VolumesSettings($id: ID!) { workspace(id: $id) { volumes { source target readOnly requireAgent } shmSizeMb } }\n": types.VolumesSettingsDocument,
    "mutation VolumesUpdateAgent($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { id } }": types.VolumesUpdateAgentDocument,
    "\n  mutation WorkspacesCreateChrome {\n    createWorkspace(input: { name: \"chrome\", image: \"kasmweb/chrome:1.14\", command: [\"run\"], env: [{ key: \"A\", value: \"1\" }] }) { id }\n  }\n": types.WorkspacesCreateChromeDocument,
    "query WorkspacesIds { workspaces { id } }": types.WorkspacesIdsDocument,
    "\n  mutation WorkspacesRestrict($id: ID!, $n: [String!]!) {\n    restrictWorkspaceToNetworks(id: $id, networks: $n, allowNetworkSelection: true) { id }\n  }\n": types.WorkspacesRestrictDocument,
    "query WorkspacesNetworks($id: ID!) { workspace(id: $id) { networks restrictToNetworks } }": types.WorkspacesNetworksDocument,
    "mutation WorkspacesUpdateCores($id: ID!) { updateWorkspace(id: $id, input: { cores: 2 }) { id } }": types.WorkspacesUpdateCoresDocument,
    "\n  mutation WorkspacesUpdate($id: ID!) {\n    updateWorkspace(id: $id, input: { cores: 2, memoryMb: 1024, zone: \"enclave-2\", enabled: false }) { cores memoryMb zone enabled image }\n  }\n": types.WorkspacesUpdateDocument,
    "\n  mutation WorkspacesRestrictTwo($id: ID!) {\n    restrictWorkspaceToNetworks(id: $id, networks: [\"z_enclave_2\", \"z_enclave_3\", \"z_enclave_2\"], allowNetworkSelection: true) {\n      networks restrictToNetworks allowNetworkSelection launchOptions { choices { network available agentCount } }\n    }\n  }\n": types.WorkspacesRestrictTwoDocument,
    "\n  mutation WorkspacesLift($id: ID!) {\n    restrictWorkspaceToNetworks(id: $id, networks: [], allowNetworkSelection: false) { restrictToNetworks networks }\n  }\n": types.WorkspacesLiftDocument,
    "\n  fragment ZoneNetworkFields on Network {\n    id\n    name\n    driver\n    subnets\n    gateway\n    ipRange\n    parent\n    options {\n      key\n      value\n    }\n    agent {\n      id\n      name\n    }\n  }\n": types.ZoneNetworkFieldsFragmentDoc,
    "\n  mutation ZoneCreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      ...ZoneNetworkFields\n    }\n  }\n": types.ZoneCreateNetworkDocument,
    "\n  query ZoneSpread($zone: String) {\n    networkSpread(zone: $zone) {\n      name\n      zone\n      present {\n        ...ZoneNetworkFields\n      }\n      missing {\n        id\n        name\n      }\n      conflicts\n    }\n  }\n": types.ZoneSpreadDocument,
    "\n  mutation ZoneRepair($name: String!, $zone: String) {\n    repairNetwork(name: $name, zone: $zone) {\n      ...ZoneNetworkFields\n    }\n  }\n": types.ZoneRepairDocument,
    "\n  query ZonePreview($input: CreateNetworkInput!) {\n    previewNetwork(input: $input) {\n      agent {\n        name\n      }\n      exists\n      driver\n      subnet\n      gateway\n      ipRange\n      parent\n    }\n  }\n": types.ZonePreviewDocument,
    "\n  query ZoneNetworks($name: String) {\n    networks(name: $name) {\n      ...ZoneNetworkFields\n    }\n  }\n": types.ZoneNetworksDocument,
    "\n  query ZoneSession($id: ID!) {\n    session(id: $id) {\n      status\n      statusReason\n      containerId\n      agent {\n        name\n      }\n    }\n  }\n": types.ZoneSessionDocument,
    "\n  mutation ZoneMaxSessions($id: ID!) {\n    updateAgent(id: $id, input: { capacity: { maxSessions: 1 } }) {\n      id\n    }\n  }\n": types.ZoneMaxSessionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchConnectWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n"): typeof import('./graphql.js').BenchConnectWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BenchConnectLaunch($input: LaunchSessionInput!) { launchSession(input: $input) { id } }"): typeof import('./graphql.js').BenchConnectLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchConnectReady($id: ID!) { session(id: $id) { status ready statusReason containerId } }"): typeof import('./graphql.js').BenchConnectReadyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BenchConnectUrl($id: ID!) { connectSession(id: $id) { url } }"): typeof import('./graphql.js').BenchConnectUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription BenchDiscoveryNetworks { networkDiscovered { name agent { id } } }"): typeof import('./graphql.js').BenchDiscoveryNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription BenchDiscoveryAgentStatuses { agentStatusChanged { id status } }"): typeof import('./graphql.js').BenchDiscoveryAgentStatusesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription BenchLaunchSessions { sessionStatusChanged { id status statusReason } }"): typeof import('./graphql.js').BenchLaunchSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchLaunchWorkspaceId($id: ID!) { workspace(id: $id) { id } }"): typeof import('./graphql.js').BenchLaunchWorkspaceIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BenchReadGroup($networks: [String!]!) { createGroup(input: { name: \"bench-readers\", networks: $networks }) { id } }"): typeof import('./graphql.js').BenchReadGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BenchReadReader { createUser(input: { username: \"reader\", groups: [\"bench-readers\"] }) { id } }"): typeof import('./graphql.js').BenchReadReaderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BenchReadReaderKey { createApiKey(input: { name: \"bench reader\", role: USER, owner: \"reader\" }) { token } }"): typeof import('./graphql.js').BenchReadReaderKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BenchReadLimit($id: ID!) { updateWorkspace(id: $id, input: { groups: [\"bench-readers\"] }) { id } }"): typeof import('./graphql.js').BenchReadLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchReadLauncher { workspaces { id name launchOptions { choices { network label available agentCount } } } }"): typeof import('./graphql.js').BenchReadLauncherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchScaleRead { workspaces { id name launchOptions { choices { network agentCount } } } }"): typeof import('./graphql.js').BenchScaleReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchScaleNetworkIds { networks { id } }"): typeof import('./graphql.js').BenchScaleNetworkIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FleetUiUserKey {\n    createApiKey(input: { name: \"bob laptop\", role: USER, owner: \"bob\" }) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').FleetUiUserKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FleetUiSession($id: ID!) {\n    session(id: $id) {\n      status\n      agent {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').FleetUiSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityCreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n"): typeof import('./graphql.js').IdentityCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }\n"): typeof import('./graphql.js').IdentityUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id name } }\n"): typeof import('./graphql.js').IdentityCreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityUsersAndGroups {\n    users { username displayName role disabled hasPassword groups { name } }\n    groups { name networks members { username } }\n  }\n"): typeof import('./graphql.js').IdentityUsersAndGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifetimeUiUserKey { createApiKey(input: { name: \"carol laptop\", role: USER, owner: \"carol\" }) { token } }"): typeof import('./graphql.js').LifetimeUiUserKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifetimeUiSettings($id: ID!) {\n    workspace(id: $id) { maxLifetimeSeconds idleTimeoutSeconds expirationAction shmSizeMb volumes { source target readOnly requireAgent } }\n  }\n"): typeof import('./graphql.js').LifetimeUiSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCreateWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n"): typeof import('./graphql.js').OpenCreateWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenCreateUserKey { createApiKey(input: { name: \"bob laptop\", role: USER, owner: \"bob\" }) { token } }"): typeof import('./graphql.js').OpenCreateUserKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PagesRestrict($id: ID!, $n: [String!]!) { restrictWorkspaceToNetworks(id: $id, networks: $n, allowNetworkSelection: true) { id } }\n"): typeof import('./graphql.js').PagesRestrictDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PagesCreateUserKey { createApiKey(input: { name: \"alice laptop\", role: USER, owner: \"alice\" }) { token } }"): typeof import('./graphql.js').PagesCreateUserKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesWorkspaceNetworks($id: ID!) { workspace(id: $id) { networks allowNetworkSelection } }"): typeof import('./graphql.js').PagesWorkspaceNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoolsUiLaunch($id: ID!) {\n    launchSession(input: { workspaceId: $id }) {\n      id\n      staged\n      status\n    }\n  }\n"): typeof import('./graphql.js').PoolsUiLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolsUiMembers {\n    stagingPools {\n      size\n      members {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql.js').PoolsUiMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterAgent($input: RegisterAgentInput!) {\n    registerAgent(input: $input) { id status }\n  }\n"): typeof import('./graphql.js').RegisterAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) { id }\n  }\n"): typeof import('./graphql.js').CreateNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id }\n  }\n"): typeof import('./graphql.js').CreateWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestrictWorkspace($id: ID!, $networks: [String!]!, $allowNetworkSelection: Boolean!) {\n    restrictWorkspaceToNetworks(id: $id, networks: $networks, allowNetworkSelection: $allowNetworkSelection) { id }\n  }\n"): typeof import('./graphql.js').RestrictWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchSession($input: LaunchSessionInput!) {\n    launchSession(input: $input) { id status }\n  }\n"): typeof import('./graphql.js').LaunchSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DestroySession($id: ID!) {\n    destroySession(id: $id) { id status }\n  }\n"): typeof import('./graphql.js').DestroySessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionStatus($id: ID!) {\n    session(id: $id) { status statusReason }\n  }\n"): typeof import('./graphql.js').SessionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentStatuses {\n    agents { id status }\n  }\n"): typeof import('./graphql.js').AgentStatusesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkNames {\n    networks { name }\n  }\n"): typeof import('./graphql.js').NetworkNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions {\n    sessions { id status statusReason }\n  }\n"): typeof import('./graphql.js').SessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SessionStatusChanges {\n    sessionStatusChanged { id status }\n  }\n"): typeof import('./graphql.js').SessionStatusChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NetworkNamesDiscovered {\n    networkDiscovered { name }\n  }\n"): typeof import('./graphql.js').NetworkNamesDiscoveredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id username }\n  }\n"): typeof import('./graphql.js').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { id disabled role }\n  }\n"): typeof import('./graphql.js').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { id name }\n  }\n"): typeof import('./graphql.js').CreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { token apiKey { id } }\n  }\n"): typeof import('./graphql.js').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HarnessOpenableWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n"): typeof import('./graphql.js').HarnessOpenableWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HarnessLaunchOpenable($input: LaunchSessionInput!) { launchSession(input: $input) { id } }"): typeof import('./graphql.js').HarnessLaunchOpenableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HarnessOpenableState($id: ID!) { session(id: $id) { status ready statusReason } }"): typeof import('./graphql.js').HarnessOpenableStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HarnessConnectOpenable($id: ID!) { connectSession(id: $id) { url } }"): typeof import('./graphql.js').HarnessConnectOpenableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbuseApiKeys { apiKeys(includeRevoked: true) { id } }"): typeof import('./graphql.js').AbuseApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzQueryAgents { agents { id name endpoint status } }"): typeof import('./graphql.js').AuthzQueryAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzQueryAgent($id: ID!) { agent(id: $id) { id name endpoint } }"): typeof import('./graphql.js').AuthzQueryAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzQueryNetworks($agentId: ID) { networks(agentId: $agentId) { id name agent { id } } }"): typeof import('./graphql.js').AuthzQueryNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AuthzQueryNetworkSpread { networkSpread { name zone present { agent { id } } missing { id } conflicts } }\n  "): typeof import('./graphql.js').AuthzQueryNetworkSpreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AuthzQueryPreviewNetwork($input: CreateNetworkInput!) { previewNetwork(input: $input) { agent { id } exists driver } }\n  "): typeof import('./graphql.js').AuthzQueryPreviewNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzQueryWorkspaces { workspaces { id name } }"): typeof import('./graphql.js').AuthzQueryWorkspacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AuthzQueryWorkspace($id: ID!) { workspace(id: $id) { id image launchOptions { choices { network available } } } }\n  "): typeof import('./graphql.js').AuthzQueryWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzQuerySessions { sessions { id owner } }"): typeof import('./graphql.js').AuthzQuerySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzQuerySession($id: ID!) { session(id: $id) { id owner agent { name status } } }"): typeof import('./graphql.js').AuthzQuerySessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AuthzQueryPlacement($id: ID!) {\n      placement(workspaceId: $id) { chosen { agent { id } network eligible } candidates { agent { id } eligible reasons } }\n    }\n  "): typeof import('./graphql.js').AuthzQueryPlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzQueryViewer { viewer { owner role apiKey { id } user { username groups { name } } } }"): typeof import('./graphql.js').AuthzQueryViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzQueryUsers { users { id username role disabled groups { name } } }"): typeof import('./graphql.js').AuthzQueryUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzQueryGroups { groups { id name networks members { username } } }"): typeof import('./graphql.js').AuthzQueryGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzQueryApiKeys { apiKeys { id name role owner } }"): typeof import('./graphql.js').AuthzQueryApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AuthzQueryAuditLog { auditLog(first: 5) { entries { id operation outcome actor } endCursor hasNextPage } }\n  "): typeof import('./graphql.js').AuthzQueryAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzQueryRegistryCredentials { registryCredentials { id registry username createdAt } }"): typeof import('./graphql.js').AuthzQueryRegistryCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AuthzQueryStagingPools($workspaceId: ID) { stagingPools(workspaceId: $workspaceId) { id workspace { id } network zone size ready members { id } } }\n  "): typeof import('./graphql.js').AuthzQueryStagingPoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationRegisterAgent($input: RegisterAgentInput!) { registerAgent(input: $input) { id name endpoint enabled } }\n  "): typeof import('./graphql.js').AuthzMutationRegisterAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationUpdateAgent($id: ID!) { updateAgent(id: $id, input: { enabled: true }) { id enabled } }\n  "): typeof import('./graphql.js').AuthzMutationUpdateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzMutationRemoveAgent($id: ID!) { removeAgent(id: $id) }"): typeof import('./graphql.js').AuthzMutationRemoveAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationCreateNetwork($input: CreateNetworkInput!) { createNetwork(input: $input) { id name agent { id } } }\n  "): typeof import('./graphql.js').AuthzMutationCreateNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationRepairNetwork($name: String!) { repairNetwork(name: $name, zone: null) { name agent { id } } }\n  "): typeof import('./graphql.js').AuthzMutationRepairNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationCreateWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id name } }\n  "): typeof import('./graphql.js').AuthzMutationCreateWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationUpdateWorkspace($id: ID!) { updateWorkspace(id: $id, input: { cores: 0.2 }) { id cores } }\n  "): typeof import('./graphql.js').AuthzMutationUpdateWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationRestrictWorkspaceToNetworks($id: ID!, $networks: [String!]!) {\n      restrictWorkspaceToNetworks(id: $id, networks: $networks, allowNetworkSelection: true) { id networks allowNetworkSelection }\n    }\n  "): typeof import('./graphql.js').AuthzMutationRestrictWorkspaceToNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationLaunchSession($input: LaunchSessionInput!) { launchSession(input: $input) { id owner status workspace { id } } }\n  "): typeof import('./graphql.js').AuthzMutationLaunchSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzMutationDestroySession($id: ID!) { destroySession(id: $id) { id owner status } }"): typeof import('./graphql.js').AuthzMutationDestroySessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzMutationConnectSession($id: ID!) { connectSession(id: $id) { url } }"): typeof import('./graphql.js').AuthzMutationConnectSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzMutationKeepaliveSession($id: ID!) { keepaliveSession(id: $id) { id status } }"): typeof import('./graphql.js').AuthzMutationKeepaliveSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzMutationResumeSession($id: ID!) { resumeSession(id: $id) { id status } }"): typeof import('./graphql.js').AuthzMutationResumeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzMutationPauseSession($id: ID!) { pauseSession(id: $id) { id status } }"): typeof import('./graphql.js').AuthzMutationPauseSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzMutationSuspendSession($id: ID!) { suspendSession(id: $id) { id status } }"): typeof import('./graphql.js').AuthzMutationSuspendSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id role owner } } }\n  "): typeof import('./graphql.js').AuthzMutationCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationCreateUser($input: CreateUserInput!) {\n      createUser(input: $input) { id username displayName role hasPassword disabled groups { name } }\n    }\n  "): typeof import('./graphql.js').AuthzMutationCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationUpdateUser($id: ID!) { updateUser(id: $id, input: { displayName: \"Scratch, renamed\" }) { id displayName } }\n  "): typeof import('./graphql.js').AuthzMutationUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzMutationDeleteUser($id: ID!) { deleteUser(id: $id) }"): typeof import('./graphql.js').AuthzMutationDeleteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id name networks members { id } } }\n  "): typeof import('./graphql.js').AuthzMutationCreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationUpdateGroup($id: ID!, $networks: [String!]!) { updateGroup(id: $id, input: { networks: $networks }) { id networks } }\n  "): typeof import('./graphql.js').AuthzMutationUpdateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzMutationDeleteGroup($id: ID!) { deleteGroup(id: $id) }"): typeof import('./graphql.js').AuthzMutationDeleteGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzMutationRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }"): typeof import('./graphql.js').AuthzMutationRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationCreateRegistryCredential($input: CreateRegistryCredentialInput!) {\n      createRegistryCredential(input: $input) { id registry username }\n    }\n  "): typeof import('./graphql.js').AuthzMutationCreateRegistryCredentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzMutationDeleteRegistryCredential($id: ID!) { deleteRegistryCredential(id: $id) }"): typeof import('./graphql.js').AuthzMutationDeleteRegistryCredentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationCreateStagingPool($input: CreateStagingPoolInput!) {\n      createStagingPool(input: $input) { id workspace { id } network zone size members { id } }\n    }\n  "): typeof import('./graphql.js').AuthzMutationCreateStagingPoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthzMutationUpdateStagingPool($id: ID!) { updateStagingPool(id: $id, input: { size: 0 }) { id size workspace { id } } }\n  "): typeof import('./graphql.js').AuthzMutationUpdateStagingPoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzMutationDeleteStagingPool($id: ID!) { deleteStagingPool(id: $id) }"): typeof import('./graphql.js').AuthzMutationDeleteStagingPoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthzSubscriptionNetworkDiscovered { networkDiscovered { id name agent { id } } }"): typeof import('./graphql.js').AuthzSubscriptionNetworkDiscoveredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthzSubscriptionNetworkRemoved { networkRemoved { id name removedAt } }"): typeof import('./graphql.js').AuthzSubscriptionNetworkRemovedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthzSubscriptionAgentStatusChanged { agentStatusChanged { id enabled } }"): typeof import('./graphql.js').AuthzSubscriptionAgentStatusChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription AuthzSubscriptionSessionStatusChanged { sessionStatusChanged { id owner status } }\n  "): typeof import('./graphql.js').AuthzSubscriptionSessionStatusChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription AuthzSubscriptionLaunchOptionsChanged($id: ID!) {\n      launchOptionsChanged(workspaceId: $id) { workspaceId allowNetworkSelection choices { network available } }\n    }\n  "): typeof import('./graphql.js').AuthzSubscriptionLaunchOptionsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzEnableAgent($id: ID!) { updateAgent(id: $id, input: { enabled: true }) { id } }"): typeof import('./graphql.js').AuthzEnableAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAgentEndpoints { agents { id endpoint } }"): typeof import('./graphql.js').AuthzAgentEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzRemoveAgent($id: ID!) { removeAgent(id: $id) }"): typeof import('./graphql.js').AuthzRemoveAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }"): typeof import('./graphql.js').AuthzCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"): typeof import('./graphql.js').AuthzCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id } }"): typeof import('./graphql.js').AuthzCreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzDemoteUser($id: ID!) { updateUser(id: $id, input: { role: USER }) { id } }"): typeof import('./graphql.js').AuthzDemoteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzRegisterNamed($input: RegisterAgentInput!) { registerAgent(input: $input) { id name status } }"): typeof import('./graphql.js').AuthzRegisterNamedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateRegistryCredential($input: CreateRegistryCredentialInput!) { createRegistryCredential(input: $input) { id } }\n"): typeof import('./graphql.js').AuthzCreateRegistryCredentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzCreatePool($input: CreateStagingPoolInput!) { createStagingPool(input: $input) { id } }"): typeof import('./graphql.js').AuthzCreatePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzDeletePool($id: ID!) { deleteStagingPool(id: $id) }"): typeof import('./graphql.js').AuthzDeletePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzSessionOwner($id: ID!) { session(id: $id) { id owner } }"): typeof import('./graphql.js').AuthzSessionOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzSessionOwners { sessions { id owner } }"): typeof import('./graphql.js').AuthzSessionOwnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthzSessionWatched($id: ID) { sessionStatusChanged(sessionId: $id) { id status } }"): typeof import('./graphql.js').AuthzSessionWatchedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthzSessionOwnersChanged { sessionStatusChanged { id owner status } }"): typeof import('./graphql.js').AuthzSessionOwnersChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzDestroyStatus($id: ID!) { destroySession(id: $id) { status } }"): typeof import('./graphql.js').AuthzDestroyStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzSessionAgent($id: ID!) { session(id: $id) { agent { name status } } }"): typeof import('./graphql.js').AuthzSessionAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzSessionAgentEndpoint($id: ID!) { session(id: $id) { id agent { name endpoint } } }"): typeof import('./graphql.js').AuthzSessionAgentEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAgentEndpointOfSession($id: ID!) { session(id: $id) { agent { endpoint } } }"): typeof import('./graphql.js').AuthzAgentEndpointOfSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzGroupWorkspace($id: ID!) { workspace(id: $id) { id groups } workspaces { id } }"): typeof import('./graphql.js').AuthzGroupWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzLaunchOn($input: LaunchSessionInput!) { launchSession(input: $input) { id owner network } }"): typeof import('./graphql.js').AuthzLaunchOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzWorkspaceSessions($id: ID!) { sessions(workspaceId: $id) { id owner } }"): typeof import('./graphql.js').AuthzWorkspaceSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzNarrowedOptions($id: ID!) { workspace(id: $id) { networks launchOptions { allowNetworkSelection choices { network } } } }\n"): typeof import('./graphql.js').AuthzNarrowedOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthzOptionsWatched($id: ID!) { launchOptionsChanged(workspaceId: $id) { workspaceId allowNetworkSelection choices { network } } }\n"): typeof import('./graphql.js').AuthzOptionsWatchedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzConnect($id: ID!) { connectSession(id: $id) { url } }"): typeof import('./graphql.js').AuthzConnectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzSetUserGroups($id: ID!, $groups: [String!]!) { updateUser(id: $id, input: { groups: $groups }) { id } }"): typeof import('./graphql.js').AuthzSetUserGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSetGroupNetworks($id: ID!, $networks: [String!]!) { updateGroup(id: $id, input: { networks: $networks }) { id } }\n"): typeof import('./graphql.js').AuthzSetGroupNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzUsersOfKeys { users { username role disabled groups { name } } }"): typeof import('./graphql.js').AuthzUsersOfKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzKeyViewer { viewer { owner role user { username } } }"): typeof import('./graphql.js').AuthzKeyViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzDemotedViewer { viewer { role } }"): typeof import('./graphql.js').AuthzDemotedViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzDemotedUsers { users { id } }"): typeof import('./graphql.js').AuthzDemotedUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputSnapshot {\n    agents { id name endpoint zone enabled tls labels capacity { cores memoryMb maxSessions gpus } createdAt }\n    workspaces { id name image command cores memoryMb zone enabled networks groups allowNetworkSelection createdAt updatedAt }\n    volumeSettings: workspaces { id volumes { source target readOnly requireAgent } shmSizeMb }\n    users { id username displayName role disabled hasPassword groups { name } createdAt }\n    groups { id name networks members { id } }\n    apiKeys(includeRevoked: true) { id name role owner createdAt expiresAt revokedAt }\n    sessions { id owner status network agent { id } }\n    networks { id name driver internal agent { id } removedAt subnets gateway ipRange parent options { key value } }\n    spread: networkSpread { name zone missing { id } conflicts }\n    registryCredentials { id registry username createdAt }\n    assignCommands: workspaces { id assignCommand }\n    placementRules: workspaces { id agentSelector gpus }\n    stagingPools { id workspace { id } network zone size createdAt }\n  }\n"): typeof import('./graphql.js').BadInputSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputAuditOutcomes($after: String) { auditLog(first: 500, after: $after) { entries { outcome } endCursor hasNextPage } }\n"): typeof import('./graphql.js').BadInputAuditOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputCreateNetA { createNetwork(input: { name: \"net-a\", zone: \"z1\" }) { id } }"): typeof import('./graphql.js').BadInputCreateNetADocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadInputAgentStatus($id: ID!) { agent(id: $id) { status } }"): typeof import('./graphql.js').BadInputAgentStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputDisable($id: ID!) { updateWorkspace(id: $id, input: { enabled: false }) { id } }"): typeof import('./graphql.js').BadInputDisableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputRestrictToNetA($id: ID!, $allow: Boolean!) {\n    restrictWorkspaceToNetworks(id: $id, networks: [\"net-a\"], allowNetworkSelection: $allow) { id }\n  }\n"): typeof import('./graphql.js').BadInputRestrictToNetADocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputLaunch($id: ID!) { launchSession(input: { workspaceId: $id }) { id } }"): typeof import('./graphql.js').BadInputLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputUserKey { createApiKey(input: { name: \"alice laptop\", role: USER, owner: \"alice\" }) { token apiKey { id } } }"): typeof import('./graphql.js').BadInputUserKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"): typeof import('./graphql.js').BadInputCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id } }"): typeof import('./graphql.js').BadInputCreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputRootKey { createApiKey(input: { name: \"root laptop\", role: ADMIN, owner: \"root\" }) { token } }"): typeof import('./graphql.js').BadInputRootKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadInputUserIds { users { id username } }"): typeof import('./graphql.js').BadInputUserIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadInputLastAudit { auditLog(first: 1) { entries { id operation outcome } } }"): typeof import('./graphql.js').BadInputLastAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputCreatePool($input: CreateStagingPoolInput!) { createStagingPool(input: $input) { id } }"): typeof import('./graphql.js').BadInputCreatePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputKeptCredential { createRegistryCredential(input: { registry: \"kept.registry.example\", username: \"kept\", password: \"kept\" }) { id } }\n"): typeof import('./graphql.js').BadInputKeptCredentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectTestKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { token apiKey { id } }\n  }\n"): typeof import('./graphql.js').ConnectTestKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectTestWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id connect { port protocol path } }\n  }\n"): typeof import('./graphql.js').ConnectTestWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectTestLaunch($input: LaunchSessionInput!) {\n    launchSession(input: $input) { id }\n  }\n"): typeof import('./graphql.js').ConnectTestLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectTestConnect($id: ID!) {\n    connectSession(id: $id) { url expiresAt }\n  }\n"): typeof import('./graphql.js').ConnectTestConnectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectTestSession($id: ID!) {\n    session(id: $id) { id status ready statusReason containerId lastActivityAt }\n  }\n"): typeof import('./graphql.js').ConnectTestSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectTestPool($input: CreateStagingPoolInput!) {\n    createStagingPool(input: $input) { id }\n  }\n"): typeof import('./graphql.js').ConnectTestPoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectTestPoolReady { stagingPools { id ready } }\n"): typeof import('./graphql.js').ConnectTestPoolReadyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectTestLaunchStaged($input: LaunchSessionInput!) {\n    launchSession(input: $input) { id status staged ready containerId }\n  }\n"): typeof import('./graphql.js').ConnectTestLaunchStagedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectTestDestroy($id: ID!) {\n    destroySession(id: $id) { id status }\n  }\n"): typeof import('./graphql.js').ConnectTestDestroyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectTestRevoke($id: ID!) {\n    revokeApiKey(id: $id) { id }\n  }\n"): typeof import('./graphql.js').ConnectTestRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiscoveryAgentFields on Agent {\n    id name endpoint zone enabled status dockerVersion lastSeenAt tls\n    capacity { cores memoryMb maxSessions usedCores usedMemoryMb sessionCount }\n  }\n"): typeof import('./graphql.js').DiscoveryAgentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiscoveryNetworkFields on Network {\n    id dockerId name driver internal subnets discoveredAt removedAt warnings agent { id name }\n  }\n"): typeof import('./graphql.js').DiscoveryNetworkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscoveryRegister($input: RegisterAgentInput!) {\n    registerAgent(input: $input) { ...DiscoveryAgentFields networks { name } }\n  }\n"): typeof import('./graphql.js').DiscoveryRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscoveryAgentNames { agents { name } }"): typeof import('./graphql.js').DiscoveryAgentNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscoveryZoneAgentNames { agents(zone: \"enclave-2\") { name } }"): typeof import('./graphql.js').DiscoveryZoneAgentNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscoveryAgentIds { agents { id } }"): typeof import('./graphql.js').DiscoveryAgentIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DiscoveryNetworkDiscovered($a: ID) { networkDiscovered(agentId: $a) { ...DiscoveryNetworkFields } }\n"): typeof import('./graphql.js').DiscoveryNetworkDiscoveredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DiscoveryNetworkRemoved($a: ID) { networkRemoved(agentId: $a) { ...DiscoveryNetworkFields } }\n"): typeof import('./graphql.js').DiscoveryNetworkRemovedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscoveryLiveNetworks($a: ID) { networks(agentId: $a) { name } }"): typeof import('./graphql.js').DiscoveryLiveNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscoveryAllNetworks($a: ID) { networks(agentId: $a, includeRemoved: true) { name removedAt } }"): typeof import('./graphql.js').DiscoveryAllNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DiscoveryAgentStatusChanged($a: ID) { agentStatusChanged(agentId: $a) { id status } }\n"): typeof import('./graphql.js').DiscoveryAgentStatusChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DiscoveryNetworkNames($a: ID) { networkDiscovered(agentId: $a) { name } }"): typeof import('./graphql.js').DiscoveryNetworkNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscoveryAgentNetworks($id: ID!) { agent(id: $id) { status networks { name } } }"): typeof import('./graphql.js').DiscoveryAgentNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscoveryCreateInZone3 { createNetwork(input: { name: \"z_enclave_3\", zone: \"enclave-3\" }) { ...DiscoveryNetworkFields } }\n"): typeof import('./graphql.js').DiscoveryCreateInZone3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscoveryCreateShared {\n    createNetwork(input: { name: \"z_shared\", zone: \"enclave-2\", internal: true }) { id name internal agent { name } }\n  }\n"): typeof import('./graphql.js').DiscoveryCreateSharedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscoveryCreateSharedAgain { createNetwork(input: { name: \"z_shared\", zone: \"enclave-2\" }) { id } }"): typeof import('./graphql.js').DiscoveryCreateSharedAgainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DiscoveryOfflineStatus($a: ID) { agentStatusChanged(agentId: $a) { status } }"): typeof import('./graphql.js').DiscoveryOfflineStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscoveryAgentStatus($id: ID!) { agent(id: $id) { status } }"): typeof import('./graphql.js').DiscoveryAgentStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscoveryCreatePartial($ids: [ID!]) { createNetwork(input: { name: \"z_partial\", agentIds: $ids }) { id } }\n"): typeof import('./graphql.js').DiscoveryCreatePartialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscoveryPartialNetworks { networks(name: \"z_partial\") { id } }"): typeof import('./graphql.js').DiscoveryPartialNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscoveryCreateBadName { createNetwork(input: { name: \"bad name\", zone: \"enclave-2\" }) { id } }"): typeof import('./graphql.js').DiscoveryCreateBadNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscoveryUpdateAgent($id: ID!) {\n    updateAgent(id: $id, input: { enabled: false, zone: \"other\", capacity: { maxSessions: 3, cores: 2 } }) {\n      enabled zone capacity { maxSessions cores }\n    }\n  }\n"): typeof import('./graphql.js').DiscoveryUpdateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscoveryUpdateUnknownAgent { updateAgent(id: \"nope\", input: { enabled: true }) { id } }"): typeof import('./graphql.js').DiscoveryUpdateUnknownAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscoveryRemoveAgent($id: ID!) { removeAgent(id: $id) }"): typeof import('./graphql.js').DiscoveryRemoveAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscoveryAgentId($id: ID!) { agent(id: $id) { id } }"): typeof import('./graphql.js').DiscoveryAgentIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscoveryAgentNetworkIds($a: ID) { networks(agentId: $a) { id } }"): typeof import('./graphql.js').DiscoveryAgentNetworkIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnclavesWorkspaces {\n    workspaces {\n      id name networks groups\n      launchOptions { allowNetworkSelection choices { network label available agentCount } }\n    }\n  }\n"): typeof import('./graphql.js').EnclavesWorkspacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnclavesWorkspace($id: ID!) { workspace(id: $id) { id } }"): typeof import('./graphql.js').EnclavesWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnclavesLaunch($input: LaunchSessionInput!) { launchSession(input: $input) { id network agent { name } } }\n"): typeof import('./graphql.js').EnclavesLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnclavesSession($id: ID!) { session(id: $id) { status statusReason containerId network agent { name } } }"): typeof import('./graphql.js').EnclavesSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnclavesActiveSessions { sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, STOPPING]) { id } }"): typeof import('./graphql.js').EnclavesActiveSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EnclavesLaunchOptionsChanged($id: ID!) {\n    launchOptionsChanged(workspaceId: $id) { choices { network available agentCount } }\n  }\n"): typeof import('./graphql.js').EnclavesLaunchOptionsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnclavesLimitWorkspace($id: ID!, $groups: [String!]!) { updateWorkspace(id: $id, input: { groups: $groups }) { id groups } }\n"): typeof import('./graphql.js').EnclavesLimitWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnclavesEnableAgent($id: ID!, $enabled: Boolean!) { updateAgent(id: $id, input: { enabled: $enabled }) { id } }\n"): typeof import('./graphql.js').EnclavesEnableAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FaultsAgentStatusChanges { agentStatusChanged { id status } }"): typeof import('./graphql.js').FaultsAgentStatusChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsSessionIds { sessions { id } }"): typeof import('./graphql.js').FaultsSessionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FaultsNetworksDiscovered { networkDiscovered { name agent { id } } }"): typeof import('./graphql.js').FaultsNetworksDiscoveredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FaultsNetworksRemoved { networkRemoved { name agent { id } } }"): typeof import('./graphql.js').FaultsNetworksRemovedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsServing { sessions { id } agents { id status } }"): typeof import('./graphql.js').FaultsServingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsHistory($id: ID!) { session(id: $id) { history { status } } }"): typeof import('./graphql.js').FaultsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsHistoryReasons($id: ID!) { session(id: $id) { history { status reason } } }"): typeof import('./graphql.js').FaultsHistoryReasonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultsSessionsInDetail { sessions { id status statusReason launched: createdAt history { status reason at } } }\n"): typeof import('./graphql.js').FaultsSessionsInDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzPools {\n    agents { id endpoint } workspaces { id } sessions { id } apiKeys(includeRevoked: true) { id } networks { name }\n    users { id username } groups { id name }\n    registryCredentials { id }\n  }\n"): typeof import('./graphql.js').FuzzPoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id } }"): typeof import('./graphql.js').FuzzCreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"): typeof import('./graphql.js').FuzzCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzUserKey { createApiKey(input: { name: \"fuzz user\", role: USER, owner: \"alice\" }) { token apiKey { id } } }"): typeof import('./graphql.js').FuzzUserKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FuzzViewerRole { viewer { role } }"): typeof import('./graphql.js').FuzzViewerRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityViewer { viewer { owner role user { username groups { name } } } }"): typeof import('./graphql.js').IdentityViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityUsers { users { id username lastSignInAt } }"): typeof import('./graphql.js').IdentityUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IdentityStatusChanges { sessionStatusChanged { id } }"): typeof import('./graphql.js').IdentityStatusChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityApiKeys { apiKeys(includeRevoked: true) { id owner revokedAt } }"): typeof import('./graphql.js').IdentityApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityAuditLog { auditLog(first: 200) { entries { actor operation target outcome } } }"): typeof import('./graphql.js').IdentityAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityDeleteUser($id: ID!) { deleteUser(id: $id) }"): typeof import('./graphql.js').IdentityDeleteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityUpdateGroup($id: ID!, $input: UpdateGroupInput!) { updateGroup(id: $id, input: $input) { id networks } }\n"): typeof import('./graphql.js').IdentityUpdateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityLaunchMissing { launchSession(input: { workspaceId: \"00000000-0000-4000-8000-000000000000\" }) { id } }\n"): typeof import('./graphql.js').IdentityLaunchMissingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LabelsRegister($input: RegisterAgentInput!) {\n    registerAgent(input: $input) {\n      id\n      status\n      labels\n      capacity {\n        gpus\n        usedGpus\n      }\n    }\n  }\n"): typeof import('./graphql.js').LabelsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LabelsRelabel($id: ID!, $labels: [String!]) {\n    updateAgent(id: $id, input: { labels: $labels }) {\n      labels\n    }\n  }\n"): typeof import('./graphql.js').LabelsRelabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabelsCapacity($id: ID!) {\n    agent(id: $id) {\n      capacity {\n        gpus\n        usedGpus\n        sessionCount\n      }\n    }\n  }\n"): typeof import('./graphql.js').LabelsCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabelsWorkspace($id: ID!) {\n    workspace(id: $id) {\n      agentSelector\n      gpus\n      launchOptions {\n        choices {\n          network\n          agentCount\n          available\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').LabelsWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabelsPlacement($id: ID!) {\n    placement(workspaceId: $id) {\n      chosen {\n        agent {\n          name\n        }\n      }\n      candidates {\n        agent {\n          name\n        }\n        eligible\n        reasons\n      }\n    }\n  }\n"): typeof import('./graphql.js').LabelsPlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LabelsLaunch($id: ID!) {\n    launchSession(input: { workspaceId: $id }) {\n      id\n      status\n      agent {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').LabelsLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LabelsPool($input: CreateStagingPoolInput!) {\n    createStagingPool(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').LabelsPoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabelsPoolMembers($id: ID) {\n    stagingPools(workspaceId: $id) {\n      ready\n      members {\n        agent {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').LabelsPoolMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LabelsDeletePool($id: ID!) {\n    deleteStagingPool(id: $id)\n  }\n"): typeof import('./graphql.js').LabelsDeletePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifetimeRestartLaunch($id: ID!) {\n    launchSession(input: { workspaceId: $id }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').LifetimeRestartLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifetimeRestartGet($id: ID!) {\n    session(id: $id) {\n      status\n      expiresAt\n      history {\n        status\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql.js').LifetimeRestartGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LifetimeSession on Session {\n    id\n    status\n    statusReason\n    expiresAt\n    containerId\n    agent {\n      id\n    }\n  }\n"): typeof import('./graphql.js').LifetimeSessionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifetimeLaunch($id: ID!) {\n    launchSession(input: { workspaceId: $id }) {\n      ...LifetimeSession\n    }\n  }\n"): typeof import('./graphql.js').LifetimeLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifetimeGet($id: ID!) {\n    session(id: $id) {\n      ...LifetimeSession\n      history {\n        status\n        reason\n        at\n      }\n    }\n  }\n"): typeof import('./graphql.js').LifetimeGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifetimePause($id: ID!) {\n    pauseSession(id: $id) {\n      ...LifetimeSession\n    }\n  }\n"): typeof import('./graphql.js').LifetimePauseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifetimeSuspend($id: ID!) {\n    suspendSession(id: $id) {\n      ...LifetimeSession\n    }\n  }\n"): typeof import('./graphql.js').LifetimeSuspendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifetimeResume($id: ID!) {\n    resumeSession(id: $id) {\n      ...LifetimeSession\n    }\n  }\n"): typeof import('./graphql.js').LifetimeResumeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifetimeKeepalive($id: ID!) {\n    keepaliveSession(id: $id) {\n      ...LifetimeSession\n    }\n  }\n"): typeof import('./graphql.js').LifetimeKeepaliveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifetimeDestroy($id: ID!) {\n    destroySession(id: $id) {\n      ...LifetimeSession\n    }\n  }\n"): typeof import('./graphql.js').LifetimeDestroyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifetimeCapacity($id: ID!) {\n    agent(id: $id) {\n      capacity {\n        usedCores\n        usedMemoryMb\n        sessionCount\n      }\n    }\n  }\n"): typeof import('./graphql.js').LifetimeCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifetimeSetCapacity($id: ID!, $cores: Float) {\n    updateAgent(id: $id, input: { capacity: { cores: $cores } }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').LifetimeSetCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OidcViewer { viewer { owner role user { id username displayName hasPassword groups { name } } } }"): typeof import('./graphql.js').OidcViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OidcUsers { users { id username } }"): typeof import('./graphql.js').OidcUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OidcGroups { groups { name } }"): typeof import('./graphql.js').OidcGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistryCreateCredential($input: CreateRegistryCredentialInput!) {\n    createRegistryCredential(input: $input) { id registry username createdAt }\n  }\n"): typeof import('./graphql.js').RegistryCreateCredentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryDeleteCredential($id: ID!) { deleteRegistryCredential(id: $id) }"): typeof import('./graphql.js').RegistryDeleteCredentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistryCredentials { registryCredentials { id registry username createdAt } }"): typeof import('./graphql.js').RegistryCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistryAudit { auditLog(first: 100) { entries { operation target outcome message } } }"): typeof import('./graphql.js').RegistryAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestartRegister($e: String!) { registerAgent(input: { name: \"a\", endpoint: $e }) { id status } }"): typeof import('./graphql.js').RestartRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RestartAgentStatuses { agents { status } }"): typeof import('./graphql.js').RestartAgentStatusesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RestartSessionCounts { agents { capacity { sessionCount } } }"): typeof import('./graphql.js').RestartSessionCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ScaleOutNetworksDiscovered { networkDiscovered { name agent { name } } }"): typeof import('./graphql.js').ScaleOutNetworksDiscoveredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScaleOutWorkspaceIds { workspaces { id } }"): typeof import('./graphql.js').ScaleOutWorkspaceIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionsSessionFields on Session { id status statusReason network containerId owner agent { id name } workspace { id } }\n"): typeof import('./graphql.js').SessionsSessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SessionsStatusChanged { sessionStatusChanged { ...SessionsSessionFields } }"): typeof import('./graphql.js').SessionsStatusChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsLaunch($input: LaunchSessionInput!) { launchSession(input: $input) { ...SessionsSessionFields } }\n"): typeof import('./graphql.js').SessionsLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsHistory($id: ID!) { session(id: $id) { status history { status } } }"): typeof import('./graphql.js').SessionsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsIds { sessions { id } }"): typeof import('./graphql.js').SessionsIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsLaunchMissing { launchSession(input: { workspaceId: \"00000000-0000-4000-8000-000000000000\" }) { id } }\n"): typeof import('./graphql.js').SessionsLaunchMissingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsLaunchOptions($id: ID!) {\n    workspace(id: $id) { launchOptions { allowNetworkSelection choices { network label available agentCount } } }\n  }\n"): typeof import('./graphql.js').SessionsLaunchOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SessionsLaunchOptionsChanged($id: ID!) { launchOptionsChanged(workspaceId: $id) { choices { network agentCount } } }\n"): typeof import('./graphql.js').SessionsLaunchOptionsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsEnableAgent($id: ID!, $enabled: Boolean!) { updateAgent(id: $id, input: { enabled: $enabled }) { id } }\n"): typeof import('./graphql.js').SessionsEnableAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsMaxSessions($id: ID!, $max: Int) { updateAgent(id: $id, input: { capacity: { maxSessions: $max } }) { id } }\n"): typeof import('./graphql.js').SessionsMaxSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsSessionCount($id: ID!) { agent(id: $id) { capacity { sessionCount } } }"): typeof import('./graphql.js').SessionsSessionCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsAgentStatus($id: ID!) { agent(id: $id) { status } }"): typeof import('./graphql.js').SessionsAgentStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsCreateMissingImage {\n    createWorkspace(input: { name: \"missing-image\", image: \"enclave-test/not-here:1\", cores: 0.1, memoryMb: 32 }) { id }\n  }\n"): typeof import('./graphql.js').SessionsCreateMissingImageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsLaunchById($id: ID!) { launchSession(input: { workspaceId: $id }) { id } }"): typeof import('./graphql.js').SessionsLaunchByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SshRegister($e: String!) { registerAgent(input: { name: \"over-ssh\", endpoint: $e }) { id status } }"): typeof import('./graphql.js').SshRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StagingKillCreatePool($input: CreateStagingPoolInput!) {\n    createStagingPool(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').StagingKillCreatePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StagingKillEnded {\n    sessions(status: [STOPPED, FAILED]) {\n      status\n      statusReason\n    }\n  }\n"): typeof import('./graphql.js').StagingKillEndedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StagingKillMembers {\n    stagingPools {\n      ready\n      members {\n        id\n        status\n      }\n    }\n    sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, SUSPENDED, STOPPING]) {\n      id\n      owner\n    }\n  }\n"): typeof import('./graphql.js').StagingKillMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StagedSession on Session {\n    id\n    owner\n    status\n    statusReason\n    staged\n    poolId\n    containerId\n    network\n    agent {\n      id\n    }\n  }\n"): typeof import('./graphql.js').StagedSessionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StagingCreatePool($input: CreateStagingPoolInput!) {\n    createStagingPool(input: $input) {\n      id\n      size\n      ready\n    }\n  }\n"): typeof import('./graphql.js').StagingCreatePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StagingUpdatePool($id: ID!, $size: Int!) {\n    updateStagingPool(id: $id, input: { size: $size }) {\n      id\n      size\n    }\n  }\n"): typeof import('./graphql.js').StagingUpdatePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StagingDeletePool($id: ID!) {\n    deleteStagingPool(id: $id)\n  }\n"): typeof import('./graphql.js').StagingDeletePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StagingPools($workspaceId: ID) {\n    stagingPools(workspaceId: $workspaceId) {\n      id\n      size\n      ready\n      members {\n        ...StagedSession\n      }\n    }\n  }\n"): typeof import('./graphql.js').StagingPoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StagingLaunch($id: ID!, $network: String) {\n    launchSession(input: { workspaceId: $id, network: $network }) {\n      ...StagedSession\n    }\n  }\n"): typeof import('./graphql.js').StagingLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StagingGet($id: ID!) {\n    session(id: $id) {\n      ...StagedSession\n      history {\n        status\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql.js').StagingGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StagingUpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {\n    updateWorkspace(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').StagingUpdateWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StagingFailed($workspaceId: ID!) {\n    sessions(status: [FAILED], workspaceId: $workspaceId) {\n      id\n      statusReason\n    }\n  }\n"): typeof import('./graphql.js').StagingFailedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StagingSetEnabled($id: ID!, $enabled: Boolean!) {\n    updateAgent(id: $id, input: { enabled: $enabled }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').StagingSetEnabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StagingSetCapacity($id: ID!, $cores: Float) {\n    updateAgent(id: $id, input: { capacity: { cores: $cores } }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').StagingSetCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StagingActive {\n    sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, SUSPENDED, STOPPING]) {\n      id\n    }\n    stagingPools {\n      id\n    }\n  }\n"): typeof import('./graphql.js').StagingActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StagingDestroy($id: ID!) {\n    destroySession(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').StagingDestroyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StagingPlacement($id: ID!) {\n    placement(workspaceId: $id) {\n      chosen {\n        reasons\n      }\n    }\n  }\n"): typeof import('./graphql.js').StagingPlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TlsAgents { agents { name status tls networks { name } } }"): typeof import('./graphql.js').TlsAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TlsRegister($e: String!, $tls: AgentTlsInput!) { registerAgent(input: { name: \"remote\", endpoint: $e, tls: $tls }) { status tls } }\n"): typeof import('./graphql.js').TlsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolumesLaunch($id: ID!) { launchSession(input: { workspaceId: $id }) { id } }"): typeof import('./graphql.js').VolumesLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolumesSession($id: ID!) { session(id: $id) { status statusReason containerId agent { name } } }"): typeof import('./graphql.js').VolumesSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolumesPlacement($id: ID!) { placement(workspaceId: $id) { chosen { agent { name } } candidates { agent { name } eligible reasons } } }\n"): typeof import('./graphql.js').VolumesPlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolumesUpdate($id: ID!, $input: UpdateWorkspaceInput!) { updateWorkspace(id: $id, input: $input) { volumes { source target } } }\n"): typeof import('./graphql.js').VolumesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolumesSettings($id: ID!) { workspace(id: $id) { volumes { source target readOnly requireAgent } shmSizeMb } }\n"): typeof import('./graphql.js').VolumesSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolumesUpdateAgent($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { id } }"): typeof import('./graphql.js').VolumesUpdateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkspacesCreateChrome {\n    createWorkspace(input: { name: \"chrome\", image: \"kasmweb/chrome:1.14\", command: [\"run\"], env: [{ key: \"A\", value: \"1\" }] }) { id }\n  }\n"): typeof import('./graphql.js').WorkspacesCreateChromeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspacesIds { workspaces { id } }"): typeof import('./graphql.js').WorkspacesIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkspacesRestrict($id: ID!, $n: [String!]!) {\n    restrictWorkspaceToNetworks(id: $id, networks: $n, allowNetworkSelection: true) { id }\n  }\n"): typeof import('./graphql.js').WorkspacesRestrictDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspacesNetworks($id: ID!) { workspace(id: $id) { networks restrictToNetworks } }"): typeof import('./graphql.js').WorkspacesNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkspacesUpdateCores($id: ID!) { updateWorkspace(id: $id, input: { cores: 2 }) { id } }"): typeof import('./graphql.js').WorkspacesUpdateCoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkspacesUpdate($id: ID!) {\n    updateWorkspace(id: $id, input: { cores: 2, memoryMb: 1024, zone: \"enclave-2\", enabled: false }) { cores memoryMb zone enabled image }\n  }\n"): typeof import('./graphql.js').WorkspacesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkspacesRestrictTwo($id: ID!) {\n    restrictWorkspaceToNetworks(id: $id, networks: [\"z_enclave_2\", \"z_enclave_3\", \"z_enclave_2\"], allowNetworkSelection: true) {\n      networks restrictToNetworks allowNetworkSelection launchOptions { choices { network available agentCount } }\n    }\n  }\n"): typeof import('./graphql.js').WorkspacesRestrictTwoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkspacesLift($id: ID!) {\n    restrictWorkspaceToNetworks(id: $id, networks: [], allowNetworkSelection: false) { restrictToNetworks networks }\n  }\n"): typeof import('./graphql.js').WorkspacesLiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ZoneNetworkFields on Network {\n    id\n    name\n    driver\n    subnets\n    gateway\n    ipRange\n    parent\n    options {\n      key\n      value\n    }\n    agent {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').ZoneNetworkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ZoneCreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      ...ZoneNetworkFields\n    }\n  }\n"): typeof import('./graphql.js').ZoneCreateNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZoneSpread($zone: String) {\n    networkSpread(zone: $zone) {\n      name\n      zone\n      present {\n        ...ZoneNetworkFields\n      }\n      missing {\n        id\n        name\n      }\n      conflicts\n    }\n  }\n"): typeof import('./graphql.js').ZoneSpreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ZoneRepair($name: String!, $zone: String) {\n    repairNetwork(name: $name, zone: $zone) {\n      ...ZoneNetworkFields\n    }\n  }\n"): typeof import('./graphql.js').ZoneRepairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZonePreview($input: CreateNetworkInput!) {\n    previewNetwork(input: $input) {\n      agent {\n        name\n      }\n      exists\n      driver\n      subnet\n      gateway\n      ipRange\n      parent\n    }\n  }\n"): typeof import('./graphql.js').ZonePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZoneNetworks($name: String) {\n    networks(name: $name) {\n      ...ZoneNetworkFields\n    }\n  }\n"): typeof import('./graphql.js').ZoneNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZoneSession($id: ID!) {\n    session(id: $id) {\n      status\n      statusReason\n      containerId\n      agent {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').ZoneSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ZoneMaxSessions($id: ID!) {\n    updateAgent(id: $id, input: { capacity: { maxSessions: 1 } }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ZoneMaxSessionsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
