import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import type { CreateWorkspaceInput } from '../__generated__/graphql.js';
import { databaseKinds } from '../harness/database.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { CreateApiKey, CreateGroup, CreateNetwork, CreateUser, CreateWorkspace, RegisterAgent, RestrictWorkspace } from '../harness/operations.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { until } from '../harness/until.js';

// A container that exits 0 on SIGTERM (busybox sleep as PID 1 would ignore it).
const command = ['sh', '-c', "trap 'exit 0' TERM; sleep 3600 & wait"];

graphql(`
  fragment StagedSession on Session {
    id
    owner
    status
    statusReason
    staged
    poolId
    containerId
    network
    agent {
      id
    }
  }
`);
const CreatePool = graphql(`
  mutation StagingCreatePool($input: CreateStagingPoolInput!) {
    createStagingPool(input: $input) {
      id
      size
      ready
    }
  }
`);
const UpdatePool = graphql(`
  mutation StagingUpdatePool($id: ID!, $size: Int!) {
    updateStagingPool(id: $id, input: { size: $size }) {
      id
      size
    }
  }
`);
const DeletePool = graphql(`
  mutation StagingDeletePool($id: ID!) {
    deleteStagingPool(id: $id)
  }
`);
const Pools = graphql(`
  query StagingPools($workspaceId: ID) {
    stagingPools(workspaceId: $workspaceId) {
      id
      size
      ready
      members {
        ...StagedSession
      }
    }
  }
`);
const Launch = graphql(`
  mutation StagingLaunch($id: ID!, $network: String) {
    launchSession(input: { workspaceId: $id, network: $network }) {
      ...StagedSession
    }
  }
`);
const Get = graphql(`
  query StagingGet($id: ID!) {
    session(id: $id) {
      ...StagedSession
      history {
        status
        reason
      }
    }
  }
`);
const UpdateWorkspace = graphql(`
  mutation StagingUpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {
    updateWorkspace(id: $id, input: $input) {
      id
    }
  }
`);
const Failed = graphql(`
  query StagingFailed($workspaceId: ID!) {
    sessions(status: [FAILED], workspaceId: $workspaceId) {
      id
      statusReason
    }
  }
`);
const SetEnabled = graphql(`
  mutation StagingSetEnabled($id: ID!, $enabled: Boolean!) {
    updateAgent(id: $id, input: { enabled: $enabled }) {
      id
    }
  }
`);
const SetCapacity = graphql(`
  mutation StagingSetCapacity($id: ID!, $cores: Float) {
    updateAgent(id: $id, input: { capacity: { cores: $cores } }) {
      id
    }
  }
`);
const Active = graphql(`
  query StagingActive {
    sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, SUSPENDED, STOPPING]) {
      id
    }
    stagingPools {
      id
    }
  }
`);
const Destroy = graphql(`
  mutation StagingDestroy($id: ID!) {
    destroySession(id: $id) {
      id
    }
  }
`);
const Placement = graphql(`
  query StagingPlacement($id: ID!) {
    placement(workspaceId: $id) {
      chosen {
        reasons
      }
    }
  }
`);

