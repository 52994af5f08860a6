import type { GraphiQLProps } from 'graphiql';

type TabDefinition = NonNullable<GraphiQLProps['defaultTabs']>[number];

const json = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * The playground's tabs on a first visit (GraphiQL keeps the user's own tabs after that). Plain text, comments and
 * layout included, since people read it. The `graphql` comment before each makes `npm run codegen` check it against
 * the schema, so an example the API would refuse fails codegen and the generated-code test. Lower case, because
 * Prettier reformats a template marked `GraphQL`, and this text is laid out for reading.
 */
export const exampleTabs: TabDefinition[] = [
  {
    query: /* graphql */ `# Welcome to the Enclave playground.
# Paste an API token above, then run an operation with Ctrl-Enter (Cmd-Enter on a Mac).
# Each tab is an example. The Docs button on the left describes the whole schema.

query Overview {
  viewer { owner role }
  workspaces {
    id
    name
    restrictToNetworks
    networks
    allowNetworkSelection
    launchOptions { choices { network label available agentCount } }
  }
  sessions { id status network workspace { name } agent { name } createdAt }
}
`,
  },
  {
    query: /* graphql */ `# Registers a Docker daemon as an agent (ADMIN). It is pinged first: an unreachable
# daemon is AGENT_UNREACHABLE and nothing is stored. Its networks appear at once.
mutation RegisterAgent($input: RegisterAgentInput!) {
  registerAgent(input: $input) {
    id
    name
    status
    dockerVersion
    capacity { cores memoryMb }
    networks { name }
  }
}
`,
    variables: json({ input: { name: 'agent-1', endpoint: 'unix:///var/run/docker.sock', zone: 'enclave-2' } }),
  },
  {
    query: /* graphql */ `# Restricts a workspace to Docker networks by name and lets users pick one at launch
# (ADMIN). An empty list lifts the restriction. Take an id from the Overview tab.
mutation RestrictWorkspace($id: ID!, $networks: [String!]!, $allow: Boolean!) {
  restrictWorkspaceToNetworks(id: $id, networks: $networks, allowNetworkSelection: $allow) {
    name
    networks
    allowNetworkSelection
    launchOptions { choices { network label available agentCount } }
  }
}
`,
    variables: json({ id: 'WORKSPACE_ID', networks: ['z_enclave_2', 'z_enclave_3'], allow: true }),
  },
  {
    query: /* graphql */ `# Launches a session. network null is Auto. Placement errors come back at once
# (NETWORK_NOT_ALLOWED, NO_CAPACITY with each agent's reason); the container then starts
# in the background: watch it in the next tab.
mutation Launch($workspaceId: ID!, $network: String) {
  launchSession(input: { workspaceId: $workspaceId, network: $network }) {
    id
    status
    network
    agent { name }
  }
}
`,
    variables: json({ workspaceId: 'WORKSPACE_ID', network: null }),
  },
  {
    query: /* graphql */ `# Streams status changes over WebSocket (graphql-ws): of one session, or of all
# yours when sessionId is null. Launch or destroy a session in another tab to see events.
subscription WatchSessions($sessionId: ID) {
  sessionStatusChanged(sessionId: $sessionId) {
    id
    status
    statusReason
    network
    agent { name }
    updatedAt
  }
}
`,
    variables: json({ sessionId: null }),
  },
  {
    query: /* graphql */ `# Opens a RUNNING session in the browser: the URL works once, for about a minute, on
# the session's own host (<session id>.sessions.localhost here). Its workspace needs a
# connect port (createWorkspace / updateWorkspace: connect: { port: 8080 }); wait for
# ready: true (sessionStatusChanged says when) for a page that answers.
mutation Open($id: ID!) {
  connectSession(id: $id) {
    url
    expiresAt
  }
}
`,
    variables: json({ id: 'SESSION_ID' }),
  },
];
