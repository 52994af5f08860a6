// Real faults on real Docker daemons and a real Postgres: a hung (SIGSTOPped) agent, a cut event stream while
// networks change, and a Postgres restart under load with two Enclave processes. (A process killed in the middle of
// launches is covered by scale-out.test.ts.)
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { Cluster } from '../harness/cluster.js';
import { createTestDatabase, type PostgresTestDatabase } from '../harness/database.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import type { EnclaveProcess } from '../harness/enclave.js';
import {
  AgentStatuses,
  CreateWorkspace,
  DestroySession,
  LaunchSession,
  NetworkNames,
  NetworkNamesDiscovered,
  RegisterAgent,
  SessionStatus,
  SessionStatusChanges,
  Sessions,
  sleeperWorkspace,
} from '../harness/operations.js';
import { startPostgresServer, type PostgresServer } from '../harness/postgres-server.js';
import { startSocketProxy, type SocketProxy } from '../harness/socket-proxy.js';
import { until } from '../harness/until.js';

const token = 'faults-test-admin-token-0123456789abc';

const AgentStatusChanges = graphql(`subscription FaultsAgentStatusChanges { agentStatusChanged { id status } }`);
const SessionIds = graphql(`query FaultsSessionIds { sessions { id } }`);
const NetworksDiscovered = graphql(`subscription FaultsNetworksDiscovered { networkDiscovered { name agent { id } } }`);
const NetworksRemoved = graphql(`subscription FaultsNetworksRemoved { networkRemoved { name agent { id } } }`);
const Serving = graphql(`query FaultsServing { sessions { id } agents { id status } }`);
const History = graphql(`query FaultsHistory($id: ID!) { session(id: $id) { history { status } } }`);
const HistoryReasons = graphql(`query FaultsHistoryReasons($id: ID!) { session(id: $id) { history { status reason } } }`);
const SessionsInDetail = graphql(`
  query FaultsSessionsInDetail { sessions { id status statusReason launched: createdAt history { status reason at } } }
`);

/** The processes of one describe block, on one database; their output is shown with a failure. */
const clusterOn = (databaseUrl: string, env: Record<string, string>) => new Cluster({ token, databaseUrl, env: { LOG_LEVEL: 'warn', ...env } });

/** Registers the daemon at `endpoint` as agent `name` (it must come ONLINE) and makes a sleeping workspace of `image`. */
async function agentAndWorkspace(node: EnclaveProcess, name: string, endpoint: string, image: string) {
  const { registerAgent } = await node.data(RegisterAgent, { input: { name, endpoint } });
  expect(registerAgent.status).toBe('ONLINE');
  const { createWorkspace } = await node.data(CreateWorkspace, { input: sleeperWorkspace(image) });
  return { agentId: registerAgent.id, workspaceId: createWorkspace.id };
}

/** Runs a test body; a failure carries the processes' last log lines. */
async function withLogs(cluster: Cluster, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof Error && !error.message.includes('--- ')) error.message += `\n${cluster.logs(30)}`;
    throw error;
  }
}

