// Enclave networks laid out across a zone, on real daemons and a real L2 segment made by the test (a bridge and veth
// pairs): a macvlan network carved into one range per agent, sessions on each, spread, drift and repair.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { databaseKinds } from '../harness/database.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { CreateWorkspace, DestroySession, LaunchSession, RegisterAgent, RestrictWorkspace } from '../harness/operations.js';
import { makeSegment, type Segment } from '../harness/segment.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { until } from '../harness/until.js';

graphql(`
  fragment ZoneNetworkFields on Network {
    id
    name
    driver
    subnets
    gateway
    ipRange
    parent
    options {
      key
      value
    }
    agent {
      id
      name
    }
  }
`);
const Create = graphql(`
  mutation ZoneCreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      ...ZoneNetworkFields
    }
  }
`);
const Spread = graphql(`
  query ZoneSpread($zone: String) {
    networkSpread(zone: $zone) {
      name
      zone
      present {
        ...ZoneNetworkFields
      }
      missing {
        id
        name
      }
      conflicts
    }
  }
`);
const Repair = graphql(`
  mutation ZoneRepair($name: String!, $zone: String) {
    repairNetwork(name: $name, zone: $zone) {
      ...ZoneNetworkFields
    }
  }
`);
const Preview = graphql(`
  query ZonePreview($input: CreateNetworkInput!) {
    previewNetwork(input: $input) {
      agent {
        name
      }
      exists
      driver
      subnet
      gateway
      ipRange
      parent
    }
  }
`);
const Networks = graphql(`
  query ZoneNetworks($name: String) {
    networks(name: $name) {
      ...ZoneNetworkFields
    }
  }
`);
const OneSession = graphql(`
  query ZoneSession($id: ID!) {
    session(id: $id) {
      status
      statusReason
      containerId
      agent {
        name
      }
    }
  }
`);
const MaxSessions = graphql(`
  mutation ZoneMaxSessions($id: ID!) {
    updateAgent(id: $id, input: { capacity: { maxSessions: 1 } }) {
      id
    }
  }
`);

interface Inspected {
  NetworkSettings: { Networks: Record<string, { IPAddress: string }> };
}
interface InspectedNetwork {
  IPAM: { Config: { Subnet: string; Gateway?: string; IPRange?: string }[] };
  Options: Record<string, string>;
}

/** The IPv4 address as a number, and whether it lies in `cidr`. */
const toNumber = (address: string) => address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const inRange = (address: string, cidr: string) => {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  return toNumber(address) >= toNumber(base!) && toNumber(address) < toNumber(base!) + size;
};

