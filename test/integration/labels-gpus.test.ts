// Agent labels, workspaces' agentSelector and GPUs, end to end on real Docker daemons. No daemon here has a GPU
// runtime, so a GPU session gets as far as Docker's refusal at start: what this shows is the reservation (in the
// placement's transaction), the device request reaching Docker, the failure with Docker's reason, the GPU given back
// and no container left behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { databaseKinds } from '../harness/database.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { CreateWorkspace, DestroySession, LaunchSession, SessionStatus } from '../harness/operations.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { until } from '../harness/until.js';

// A container that exits 0 on SIGTERM (busybox sleep as PID 1 would ignore it).
const command = ['sh', '-c', "trap 'exit 0' TERM; sleep 3600 & wait"];

const Register = graphql(`
  mutation LabelsRegister($input: RegisterAgentInput!) {
    registerAgent(input: $input) {
      id
      status
      labels
      capacity {
        gpus
        usedGpus
      }
    }
  }
`);
const Relabel = graphql(`
  mutation LabelsRelabel($id: ID!, $labels: [String!]) {
    updateAgent(id: $id, input: { labels: $labels }) {
      labels
    }
  }
`);
const Capacity = graphql(`
  query LabelsCapacity($id: ID!) {
    agent(id: $id) {
      capacity {
        gpus
        usedGpus
        sessionCount
      }
    }
  }
`);
const Workspace = graphql(`
  query LabelsWorkspace($id: ID!) {
    workspace(id: $id) {
      agentSelector
      gpus
      launchOptions {
        choices {
          network
          agentCount
          available
        }
      }
    }
  }
`);
const Placement = graphql(`
  query LabelsPlacement($id: ID!) {
    placement(workspaceId: $id) {
      chosen {
        agent {
          name
        }
      }
      candidates {
        agent {
          name
        }
        eligible
        reasons
      }
    }
  }
`);
const Launched = graphql(`
  mutation LabelsLaunch($id: ID!) {
    launchSession(input: { workspaceId: $id }) {
      id
      status
      agent {
        name
      }
    }
  }
`);
const Pool = graphql(`
  mutation LabelsPool($input: CreateStagingPoolInput!) {
    createStagingPool(input: $input) {
      id
    }
  }
`);
const PoolMembers = graphql(`
  query LabelsPoolMembers($id: ID) {
    stagingPools(workspaceId: $id) {
      ready
      members {
        agent {
          name
        }
      }
    }
  }
`);
const DeletePool = graphql(`
  mutation LabelsDeletePool($id: ID!) {
    deleteStagingPool(id: $id)
  }
`);

