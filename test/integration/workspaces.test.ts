import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { CreateWorkspace } from '../harness/operations.js';
import { startTestServer, type TestServer } from '../harness/server.js';

const CreateChrome = graphql(`
  mutation WorkspacesCreateChrome {
    createWorkspace(input: { name: "chrome", image: "kasmweb/chrome:1.14", command: ["run"], env: [{ key: "A", value: "1" }] }) { id }
  }
`);
const WorkspaceIds = graphql(`query WorkspacesIds { workspaces { id } }`);
const Restrict = graphql(`
  mutation WorkspacesRestrict($id: ID!, $n: [String!]!) {
    restrictWorkspaceToNetworks(id: $id, networks: $n, allowNetworkSelection: true) { id }
  }
`);
const Networks = graphql(`query WorkspacesNetworks($id: ID!) { workspace(id: $id) { networks restrictToNetworks } }`);
const UpdateCores = graphql(`mutation WorkspacesUpdateCores($id: ID!) { updateWorkspace(id: $id, input: { cores: 2 }) { id } }`);
const Update = graphql(`
  mutation WorkspacesUpdate($id: ID!) {
    updateWorkspace(id: $id, input: { cores: 2, memoryMb: 1024, zone: "enclave-2", enabled: false }) { cores memoryMb zone enabled image }
  }
`);
const RestrictTwo = graphql(`
  mutation WorkspacesRestrictTwo($id: ID!) {
    restrictWorkspaceToNetworks(id: $id, networks: ["z_enclave_2", "z_enclave_3", "z_enclave_2"], allowNetworkSelection: true) {
      networks restrictToNetworks allowNetworkSelection launchOptions { choices { network available agentCount } }
    }
  }
`);
const Lift = graphql(`
  mutation WorkspacesLift($id: ID!) {
    restrictWorkspaceToNetworks(id: $id, networks: [], allowNetworkSelection: false) { restrictToNetworks networks }
  }
`);

describe('workspaces: bad input is refused and nothing is written', () => {
  let server: TestServer;
  let id: string;
  beforeAll(async () => {
    server = await startTestServer('pglite');
    ({ createWorkspace: { id } } = await server.data(CreateChrome));
  });
  afterAll(() => server?.stop());

  const count = async () => (await server.data(WorkspaceIds)).workspaces.length;

  it.each([
    ['an empty name', { name: '', image: 'busybox' }, 'BAD_USER_INPUT'],
    ['a name too long', { name: 'x'.repeat(101), image: 'busybox' }, 'BAD_USER_INPUT'],
    ['an uppercase image', { name: 'w1', image: 'BusyBox' }, 'BAD_USER_INPUT'],
    ['an image with spaces', { name: 'w2', image: 'busy box' }, 'BAD_USER_INPUT'],
    ['negative cores', { name: 'w3', image: 'busybox', cores: -1 }, 'BAD_USER_INPUT'],
    ['zero cores', { name: 'w4', image: 'busybox', cores: 0 }, 'BAD_USER_INPUT'],
    ['too little memory', { name: 'w5', image: 'busybox', memoryMb: 2 }, 'BAD_USER_INPUT'],
    ['a bad env key', { name: 'w6', image: 'busybox', env: [{ key: '1BAD', value: 'x' }] }, 'BAD_USER_INPUT'],
    ['a bad zone', { name: 'w7', image: 'busybox', zone: 'no spaces please' }, 'BAD_USER_INPUT'],
    ['a taken name', { name: 'chrome', image: 'busybox' }, 'CONFLICT'],
  ])('createWorkspace with %s', async (_, input, code) => {
    const before = await count();
    const { errors } = await server.gql(CreateWorkspace, { input });
    expect(errors?.[0]?.extensions?.code).toBe(code);
    expect(errors?.[0]?.message.length).toBeGreaterThan(20);
    expect(await count()).toBe(before);
  });

  it.each([
    ['a network name with a space', ['z ok'], 'BAD_USER_INPUT'],
    ["Docker's own network", ['host'], 'BAD_USER_INPUT'],
    ['too many networks', Array.from({ length: 51 }, (_, i) => `z_${i}`), 'BAD_USER_INPUT'],
  ])('restrictWorkspaceToNetworks with %s', async (_, networks, code) => {
    const { errors } = await server.gql(Restrict, { id, n: networks });
    expect(errors?.[0]?.extensions?.code).toBe(code);
    const { workspace } = await server.data(Networks, { id });
    expect(workspace).toEqual({ networks: [], restrictToNetworks: false });
  });

  it.each([
    ['a malformed id', 'not-a-uuid', 'BAD_USER_INPUT'],
    ['an unknown id', '00000000-0000-4000-8000-000000000000', 'NOT_FOUND'],
  ])('updateWorkspace with %s', async (_, wid, code) => {
    const { errors } = await server.gql(UpdateCores, { id: wid });
    expect(errors?.[0]?.extensions?.code).toBe(code);
  });

  it('updates, restricts and lifts a restriction', async () => {
    const { updateWorkspace } = await server.data(Update, { id });
    expect(updateWorkspace).toEqual({ cores: 2, memoryMb: 1024, zone: 'enclave-2', enabled: false, image: 'kasmweb/chrome:1.14' });
    const restricted = await server.data(RestrictTwo, { id });
    expect(restricted.restrictWorkspaceToNetworks).toEqual({
      networks: ['z_enclave_2', 'z_enclave_3'],
      restrictToNetworks: true,
      allowNetworkSelection: true,
      launchOptions: {
        choices: [
          { network: null, available: false, agentCount: 0 },
          { network: 'z_enclave_2', available: false, agentCount: 0 },
          { network: 'z_enclave_3', available: false, agentCount: 0 },
        ],
      },
    });
    const lifted = await server.data(Lift, { id });
    expect(lifted.restrictWorkspaceToNetworks).toEqual({ restrictToNetworks: false, networks: [] });
  });
});