describe('an agent that hangs (SIGSTOP) rather than dies', () => {
  let cluster: Cluster;
  let database: PostgresTestDatabase | undefined;
  let daemon: Dockerd | undefined;
  let node: EnclaveProcess;
  let agentId = '';
  let workspaceId = '';

  beforeAll(async () => {
    const [db, d] = await Promise.all([createTestDatabase('postgres'), startDockerd('fault-stop')]);
    database = db;
    daemon = d;
    const image = await daemon.importBusybox();
    cluster = clusterOn(database.url, { ENCLAVE_HEARTBEAT_MS: '500', ENCLAVE_DOCKER_TIMEOUT_MS: '1500', ENCLAVE_STOP_GRACE_S: '1' });
    node = await cluster.start('solo');
    ({ agentId, workspaceId } = await agentAndWorkspace(node, 'hangs', daemon.endpoint, image));
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    await daemon?.kill('SIGCONT').catch(() => {});
    await daemon?.stop();
    await database?.drop();
  });

  it('is pushed OFFLINE within heartbeat + timeout, refuses launches meanwhile, and is pushed ONLINE on SIGCONT', async () => {
    const statuses = cluster.subscribe(node, AgentStatusChanges);
    await statuses.ready;
    const pushed = (status: string, from = 0) =>
      statuses.events.slice(from).find(({ result }) => {
        const agent = result.data?.agentStatusChanged;
        return agent?.id === agentId && agent.status === status;
      });
    const diagnose = () => cluster.logs();

    const stoppedAt = performance.now();
    await daemon!.kill('SIGSTOP');
    const offline = await until('OFFLINE pushed after SIGSTOP', () => pushed('OFFLINE'), { timeoutMs: 15_000, diagnose });
    const offlineMs = offline.at - stoppedAt;
    console.log(`SIGSTOP: OFFLINE pushed after ${Math.round(offlineMs)} ms (heartbeat 500 ms + Docker timeout 1500 ms)`);
    expect(offlineMs).toBeLessThan(5_000);

    // The only agent is hung: a launch is refused at once, saying why.
    const refused = await node.gql(LaunchSession, { input: { workspaceId } });
    expect(refused.data?.launchSession ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('NO_CAPACITY');
    const reasons = refused.errors?.[0]?.extensions?.['reasons'] as { agentId: string; reasons: string[] }[] | undefined;
    expect(reasons?.find((r) => r.agentId === agentId)?.reasons).toContain('OFFLINE');
    expect((await node.data(SessionIds)).sessions).toEqual([]);

    const seenBefore = statuses.events.length;
    const continuedAt = performance.now();
    await daemon!.kill('SIGCONT');
    const online = await until('ONLINE pushed after SIGCONT', () => pushed('ONLINE', seenBefore), { timeoutMs: 15_000, diagnose });
    console.log(`SIGCONT: ONLINE pushed after ${Math.round(online.at - continuedAt)} ms`);
    expect((await node.data(AgentStatuses)).agents).toEqual([{ id: agentId, status: 'ONLINE' }]);

    // And it takes sessions again.
    const { launchSession } = await node.data(LaunchSession, { input: { workspaceId } });
    await until('the session after SIGCONT RUNNING', async () => {
      const { session } = await node.data(SessionStatus, { id: launchSession.id });
      return session?.status === 'RUNNING';
    });
    await node.data(DestroySession, { id: launchSession.id });
  }, 90_000);
});

describe('the events stream cut while networks change', () => {
  let cluster: Cluster;
  let database: PostgresTestDatabase | undefined;
  let daemon: Dockerd | undefined;
  let proxy: SocketProxy | undefined;
  let node: EnclaveProcess;
  let agentId = '';

  beforeAll(async () => {
    const [db, d] = await Promise.all([createTestDatabase('postgres'), startDockerd('fault-cut')]);
    database = db;
    daemon = d;
    proxy = await startSocketProxy(daemon.socketPath);
    cluster = clusterOn(database.url, { ENCLAVE_HEARTBEAT_MS: '500', ENCLAVE_DOCKER_TIMEOUT_MS: '1500' });
    node = await cluster.start('solo');
    const { registerAgent } = await node.data(RegisterAgent, { input: { name: 'proxied', endpoint: proxy.endpoint } });
    expect(registerAgent.status).toBe('ONLINE');
    agentId = registerAgent.id;
    for (const name of ['z_doomed_1', 'z_doomed_2']) await daemon.docker('network', 'create', name);
    await until('the doomed networks known', async () => {
      const { networks } = await node.data(NetworkNames);
      return ['z_doomed_1', 'z_doomed_2'].every((n) => networks.some((x) => x.name === n));
    });
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    await proxy?.close();
    await daemon?.stop();
    await database?.drop();
  });

  it('finds the networks created and removed meanwhile by the resync on reconnect, and ends ONLINE', async () => {
    const discovered = cluster.subscribe(node, NetworksDiscovered);
    const removed = cluster.subscribe(node, NetworksRemoved);
    const statuses = cluster.subscribe(node, AgentStatusChanges);
    await Promise.all([discovered.ready, removed.ready, statuses.ready]);
    const born = (name: string) => discovered.events.filter((e) => e.result.data?.networkDiscovered.name === name);
    const gone = (name: string) => removed.events.filter((e) => e.result.data?.networkRemoved.name === name);
    const hasStatus = (from: number, status: string) =>
      statuses.events.slice(from).some((e) => e.result.data?.agentStatusChanged.id === agentId && e.result.data.agentStatusChanged.status === status);
    const diagnose = () => cluster.logs();

    // Round 1: the connections are cut and the CLI changes networks at once, on the daemon's real socket.
    expect(proxy!.openConnections()).toBeGreaterThan(0); // at least the event stream
    let statusFrom = statuses.events.length;
    const cutAt = performance.now();
    proxy!.cut();
    await Promise.all([daemon!.docker('network', 'create', 'z_born_1'), daemon!.docker('network', 'rm', 'z_doomed_1')]);
    const changedAt = performance.now();
    await until('z_born_1 discovered and z_doomed_1 removed after the cut', () => born('z_born_1').length > 0 && gone('z_doomed_1').length > 0, {
      timeoutMs: 15_000,
      diagnose,
    });
    const round1 = Math.max(born('z_born_1')[0]!.at, gone('z_doomed_1')[0]!.at);
    console.log(
      `cut (reconnect allowed at once): both changes pushed ${Math.round(round1 - cutAt)} ms after the cut ` +
        `(CLI done after ${Math.round(changedAt - cutAt)} ms)`,
    );
    await until('OFFLINE then ONLINE after the cut', () => hasStatus(statusFrom, 'OFFLINE') && hasStatus(statusFrom, 'ONLINE'), {
      timeoutMs: 15_000,
      diagnose,
    });

    // Round 2: the path to the daemon stays down until the changes are made, so only the re-list on reconnect can
    // find them (the new event stream opens after they happened).
    statusFrom = statuses.events.length;
    proxy!.refuse(true);
    const cut2At = performance.now();
    proxy!.cut();
    await Promise.all([daemon!.docker('network', 'create', 'z_born_2'), daemon!.docker('network', 'rm', 'z_doomed_2')]);
    await until('OFFLINE pushed after the second cut', () => hasStatus(statusFrom, 'OFFLINE'), { timeoutMs: 10_000, diagnose });
    await sleep(300);
    expect(born('z_born_2')).toHaveLength(0);
    const releasedAt = performance.now();
    proxy!.refuse(false);
    await until('z_born_2 discovered and z_doomed_2 removed after reconnecting', () => born('z_born_2').length > 0 && gone('z_doomed_2').length > 0, {
      timeoutMs: 15_000,
      diagnose,
    });
    const round2 = Math.max(born('z_born_2')[0]!.at, gone('z_doomed_2')[0]!.at);
    console.log(
      `cut (reconnects refused until the changes were made): both changes pushed ${Math.round(round2 - releasedAt)} ms after the path came back ` +
        `(${Math.round(round2 - cut2At)} ms after the cut)`,
    );
    await until('ONLINE after the second cut', () => hasStatus(statusFrom, 'ONLINE'), { timeoutMs: 15_000, diagnose });

    await sleep(500);
    for (const [label, seen] of [
      ['networkDiscovered z_born_1', born('z_born_1').map((e) => e.result.data!.networkDiscovered)],
      ['networkDiscovered z_born_2', born('z_born_2').map((e) => e.result.data!.networkDiscovered)],
      ['networkRemoved z_doomed_1', gone('z_doomed_1').map((e) => e.result.data!.networkRemoved)],
      ['networkRemoved z_doomed_2', gone('z_doomed_2').map((e) => e.result.data!.networkRemoved)],
    ] as const) {
      expect(seen, label).toHaveLength(1);
      expect(seen[0]!.agent.id).toBe(agentId);
    }
    expect((await node.data(AgentStatuses)).agents).toEqual([{ id: agentId, status: 'ONLINE' }]);
    const { networks } = await node.data(NetworkNames);
    const names = networks.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['z_born_1', 'z_born_2']));
    expect(names).not.toContain('z_doomed_1');
    expect(names).not.toContain('z_doomed_2');
  }, 90_000);
});

