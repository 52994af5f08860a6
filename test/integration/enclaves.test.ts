// The seed's enclaves as a rule, on four real Docker daemons: a1 has only the default network, a2 and a3 are enclave 2
// (z_enclave_2), a4 is enclave 3 (z_enclave_3). One workspace may run in both enclaves and is limited to the groups
// enclave-2 and enclave-3, each group limited to its enclave's network. What a member sees, where their launches land
// and what they are refused follows from their groups; someone in neither group does not see the workspace at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import type { EnclavesLaunchOptionsChangedSubscription } from '../__generated__/graphql.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import type { GraphQLResponse } from '../harness/graphql.js';
import {
  CreateApiKey,
  CreateGroup,
  CreateNetwork,
  CreateUser,
  CreateWorkspace,
  DestroySession,
  RegisterAgent,
  RestrictWorkspace,
} from '../harness/operations.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import type { Subscription } from '../harness/subscription.js';
import { until } from '../harness/until.js';

// A container that exits 0 on SIGTERM (busybox sleep as PID 1 would ignore it).
const command = ['sh', '-c', "trap 'exit 0' TERM; sleep 3600 & wait"];

const Workspaces = graphql(`
  query EnclavesWorkspaces {
    workspaces {
      id name networks groups
      launchOptions { allowNetworkSelection choices { network label available agentCount } }
    }
  }
`);
const WorkspaceById = graphql(`query EnclavesWorkspace($id: ID!) { workspace(id: $id) { id } }`);
const Launch = graphql(`
  mutation EnclavesLaunch($input: LaunchSessionInput!) { launchSession(input: $input) { id network agent { name } } }
`);
const SessionState = graphql(`query EnclavesSession($id: ID!) { session(id: $id) { status statusReason containerId network agent { name } } }`);
const ActiveSessions = graphql(`query EnclavesActiveSessions { sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, STOPPING]) { id } }`);
const LaunchOptionsChanged = graphql(`
  subscription EnclavesLaunchOptionsChanged($id: ID!) {
    launchOptionsChanged(workspaceId: $id) { choices { network available agentCount } }
  }
`);
const LimitWorkspace = graphql(`
  mutation EnclavesLimitWorkspace($id: ID!, $groups: [String!]!) { updateWorkspace(id: $id, input: { groups: $groups }) { id groups } }
`);
const EnableAgent = graphql(`
  mutation EnclavesEnableAgent($id: ID!, $enabled: Boolean!) { updateAgent(id: $id, input: { enabled: $enabled }) { id } }
`);

interface DockerInspect {
  NetworkSettings: { Networks: Record<string, unknown> };
  Config: { Labels: Record<string, string> };
}

type Choices = EnclavesLaunchOptionsChangedSubscription['launchOptionsChanged']['choices'];

