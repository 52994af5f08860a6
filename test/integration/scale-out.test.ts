import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { Cluster } from '../harness/cluster.js';
import { createTestDatabase, type PostgresTestDatabase } from '../harness/database.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import type { EnclaveProcess } from '../harness/enclave.js';
import {
  CreateWorkspace,
  DestroySession,
  LaunchSession,
  NetworkNamesDiscovered,
  RegisterAgent,
  SessionStatusChanges,
  Sessions,
  sleeperWorkspace,
} from '../harness/operations.js';
import { until } from '../harness/until.js';

const token = 'scale-out-admin-token-0123456789abc';

const NetworksDiscovered = graphql(`subscription ScaleOutNetworksDiscovered { networkDiscovered { name agent { name } } }`);
const WorkspaceIds = graphql(`query ScaleOutWorkspaceIds { workspaces { id } }`);

describe('two Enclave processes on one Postgres', () => {
  let database: PostgresTestDatabase;
  let cluster: Cluster;
  const daemons: Dockerd[] = [];
  let image = '';

  beforeAll(async () => {
    const [db, ...started] = await Promise.all([createTestDatabase('postgres'), startDockerd('so-1'), startDockerd('so-2')]);
    database = db as PostgresTestDatabase;
    daemons.push(...(started as Dockerd[]));
    image = (await Promise.all(daemons.map((d) => d.importBusybox())))[0]!;
    cluster = new Cluster({
      token,
      databaseUrl: database.url,
      env: {
        ENCLAVE_CLAIM_MS: '500',
        ENCLAVE_HEARTBEAT_MS: '500',
        ENCLAVE_DOCKER_TIMEOUT_MS: '2000',
        ENCLAVE_STOP_GRACE_S: '1',
        LOG_LEVEL: 'warn',
      },
    });
    const a = await cluster.start('A');
    await cluster.start('B');
    for (const daemon of daemons) await a.data(RegisterAgent, { input: { name: daemon.name, endpoint: daemon.endpoint } });
    await a.data(CreateWorkspace, { input: sleeperWorkspace(image) });
  }, 180_000);

  afterAll(async () => {
    await cluster?.stop();
    await Promise.all(daemons.map((d) => d.stop()));
    await database?.drop();
  });

  it('watches each agent from exactly one process, which made its default network once', async () => {
    for (const daemon of daemons) {
      let stableSince = 0;
      await until(`one event stream open on ${daemon.name} for 2 s`, async () => {
        const listeners = Number(await daemon.docker('info', '--format', '{{.NEventsListener}}'));
        if (listeners === 1) stableSince ||= Date.now();
        else stableSince = 0;
        return stableSince > 0 && Date.now() - stableSince >= 2_000;
      });
      // Docker allows two networks of one name: two processes both creating it would leave two.
      const defaults = (await daemon.docker('network', 'ls', '--filter', 'name=^enclave_default$', '--format', '{{.ID}}'))
        .split('\n')
        .filter(Boolean);
      expect(defaults, daemon.name).toHaveLength(1);
    }
  });

  it('delivers every event to subscribers on either process, exactly once and in order', async () => {
    const [a, b] = cluster.nodes as [EnclaveProcess, EnclaveProcess];
    const networksOnA = cluster.subscribe(a, NetworksDiscovered);
    const networksOnB = cluster.subscribe(b, NetworksDiscovered);
    const sessionsOnB = cluster.subscribe(b, SessionStatusChanges);
    await Promise.all([networksOnA.ready, networksOnB.ready, sessionsOnB.ready]);

    await daemons[0]!.docker('network', 'create', 'z_across');
    for (const seen of [networksOnA, networksOnB]) {
      const named = () => seen.events.filter((e) => e.result.data?.networkDiscovered.name === 'z_across');
      await until('z_across on both', () => named().length > 0);
      await sleep(300);
      expect(named()).toHaveLength(1);
    }

    const { workspaces } = await a.data(WorkspaceIds);
    const { launchSession } = await a.data(LaunchSession, { input: { workspaceId: workspaces[0]!.id } });
    const transitions = () =>
      sessionsOnB.events.flatMap(({ result }) => {
        const session = result.data?.sessionStatusChanged;
        return session?.id === launchSession.id ? [session.status] : [];
      });
    await until('RUNNING on B', () => transitions().includes('RUNNING'));
    await b.data(DestroySession, { id: launchSession.id });
    await until('STOPPED on B', () => transitions().includes('STOPPED'));
    expect(transitions()).toEqual([
      'REQUESTED',
      'PROVISIONING',
      'STARTING',
      'RUNNING',
      'STOPPING',
      'STOPPED',
    ]);
  });

  it('takes over the agents of a process killed in the middle of launches, leaving nothing stuck or orphaned', async () => {
    const [a, b] = cluster.nodes as [EnclaveProcess, EnclaveProcess];
    const { workspaces } = await b.data(WorkspaceIds);
    const launched: string[] = [];
    for (let i = 0; i < 4; i++) launched.push((await a.data(LaunchSession, { input: { workspaceId: workspaces[0]!.id } })).launchSession.id);
    const killedAt = Date.now();
    a.process.kill('SIGKILL');
    await a.exited;

    // Every launch ends RUNNING (A finished it) or FAILED (B failed it); none stays half-way.
    const ended = await until('every launch settled', async () => {
      const { sessions } = await b.data(Sessions);
      const ours = sessions.filter((s) => launched.includes(s.id));
      return ours.every((s) => ['RUNNING', 'FAILED'].includes(s.status)) && ours;
    });
    // Whatever runs belongs to a RUNNING session; nothing else is left on the agents.
    const running = new Set(ended.filter((s) => s.status === 'RUNNING').map((s) => s.id));
    await until('no orphan container', async () => {
      const labels = (await Promise.all(daemons.map((d) => d.docker('ps', '-a', '--format', '{{.Label "io.enclave.session"}}'))))
        .flatMap((out) => out.split('\n'))
        .filter(Boolean);
      return labels.every((id) => running.has(id)) && labels.length === running.size;
    });

    // B now watches every agent: a network created on any of them reaches B's subscribers.
    const networksOnB = cluster.subscribe(b, NetworkNamesDiscovered);
    await networksOnB.ready;
    for (const [i, daemon] of daemons.entries()) await daemon.docker('network', 'create', `z_takeover_${i}`);
    await until('both networks discovered by B', () =>
      ['z_takeover_0', 'z_takeover_1'].every((name) => networksOnB.events.some((e) => e.result.data?.networkDiscovered.name === name)),
    );
    console.log(`takeover: every launch settled and both agents watched by B ${Date.now() - killedAt} ms after SIGKILL`);
    for (const id of running) await b.data(DestroySession, { id });
  });
});
