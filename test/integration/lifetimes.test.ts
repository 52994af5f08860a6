import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import type { CreateWorkspaceInput } from '../__generated__/graphql.js';
import { databaseKinds } from '../harness/database.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { CreateWorkspace, RegisterAgent } from '../harness/operations.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { until } from '../harness/until.js';

// A container that exits 0 on SIGTERM (busybox sleep as PID 1 would ignore it).
const command = ['sh', '-c', "trap 'exit 0' TERM; sleep 3600 & wait"];

graphql(`
  fragment LifetimeSession on Session {
    id
    status
    statusReason
    expiresAt
    containerId
    agent {
      id
    }
  }
`);
const Launch = graphql(`
  mutation LifetimeLaunch($id: ID!) {
    launchSession(input: { workspaceId: $id }) {
      ...LifetimeSession
    }
  }
`);
const Get = graphql(`
  query LifetimeGet($id: ID!) {
    session(id: $id) {
      ...LifetimeSession
      history {
        status
        reason
        at
      }
    }
  }
`);
const Pause = graphql(`
  mutation LifetimePause($id: ID!) {
    pauseSession(id: $id) {
      ...LifetimeSession
    }
  }
`);
const Suspend = graphql(`
  mutation LifetimeSuspend($id: ID!) {
    suspendSession(id: $id) {
      ...LifetimeSession
    }
  }
`);
const Resume = graphql(`
  mutation LifetimeResume($id: ID!) {
    resumeSession(id: $id) {
      ...LifetimeSession
    }
  }
`);
const Keepalive = graphql(`
  mutation LifetimeKeepalive($id: ID!) {
    keepaliveSession(id: $id) {
      ...LifetimeSession
    }
  }
`);
const Destroy = graphql(`
  mutation LifetimeDestroy($id: ID!) {
    destroySession(id: $id) {
      ...LifetimeSession
    }
  }
`);
const Capacity = graphql(`
  query LifetimeCapacity($id: ID!) {
    agent(id: $id) {
      capacity {
        usedCores
        usedMemoryMb
        sessionCount
      }
    }
  }
`);
const SetCapacity = graphql(`
  mutation LifetimeSetCapacity($id: ID!, $cores: Float) {
    updateAgent(id: $id, input: { capacity: { cores: $cores } }) {
      id
    }
  }
`);