describe("the seed's enclaves as a rule: groups decide what each user sees and where they launch (postgres, real dockerd)", () => {
  let server: TestServer;
  const daemons: Record<string, Dockerd> = {};
  const agentIds: Record<string, string> = {};
  /** API keys by username: two (enclave-2), three (enclave-3), both (enclave-2 and enclave-3), outsider (no group). */
  const keys: Record<string, string> = {};
  let enclaves = '';
  let open = '';
  const launched: string[] = [];

  beforeAll(async () => {
    const started = await Promise.all(['a1', 'a2', 'a3', 'a4'].map((name) => startDockerd(name)));
    for (const daemon of started) daemons[daemon.name] = daemon;
    const [image] = await Promise.all(started.map((d) => d.importBusybox()));
    server = await startTestServer('postgres', { ENCLAVE_DOCKER_TIMEOUT_MS: '2000', ENCLAVE_STOP_GRACE_S: '1' });
    for (const daemon of started) {
      const { registerAgent } = await server.data(RegisterAgent, { input: { name: daemon.name, endpoint: daemon.endpoint } });
      expect(registerAgent.status).toBe('ONLINE');
      agentIds[daemon.name] = registerAgent.id;
    }
    await server.data(CreateNetwork, { input: { name: 'z_enclave_2', agentIds: [agentIds['a2']!, agentIds['a3']!] } });
    await server.data(CreateNetwork, { input: { name: 'z_enclave_3', agentIds: [agentIds['a4']!] } });
    await server.data(CreateGroup, { input: { name: 'enclave-2', networks: ['z_enclave_2'] } });
    await server.data(CreateGroup, { input: { name: 'enclave-3', networks: ['z_enclave_3'] } });
    const groupsOf = { two: ['enclave-2'], three: ['enclave-3'], both: ['enclave-2', 'enclave-3'], outsider: [] };
    for (const [username, groups] of Object.entries(groupsOf)) {
      await server.data(CreateUser, { input: { username, groups } });
      keys[username] = (await server.data(CreateApiKey, { input: { name: username, role: 'USER', owner: username } })).createApiKey.token;
    }
    const workspace = { image: image!, command, cores: 0.1, memoryMb: 32 };
    enclaves = (await server.data(CreateWorkspace, { input: { ...workspace, name: 'enclaves', groups: ['enclave-2', 'enclave-3'] } })).createWorkspace.id;
    await server.data(RestrictWorkspace, { id: enclaves, networks: ['z_enclave_2', 'z_enclave_3'], allowNetworkSelection: true });
    open = (await server.data(CreateWorkspace, { input: { ...workspace, name: 'open' } })).createWorkspace.id;
    // Enclave makes its default network on each agent once it is registered, in the background.
    await until('the default network on every agent', async () => {
      const { workspaces } = await server.data(Workspaces);
      return workspaces.find((w) => w.id === open)?.launchOptions.choices[0]?.agentCount === 4;
    });
  }, 180_000);

  afterAll(async () => {
    // Whatever a failed test left running.
    if (server) for (const id of launched) await server.gql(DestroySession, { id }).catch(() => {});
    await server?.stop();
    await Promise.all(Object.values(daemons).map((d) => d.stop()));
  });

  const as = (username: string) => keys[username]!;
  const launch = async (username: string, workspaceId: string, network?: string) => {
    const answer = await server.gql(Launch, { input: { workspaceId, network } }, as(username));
    if (answer.data?.launchSession) launched.push(answer.data.launchSession.id);
    return answer;
  };
  const codeOf = (answer: { errors?: { extensions?: { code?: string } }[] }) => answer.errors?.[0]?.extensions?.code;

  /** Launches as `username`, waits until it runs, and checks its container is on one of `networks` alone, on one of `agents`. */
  async function launchAndCheck(username: string, network: string | undefined, expected: { networks: string[]; agents: string[] }, workspaceId = enclaves) {
    const { data, errors } = await launch(username, workspaceId, network);
    expect(errors, `${username} launching on ${network ?? 'Auto'}`).toBeUndefined();
    const { id, network: placedOn, agent } = data!.launchSession;
    expect({ network: placedOn, agent: agent!.name }).toEqual({ network: expect.toBeOneOf(expected.networks), agent: expect.toBeOneOf(expected.agents) });
    const session = await until(`session ${id} RUNNING`, async () => {
      const s = (await server.data(SessionState, { id })).session!;
      if (s.status === 'FAILED') throw new Error(`session ${id} failed: ${s.statusReason}`);
      return s.status === 'RUNNING' && s;
    }, { timeoutMs: 30_000 });
    const inspect = (JSON.parse(await daemons[agent!.name]!.docker('inspect', session.containerId!)) as DockerInspect[])[0]!;
    expect(Object.keys(inspect.NetworkSettings.Networks)).toEqual([placedOn]);
    expect(inspect.Config.Labels['io.enclave.session']).toBe(id);
    return { id, agent: agent!.name };
  }

  const choice = (network: string | null, agentCount: number) => ({ network, label: network ?? 'Auto', available: agentCount > 0, agentCount });

  it('shows each member the networks their groups allow, and someone in neither group not the workspace at all', async () => {
    const seen = async (username: string) => {
      const answer = await server.gql(Workspaces, undefined, as(username));
      expect(answer.errors).toBeUndefined();
      return Object.fromEntries(answer.data!.workspaces.map(({ name, networks, groups, launchOptions }) => [name, { networks, groups, launchOptions }]));
    };
    // `open` runs on the default network, which the groups' networks leave out: its members see it, but cannot use it.
    const openSeen = (agents: number) => ({ networks: [], groups: [], launchOptions: { allowNetworkSelection: false, choices: [choice(null, agents)] } });
    expect(await seen('two')).toEqual({
      enclaves: {
        networks: ['z_enclave_2'],
        groups: ['enclave-2'],
        launchOptions: { allowNetworkSelection: true, choices: [choice(null, 2), choice('z_enclave_2', 2)] },
      },
      open: openSeen(0),
    });
    expect(await seen('three')).toEqual({
      enclaves: {
        networks: ['z_enclave_3'],
        groups: ['enclave-3'],
        launchOptions: { allowNetworkSelection: true, choices: [choice(null, 1), choice('z_enclave_3', 1)] },
      },
      open: openSeen(0),
    });
    // A member of both gets the union.
    expect((await seen('both'))['enclaves']).toEqual({
      networks: ['z_enclave_2', 'z_enclave_3'],
      groups: ['enclave-2', 'enclave-3'],
      launchOptions: { allowNetworkSelection: true, choices: [choice(null, 3), choice('z_enclave_2', 2), choice('z_enclave_3', 1)] },
    });
    expect(await seen('outsider')).toEqual({ open: openSeen(4) });
    expect((await server.gql(WorkspaceById, { id: enclaves }, as('outsider'))).data).toEqual({ workspace: null });
  });

  it('places a member’s Auto launches on their own enclave only, and refuses another enclave’s network', async () => {
    for (let i = 0; i < 3; i++) await launchAndCheck('two', undefined, { networks: ['z_enclave_2'], agents: ['a2', 'a3'] });
    await launchAndCheck('two', 'z_enclave_2', { networks: ['z_enclave_2'], agents: ['a2', 'a3'] });
    await launchAndCheck('three', undefined, { networks: ['z_enclave_3'], agents: ['a4'] });
    await launchAndCheck('both', 'z_enclave_3', { networks: ['z_enclave_3'], agents: ['a4'] });
    await launchAndCheck('both', undefined, { networks: ['z_enclave_2', 'z_enclave_3'], agents: ['a2', 'a3', 'a4'] });

    const before = launched.length;
    const refusals = [
      ['two', enclaves, 'z_enclave_3'],
      ['three', enclaves, 'z_enclave_2'],
      ['two', enclaves, 'enclave_default'],
      ['two', open, undefined],
    ] as const;
    for (const [username, workspaceId, network] of refusals) {
      const refused = await launch(username, workspaceId, network);
      expect({ username, network, code: codeOf(refused) }).toEqual({ username, network, code: 'NETWORK_NOT_ALLOWED' });
      // The refusal names what the member may use, never the other enclave's network.
      if (username === 'two') expect(refused.errors![0]!.message).not.toMatch(/z_enclave_3[^"]/);
    }
    expect(launched).toHaveLength(before);
  }, 120_000);

  it('tells someone in neither group that the workspace does not exist, on every path, while open workspaces stay theirs', async () => {
    for (const network of [undefined, 'z_enclave_2']) expect(codeOf(await launch('outsider', enclaves, network))).toBe('NOT_FOUND');
    const feed = server.subscribe(LaunchOptionsChanged, { id: enclaves }, as('outsider'));
    await feed.done;
    expect({ results: feed.events.map((e) => codeOf(e.result)), failure: feed.failure }).toEqual({ results: ['NOT_FOUND'], failure: undefined });
    await launchAndCheck('outsider', undefined, { networks: ['enclave_default'], agents: ['a1', 'a2', 'a3', 'a4'] }, open);
  });

  it('pushes each member the options of their own networks when agents are drained, and Auto follows', async () => {
    const feeds = Object.fromEntries(
      ['two', 'three', 'both'].map((username) => [username, server.subscribe(LaunchOptionsChanged, { id: enclaves }, as(username))]),
    ) as Record<'two' | 'three' | 'both', Subscription<EnclavesLaunchOptionsChangedSubscription>>;
    await Promise.all(Object.values(feeds).map((f) => f.ready));
    const choicesOf = (r: GraphQLResponse<EnclavesLaunchOptionsChangedSubscription>): Choices => r.data?.launchOptionsChanged.choices ?? [];
    const shows = (expected: [string | null, number][]) => (r: GraphQLResponse<EnclavesLaunchOptionsChangedSubscription>) =>
      JSON.stringify(choicesOf(r).map((c) => [c.network, c.agentCount])) === JSON.stringify(expected);

    try {
      await server.data(EnableAgent, { id: agentIds['a3']!, enabled: false });
      await feeds.two.next(shows([[null, 1], ['z_enclave_2', 1]]));
      await feeds.both.next(shows([[null, 2], ['z_enclave_2', 1], ['z_enclave_3', 1]]));

      await server.data(EnableAgent, { id: agentIds['a2']!, enabled: false });
      const drained = await feeds.two.next(shows([[null, 0], ['z_enclave_2', 0]]));
      expect(choicesOf(drained).every((c) => !c.available)).toBe(true);
      await feeds.both.next(shows([[null, 1], ['z_enclave_2', 0], ['z_enclave_3', 1]]));
      // Enclave 2 is full for its members: their Auto does not spill into enclave 3 (or the default network).
      expect(codeOf(await launch('two', enclaves))).toBe('NO_CAPACITY');
      await launchAndCheck('both', undefined, { networks: ['z_enclave_3'], agents: ['a4'] });
    } finally {
      for (const agent of ['a2', 'a3']) await server.data(EnableAgent, { id: agentIds[agent]!, enabled: true });
    }
    await feeds.two.next(shows([[null, 2], ['z_enclave_2', 2]]));

    // Nobody was ever shown a network their groups do not allow.
    const named = (username: keyof typeof feeds) => new Set(feeds[username].events.flatMap((e) => choicesOf(e.result).map((c) => c.network)));
    expect([...named('two')].sort()).toEqual(['z_enclave_2', null].sort());
    expect(named('three').has('z_enclave_2')).toBe(false);
    for (const feed of Object.values(feeds)) await feed.close();
  }, 90_000);

  it('ends an outsider’s watch of a workspace as NOT_FOUND once it is limited to groups they are not in', async () => {
    const feed = server.subscribe(LaunchOptionsChanged, { id: open }, as('outsider'));
    const member = server.subscribe(LaunchOptionsChanged, { id: open }, as('two'));
    await Promise.all([feed.ready, member.ready]);
    await server.data(LimitWorkspace, { id: open, groups: ['enclave-2'] });
    try {
      expect(codeOf(await feed.next(undefined, 10_000))).toBe('NOT_FOUND');
      await feed.done;
      // A member keeps watching: nothing about their dropdown changed, so nothing is sent, and the watch stays up.
      expect(member.ended).toBe(false);
    } finally {
      await server.data(LimitWorkspace, { id: open, groups: [] });
      await Promise.all([feed.close(), member.close()]);
    }
  });

  it('destroys every session it launched, leaving no container on any agent', async () => {
    const { sessions } = await server.data(ActiveSessions);
    expect(sessions.map((s) => s.id).sort()).toEqual([...launched].sort());
    for (const { id } of sessions) expect((await server.data(DestroySession, { id })).destroySession.status).toBe('STOPPED');
    for (const daemon of Object.values(daemons))
      await until(`no session container left on ${daemon.name}`, async () => (await daemon.docker('ps', '-aq', '--filter', 'label=io.enclave.session')) === '');
  }, 60_000);
});