describe.each(databaseKinds)('agent labels, agentSelector and GPUs on real Docker daemons (%s)', (kind) => {
  let server: TestServer;
  const daemons: Dockerd[] = [];
  const ids: Record<string, string> = {};
  let image = '';
  const workspace = async (name: string, input: { agentSelector?: string[]; gpus?: number }) =>
    (await server.data(CreateWorkspace, { input: { name, image, command, cores: 0.1, memoryMb: 32, ...input } })).createWorkspace.id;
  const settled = (id: string, status: string) =>
    until(`session ${id} ${status}`, async () => {
      const { session } = await server.data(SessionStatus, { id });
      return session?.status === status && session;
    });

  beforeAll(async () => {
    // lab2 reports a GPU as Docker does (a swarm generic resource), without any GPU runtime behind it.
    const [lab1, lab2] = await Promise.all([
      startDockerd(`labels-1-${kind}`),
      startDockerd(`labels-2-${kind}`, { extraArgs: ['--node-generic-resource', 'NVIDIA-GPU=GPU-test-0'] }),
    ]);
    daemons.push(lab1!, lab2!);
    image = (await Promise.all(daemons.map((d) => d.importBusybox())))[0]!;
    server = await startTestServer(kind, { ENCLAVE_DOCKER_TIMEOUT_MS: '5000', ENCLAVE_STOP_GRACE_S: '1' });
    const one = await server.data(Register, {
      input: { name: 'lab1', endpoint: lab1!.endpoint, labels: ['site=lab-1', 'gpu=a100'], capacity: { gpus: 1 } },
    });
    const two = await server.data(Register, { input: { name: 'lab2', endpoint: lab2!.endpoint, labels: ['site=lab-2'] } });
    expect([one.registerAgent.status, two.registerAgent.status]).toEqual(['ONLINE', 'ONLINE']);
    // Stored sorted; lab1's GPU is given, lab2's as its daemon reports it.
    expect(one.registerAgent).toMatchObject({ labels: ['gpu=a100', 'site=lab-1'], capacity: { gpus: 1, usedGpus: 0 } });
    expect(two.registerAgent).toMatchObject({ labels: ['site=lab-2'], capacity: { gpus: 1, usedGpus: 0 } });
    ids['lab1'] = one.registerAgent.id;
    ids['lab2'] = two.registerAgent.id;
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await Promise.all(daemons.map((d) => d.stop()));
  });

  it('places a workspace with an agentSelector only on the agent with its labels, and explains the other', async () => {
    const id = await workspace('lab-1-only', { agentSelector: ['site=lab-1', 'site=lab-1'] });
    const { workspace: seen } = await server.data(Workspace, { id });
    expect(seen).toEqual({ agentSelector: ['site=lab-1'], gpus: 0, launchOptions: { choices: [{ network: null, agentCount: 1, available: true }] } });
    const { placement } = await server.data(Placement, { id });
    expect(placement.chosen?.agent.name).toBe('lab1');
    expect(placement.candidates.find((c) => c.agent.name === 'lab2')).toEqual({
      agent: { name: 'lab2' },
      eligible: false,
      reasons: ['missing label site=lab-1 (it has site=lab-2)'],
    });
    for (let i = 0; i < 3; i++) {
      const { launchSession } = await server.data(Launched, { id });
      expect(launchSession.agent?.name).toBe('lab1');
      await settled(launchSession.id, 'RUNNING');
      await server.data(DestroySession, { id: launchSession.id });
    }
  });

  it('follows relabelling: labels are replaced, and a selector no agent meets is NO_CAPACITY naming the label', async () => {
    const id = await workspace('lab-3-only', { agentSelector: ['site=lab-3'] });
    const refused = await server.gql(LaunchSession, { input: { workspaceId: id } });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NO_CAPACITY');
    expect(refused.errors?.[0]?.message).toContain('lab1: missing label site=lab-3 (it has site=lab-1)');
    expect(refused.errors?.[0]?.message).toContain('lab2: missing label site=lab-3 (it has site=lab-2)');
    expect((await server.data(Relabel, { id: ids['lab2']!, labels: ['zone-b=1', 'site=lab-3'] })).updateAgent.labels).toEqual([
      'site=lab-3',
      'zone-b=1',
    ]);
    const { launchSession } = await server.data(Launched, { id });
    expect(launchSession.agent?.name).toBe('lab2');
    await settled(launchSession.id, 'RUNNING');
    await server.data(DestroySession, { id: launchSession.id });
    expect((await server.data(Relabel, { id: ids['lab2']!, labels: ['site=lab-2'] })).updateAgent.labels).toEqual(['site=lab-2']);
  });

  it('fills a staging pool of a selector workspace only on the matching agent', async () => {
    const id = await workspace('pooled-lab-1', { agentSelector: ['site=lab-1'] });
    const { createStagingPool } = await server.data(Pool, { input: { workspaceId: id, size: 2 } });
    const members = await until(
      'two ready members',
      async () => {
        const [pool] = (await server.data(PoolMembers, { id })).stagingPools;
        return pool?.ready === 2 && pool.members;
      },
      { timeoutMs: 60_000 },
    );
    expect(members.map((m) => m.agent?.name)).toEqual(['lab1', 'lab1']);
    // Relabelled, lab1 no longer fits: its members are retired (never handed over), and nothing fills the pool.
    await server.data(Relabel, { id: ids['lab1']!, labels: ['gpu=a100'] });
    await until('members retired', async () => (await server.data(PoolMembers, { id })).stagingPools[0]?.members.length === 0, { timeoutMs: 30_000 });
    const refused = await server.gql(LaunchSession, { input: { workspaceId: id } });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NO_CAPACITY');
    expect(refused.errors?.[0]?.message).toContain('lab1: missing label site=lab-1');
    await server.data(Relabel, { id: ids['lab1']!, labels: ['gpu=a100', 'site=lab-1'] });
    await server.data(DeletePool, { id: createStagingPool.id });
  });

  it("reserves a GPU at placement, FAILS with Docker's reason where there is no GPU runtime, and gives it back", async () => {
    const id = await workspace('gpu-a100', { agentSelector: ['gpu=a100'], gpus: 1 });
    // Two at once: the placements serialize on the agent's row, so the second sees the first one's GPU taken.
    const [first, second] = await Promise.all([
      server.gql(LaunchSession, { input: { workspaceId: id } }),
      server.gql(LaunchSession, { input: { workspaceId: id } }),
    ]);
    const [placed, refused] = first.data?.launchSession ? [first, second] : [second, first];
    const session = placed.data!.launchSession;
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NO_CAPACITY');
    expect(refused.errors?.[0]?.message).toContain('lab1: not enough GPUs: 0 of 1 free, 1 needed');
    expect(refused.errors?.[0]?.message).toContain('lab2: missing label gpu=a100');

    const failed = await settled(session.id, 'FAILED');
    expect(failed.statusReason).toMatch(/^agent lab1: .*could not select device driver/);
    expect((await server.data(Capacity, { id: ids['lab1']! })).agent?.capacity).toEqual({ gpus: 1, usedGpus: 0, sessionCount: 0 });
    expect(await daemons[0]!.docker('ps', '-aq', '--filter', 'label=io.enclave.workspace=' + id)).toBe('');

    // Free again: the next launch is placed (and fails the same way).
    const again = await server.data(Launched, { id });
    expect(again.launchSession.agent?.name).toBe('lab1');
    await settled(again.launchSession.id, 'FAILED');
  });

  it('counts in launch options only agents that lend enough GPUs; an Auto launch tries each before it FAILS', async () => {
    const id = await workspace('gpu-any', { gpus: 1 });
    const big = await workspace('gpu-two', { gpus: 2 });
    expect((await server.data(Workspace, { id })).workspace?.launchOptions.choices).toEqual([{ network: null, agentCount: 2, available: true }]);
    expect((await server.data(Workspace, { id: big })).workspace?.launchOptions.choices).toEqual([
      { network: null, agentCount: 0, available: false },
    ]);
    const { launchSession } = await server.data(Launched, { id });
    const failed = await settled(launchSession.id, 'FAILED');
    expect(failed.statusReason).toMatch(/could not select device driver/);
    for (const agentId of Object.values(ids)) expect((await server.data(Capacity, { id: agentId })).agent?.capacity.usedGpus).toBe(0);
    for (const daemon of daemons) expect(await daemon.docker('ps', '-aq', '--filter', 'label=io.enclave.workspace=' + id)).toBe('');
  });
});
