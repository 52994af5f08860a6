import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { databaseKinds } from '../harness/database.js';
import { graphql } from '../__generated__/gql.js';
import { startTestServer, type TestServer } from '../harness/server.js';

graphql(`
  fragment DiscoveryAgentFields on Agent {
    id name endpoint zone enabled status dockerVersion lastSeenAt tls
    capacity { cores memoryMb maxSessions usedCores usedMemoryMb sessionCount }
  }
`);
graphql(`
  fragment DiscoveryNetworkFields on Network {
    id dockerId name driver internal subnets discoveredAt removedAt warnings agent { id name }
  }
`);
const Register = graphql(`
  mutation DiscoveryRegister($input: RegisterAgentInput!) {
    registerAgent(input: $input) { ...DiscoveryAgentFields networks { name } }
  }
`);
const AgentNames = graphql(`query DiscoveryAgentNames { agents { name } }`);
const ZoneAgentNames = graphql(`query DiscoveryZoneAgentNames { agents(zone: "enclave-2") { name } }`);
const AgentIds = graphql(`query DiscoveryAgentIds { agents { id } }`);
const NetworkDiscovered = graphql(`
  subscription DiscoveryNetworkDiscovered($a: ID) { networkDiscovered(agentId: $a) { ...DiscoveryNetworkFields } }
`);
const NetworkRemoved = graphql(`
  subscription DiscoveryNetworkRemoved($a: ID) { networkRemoved(agentId: $a) { ...DiscoveryNetworkFields } }
`);
const LiveNetworks = graphql(`query DiscoveryLiveNetworks($a: ID) { networks(agentId: $a) { name } }`);
const AllNetworks = graphql(`query DiscoveryAllNetworks($a: ID) { networks(agentId: $a, includeRemoved: true) { name removedAt } }`);
const AgentStatusChanged = graphql(`
  subscription DiscoveryAgentStatusChanged($a: ID) { agentStatusChanged(agentId: $a) { id status } }
`);
const NetworkNamesDiscovered = graphql(`subscription DiscoveryNetworkNames($a: ID) { networkDiscovered(agentId: $a) { name } }`);
const AgentNetworks = graphql(`query DiscoveryAgentNetworks($id: ID!) { agent(id: $id) { status networks { name } } }`);
const CreateInZone3 = graphql(`
  mutation DiscoveryCreateInZone3 { createNetwork(input: { name: "z_enclave_3", zone: "enclave-3" }) { ...DiscoveryNetworkFields } }
`);
const CreateShared = graphql(`
  mutation DiscoveryCreateShared {
    createNetwork(input: { name: "z_shared", zone: "enclave-2", internal: true }) { id name internal agent { name } }
  }
`);
const CreateSharedAgain = graphql(`mutation DiscoveryCreateSharedAgain { createNetwork(input: { name: "z_shared", zone: "enclave-2" }) { id } }`);
const OfflineStatus = graphql(`subscription DiscoveryOfflineStatus($a: ID) { agentStatusChanged(agentId: $a) { status } }`);
const AgentStatus = graphql(`query DiscoveryAgentStatus($id: ID!) { agent(id: $id) { status } }`);
const CreatePartial = graphql(`
  mutation DiscoveryCreatePartial($ids: [ID!]) { createNetwork(input: { name: "z_partial", agentIds: $ids }) { id } }
`);
const PartialNetworks = graphql(`query DiscoveryPartialNetworks { networks(name: "z_partial") { id } }`);
const CreateBadName = graphql(`mutation DiscoveryCreateBadName { createNetwork(input: { name: "bad name", zone: "enclave-2" }) { id } }`);
const UpdateAgent = graphql(`
  mutation DiscoveryUpdateAgent($id: ID!) {
    updateAgent(id: $id, input: { enabled: false, zone: "other", capacity: { maxSessions: 3, cores: 2 } }) {
      enabled zone capacity { maxSessions cores }
    }
  }
`);
const UpdateUnknownAgent = graphql(`mutation DiscoveryUpdateUnknownAgent { updateAgent(id: "nope", input: { enabled: true }) { id } }`);
const RemoveAgent = graphql(`mutation DiscoveryRemoveAgent($id: ID!) { removeAgent(id: $id) }`);
const AgentId = graphql(`query DiscoveryAgentId($id: ID!) { agent(id: $id) { id } }`);
const AgentNetworkIds = graphql(`query DiscoveryAgentNetworkIds($a: ID) { networks(agentId: $a) { id } }`);

