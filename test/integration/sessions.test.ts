import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../harness/database.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { graphql } from '../__generated__/gql.js';
import type { SessionsLaunchOptionsChangedSubscription, SessionsStatusChangedSubscription } from '../__generated__/graphql.js';
import type { GraphQLResponse } from '../harness/graphql.js';
import { CreateNetwork, CreateWorkspace, DestroySession, RegisterAgent, RestrictWorkspace } from '../harness/operations.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import type { Subscription } from '../harness/subscription.js';

// A container that exits 0 on SIGTERM (busybox sleep as PID 1 would ignore it).
const command = ['sh', '-c', "trap 'exit 0' TERM; sleep 3600 & wait"];
graphql(`
  fragment SessionsSessionFields on Session { id status statusReason network containerId owner agent { id name } workspace { id } }
`);
const StatusChanged = graphql(`subscription SessionsStatusChanged { sessionStatusChanged { ...SessionsSessionFields } }`);
const Launch = graphql(`
  mutation SessionsLaunch($input: LaunchSessionInput!) { launchSession(input: $input) { ...SessionsSessionFields } }
`);
const History = graphql(`query SessionsHistory($id: ID!) { session(id: $id) { status history { status } } }`);
const SessionIds = graphql(`query SessionsIds { sessions { id } }`);
const LaunchMissing = graphql(`
  mutation SessionsLaunchMissing { launchSession(input: { workspaceId: "00000000-0000-4000-8000-000000000000" }) { id } }
`);
const LaunchOptions = graphql(`
  query SessionsLaunchOptions($id: ID!) {
    workspace(id: $id) { launchOptions { allowNetworkSelection choices { network label available agentCount } } }
  }
`);
const LaunchOptionsChanged = graphql(`
  subscription SessionsLaunchOptionsChanged($id: ID!) { launchOptionsChanged(workspaceId: $id) { choices { network agentCount } } }
`);
const EnableAgent = graphql(`
  mutation SessionsEnableAgent($id: ID!, $enabled: Boolean!) { updateAgent(id: $id, input: { enabled: $enabled }) { id } }
`);
const MaxSessions = graphql(`
  mutation SessionsMaxSessions($id: ID!, $max: Int) { updateAgent(id: $id, input: { capacity: { maxSessions: $max } }) { id } }
`);
const SessionCount = graphql(`query SessionsSessionCount($id: ID!) { agent(id: $id) { capacity { sessionCount } } }`);
const AgentStatus = graphql(`query SessionsAgentStatus($id: ID!) { agent(id: $id) { status } }`);
const CreateMissingImage = graphql(`
  mutation SessionsCreateMissingImage {
    createWorkspace(input: { name: "missing-image", image: "enclave-test/not-here:1", cores: 0.1, memoryMb: 32 }) { id }
  }
`);
const LaunchById = graphql(`mutation SessionsLaunchById($id: ID!) { launchSession(input: { workspaceId: $id }) { id } }`);

/** What the checks read of `docker inspect`. */
interface DockerInspect {
  NetworkSettings: { Networks: Record<string, unknown> };
  Config: { Labels: Record<string, string> };
  HostConfig: { NanoCpus: number; Memory: number };
  State: { Running: boolean };
}

