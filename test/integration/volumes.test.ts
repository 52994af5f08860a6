// Persistent profiles on real Docker daemons: named volumes per owner that outlive their sessions and draw the owner's
// next session to the agent that holds them, host binds under ENCLAVE_BIND_ROOTS only, and /dev/shm's size.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import type { CreateWorkspaceInput } from '../__generated__/graphql.js';
import { databaseKinds } from '../harness/database.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { CreateApiKey, CreateWorkspace, DestroySession, RegisterAgent } from '../harness/operations.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { until } from '../harness/until.js';

// A container that exits 0 on SIGTERM (busybox sleep as PID 1 would ignore it).
const command = ['sh', '-c', "trap 'exit 0' TERM; sleep 3600 & wait"];

const Launch = graphql(`mutation VolumesLaunch($id: ID!) { launchSession(input: { workspaceId: $id }) { id } }`);
const Session = graphql(`query VolumesSession($id: ID!) { session(id: $id) { status statusReason containerId agent { name } } }`);
const Placement = graphql(`
  query VolumesPlacement($id: ID!) { placement(workspaceId: $id) { chosen { agent { name } } candidates { agent { name } eligible reasons } } }
`);
const Update = graphql(`
  mutation VolumesUpdate($id: ID!, $input: UpdateWorkspaceInput!) { updateWorkspace(id: $id, input: $input) { volumes { source target } } }
`);
const Settings = graphql(`
  query VolumesSettings($id: ID!) { workspace(id: $id) { volumes { source target readOnly requireAgent } shmSizeMb } }
`);
const UpdateAgent = graphql(`mutation VolumesUpdateAgent($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { id } }`);

/** What the checks read of `docker inspect`. */
interface DockerInspect {
  HostConfig: { ShmSize: number };
  Mounts: { Type: string; Name?: string; Source: string; Destination: string; RW: boolean }[];
}

