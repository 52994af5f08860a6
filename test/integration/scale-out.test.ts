import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTestDatabase, type TestDatabase } from '../harness/database.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { freePort, postGraphQL, runServer, waitReady, type ServerProcess } from '../harness/process.js';

const token = 'scale-out-admin-token-0123456789abc';

interface Node {
  name: string;
  base: string;
  process: ServerProcess;
}

describe('two Enclave processes on one Postgres', () => {
  let database: TestDatabase;
  const daemons: Dockerd[] = [];
  const nodes: Node[] = [];
  const clients: Client[] = [];
  let image = '';

  async function startNode(name: string): Promise<Node> {
    const port = await freePort();
    const node: Node = {
      name,
      base: `http://127.0.0.1:${port}`,
      process: runServer({
        PORT: String(port),
        DATABASE_URL: database.url!,
        ENCLAVE_ADMIN_TOKEN: token,
        ENCLAVE_CLAIM_MS: '500',
        ENCLAVE_HEARTBEAT_MS: '500',
        ENCLAVE_DOCKER_TIMEOUT_MS: '2000',
        ENCLAVE_STOP_GRACE_S: '1',
        LOG_LEVEL: 'warn',
      }),
    };
    await waitReady(node.base, node.process);
    nodes.push(node);
    return node;
  }

  const gql = (node: Node, query: string, variables: Record<string, unknown> = {}) => postGraphQL(node.base, token, query, variables);

  /** Collects every event of a subscription on one node. */
  function watch(node: Node, query: string) {
    const events: any[] = [];
    const client = createClient({
      url: node.base.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    let acked!: () => void;
    const ready = new Promise<void>((resolve) => (acked = resolve));
    client.on('connected', () => setTimeout(acked, 150));
    client.subscribe({ query }, { next: (value) => events.push(value.data), error: () => {}, complete: () => {} });
    return { events, ready };
  }

  async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(50);
    }
  }

  beforeAll(async () => {
    const [db, ...started] = await Promise.all([createTestDatabase('postgres'), startDockerd('so-1'), startDockerd('so-2')]);
    database = db as TestDatabase;
    daemons.push(...(started as Dockerd[]));
    image = (await Promise.all(daemons.map((d) => d.importBusybox())))[0]!;
    await startNode('A');
    await startNode('B');
    for (const daemon of daemons)
      await gql(nodes[0]!, `mutation ($e: String!, $n: String!) { registerAgent(input: { name: $n, endpoint: $e }) { id } }`, {
        e: daemon.endpoint,
        n: daemon.name,
      });
    await gql(
      nodes[0]!,
      `mutation ($i: String!) { createWorkspace(input: { name: "w", image: $i, command: ["sleep", "3600"], cores: 0.1, memoryMb: 32 }) { id } }`,
      { i: image },
    );
  }, 180_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    for (const node of nodes) {
      node.process.process.kill('SIGTERM');
      await node.process.exited;
    }
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
    const [a, b] = nodes as [Node, Node];
    const networksOnA = watch(a, 'subscription { networkDiscovered { name agent { name } } }');
    const networksOnB = watch(b, 'subscription { networkDiscovered { name agent { name } } }');
    const sessionsOnB = watch(b, 'subscription { sessionStatusChanged { id status } }');
    await Promise.all([networksOnA.ready, networksOnB.ready, sessionsOnB.ready]);

    await daemons[0]!.docker('network', 'create', 'z_across');
    for (const seen of [networksOnA, networksOnB]) {
      await until('z_across on both', () => seen.events.some((e) => e.networkDiscovered.name === 'z_across'));
      await sleep(300);
      expect(seen.events.filter((e) => e.networkDiscovered.name === 'z_across')).toHaveLength(1);
    }

    const { workspaces } = await gql(a, '{ workspaces { id } }');
    const { launchSession } = await gql(a, `mutation ($w: ID!) { launchSession(input: { workspaceId: $w }) { id } }`, { w: workspaces[0].id });
    await until('RUNNING on B', () => sessionsOnB.events.some((e) => e.sessionStatusChanged.id === launchSession.id && e.sessionStatusChanged.status === 'RUNNING'));
    await gql(b, `mutation ($id: ID!) { destroySession(id: $id) { id } }`, { id: launchSession.id });
    await until('STOPPED on B', () => sessionsOnB.events.some((e) => e.sessionStatusChanged.id === launchSession.id && e.sessionStatusChanged.status === 'STOPPED'));
    expect(sessionsOnB.events.filter((e) => e.sessionStatusChanged.id === launchSession.id).map((e) => e.sessionStatusChanged.status)).toEqual([
      'REQUESTED',
      'PROVISIONING',
      'STARTING',
      'RUNNING',
      'STOPPING',
      'STOPPED',
    ]);
  });

  it('takes over the agents of a process killed in the middle of launches, leaving nothing stuck or orphaned', async () => {
    const [a, b] = nodes as [Node, Node];
    const { workspaces } = await gql(b, '{ workspaces { id } }');
    const launched: string[] = [];
    for (let i = 0; i < 4; i++)
      launched.push((await gql(a, `mutation ($w: ID!) { launchSession(input: { workspaceId: $w }) { id } }`, { w: workspaces[0].id })).launchSession.id);
    const killedAt = Date.now();
    a.process.process.kill('SIGKILL');
    await a.process.exited;

    // Every launch ends RUNNING (A finished it) or FAILED (B failed it); none stays half-way.
    const ended = await until('every launch settled', async () => {
      const { sessions } = await gql(b, '{ sessions { id status statusReason } }');
      const ours = sessions.filter((s: { id: string }) => launched.includes(s.id));
      return ours.every((s: { status: string }) => ['RUNNING', 'FAILED'].includes(s.status)) && ours;
    });
    // Whatever runs belongs to a RUNNING session; nothing else is left on the agents.
    const running = new Set(ended.filter((s: { status: string }) => s.status === 'RUNNING').map((s: { id: string }) => s.id));
    await until('no orphan container', async () => {
      const labels = (await Promise.all(daemons.map((d) => d.docker('ps', '-a', '--format', '{{.Label "io.enclave.session"}}'))))
        .flatMap((out) => out.split('\n'))
        .filter(Boolean);
      return labels.every((id) => running.has(id)) && labels.length === running.size;
    });

    // B now watches every agent: a network created on any of them reaches B's subscribers.
    const networksOnB = watch(b, 'subscription { networkDiscovered { name } }');
    await networksOnB.ready;
    for (const [i, daemon] of daemons.entries()) await daemon.docker('network', 'create', `z_takeover_${i}`);
    await until('both networks discovered by B', () =>
      ['z_takeover_0', 'z_takeover_1'].every((name) => networksOnB.events.some((e) => e.networkDiscovered.name === name)),
    );
    console.log(`takeover: every launch settled and both agents watched by B ${Date.now() - killedAt} ms after SIGKILL`);
    for (const id of running) await gql(b, `mutation ($id: ID!) { destroySession(id: $id) { id } }`, { id });
  });
});