describe.each(databaseKinds)('staging pools on a real Docker daemon (%s)', (kind) => {
  let server: TestServer;
  let daemon: Dockerd;
  let agentId = '';
  let image = '';
  let userToken = '';
  const workspace = async (input: Partial<CreateWorkspaceInput>) =>
    (await server.data(CreateWorkspace, { input: { name: `w-${Math.random()}`, image, command, cores: 0.1, memoryMb: 16, ...input } }))
      .createWorkspace.id;
  const pool = async (workspaceId: string) => (await server.data(Pools, { workspaceId })).stagingPools[0]!;
  const readyPool = (workspaceId: string, size: number) =>
    until(
      `pool of ${workspaceId} at ${size} ready`,
      async () => {
        const p = await pool(workspaceId);
        return p.ready === size && p.members.length === size && p;
      },
      { timeoutMs: 60_000, intervalMs: 100 },
    );

  beforeAll(async () => {
    daemon = await startDockerd(`staging-${kind}`);
    image = await daemon.importBusybox();
    server = await startTestServer(kind, { ENCLAVE_DOCKER_TIMEOUT_MS: '5000', ENCLAVE_STOP_GRACE_S: '1', ENCLAVE_MAX_SESSIONS_PER_OWNER: '50' });
    agentId = (await server.data(RegisterAgent, { input: { name: 'a', endpoint: daemon.endpoint } })).registerAgent.id;
    await server.data(SetCapacity, { id: agentId, cores: 4 });
    userToken = (await server.data(CreateApiKey, { input: { name: 'alice', role: 'USER' } })).createApiKey.token;
  });
  // Each test starts on an empty agent: no pool, no session.
  beforeEach(async () => {
    const { sessions, stagingPools } = await server.data(Active);
    await Promise.all(stagingPools.map((p) => server.data(DeletePool, { id: p.id })));
    await Promise.all(sessions.map((s) => server.data(Destroy, { id: s.id })));
    await until('no session left', async () => (await server.data(Active)).sessions.length === 0, { timeoutMs: 30_000 });
  });
  afterAll(async () => {
    await server?.stop();
    await daemon?.stop();
  });

  it('fills a pool, hands a member over RUNNING with its container unchanged, and refills', async () => {
    const workspaceId = await workspace({});
    await server.data(CreatePool, { input: { workspaceId, size: 2 } });
    const full = await readyPool(workspaceId, 2);
    expect(full.members.every((m) => m.owner === '~staging' && m.status === 'RUNNING' && !m.staged)).toBe(true);

    const answer = await server.gql(Launch, { id: workspaceId }, userToken);
    const session = answer.data!.launchSession;
    expect(session).toMatchObject({ owner: 'alice', status: 'RUNNING', staged: true, poolId: null });
    const member = full.members.find((m) => m.id === session.id)!;
    expect(member).toBeDefined();
    expect(session.containerId).toBe(member.containerId);
    const labels = JSON.parse(await daemon.docker('inspect', '--format', '{{json .State.Status}}', `enclave-${session.id}`));
    expect(labels).toBe('running');
    const { history } = (await server.data(Get, { id: session.id })).session!;
    expect(history.at(-1)).toEqual({ status: 'RUNNING', reason: 'handed over to alice from a staging pool' });

    // Refilled: two members again, neither the one handed over.
    const refilled = await readyPool(workspaceId, 2);
    expect(refilled.members.map((m) => m.id)).not.toContain(session.id);
  });

  it('gives 20 concurrent launches the 5 ready members once each and places the others on demand', async () => {
    const workspaceId = await workspace({});
    await server.data(CreatePool, { input: { workspaceId, size: 5 } });
    const ready = (await readyPool(workspaceId, 5)).members.map((m) => m.id);
    const launches = await Promise.all(Array.from({ length: 20 }, () => server.gql(Launch, { id: workspaceId }, userToken)));
    const sessions = launches.map((l) => l.data!.launchSession);
    // No member given twice; every one that was ready given once (the pool refills meanwhile: a refill may be given too).
    expect(new Set(sessions.map((s) => s.id)).size).toBe(20);
    const staged = sessions.filter((s) => s.staged);
    expect(
      staged
        .filter((s) => ready.includes(s.id))
        .map((s) => s.id)
        .sort(),
    ).toEqual([...ready].sort());
    expect(staged.every((s) => s.status === 'RUNNING' && s.owner === 'alice')).toBe(true);
    expect(sessions.filter((s) => !s.staged).every((s) => s.status === 'REQUESTED')).toBe(true);
  });

  it('replaces members made before a workspace edit, never handing one out', async () => {
    const workspaceId = await workspace({});
    await server.data(CreatePool, { input: { workspaceId, size: 2 } });
    const before = (await readyPool(workspaceId, 2)).members.map((m) => m.id);
    await server.data(UpdateWorkspace, { id: workspaceId, input: { command: ['sh', '-c', "trap 'exit 0' TERM; sleep 3599 & wait"] } });
    // A launch right after the edit is never one of the stale members.
    const launched = (await server.gql(Launch, { id: workspaceId }, userToken)).data!.launchSession;
    expect(before).not.toContain(launched.id);
    const after = await until(
      'stale members replaced',
      async () => {
        const p = await pool(workspaceId);
        return p.ready === 2 && p.members.length === 2 && p.members.every((m) => !before.includes(m.id)) && p;
      },
      { timeoutMs: 60_000, intervalMs: 100 },
    );
    for (const id of before) expect((await server.data(Get, { id })).session!.status).toBe('STOPPED');
    expect(after.members).toHaveLength(2);
  });

  it('lets an on-demand launch take the place of a member on a full agent, and says so in placement', async () => {
    const stagedWs = await workspace({ cores: 0.5 });
    await server.data(SetCapacity, { id: agentId, cores: 1 });
    try {
      // Whatever else runs holds some of the agent: the pool fills what is left, up to 4 members.
      const { createStagingPool } = await server.data(CreatePool, { input: { workspaceId: stagedWs, size: 4 } });
      const other = await workspace({ cores: 0.5 });
      await until(
        'the agent full of members',
        async () => {
          const p = await pool(stagedWs);
          const plan = await server.data(Placement, { id: other });
          return p.ready > 0 && plan.placement.chosen?.reasons.some((r) => r.startsWith('takes the place of')) && p;
        },
        { timeoutMs: 60_000, intervalMs: 200 },
      );
      const launched = (await server.gql(Launch, { id: other }, userToken)).data!.launchSession;
      expect(launched.staged).toBe(false);
      await until(`session ${launched.id} RUNNING`, async () => (await server.data(Get, { id: launched.id })).session!.status === 'RUNNING', {
        timeoutMs: 30_000,
      });
      await server.data(DeletePool, { id: createStagingPool.id });
    } finally {
      await server.data(SetCapacity, { id: agentId, cores: 4 });
    }
  });

  it("hands over only a member on a network the viewer's groups allow", async () => {
    for (const name of ['z_lab', 'z_office']) await server.data(CreateNetwork, { input: { name } });
    const workspaceId = await workspace({});
    await server.data(RestrictWorkspace, { id: workspaceId, networks: ['z_lab', 'z_office'], allowNetworkSelection: true });
    await server.data(CreatePool, { input: { workspaceId, network: 'z_lab', size: 1 } });
    await readyPool(workspaceId, 1);
    await server.data(CreateGroup, { input: { name: 'office', networks: ['z_office'] } });
    await server.data(CreateUser, { input: { username: 'oscar', groups: ['office'] } });
    const oscar = (await server.data(CreateApiKey, { input: { name: 'oscar', role: 'USER' } })).createApiKey.token;
    // Auto for oscar is z_office only: the z_lab member is not his to take.
    const auto = (await server.gql(Launch, { id: workspaceId }, oscar)).data!.launchSession;
    expect(auto).toMatchObject({ staged: false, network: 'z_office' });
    const refused = await server.gql(Launch, { id: workspaceId, network: 'z_lab' }, oscar);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NETWORK_NOT_ALLOWED');
    expect((await pool(workspaceId)).ready).toBe(1);
    // alice (no group limit) gets it.
    expect((await server.gql(Launch, { id: workspaceId, network: 'z_lab' }, userToken)).data!.launchSession).toMatchObject({
      staged: true,
      network: 'z_lab',
    });
  });

  it('drains its members with their agent, and fills again when it is enabled', async () => {
    const workspaceId = await workspace({});
    await server.data(CreatePool, { input: { workspaceId, size: 2 } });
    const members = (await readyPool(workspaceId, 2)).members.map((m) => m.id);
    await server.data(SetEnabled, { id: agentId, enabled: false });
    try {
      for (const id of members)
        await until(`member ${id} STOPPED`, async () => (await server.data(Get, { id })).session!.status === 'STOPPED', { timeoutMs: 30_000 });
      expect((await pool(workspaceId)).members).toEqual([]);
    } finally {
      await server.data(SetEnabled, { id: agentId, enabled: true });
    }
    await readyPool(workspaceId, 2);
  });

  it('backs off a pool whose members keep failing instead of hammering the agent', async () => {
    // A registry that refuses connections: every pull fails at once.
    const workspaceId = await workspace({ image: '127.0.0.1:1/enclave/missing:1' });
    await server.data(CreatePool, { input: { workspaceId, size: 2 } });
    await sleep(8_000);
    const failed = (await server.data(Failed, { workspaceId })).sessions;
    expect(failed.length).toBeGreaterThanOrEqual(2);
    // 2 at once, then 2 more after 4 s, then none for 16 s (without the back-off: one pair every round, dozens).
    expect(failed.length).toBeLessThanOrEqual(6);
    expect(failed[0]!.statusReason).toMatch(/could not be pulled/);
  });

  it('runs the assign command at hand-over, and launches on demand when it fails', async () => {
    const ok = await workspace({ assignCommand: ['sh', '-c', 'echo "$ENCLAVE_OWNER" > /assigned'] });
    await server.data(CreatePool, { input: { workspaceId: ok, size: 1 } });
    await readyPool(ok, 1);
    const handed = (await server.gql(Launch, { id: ok }, userToken)).data!.launchSession;
    expect(handed).toMatchObject({ staged: true, status: 'RUNNING' });
    expect(await daemon.docker('exec', `enclave-${handed.id}`, 'cat', '/assigned')).toBe('alice');

    const failing = await workspace({ assignCommand: ['sh', '-c', 'echo nope >&2; exit 3'] });
    await server.data(CreatePool, { input: { workspaceId: failing, size: 1 } });
    const [member] = (await readyPool(failing, 1)).members;
    const launched = (await server.gql(Launch, { id: failing }, userToken)).data!.launchSession;
    expect(launched).toMatchObject({ staged: false, status: 'REQUESTED' });
    const given = (await server.data(Get, { id: member!.id })).session!;
    expect(given.history.map((h) => h.reason)).toContain('assign command failed: exited 3: nope');
  });

  it('destroys the surplus of a smaller pool, then the members of a deleted one, and leaves no container behind', async () => {
    const workspaceId = await workspace({});
    const { createStagingPool } = await server.data(CreatePool, { input: { workspaceId, size: 3 } });
    const three = (await readyPool(workspaceId, 3)).members.map((m) => m.id);
    await server.data(UpdatePool, { id: createStagingPool.id, size: 2 });
    const members = (await readyPool(workspaceId, 2)).members.map((m) => m.id);
    const [surplus] = three.filter((id) => !members.includes(id));
    await until(`surplus ${surplus} STOPPED`, async () => (await server.data(Get, { id: surplus! })).session!.status === 'STOPPED', {
      timeoutMs: 30_000,
    });
    expect(await server.data(DeletePool, { id: createStagingPool.id })).toEqual({ deleteStagingPool: createStagingPool.id });
    for (const id of members) {
      await until(`member ${id} STOPPED`, async () => (await server.data(Get, { id })).session!.status === 'STOPPED', { timeoutMs: 30_000 });
      await until(`container of ${id} removed`, async () => (await daemon.docker('ps', '-aq', '--filter', `name=enclave-${id}`)) === '', {
        timeoutMs: 30_000,
      });
    }
  });
});