describe.each(databaseKinds)('persistent profiles and host binds on real Docker daemons (%s)', (kind) => {
  let server: TestServer;
  let root: string;
  const daemons: Record<string, Dockerd> = {};
  const agentIds: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  let image = '';

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'enclave-binds-'));
    const started = await Promise.all(['a1', 'a2'].map((name) => startDockerd(name)));
    for (const daemon of started) daemons[daemon.name] = daemon;
    image = (await Promise.all(started.map((d) => d.importBusybox())))[0]!;
    server = await startTestServer(kind, { ENCLAVE_BIND_ROOTS: `${root}, /nonexistent/other-root`, ENCLAVE_STOP_GRACE_S: '5' });
    for (const daemon of started) {
      const { registerAgent } = await server.data(RegisterAgent, { input: { name: daemon.name, endpoint: daemon.endpoint } });
      agentIds[daemon.name] = registerAgent.id;
    }
    // alice may read placement (an ADMIN key of hers); bob is a USER.
    tokens['alice'] = (await server.data(CreateApiKey, { input: { name: 'alice', role: 'ADMIN', owner: 'alice' } })).createApiKey.token;
    tokens['bob'] = (await server.data(CreateApiKey, { input: { name: 'bob', role: 'USER', owner: 'bob' } })).createApiKey.token;
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await Promise.all(Object.values(daemons).map((d) => d.stop()));
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const workspace = async (input: Omit<CreateWorkspaceInput, 'image'>) =>
    (await server.data(CreateWorkspace, { input: { image, command, cores: 0.1, memoryMb: 32, ...input } })).createWorkspace.id;
  const as = (owner: string) => tokens[owner]!;

  /** Launches as `owner` and waits for RUNNING; returns the session with its agent's daemon. */
  async function running(workspaceId: string, owner: string) {
    const { data, errors } = await server.gql(Launch, { id: workspaceId }, as(owner));
    expect(errors).toBeUndefined();
    const id = data!.launchSession.id;
    const session = await until(`session ${id} RUNNING`, async () => {
      const { session: s } = await server.data(Session, { id });
      if (s?.status === 'FAILED') throw new Error(`session ${id} FAILED: ${s.statusReason}`);
      return s?.status === 'RUNNING' && s;
    }, { timeoutMs: 30_000 });
    const daemon = daemons[session.agent!.name]!;
    const exec = (script: string) => daemon.docker('exec', session.containerId!, 'sh', '-c', script);
    const inspect = async () => (JSON.parse(await daemon.docker('inspect', session.containerId!)) as DockerInspect[])[0]!;
    return { id, agent: session.agent!.name, daemon, exec, inspect };
  }
  const destroy = (id: string) => server.data(DestroySession, { id });
  const setCores = (agent: string, cores: number) => server.data(UpdateAgent, { id: agentIds[agent]!, input: { capacity: { cores } } });
  const setEnabled = (agent: string, enabled: boolean) => server.data(UpdateAgent, { id: agentIds[agent]!, input: { enabled } });
  const other = (agent: string) => (agent === 'a1' ? 'a2' : 'a1');

  it("keeps an owner's profile across sessions, draws the next session to it, and keeps it from other owners", async () => {
    const id = await workspace({ name: 'profile', volumes: [{ source: 'profile-{owner}', target: '/profile' }], shmSizeMb: 256 });
    const first = await running(id, 'alice');
    await first.exec('echo alice-was-here > /profile/note');
    const inspected = await first.inspect();
    expect(inspected.HostConfig.ShmSize).toBe(256 * 1024 * 1024);
    expect(inspected.Mounts).toMatchObject([{ Type: 'volume', Name: 'profile-alice', Destination: '/profile', RW: true }]);
    expect((await destroy(first.id)).destroySession.status).toBe('STOPPED');
    expect(await first.daemon.docker('volume', 'ls', '-q')).toContain('profile-alice');

    // Without the volume, the other agent would now be chosen: it is the less loaded one.
    const holder = first.agent;
    await setCores(holder, 1);
    await setCores(other(holder), 4);
    const forAlice = (await server.gql(Placement, { id }, as('alice'))).data!.placement;
    expect(forAlice.chosen?.agent.name).toBe(holder);
    expect(forAlice.candidates.find((c) => c.agent.name === holder)).toEqual({
      agent: { name: holder },
      eligible: true,
      reasons: ['holds volume profile-alice'],
    });
    expect(forAlice.candidates.find((c) => c.agent.name === other(holder))).toMatchObject({ eligible: true, reasons: [] });
    // The admin token's owner has no profile yet: the plan it sees is the plain one.
    expect((await server.data(Placement, { id })).placement.chosen?.agent.name).toBe(other(holder));

    const second = await running(id, 'alice');
    expect(second.agent).toBe(holder);
    expect(await second.exec('cat /profile/note')).toBe('alice-was-here');
    await destroy(second.id);

    // Bob on the very agent that holds alice's profile gets a profile of his own.
    await setEnabled(other(holder), false);
    const bobs = await running(id, 'bob');
    expect(bobs.agent).toBe(holder);
    expect(await bobs.exec('ls /profile; cat /profile/note 2>/dev/null || echo no-note')).toBe('no-note');
    expect((await bobs.inspect()).Mounts).toMatchObject([{ Type: 'volume', Name: 'profile-bob' }]);
    await destroy(bobs.id);
    await setEnabled(other(holder), true);
  });

  it('with requireAgent, sends the owner only where the volume lives, and says so', async () => {
    await setCores('a1', 4);
    await setCores('a2', 4);
    const id = await workspace({ name: 'pinned', volumes: [{ source: 'pin-{owner}', target: '/pin', requireAgent: true }] });
    const first = await running(id, 'alice');
    await destroy(first.id);
    const home = first.agent;
    const elsewhere = other(home);
    // The other agent is the less loaded one now, and still not eligible.
    await setCores(home, 1);
    const { placement } = (await server.gql(Placement, { id }, as('alice'))).data!;
    expect(placement.chosen?.agent.name).toBe(home);
    expect(placement.candidates.find((c) => c.agent.name === elsewhere)).toEqual({
      agent: { name: elsewhere },
      eligible: false,
      reasons: [`volume pin-alice lives on agent ${home}`],
    });
    await setEnabled(home, false);
    const { errors } = await server.gql(Launch, { id }, as('alice'));
    expect(errors?.[0]?.extensions?.code).toBe('NO_CAPACITY');
    expect(errors?.[0]?.message).toContain(`${elsewhere}: volume pin-alice lives on agent ${home}`);
    // Bob has no such volume yet: any agent will do.
    const bobs = await running(id, 'bob');
    expect(bobs.agent).toBe(elsewhere);
    await destroy(bobs.id);
    await setEnabled(home, true);
    await setCores(home, 4);
  });

  it('mounts a host path under ENCLAVE_BIND_ROOTS, read-write or read-only', async () => {
    mkdirSync(join(root, 'shared'));
    mkdirSync(join(root, 'ro'));
    const id = await workspace({
      name: 'binds',
      volumes: [
        { source: `${root}//shared/`, target: '/shared' },
        { source: `${root}/ro`, target: '/ro', readOnly: true },
      ],
    });
    expect((await server.data(Settings, { id })).workspace).toEqual({
      volumes: [
        { source: `${root}/shared`, target: '/shared', readOnly: false, requireAgent: false },
        { source: `${root}/ro`, target: '/ro', readOnly: true, requireAgent: false },
      ],
      shmSizeMb: null,
    });
    const session = await running(id, 'bob');
    await session.exec('echo from-the-container > /shared/hello');
    expect(readFileSync(join(root, 'shared', 'hello'), 'utf8')).toBe('from-the-container\n');
    expect(await session.exec('echo x > /ro/f 2>/dev/null || echo refused')).toBe('refused');
    expect(existsSync(join(root, 'ro', 'f'))).toBe(false);
    // Docker's default /dev/shm when shmSizeMb is not set.
    expect((await session.inspect()).HostConfig.ShmSize).toBe(64 * 1024 * 1024);
    await destroy(session.id);
  });

  it('refuses host paths outside the roots, and ".." tricks, at createWorkspace and updateWorkspace', async () => {
    const id = await workspace({ name: 'kept', volumes: [{ source: 'kept-{owner}', target: '/kept' }] });
    const refused = ['/etc', '/var/run/docker.sock', `${root}-sibling/x`, `${root}/../etc`, `${root}/a/../../etc`, `${root}/..`, '/nonexistent'];
    for (const source of refused) {
      const volumes = [{ source, target: '/mnt' }];
      const created = await server.gql(CreateWorkspace, { input: { name: `bad-${refused.indexOf(source)}`, image, volumes } });
      expect(created.errors?.[0]?.extensions, source).toMatchObject({ code: 'BAD_USER_INPUT', field: 'volumes' });
      expect(created.errors?.[0]?.message, source).toMatch(/ENCLAVE_BIND_ROOTS \(.*enclave-binds-.*, \/nonexistent\/other-root\)/);
      const updated = await server.gql(Update, { id, input: { volumes } });
      expect(updated.errors?.[0]?.extensions, source).toMatchObject({ code: 'BAD_USER_INPUT', field: 'volumes' });
    }
    const shm = await server.gql(Update, { id, input: { shmSizeMb: 0 } });
    expect(shm.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'shmSizeMb' });
    expect((await server.data(Settings, { id })).workspace).toEqual({
      volumes: [{ source: 'kept-{owner}', target: '/kept', readOnly: false, requireAgent: false }],
      shmSizeMb: null,
    });
    // null removes the mounts.
    expect((await server.data(Update, { id, input: { volumes: null } })).updateWorkspace.volumes).toEqual([]);
  });
});