describe.each(databaseKinds)('agents and discovery on real Docker daemons (%s)', (kind) => {
  let server: TestServer;
  const daemons: Dockerd[] = [];
  const agentIds: string[] = [];

  beforeAll(async () => {
    daemons.push(...(await Promise.all(['agent-1', 'agent-2', 'agent-3'].map((name) => startDockerd(name)))));
    server = await startTestServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
    await Promise.all(daemons.map((d) => d.stop()));
  });

  const register = (name: string, endpoint: string, zone?: string) =>
    server.gql(Register, { input: { name, endpoint, zone } });

  it('registers agents: pings the daemon, reads /info, creates the default network', async () => {
    const zones = ['enclave-2', 'enclave-2', 'enclave-3'];
    for (const [i, daemon] of daemons.entries()) {
      const { data, errors } = await register(daemon.name, daemon.endpoint, zones[i]);
      expect(errors).toBeUndefined();
      const agent = data!.registerAgent;
      expect(agent).toMatchObject({ name: daemon.name, endpoint: daemon.endpoint, zone: zones[i], enabled: true, status: 'ONLINE', tls: false });
      expect(agent.dockerVersion).toMatch(/^\d+\.\d+/);
      expect(agent.capacity.cores).toBeGreaterThan(0);
      expect(agent.capacity.memoryMb).toBeGreaterThan(0);
      expect(agent.capacity.sessionCount).toBe(0);
      expect(agent.networks.map((n) => n.name)).toEqual(['enclave_default']);
      agentIds.push(agent.id);
    }
    expect(await daemons[0]!.docker('network', 'ls', '--format', '{{.Name}}')).toContain('enclave_default');
    const { agents } = await server.data(AgentNames);
    expect(agents.map((a) => a.name)).toEqual(['agent-1', 'agent-2', 'agent-3']);
    const { agents: zone2 } = await server.data(ZoneAgentNames);
    expect(zone2).toHaveLength(2);
  });

  it('refuses bad registrations and stores nothing', async () => {
    const cases: [string, string, string][] = [
      ['not a url', 'x1', 'BAD_USER_INPUT'],
      ['tcp://192.0.2.10:2375', 'x2', 'BAD_USER_INPUT'],
      ['unix:///nonexistent/docker.sock', 'x3', 'AGENT_UNREACHABLE'],
      [daemons[0]!.endpoint, 'agent-1', 'CONFLICT'],
      [daemons[0]!.endpoint, 'another-name', 'CONFLICT'],
      ['unix:///var/run/x.sock', 'bad name!', 'BAD_USER_INPUT'],
    ];
    for (const [endpoint, name, code] of cases) {
      const { errors } = await register(name, endpoint);
      expect(errors?.[0]?.extensions?.code, `${name} ${endpoint}`).toBe(code);
      expect(errors?.[0]?.message.length).toBeGreaterThan(20);
    }
    const { agents } = await server.data(AgentNames);
    expect(agents).toHaveLength(3);
  });

  it('needs a valid token for everything', async () => {
    for (const token of [null, 'wrong-token-wrong-token']) {
      const { errors } = await server.gql(AgentIds, {}, token);
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('pushes a network created with the docker CLI, and its removal', async () => {
    const [agentId] = agentIds;
    const discovered = server.subscribe(NetworkDiscovered, { a: agentId });
    const removed = server.subscribe(NetworkRemoved, { a: agentId });
    await Promise.all([discovered.ready, removed.ready]);

    const dockerId = await daemons[0]!.docker('network', 'create', 'z_enclave_2');
    const { data } = await discovered.next((r) => r.data?.networkDiscovered.name === 'z_enclave_2');
    expect(data!.networkDiscovered).toMatchObject({ dockerId, driver: 'bridge', internal: false, removedAt: null, warnings: [], agent: { id: agentId } });
    expect(data!.networkDiscovered.subnets[0]).toMatch(/^10\.\d+\.\d+\.0\/24$/);

    await daemons[0]!.docker('network', 'create', '--internal', 'abc');
    const abc = await discovered.next((r) => r.data?.networkDiscovered.name === 'abc');
    expect(abc.data!.networkDiscovered.internal).toBe(true);
    expect(abc.data!.networkDiscovered.warnings[0]).toContain('sorts before the default network');

    await daemons[0]!.docker('network', 'rm', 'abc');
    const gone = await removed.next((r) => r.data?.networkRemoved.name === 'abc');
    expect(gone.data!.networkRemoved.removedAt).not.toBeNull();

    const live = await server.data(LiveNetworks, { a: agentId });
    expect(live.networks.map((n) => n.name)).toEqual(['enclave_default', 'z_enclave_2']);
    const all = await server.data(AllNetworks, { a: agentId });
    expect(all.networks.map((n) => n.name).sort()).toEqual(['abc', 'enclave_default', 'z_enclave_2']);
    discovered.close();
    removed.close();
  });

  it('marks a killed agent OFFLINE at once, and resyncs it when it returns', async () => {
    const agentId = agentIds[1]!;
    const daemon = daemons[1]!;
    await daemon.docker('network', 'create', 'z_before');
    const status = server.subscribe(AgentStatusChanged, { a: agentId });
    const discovered = server.subscribe(NetworkNamesDiscovered, { a: agentId });
    await Promise.all([status.ready, discovered.ready]);

    const killedAt = Date.now();
    await daemon.kill('SIGKILL');
    await status.next((r) => r.data?.agentStatusChanged.status === 'OFFLINE', 3000);
    expect(Date.now() - killedAt).toBeLessThan(3000);

    await daemon.start();
    // Made before Enclave reconnects (it backs off), so only the resync on reconnect can find it.
    await daemon.docker('network', 'create', 'z_meanwhile');
    await status.next((r) => r.data?.agentStatusChanged.status === 'ONLINE', 15_000);
    await discovered.next((r) => r.data?.networkDiscovered.name === 'z_meanwhile');
    const { agent } = await server.data(AgentNetworks, { id: agentId });
    expect(agent?.status).toBe('ONLINE');
    expect(agent?.networks.map((n) => n.name)).toEqual(['enclave_default', 'z_before', 'z_meanwhile']);
    status.close();
    discovered.close();
  });

  it('creates a network on every agent of a zone in one call', async () => {
    const { data, errors } = await server.gql(CreateInZone3);
    expect(errors).toBeUndefined();
    expect(data!.createNetwork.map((n) => n.agent.name)).toEqual(['agent-3']);
    expect(await daemons[2]!.docker('network', 'ls', '--format', '{{.Name}}')).toContain('z_enclave_3');

    const zone2 = await server.gql(CreateShared);
    expect(zone2.errors).toBeUndefined();
    expect(zone2.data!.createNetwork.map((n) => n.agent.name).sort()).toEqual(['agent-1', 'agent-2']);
    for (const daemon of daemons.slice(0, 2))
      expect(await daemon.docker('network', 'inspect', 'z_shared', '--format', '{{.Internal}}')).toBe('true');

    // Again: what exists already is returned, not duplicated.
    const again = await server.gql(CreateSharedAgain);
    expect(again.data!.createNetwork.map((n) => n.id).sort()).toEqual(zone2.data!.createNetwork.map((n) => n.id).sort());
  });

  it('creates on all agents or none, naming each agent that failed', async () => {
    await daemons[2]!.kill('SIGKILL');
    const offline = server.subscribe(OfflineStatus, { a: agentIds[2] });
    await offline.ready;
    const { data: check } = await server.gql(AgentStatus, { id: agentIds[2]! });
    if (check?.agent?.status !== 'OFFLINE') await offline.next((r) => r.data?.agentStatusChanged.status === 'OFFLINE', 3000);

    const { errors } = await server.gql(CreatePartial, { ids: [agentIds[0]!, agentIds[2]!] });
    expect(errors?.[0]?.extensions?.code).toBe('AGENT_UNREACHABLE');
    expect(errors?.[0]?.extensions?.['failures']).toEqual([expect.objectContaining({ agentId: agentIds[2], agent: 'agent-3' })]);
    expect(await daemons[0]!.docker('network', 'ls', '--format', '{{.Name}}')).not.toContain('z_partial');
    const { networks } = await server.data(PartialNetworks);
    expect(networks).toEqual([]);

    const bad = await server.gql(CreateBadName);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    offline.close();
    await daemons[2]!.start();
  });

  it('updates and removes agents', async () => {
    const updated = await server.data(UpdateAgent, { id: agentIds[0]! });
    expect(updated.updateAgent).toEqual({ enabled: false, zone: 'other', capacity: { maxSessions: 3, cores: 2 } });
    const { errors } = await server.gql(UpdateUnknownAgent);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    expect((await server.data(RemoveAgent, { id: agentIds[0]! })).removeAgent).toBe(agentIds[0]);
    const { agent } = await server.data(AgentId, { id: agentIds[0]! });
    expect(agent).toBeNull();
    const { networks } = await server.data(AgentNetworkIds, { a: agentIds[0] });
    expect(networks).toEqual([]);
  });
});