describe.each(databaseKinds)('networks laid out across a zone (%s)', (kind) => {
  let server: TestServer;
  let segment: Segment;
  const daemons: Record<string, Dockerd> = {};
  const ids: Record<string, string> = {};
  let image = '';

  const register = async (name: string, zone: string) => {
    const { registerAgent } = await server.data(RegisterAgent, { input: { name, endpoint: daemons[name]!.endpoint, zone } });
    ids[name] = registerAgent.id;
  };
  const spreadOf = async (name: string, zone = 'lab') => (await server.data(Spread, { zone })).networkSpread.find((s) => s.name === name);
  /** The ids of the daemon's networks named `name` (empty: none). */
  const networkIdsOn = (daemon: string, name: string) => daemons[daemon]!.docker('network', 'ls', '-q', '--filter', `name=${name}`);
  const inspectNetwork = async (daemon: string, name: string) =>
    (JSON.parse(await daemons[daemon]!.docker('network', 'inspect', name)) as InspectedNetwork[])[0]!;

  beforeAll(async () => {
    segment = makeSegment(3);
    const started = await Promise.all(['n1', 'n2', 'n3', 'n4'].map((name) => startDockerd(name)));
    for (const daemon of started) daemons[daemon.name] = daemon;
    image = (await Promise.all(started.map((d) => d.importBusybox())))[0]!;
    server = await startTestServer(kind, { ENCLAVE_DOCKER_TIMEOUT_MS: '5000', ENCLAVE_STOP_GRACE_S: '2' });
    await register('n1', 'lab');
    await register('n2', 'lab');
    await register('n4', 'other');
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await Promise.all(Object.values(daemons).map((d) => d.stop()));
    segment?.remove();
  });

  it('carves a macvlan subnet into one range per agent, each on its own parent, and records what the daemons report', async () => {
    const [p0, p1] = segment.parents;
    const input = {
      name: 'z_lab',
      driver: 'macvlan',
      zone: 'lab',
      ipam: { subnet: '192.168.231.0/24', gateway: '192.168.231.1', auxAddresses: [{ key: 'printer', value: '192.168.231.2' }] },
      parent: p0,
      perAgent: [{ agentId: ids['n2']!, parent: p1! }],
    };
    // The preview says what will be made, and makes nothing.
    const { previewNetwork } = await server.data(Preview, { input });
    expect(previewNetwork.map((p) => [p.agent.name, p.exists, p.ipRange, p.parent]).sort()).toEqual([
      ['n1', false, '192.168.231.64/26', p0],
      ['n2', false, '192.168.231.128/26', p1],
    ]);
    expect(await networkIdsOn('n1', 'z_lab')).toBe('');
    const { createNetwork } = await server.data(Create, { input });
    const byAgent = Object.fromEntries(createNetwork.map((n) => [n.agent.name, n]));
    expect(byAgent['n1']).toMatchObject({
      driver: 'macvlan',
      subnets: ['192.168.231.0/24'],
      gateway: '192.168.231.1',
      ipRange: '192.168.231.64/26',
      parent: p0,
    });
    expect(byAgent['n2']).toMatchObject({ ipRange: '192.168.231.128/26', parent: p1 });
    expect(byAgent['n1']!.options).toContainEqual({ key: 'parent', value: p0 });
    // What the daemons themselves hold.
    const inspected = await inspectNetwork('n2', 'z_lab');
    expect(inspected.IPAM.Config[0]).toMatchObject({ Subnet: '192.168.231.0/24', Gateway: '192.168.231.1', IPRange: '192.168.231.128/26' });
    expect(inspected.Options.parent).toBe(p1);
    expect(await spreadOf('z_lab')).toMatchObject({ zone: 'lab', missing: [], conflicts: [] });
  });

  it('shows an agent joining the zone as missing at once, and repair gives it a fresh range of the same size', async () => {
    await register('n3', 'lab');
    expect((await spreadOf('z_lab'))!.missing.map((a) => a.name)).toEqual(['n3']);
    const { repairNetwork } = await server.data(Repair, { name: 'z_lab', zone: 'lab' });
    expect(repairNetwork.map((n) => [n.agent.name, n.ipRange]).sort()).toEqual([
      ['n1', '192.168.231.64/26'],
      ['n2', '192.168.231.128/26'],
      ['n3', '192.168.231.192/26'],
    ]);
    expect(repairNetwork.find((n) => n.agent.name === 'n3')!.parent).toBe(segment.parents[0]);
    expect(await spreadOf('z_lab')).toMatchObject({ missing: [], conflicts: [] });
    // A second repair has nothing to do; the other zone never saw the network.
    expect((await server.data(Repair, { name: 'z_lab', zone: 'lab' })).repairNetwork).toHaveLength(3);
    expect(await spreadOf('z_lab', 'other')).toBeUndefined();
  });

  it('gives a session on each agent an address of that agent’s range, three distinct addresses on one segment', async () => {
    const { createWorkspace } = await server.data(CreateWorkspace, {
      input: { name: 'lab-shell', image, command: ['sh', '-c', "trap 'exit 0' TERM; sleep 3600 & wait"], cores: 0.1, memoryMb: 32 },
    });
    await server.data(RestrictWorkspace, { id: createWorkspace.id, networks: ['z_lab'], allowNetworkSelection: false });
    for (const name of ['n1', 'n2', 'n3']) await server.data(MaxSessions, { id: ids[name]! });
    const launched: string[] = [];
    for (let i = 0; i < 3; i++) launched.push((await server.data(LaunchSession, { input: { workspaceId: createWorkspace.id } })).launchSession.id);
    const sessions = await Promise.all(
      launched.map((id) =>
        until(`session ${id} RUNNING`, async () => {
          const { session } = await server.data(OneSession, { id });
          return session?.status === 'RUNNING' && session;
        }),
      ),
    );
    const ranges = Object.fromEntries((await server.data(Networks, { name: 'z_lab' })).networks.map((n) => [n.agent.name, n.ipRange!]));
    const addresses = await Promise.all(
      sessions.map(async (s) => {
        const [container] = JSON.parse(await daemons[s.agent!.name]!.docker('inspect', s.containerId!)) as Inspected[];
        const address = container!.NetworkSettings.Networks['z_lab']!.IPAddress;
        expect(inRange(address, ranges[s.agent!.name]!), `${address} in ${ranges[s.agent!.name]}`).toBe(true);
        return address;
      }),
    );
    expect(new Set(sessions.map((s) => s.agent!.name))).toEqual(new Set(['n1', 'n2', 'n3']));
    expect(new Set(addresses).size).toBe(3);
    await Promise.all(launched.map((id) => server.data(DestroySession, { id })));
    await until('sessions stopped', async () => {
      const states = await Promise.all(launched.map(async (id) => (await server.data(OneSession, { id })).session?.status));
      return states.every((s) => s === 'STOPPED');
    });
  });

  it('refuses a range that overlaps another network on the same parent, and makes nothing', async () => {
    const response = await server.gql(Create, {
      input: {
        name: 'z_overlap',
        driver: 'macvlan',
        agentIds: [ids['n1']!],
        ipam: { subnet: '192.168.231.0/24', gateway: '192.168.231.1' },
        perAgent: [{ agentId: ids['n1']!, parent: segment.parents[0], ipRange: '192.168.231.96/27' }],
      },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(response.errors?.[0]?.message).toContain('overlaps network "z_lab" (192.168.231.64/26)');
    expect(await networkIdsOn('n1', 'z_overlap')).toBe('');
  });

  it('refuses a subnet too small for the agents with a message that says what fits, and makes nothing', async () => {
    const response = await server.gql(Create, {
      input: {
        name: 'z_tiny',
        driver: 'macvlan',
        zone: 'lab',
        ipam: { subnet: '192.168.233.0/29', gateway: '192.168.233.1' },
        parent: segment.parents[2],
      },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/192\.168\.233\.0\/29 has room for 1 range .* not 3/);
    for (const name of ['n1', 'n2', 'n3']) expect(await networkIdsOn(name, 'z_tiny')).toBe('');
  });

  it('undoes every agent when one refuses (an interface that is not there)', async () => {
    const response = await server.gql(Create, {
      input: {
        name: 'z_half',
        driver: 'macvlan',
        zone: 'lab',
        ipam: { subnet: '192.168.234.0/24', gateway: '192.168.234.1' },
        parent: segment.parents[2],
        perAgent: [{ agentId: ids['n2']!, parent: 'nosuchif0' }],
      },
    });
    const failures = response.errors?.[0]?.extensions?.failures as { agent: string }[];
    expect(failures.map((f) => f.agent)).toEqual(['n2']);
    for (const name of ['n1', 'n2', 'n3']) expect(await networkIdsOn(name, 'z_half')).toBe('');
  });

  it('reports drift made by hand: a removed copy is missing, a copy with an overlapping range conflicts', async () => {
    await daemons['n3']!.docker('network', 'rm', 'z_lab');
    await until('n3 missing z_lab', async () => (await spreadOf('z_lab'))?.missing.some((a) => a.name === 'n3'));
    await daemons['n3']!.docker(
      'network',
      'create',
      '-d',
      'macvlan',
      '--subnet',
      '192.168.231.0/24',
      '--gateway',
      '192.168.231.1',
      '--ip-range',
      '192.168.231.64/27',
      '-o',
      `parent=${segment.parents[2]}`,
      'z_lab',
    );
    const spread = await until('the overlap reported', async () => {
      const found = await spreadOf('z_lab');
      return found?.missing.length === 0 && found.conflicts.length > 0 && found;
    });
    // Discovery records what the daemon reports of a network made by hand.
    expect(spread.present.find((n) => n.agent.name === 'n3')).toMatchObject({
      subnets: ['192.168.231.0/24'],
      gateway: '192.168.231.1',
      ipRange: '192.168.231.64/27',
      parent: segment.parents[2],
    });
    expect(spread.conflicts).toContain('192.168.231.64/26 (n1) overlaps 192.168.231.64/27 (n3)');
    expect(spread.conflicts).toContain(`n3 has parent ${segment.parents[2]}, made with ${segment.parents[0]}`);
  });

  it('repairs a copy removed by hand with a fresh range on the parent it was made with', async () => {
    await daemons['n3']!.docker('network', 'rm', 'z_lab');
    await until('n3 missing z_lab', async () => (await spreadOf('z_lab'))?.missing.some((a) => a.name === 'n3'));
    const { repairNetwork } = await server.data(Repair, { name: 'z_lab', zone: 'lab' });
    expect(repairNetwork.find((n) => n.agent.name === 'n3')).toMatchObject({ ipRange: '192.168.231.192/26', parent: segment.parents[0] });
    expect(await spreadOf('z_lab')).toMatchObject({ missing: [], conflicts: [] });
  });

  it('creates an ipvlan network, and a session on it fails with the reason where the kernel has no ipvlan', async () => {
    const { createNetwork } = await server.data(Create, {
      input: {
        name: 'z_ipvlan',
        driver: 'ipvlan',
        agentIds: [ids['n1']!],
        parent: segment.parents[1],
        options: [{ key: 'ipvlan_mode', value: 'l2' }],
      },
    });
    expect(createNetwork[0]).toMatchObject({ driver: 'ipvlan', parent: segment.parents[1] });
    expect(createNetwork[0]!.options).toContainEqual({ key: 'ipvlan_mode', value: 'l2' });
    const { createWorkspace } = await server.data(CreateWorkspace, {
      input: { name: 'ipvlan-shell', image, command: ['sleep', '3600'], cores: 0.1, memoryMb: 32 },
    });
    await server.data(RestrictWorkspace, { id: createWorkspace.id, networks: ['z_ipvlan'], allowNetworkSelection: false });
    const { launchSession } = await server.data(LaunchSession, { input: { workspaceId: createWorkspace.id } });
    const ended = await until('the ipvlan session ended', async () => {
      const { session } = await server.data(OneSession, { id: launchSession.id });
      return (session?.status === 'FAILED' || session?.status === 'RUNNING') && session;
    });
    expect(ended.status).toBe('FAILED');
    expect(ended.statusReason).toBe(
      "agent n1: Docker refused: start container: failed to create the ipvlan port: operation not supported (the agent's kernel has no ipvlan support: load its module there, or use another driver)",
    );
    expect(await daemons['n1']!.docker('ps', '-aq', '--filter', 'label=io.enclave.session')).toBe('');
  });

  it('carves an IPv6 subnet the same way', async () => {
    const { createNetwork } = await server.data(Create, {
      input: {
        name: 'z_lab6',
        driver: 'macvlan',
        agentIds: [ids['n1']!, ids['n2']!],
        ipam: { subnet: 'fd00:231::/64', gateway: 'fd00:231::1' },
        // Docker 20.10 puts one macvlan network on a parent per daemon: z_lab holds the other two.
        parent: segment.parents[2],
      },
    });
    expect(createNetwork.map((n) => [n.agent.name, n.ipRange]).sort()).toEqual([
      ['n1', 'fd00:231:0:0:4000::/66'],
      ['n2', 'fd00:231:0:0:8000::/66'],
    ]);
    // Docker 20.10 adds an IPv4 config of its own to every network: the IPv6 one is beside it.
    expect((await inspectNetwork('n2', 'z_lab6')).IPAM.Config).toContainEqual(
      expect.objectContaining({ Subnet: 'fd00:231::/64', Gateway: 'fd00:231::1', IPRange: 'fd00:231:0:0:8000::/66' }),
    );
  });

  it('passes bridge settings through: one subnet on each agent (bridges share no segment), driver options as given', async () => {
    const { createNetwork } = await server.data(Create, {
      input: {
        name: 'z_snat',
        zone: 'lab',
        ipam: { subnet: '192.168.235.0/24' },
        options: [{ key: 'com.docker.network.bridge.host_binding_ipv4', value: '127.0.0.1' }],
      },
    });
    expect(createNetwork.map((n) => [n.subnets, n.ipRange])).toEqual([
      [['192.168.235.0/24'], null],
      [['192.168.235.0/24'], null],
      [['192.168.235.0/24'], null],
    ]);
    expect((await inspectNetwork('n1', 'z_snat')).Options['com.docker.network.bridge.host_binding_ipv4']).toBe('127.0.0.1');
  });

  it("repairs a network someone made by hand on one agent with that copy's settings", async () => {
    await daemons['n1']!.docker('network', 'create', '-o', 'com.docker.network.bridge.enable_icc=false', 'z_handmade');
    await until('z_handmade discovered', async () => (await spreadOf('z_handmade'))?.present.length === 1);
    const { repairNetwork } = await server.data(Repair, { name: 'z_handmade', zone: 'lab' });
    expect(repairNetwork.map((n) => n.agent.name).sort()).toEqual(['n1', 'n2', 'n3']);
    expect((await inspectNetwork('n3', 'z_handmade')).Options['com.docker.network.bridge.enable_icc']).toBe('false');
    const missing = await server.gql(Repair, { name: 'z_nowhere', zone: 'lab' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