describe.each(databaseKinds)('session lifetimes, pause, suspend and resume on a real Docker daemon (%s)', (kind) => {
  let server: TestServer;
  let daemon: Dockerd;
  let agentId = '';
  let image = '';
  const workspace = async (input: Partial<CreateWorkspaceInput>) =>
    (await server.data(CreateWorkspace, { input: { name: `w-${Math.random()}`, image, command, cores: 0.5, memoryMb: 64, ...input } }))
      .createWorkspace.id;
  const get = async (id: string) => (await server.data(Get, { id })).session!;
  const status = (id: string, wanted: string, timeoutMs = 20_000) =>
    until(`session ${id} ${wanted}`, async () => ((await get(id)).status === wanted ? get(id) : undefined), { timeoutMs, intervalMs: 100 }).catch(
      async (error: Error) => {
        // What it did instead, for the report.
        const { status: now, history } = await get(id);
        throw new Error(`${error.message}; it is ${now}: ${history.map((h) => `${h.at.slice(11, 23)} ${h.status}${h.reason ? ` (${h.reason})` : ''}`).join(' > ')}`);
      },
    );
  const launched = async (workspaceId: string) => {
    const { launchSession } = await server.data(Launch, { id: workspaceId });
    return status(launchSession.id, 'RUNNING');
  };
  /** Launched and past STARTING (with a 1 s idle timeout, RUNNING may be over before a poll sees it). */
  const started = async (workspaceId: string) => {
    const { launchSession } = await server.data(Launch, { id: workspaceId });
    return until(
      `session ${launchSession.id} started`,
      async () => {
        const session = await get(launchSession.id);
        return !['REQUESTED', 'PROVISIONING', 'STARTING'].includes(session.status) && session;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
  };
  const inspect = async (id: string) => JSON.parse(await daemon.docker('inspect', `enclave-${id}`))[0].State as { Status: string; Paused: boolean };

  beforeAll(async () => {
    daemon = await startDockerd(`life-${kind}`);
    image = await daemon.importBusybox();
    server = await startTestServer(kind, { ENCLAVE_DOCKER_TIMEOUT_MS: '5000', ENCLAVE_STOP_GRACE_S: '2', ENCLAVE_MAX_SESSIONS_PER_OWNER: '50' });
    agentId = (await server.data(RegisterAgent, { input: { name: 'a', endpoint: daemon.endpoint } })).registerAgent.id;
    await server.data(SetCapacity, { id: agentId, cores: 2 });
  });
  afterAll(async () => {
    await server?.stop();
    await daemon?.stop();
  });

  it('pauses (memory kept, cores freed), suspends (nothing held) and resumes with what the container wrote', async () => {
    const session = await launched(await workspace({}));
    expect(session.expiresAt).toBeNull();
    await daemon.docker('exec', `enclave-${session.id}`, 'sh', '-c', 'echo kept > /kept');

    expect((await server.data(Pause, { id: session.id })).pauseSession.status).toBe('PAUSED');
    expect((await inspect(session.id)).Paused).toBe(true);
    expect((await server.data(Capacity, { id: agentId })).agent!.capacity).toEqual({ usedCores: 0, usedMemoryMb: 64, sessionCount: 1 });
    expect((await server.data(Pause, { id: session.id })).pauseSession.status).toBe('PAUSED'); // as is
    expect((await server.data(Resume, { id: session.id })).resumeSession.status).toBe('RUNNING');
    expect((await inspect(session.id)).Paused).toBe(false);

    expect((await server.data(Suspend, { id: session.id })).suspendSession.status).toBe('SUSPENDED');
    expect((await inspect(session.id)).Status).toBe('exited');
    expect((await server.data(Capacity, { id: agentId })).agent!.capacity).toEqual({ usedCores: 0, usedMemoryMb: 0, sessionCount: 0 });
    const resumed = (await server.data(Resume, { id: session.id })).resumeSession;
    expect(resumed.status).toBe('RUNNING');
    expect(resumed.containerId).toBe(session.containerId);
    expect(await daemon.docker('exec', `enclave-${session.id}`, 'cat', '/kept')).toBe('kept');

    const { history } = await get(session.id);
    expect(history.map((h) => h.status)).toEqual([
      'REQUESTED',
      'PROVISIONING',
      'STARTING',
      'RUNNING',
      'PAUSED',
      'RUNNING',
      'SUSPENDED',
      'STARTING',
      'RUNNING',
    ]);
    expect(history.map((h) => h.reason).slice(4)).toEqual([
      'paused by admin',
      'resumed by admin',
      'suspended by admin',
      'resuming',
      'resumed by admin',
    ]);
    const wrong = await server.gql(Keepalive, { id: (await server.data(Destroy, { id: session.id })).destroySession.id });
    expect(wrong.errors?.[0]?.extensions?.['code']).toBe('SESSION_NOT_RUNNING');
  });

  it('destroys a PAUSED and a SUSPENDED session and leaves no container', async () => {
    const workspaceId = await workspace({});
    const [paused, suspended] = await Promise.all([launched(workspaceId), launched(workspaceId)]);
    await server.data(Pause, { id: paused.id });
    await server.data(Suspend, { id: suspended.id });
    for (const id of [paused.id, suspended.id]) {
      expect((await server.data(Destroy, { id })).destroySession.status).toBe('STOPPED');
      expect(await daemon.docker('ps', '-aq', '--filter', `name=enclave-${id}`)).toBe('');
    }
  });

  it('counts a session being destroyed by what it held: a PAUSED one its memory, a SUSPENDED one nothing', async () => {
    const workspaceId = await workspace({});
    const [paused, suspended] = await Promise.all([launched(workspaceId), launched(workspaceId)]);
    await server.data(Pause, { id: paused.id });
    await server.data(Suspend, { id: suspended.id });
    const held = { usedCores: 0, usedMemoryMb: 64, sessionCount: 1 };
    expect((await server.data(Capacity, { id: agentId })).agent!.capacity).toEqual(held);

    // A frozen daemon holds both destroys in STOPPING (removing the container waits for it).
    process.kill(daemon.pid()!, 'SIGSTOP');
    try {
      const destroys = [paused.id, suspended.id].map((id) => server.data(Destroy, { id }));
      await Promise.all([status(paused.id, 'STOPPING'), status(suspended.id, 'STOPPING')]);
      expect((await server.data(Capacity, { id: agentId })).agent!.capacity).toEqual(held);
      process.kill(daemon.pid()!, 'SIGCONT');
      for (const destroyed of await Promise.all(destroys)) expect(destroyed.destroySession.status).toBe('STOPPED');
    } finally {
      process.kill(daemon.pid()!, 'SIGCONT');
    }
    expect((await server.data(Capacity, { id: agentId })).agent!.capacity).toEqual({ usedCores: 0, usedMemoryMb: 0, sessionCount: 0 });
    for (const id of [paused.id, suspended.id]) {
      await until(`container of ${id} removed`, async () => (await daemon.docker('ps', '-aq', '--filter', `name=enclave-${id}`)) === '', {
        timeoutMs: 30_000,
      });
    }
  });

  it('applies each expiration action at its deadline, never before it', async () => {
    const actions = ['DESTROY', 'SUSPEND', 'PAUSE'] as const;
    const sessions = await Promise.all(
      actions.map(async (expirationAction) => launched(await workspace({ idleTimeoutSeconds: 2, expirationAction }))),
    );
    const ended = await Promise.all(sessions.map((s, i) => status(s.id, ['STOPPED', 'SUSPENDED', 'PAUSED'][i]!)));
    for (const [i, session] of ended.entries()) {
      const expiry = session.history.find((h) => h.reason === 'expired: idle for 2 s');
      expect(expiry?.status, actions[i]).toBe(['STOPPING', 'SUSPENDED', 'PAUSED'][i]);
      expect(new Date(expiry!.at).getTime()).toBeGreaterThanOrEqual(new Date(sessions[i]!.expiresAt!).getTime());
      expect(session.history.filter((h) => h.reason?.startsWith('expired')).length).toBe(1);
      expect(session.expiresAt).toBeNull();
    }
    expect((await inspect(ended[2]!.id)).Paused).toBe(true);
    expect((await inspect(ended[1]!.id)).Status).toBe('exited');
  });

  it('keeps a session alive past its idle deadline with keepalives, but not past its lifetime', async () => {
    const session = await launched(await workspace({ idleTimeoutSeconds: 2, maxLifetimeSeconds: 6 }));
    const first = new Date(session.expiresAt!).getTime();
    let last = first;
    for (let i = 0; i < 6; i++) {
      await sleep(700);
      const { keepaliveSession } = await server.data(Keepalive, { id: session.id });
      expect(keepaliveSession.status).toBe('RUNNING');
      last = new Date(keepaliveSession.expiresAt!).getTime();
    }
    expect(last).toBeGreaterThan(first + 3000);
    // 4.2 s in: past the first idle deadline, still running.
    expect((await get(session.id)).status).toBe('RUNNING');
    const ended = await status(session.id, 'STOPPED');
    expect(ended.history.find((h) => h.status === 'STOPPING')?.reason).toBe('expired: reached its maximum lifetime of 6 s');
  });

  // 100 rounds take a minute or two: once, on the database the processes share in production.
  it.runIf(kind === 'postgres')(
    'a keepalive racing the deadline either wins (the session lives past what it reported) or fails, never both',
    async () => {
      const workspaceId = await workspace({ idleTimeoutSeconds: 1, cores: 0.05, memoryMb: 16 });
      let won = 0;
      let lost = 0;
      for (let round = 0; round < 10; round++) {
        const batch = await Promise.all(Array.from({ length: 10 }, () => started(workspaceId)));
        await Promise.all(
          batch.map(async (session) => {
            let promised = 0;
            for (;;) {
              await sleep(700 + Math.random() * 600);
              const answer = await server.gql(Keepalive, { id: session.id });
              if (answer.errors) {
                expect(answer.errors[0]?.extensions?.['code']).toBe('SESSION_NOT_RUNNING');
                lost++;
                break;
              }
              promised = new Date(answer.data!.keepaliveSession.expiresAt!).getTime();
              won++;
            }
            const ended = await status(session.id, 'STOPPED', 90_000);
            const expiry = ended.history.find((h) => h.status === 'STOPPING')!;
            expect(expiry.reason).toBe('expired: idle for 1 s');
            // Every keepalive that reported success moved the deadline the expiry then waited for.
            expect(new Date(expiry.at).getTime()).toBeGreaterThanOrEqual(promised);
          }),
        );
      }
      expect(lost).toBe(100);
      expect(won).toBeGreaterThan(0);
    },
    240_000,
  );

  it('follows a container paused, unpaused or removed behind its back', async () => {
    const workspaceId = await workspace({});
    const session = await launched(workspaceId);
    await daemon.docker('pause', `enclave-${session.id}`);
    expect((await status(session.id, 'PAUSED')).statusReason).toBe('paused outside Enclave');
    await daemon.docker('unpause', `enclave-${session.id}`);
    expect((await status(session.id, 'RUNNING')).statusReason).toBe('unpaused outside Enclave');
    await server.data(Destroy, { id: session.id });

    const suspended = await launched(workspaceId);
    await server.data(Suspend, { id: suspended.id });
    await daemon.docker('rm', `enclave-${suspended.id}`);
    expect((await status(suspended.id, 'FAILED')).statusReason).toBe('its container is gone (removed while suspended)');
    const resumed = await server.gql(Resume, { id: suspended.id });
    expect(resumed.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('refuses to resume a suspended session onto a full agent, which stays SUSPENDED', async () => {
    const workspaceId = await workspace({ cores: 1 });
    const first = await launched(workspaceId);
    await server.data(Suspend, { id: first.id });
    const second = await launched(workspaceId);
    const third = await launched(workspaceId);
    const refused = await server.gql(Resume, { id: first.id });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NO_CAPACITY');
    expect(refused.errors?.[0]?.message).toMatch(/not enough CPU on agent a: 0 of 2 cores free, 1 needed/);
    expect((await get(first.id)).status).toBe('SUSPENDED');
    await server.data(Destroy, { id: third.id });
    expect((await server.data(Resume, { id: first.id })).resumeSession.status).toBe('RUNNING');
    await Promise.all([first, second].map((s) => server.data(Destroy, { id: s.id })));
  });
});
