// The set-up and polling operations that several tests and benchmarks share. Operations whose answer a test compares
// as a whole stay next to that test, so that what it checks stays in sight.
import { graphql } from '../__generated__/gql.js';

export const RegisterAgent = graphql(`
  mutation RegisterAgent($input: RegisterAgentInput!) {
    registerAgent(input: $input) { id status }
  }
`);

export const CreateNetwork = graphql(`
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) { id }
  }
`);

export const CreateWorkspace = graphql(`
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) { id }
  }
`);

export const RestrictWorkspace = graphql(`
  mutation RestrictWorkspace($id: ID!, $networks: [String!]!, $allowNetworkSelection: Boolean!) {
    restrictWorkspaceToNetworks(id: $id, networks: $networks, allowNetworkSelection: $allowNetworkSelection) { id }
  }
`);

export const LaunchSession = graphql(`
  mutation LaunchSession($input: LaunchSessionInput!) {
    launchSession(input: $input) { id status }
  }
`);

export const DestroySession = graphql(`
  mutation DestroySession($id: ID!) {
    destroySession(id: $id) { id status }
  }
`);

export const SessionStatus = graphql(`
  query SessionStatus($id: ID!) {
    session(id: $id) { status statusReason }
  }
`);

export const AgentStatuses = graphql(`
  query AgentStatuses {
    agents { id status }
  }
`);

export const NetworkNames = graphql(`
  query NetworkNames {
    networks { name }
  }
`);

/** A workspace whose container sleeps for an hour, small enough for any test agent. */
export const sleeperWorkspace = (image: string, name = 'w') => ({ name, image, command: ['sleep', '3600'], cores: 0.1, memoryMb: 32 });

export const Sessions = graphql(`
  query Sessions {
    sessions { id status statusReason }
  }
`);

export const SessionStatusChanges = graphql(`
  subscription SessionStatusChanges {
    sessionStatusChanged { id status }
  }
`);

export const NetworkNamesDiscovered = graphql(`
  subscription NetworkNamesDiscovered {
    networkDiscovered { name }
  }
`);

export const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { id username }
  }
`);

export const UpdateUser = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) { id disabled role }
  }
`);

export const CreateGroup = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) { id name }
  }
`);

/** An API key of `owner` (an existing user, or one made with the key's role). */
export const CreateApiKey = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { token apiKey { id } }
  }
`);