describe.each(databaseKinds)("the seed's launch flow on real Docker daemons (%s)", (kind) => {
  let server: TestServer;
  let statuses: Subscription<SessionsStatusChangedSubscription>;
  const daemons: Record<string, Dockerd> = {};
  const agentIds: Record<string, string> = {};
  const workspaceIds: Record<string, string> = {};
  let image = '';

  beforeAll(async () => {
    const started = await Promise.all(['a1', 'a2', 'a3', 'a4'].map((name) => startDockerd(name)));
    for (const daemon of started) daemons[daemon.name] = daemon;
    image = (await Promise.all(started.map((d) => d.importBusybox())))[0]!;
    server = await startTestServer(kind, { ENCLAVE_DOCKER_TIMEOUT_MS: '2000', ENCLAVE_STOP_GRACE_S: '5' });
    for (const daemon of started) {
      const { registerAgent } = await server.data(RegisterAgent, { input: { name: daemon.name, endpoint: daemon.endpoint } });
      expect(registerAgent.status).toBe('ONLINE');
      agentIds[daemon.name] = registerAgent.id;
    }
    // The seed's enclaves: a1 only has the default network, a2 and a3 are enclave 2, a4 is enclave 3.
    await server.data(CreateNetwork, { input: { name: 'z_enclave_2', agentIds: [agentIds['a2']!, agentIds['a3']!] } });
    await server.data(CreateNetwork, { input: { name: 'z_enclave_3', agentIds: [agentIds['a4']!] } });
    const create = async (name: string, networks: string[] | null, allow = true) => {
      const { createWorkspace } = await server.data(CreateWorkspace, { input: { name, image, command, cores: 0.1, memoryMb: 64 } });
      if (networks) await server.data(RestrictWorkspace, { id: createWorkspace.id, networks, allowNetworkSelection: allow });
      workspaceIds[name] = createWorkspace.id;
    };
    await create('unrestricted', null);
    await create('enclaves', ['z_enclave_2', 'z_enclave_3'], true);
    await create('enclave-3-only', ['z_enclave_3'], false);
    await create('nowhere', ['z_enclave_9'], true);
    statuses = server.subscribe(StatusChanged);
    await statuses.ready;
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await Promise.all(Object.values(daemons).map((d) => d.stop()));
  });

  const launch = (workspace: string, network?: string, idempotencyKey?: string) =>
    server.gql(Launch, { input: { workspaceId: workspaceIds[workspace]!, network, idempotencyKey } });

  const until = (id: string, status: string, timeoutMs = 20_000) =>
    statuses.next((r) => r.data?.sessionStatusChanged.id === id && r.data.sessionStatusChanged.status === status, timeoutMs);

  const destroy = (id: string) => server.data(DestroySession, { id });

  const daemonOf = (agentName: string) => daemons[agentName]!;

  /** Launches, waits for RUNNING, checks the container is on exactly `network`, destroys, checks it is gone. */
  async function launchAndCheck(workspace: string, network: string | undefined, expected: { agents: string[]; network: string }) {
    const { data, errors } = await launch(workspace, network);
    expect(errors).toBeUndefined();
    const session = data!.launchSession;
    expect(session.status).toBe('REQUESTED');
    expect(expected.agents).toContain(session.agent?.name);
    expect(session.network).toBe(expected.network);
    const running = await until(session.id, 'RUNNING');
    const { containerId } = running.data!.sessionStatusChanged;
    const daemon = daemonOf(session.agent!.name);
    const inspect = (JSON.parse(await daemon.docker('inspect', containerId!)) as DockerInspect[])[0]!;
    expect(Object.keys(inspect.NetworkSettings.Networks)).toEqual([expected.network]);
    expect(inspect.Config.Labels['io.enclave.session']).toBe(session.id);
    expect(inspect.HostConfig.NanoCpus).toBe(1e8);
    expect(inspect.HostConfig.Memory).toBe(64 * 1024 * 1024);
    expect(inspect.State.Running).toBe(true);

    expect((await destroy(session.id)).destroySession.status).toBe('STOPPED');
    expect(await daemon.docker('ps', '-aq', '--filter', `label=io.enclave.session=${session.id}`)).toBe('');
    const { session: after } = await server.data(History, { id: session.id });
    expect(after?.history.map((h) => h.status)).toEqual(['REQUESTED', 'PROVISIONING', 'STARTING', 'RUNNING', 'STOPPING', 'STOPPED']);
    // Destroying an ended session returns it unchanged.
    expect((await destroy(session.id)).destroySession.status).toBe('STOPPED');
    return session;
  }

  it('unrestricted workspace, no network: the default network on any agent', async () => {
    await launchAndCheck('unrestricted', undefined, { agents: ['a1', 'a2', 'a3', 'a4'], network: 'enclave_default' });
  });

  it('restricted, selection not allowed, no network: Auto', async () => {
    await launchAndCheck('enclave-3-only', undefined, { agents: ['a4'], network: 'z_enclave_3' });
  });

  it('restricted, selection allowed: Auto, or the chosen network', async () => {
    const auto = await launchAndCheck('enclaves', undefined, { agents: ['a2', 'a3', 'a4'], network: 'z_enclave_2' });
    expect(['a2', 'a3']).toContain(auto.agent?.name);
    await launchAndCheck('enclaves', 'z_enclave_2', { agents: ['a2', 'a3'], network: 'z_enclave_2' });
    await launchAndCheck('enclaves', 'z_enclave_3', { agents: ['a4'], network: 'z_enclave_3' });
  });

  it('refuses what the launch table refuses, and writes nothing', async () => {
    const cases: [string, string | undefined, string][] = [
      ['unrestricted', 'z_enclave_2', 'NETWORK_SELECTION_NOT_ALLOWED'],
      ['enclave-3-only', 'z_enclave_3', 'NETWORK_SELECTION_NOT_ALLOWED'],
      ['enclaves', 'z_nope', 'NETWORK_NOT_ALLOWED'],
      ['nowhere', undefined, 'NO_CAPACITY'],
    ];
    const before = (await server.data(SessionIds)).sessions.length;
    for (const [workspace, network, code] of cases) {
      const { errors } = await launch(workspace, network);
      expect(errors?.[0]?.extensions?.code, `${workspace} ${network}`).toBe(code);
    }
    const { errors } = await launch('nowhere');
    for (const name of ['a1', 'a2', 'a3', 'a4']) expect(errors![0]!.message).toContain(`${name}: has no network "z_enclave_9"`);
    expect((await server.data(SessionIds)).sessions).toHaveLength(before);
    const missing = await server.gql(LaunchMissing);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("shows the launcher's dropdown and pushes its changes", async () => {
    const { workspace } = await server.data(LaunchOptions, { id: workspaceIds['enclaves']! });
    expect(workspace?.launchOptions).toEqual({
      allowNetworkSelection: true,
      choices: [
        { network: null, label: 'Auto', available: true, agentCount: 3 },
        { network: 'z_enclave_2', label: 'z_enclave_2', available: true, agentCount: 2 },
        { network: 'z_enclave_3', label: 'z_enclave_3', available: true, agentCount: 1 },
      ],
    });
    const changes = server.subscribe(LaunchOptionsChanged, { id: workspaceIds['enclaves']! });
    await changes.ready;
    const count = (network: string | null) => (r: GraphQLResponse<SessionsLaunchOptionsChangedSubscription>) =>
      r.data?.launchOptionsChanged.choices.find((c) => c.network === network)?.agentCount;

    await daemonOf('a3').docker('network', 'create', 'z_enclave_3');
    await changes.next((r) => count('z_enclave_3')(r) === 2);
    await daemonOf('a3').docker('network', 'rm', 'z_enclave_3');
    await changes.next((r) => count('z_enclave_3')(r) === 1);
    await server.data(EnableAgent, { id: agentIds['a4']!, enabled: false });
    await changes.next((r) => count('z_enclave_3')(r) === 0);
    // A disabled agent gets nothing.
    const { errors } = await launch('enclaves', 'z_enclave_3');
    expect(errors?.[0]?.extensions?.code).toBe('NO_CAPACITY');
    expect(errors?.[0]?.message).toContain('a4: disabled');
    await server.data(EnableAgent, { id: agentIds['a4']!, enabled: true });
    await changes.next((r) => count('z_enclave_3')(r) === 1);
    changes.close();
  });

  it('never overbooks: 20 concurrent launches against maxSessions 3 give exactly 3 sessions', async () => {
    await server.data(MaxSessions, { id: agentIds['a4']!, max: 3 });
    const results = await Promise.all(Array.from({ length: 20 }, () => launch('enclave-3-only')));
    const placed = results.filter((r) => r.data?.launchSession);
    expect(placed).toHaveLength(3);
    for (const refused of results.filter((r) => r.errors)) expect(refused.errors![0]!.extensions!.code).toBe('NO_CAPACITY');
    for (const { data } of placed) await until(data!.launchSession.id, 'RUNNING');
    expect((await daemonOf('a4').docker('ps', '-q', '--filter', 'label=io.enclave.session')).split('\n')).toHaveLength(3);
    for (const { data } of placed) await destroy(data!.launchSession.id);
    await server.data(MaxSessions, { id: agentIds['a4']!, max: null });
  });

  it('returns the same session for the same idempotency key', async () => {
    const [first, second] = await Promise.all([launch('enclave-3-only', undefined, 'key-1'), launch('enclave-3-only', undefined, 'key-1')]);
    expect(first.data?.launchSession.id).toBe(second.data?.launchSession.id);
    const third = await launch('enclave-3-only', undefined, 'key-1');
    expect(third.data?.launchSession.id).toBe(first.data?.launchSession.id);
    await until(first.data!.launchSession.id, 'RUNNING');
    await destroy(first.data!.launchSession.id);
  });

  it('ends a session whose container is stopped or killed with the docker CLI', async () => {
    for (const [verb, status, reason] of [
      ['stop', 'STOPPED', 'container exited with code 0'],
      ['kill', 'FAILED', 'container exited with code 137 (killed)'],
    ]) {
      const { data } = await launch('enclave-3-only');
      const { id } = data!.launchSession;
      const running = await until(id, 'RUNNING');
      await daemonOf('a4').docker(verb!, running.data!.sessionStatusChanged.containerId!);
      const end = await until(id, status!);
      expect(end.data!.sessionStatusChanged.statusReason).toBe(reason);
      const { agent } = await server.data(SessionCount, { id: agentIds['a4']! });
      expect(agent?.capacity.sessionCount).toBe(0);
      // Nothing is left behind.
      for (let i = 0; i < 50 && (await daemonOf('a4').docker('ps', '-aq', '--filter', `label=io.enclave.session=${id}`)); i++)
        await sleep(100);
      expect(await daemonOf('a4').docker('ps', '-aq', '--filter', `label=io.enclave.session=${id}`)).toBe('');
    }
  });

  it('fails a launch whose agent hangs, and leaves no orphan once it is back', async () => {
    const daemon = daemonOf('a4');
    const { data } = await launch('enclave-3-only');
    const { id } = data!.launchSession;
    await daemon.kill('SIGSTOP');
    const failed = await until(id, 'FAILED', 30_000);
    expect(failed.data!.sessionStatusChanged.statusReason).toMatch(/a4/);
    await daemon.kill('SIGKILL');
    await daemon.start();
    const agentStatus = async () => (await server.data(AgentStatus, { id: agentIds['a4']! })).agent?.status;
    for (let i = 0; i < 100 && (await agentStatus()) !== 'ONLINE'; i++) await sleep(100);
    expect(await agentStatus()).toBe('ONLINE');
    expect(await daemon.docker('ps', '-aq', '--filter', 'label=io.enclave.session')).toBe('');
  });

  it('fails a launch whose image cannot be pulled, with the reason', async () => {
    const { createWorkspace } = await server.data(CreateMissingImage);
    const { data } = await server.gql(LaunchById, { id: createWorkspace.id });
    const failed = await until(data!.launchSession.id, 'FAILED');
    expect(failed.data!.sessionStatusChanged.statusReason).toMatch(/image "enclave-test\/not-here:1" is not on agent a\d and could not be pulled/);
  });
});