describe('Postgres restarted under load, two processes', () => {
  let cluster: Cluster;
  let pg: PostgresServer | undefined;
  let daemon: Dockerd | undefined;
  let a: EnclaveProcess;
  let b: EnclaveProcess;
  let agentId = '';
  let workspaceId = '';

  beforeAll(async () => {
    const [server, d] = await Promise.all([startPostgresServer(), startDockerd('fault-pg')]);
    pg = server;
    daemon = d;
    const image = await daemon.importBusybox();
    cluster = clusterOn(pg.url, {
      ENCLAVE_CLAIM_MS: '500',
      ENCLAVE_HEARTBEAT_MS: '500',
      ENCLAVE_DOCKER_TIMEOUT_MS: '2000',
      ENCLAVE_STOP_GRACE_S: '1',
    });
    a = await cluster.start('A');
    b = await cluster.start('B');
    ({ agentId, workspaceId } = await agentAndWorkspace(a, 'pg-agent', daemon.endpoint, image));
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    await daemon?.stop();
    await pg?.stop();
  });

  it('comes back in both processes; launches settle, B gets every transition, nothing is orphaned, one watcher', () => withLogs(cluster, async () => {
    const sessionsOnB = cluster.subscribe(b, SessionStatusChanges);
    const networksOnA = cluster.subscribe(a, NetworkNamesDiscovered);
    const networksOnB = cluster.subscribe(b, NetworkNamesDiscovered);
    await Promise.all([sessionsOnB.ready, networksOnA.ready, networksOnB.ready]);

    // Launches through A every 250 ms; Postgres is restarted after the third.
    interface Launch {
      i: number;
      at: number;
      id?: string;
      failure?: string;
    }
    const launches: Launch[] = [];
    const pending: Promise<void>[] = [];
    let restart: Promise<void> | undefined;
    let restartStartedAt = 0;
    let restartDoneAt = 0;
    const testStart = Date.now();
    for (let i = 0; i < 9; i++) {
      if (i === 3) {
        restartStartedAt = Date.now();
        restart = pg!.restart().then(() => void (restartDoneAt = Date.now()));
      }
      const launch: Launch = { i, at: Date.now() };
      launches.push(launch);
      pending.push(
        a.gql(LaunchSession, { input: { workspaceId } }).then(
          (body) => {
            if (body.data?.launchSession?.id) launch.id = body.data.launchSession.id;
            else launch.failure = `coded ${body.errors?.[0]?.extensions?.code ?? '(no code!)'}: ${body.errors?.[0]?.message}`;
          },
          (error: unknown) => void (launch.failure = `network error: ${(error as Error).message}`),
        ),
      );
      await sleep(250);
    }
    await restart;
    console.log(`Postgres restart (pg_ctl -m fast -w restart) took ${restartDoneAt - restartStartedAt} ms`);

    // Both processes answer queries that reach the database again.
    const recovered = await until(
      'both processes serving database queries again',
      async () => {
        cluster.assertAlive();
        const ok = await Promise.all(
          [a, b].map(async (node) => {
            const ready = await fetch(`${node.base}/readyz`).then((r) => r.status === 200, () => false);
            const query = await node.gql(Serving).then((body) => !body.errors && !!body.data, () => false);
            return ready && query;
          }),
        );
        return ok.every(Boolean) && Date.now();
      },
      { timeoutMs: 30_000, diagnose: () => cluster.logs() },
    );
    console.log(
      `recovery: both processes answer database queries ${recovered - restartDoneAt} ms after the restart finished ` +
        `(${recovered - restartStartedAt} ms after it began)`,
    );
    await Promise.all(pending);

    const failed = launches.filter((l) => l.failure);
    console.log(
      `launches: ${launches.length - failed.length} of ${launches.length} accepted; failed: ` +
        (failed.map((l) => `#${l.i} at +${l.at - restartStartedAt} ms (${l.failure})`).join('; ') || 'none'),
    );
    // A launch may fail while Postgres is down, but only as SERVICE_UNAVAILABLE (retry) or with a dropped connection.
    for (const launch of failed) expect(launch.failure).toMatch(/^(coded SERVICE_UNAVAILABLE:|network error:)/);
    expect(failed.filter((l) => l.failure!.includes('(no code!)'))).toEqual([]);
    // ...and only in the restart window: from its start until both processes answered again.
    expect(failed.filter((l) => l.at < restartStartedAt || l.at > recovered).map((l) => `#${l.i}: ${l.failure}`)).toEqual([]);
    // The service works after the restart: one more launch is accepted.
    const after = await a.data(LaunchSession, { input: { workspaceId } });
    launches.push({ i: launches.length, at: Date.now(), id: after.launchSession.id });
    const accepted = launches.filter((l) => l.id).map((l) => l.id!);
    expect(accepted.length).toBeGreaterThanOrEqual(4);

    const historyOf = async (id: string): Promise<string[]> => ((await b.data(History, { id })).session?.history ?? []).map((h) => h.status);
    // Every session ends RUNNING, or FAILED with a reason: none stays half-way.
    const settledStart = Date.now();
    const settled = await until(
      'every session RUNNING or FAILED',
      async () => {
        cluster.assertAlive();
        const { sessions } = await b.data(Sessions);
        return sessions.every((s) => ['RUNNING', 'FAILED'].includes(s.status)) && sessions;
      },
      {
        timeoutMs: 30_000,
        diagnose: async () => {
          const { sessions } = await b.data(SessionsInDetail);
          return `sessions: ${JSON.stringify(sessions, null, 1)}\n${cluster.logs(40)}`;
        },
      },
    );
    console.log(
      `settled ${Date.now() - settledStart} ms later: ` +
        settled.map((s) => `${s.status}${s.statusReason ? ` (${s.statusReason})` : ''}`).join(', '),
    );
    for (const s of settled) if (s.status === 'FAILED') expect(s.statusReason, `session ${s.id}`).toMatch(/\S/);
    for (const s of settled.filter((x) => x.status === 'FAILED')) {
      const { session } = await b.data(HistoryReasons, { id: s.id });
      console.log(`  FAILED ${s.id}: ${(session?.history ?? []).map((h) => h.status + (h.reason ? ` (${h.reason})` : '')).join(' > ')}`);
    }
    for (const id of accepted) expect(settled.some((s) => s.id === id)).toBe(true);
    // A session whose container was started and RUNNING has nothing to do with the database restart: it must not be
    // failed (killed) because of it. (Soft, so that the checks below still run and report.)
    const killed: string[] = [];
    for (const s of settled.filter((x) => x.status === 'FAILED')) {
      const history = await historyOf(s.id);
      if (history.includes('RUNNING')) killed.push(`${s.id}: ${history.join(' > ')} (${s.statusReason})`);
    }
    expect.soft(killed, 'sessions that were RUNNING and then FAILED across the Postgres restart').toEqual([]);

    // B's subscriber, connected throughout, got each accepted session's transitions in order, without a gap.
    const receivedOn = (id: string) =>
      sessionsOnB.events.flatMap((e) => (e.result.data?.sessionStatusChanged.id === id ? [e.result.data.sessionStatusChanged.status] : []));
    const compareAll = async (label: string) => {
      const mismatches: string[] = [];
      for (const id of accepted) {
        const history = await historyOf(id);
        const ok = await until(`B's events for ${id}`, () => JSON.stringify(receivedOn(id)) === JSON.stringify(history), { timeoutMs: 10_000 }).then(
          () => true,
          () => false,
        );
        if (!ok) mismatches.push(`${id}: history ${history.join('>')}, B received ${receivedOn(id).join('>') || '(nothing)'}`);
      }
      expect(mismatches, `${label}: transitions B's subscriber missed or got out of order`).toEqual([]);
    };
    await compareAll('after the launches settled');
    expect(sessionsOnB.closed).toBe(false);

    // The agent is watched again (ONLINE), and its watcher runs in exactly one process: one event stream open on the
    // daemon, one agent claim held.
    await until('the agent ONLINE as seen from both processes', async () => {
      const seen = await Promise.all([a, b].map(async (node) => (await node.data(AgentStatuses)).agents));
      return seen.every((agents) => agents.length === 1 && agents[0]!.id === agentId && agents[0]!.status === 'ONLINE');
    });
    const lockDb = postgres(pg!.url, { max: 1, onnotice: () => {} });
    try {
      let stableSince = 0;
      await until(
        'exactly one event stream and one claim, for 2 s',
        async () => {
          const listeners = Number(await daemon!.docker('info', '--format', '{{.NEventsListener}}'));
          const [row] = await lockDb<{ n: number }[]>`
            select count(*)::int as n from pg_locks where locktype = 'advisory' and classid = ${0x454e4341} and granted`;
          if (listeners === 1 && row?.n === 1) stableSince ||= Date.now();
          else stableSince = 0;
          return stableSince > 0 && Date.now() - stableSince >= 2_000;
        },
        {
          timeoutMs: 20_000,
          diagnose: async () => `event listeners on the daemon: ${await daemon!.docker('info', '--format', '{{.NEventsListener}}')}\n${cluster.logs()}`,
        },
      );
    } finally {
      await lockDb.end();
    }
    await daemon!.docker('network', 'create', 'z_after_restart');
    for (const seen of [networksOnA, networksOnB])
      await until('z_after_restart pushed on A and B', () => seen.events.some((e) => e.result.data?.networkDiscovered.name === 'z_after_restart'));
    await sleep(500);
    const afterRestart = (seen: typeof networksOnA) => seen.events.filter((e) => e.result.data?.networkDiscovered.name === 'z_after_restart');
    expect(afterRestart(networksOnA)).toHaveLength(1);
    expect(afterRestart(networksOnB)).toHaveLength(1);

    // Destroy everything: no labelled container is left on the agent.
    let retriedAfterRestart = 0;
    // A pooled connection that postgres.js did not see close fails its first query after the restart
    // (postgres.js#1208): a client retries, as it would after any SERVICE_UNAVAILABLE during an outage.
    const { sessions } = await b.data(Sessions);
    for (const s of sessions.filter((s) => !['STOPPED', 'FAILED'].includes(s.status))) {
      for (let attempt = 1; ; attempt++) {
        const body = await a.gql(DestroySession, { id: s.id });
        if (!body.errors) break;
        if (attempt === 3) throw new Error(`destroySession kept failing: ${JSON.stringify(body.errors)}`);
        retriedAfterRestart++;
      }
    }
    console.log(`destroys retried after the restart: ${retriedAfterRestart}`);
    await until(
      'no labelled container left',
      async () => (await daemon!.docker('ps', '-a', '-q', '--filter', 'label=io.enclave.session')) === '',
      {
        timeoutMs: 20_000,
        diagnose: async () => `left: ${await daemon!.docker('ps', '-a', '--filter', 'label=io.enclave.session', '--format', '{{.Names}} {{.Status}}')}`,
      },
    );
    const { sessions: final } = await b.data(Sessions);
    expect(final.filter((s) => !['STOPPED', 'FAILED'].includes(s.status))).toEqual([]);
    await compareAll('after destroying all');
    expect(sessionsOnB.closed).toBe(false);
    console.log(`postgres-restart test body took ${Date.now() - testStart} ms`);
  }), 120_000);
});
