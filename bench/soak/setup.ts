// The soak's world: a Postgres server of its own (restartable), three dockerd agents each behind a socket proxy (so
// that their connections can be cut), two Enclave processes on that Postgres (each restartable on its port), the
// agents registered with capacity overrides that bind, and workspaces with seconds-scale lifetime rules.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { CreateWorkspaceInput, ExpirationAction } from '../../test/__generated__/graphql.js';
import { startDockerd, type Dockerd } from '../../test/harness/dockerd.js';
import { spawnEnclave, type EnclaveProcess } from '../../test/harness/enclave.js';
import { dataOf } from '../../test/harness/graphql.js';
import { CreateWorkspace, RegisterAgent } from '../../test/harness/operations.js';
import { startPostgresServer, type PostgresServer } from '../../test/harness/postgres-server.js';
import { freePort, waitReady } from '../../test/harness/process.js';
import { startSocketProxy, type SocketProxy } from '../../test/harness/socket-proxy.js';
import { enclaveEnv, onCleanup, randomToken, stopServer } from '../harness.js';
import type { Random } from './random.js';

/** What each agent may hold (overrides of what the daemon reports, so that capacity binds). */
export const agentCapacity = { cores: 2, memoryMb: 384, maxSessions: 6 } as const;
/** Each session's share: 4 core-holding sessions fill an agent's cores, 6 memory-holding ones its memory. */
export const sessionSize = { cores: 0.5, memoryMb: 64 } as const;
// exits at once on SIGTERM (busybox sleep as PID 1 would ignore it and wait for SIGKILL)
const command = ['sh', '-c', "trap 'exit 0' TERM; sleep 3600 & wait"];

export interface SoakAgent {
  readonly name: string;
  readonly daemon: Dockerd;
  readonly proxy: SocketProxy;
  id: string;
}

export interface SoakWorkspace {
  id: string;
  name: string;
  idleTimeoutSeconds: number | null;
  maxLifetimeSeconds: number | null;
  expirationAction: ExpirationAction;
}

/** One Enclave process slot: the process on a fixed port, killed and started again as the faults say. */
export class EnclaveNode {
  current: EnclaveProcess | undefined;
  private incarnation = 0;
  readonly url: string;
  readonly base: string;

  constructor(
    readonly label: string,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly token: string,
    private readonly logDir: string,
  ) {
    this.base = `http://127.0.0.1:${port}`;
    this.url = `${this.base}/graphql`;
  }

  get up(): boolean {
    return this.current?.running ?? false;
  }

  async start(): Promise<void> {
    const label = `${this.label}#${++this.incarnation}`;
    const server = await spawnEnclave({ label, port: this.port, token: this.token, env: this.env, inheritEnv: true });
    this.current = server;
    void server.exited.then(() => this.saveLog(server));
    await waitReady(server, { timeoutMs: 120_000 });
  }

  /** SIGKILL, like a crash; resolves once it has exited. */
  async kill(): Promise<void> {
    const server = this.current;
    if (!server?.running) return;
    server.process.kill('SIGKILL');
    await server.exited;
  }

  async stop(): Promise<void> {
    if (this.current) await stopServer(this.current);
  }

  /** Each incarnation's output (warn level and above) is kept in the run's log directory, for diagnosis. */
  private saveLog(server: EnclaveProcess) {
    fs.writeFileSync(path.join(this.logDir, `${server.label.replace('#', '-')}.log`), server.lines.join('\n') + '\n');
  }
}

export interface Soak {
  token: string;
  pg: PostgresServer;
  /** Read-only connection to the soak's Postgres, for the checks' own view. */
  db: postgres.Sql;
  agents: SoakAgent[];
  nodes: EnclaveNode[];
  workspaces: SoakWorkspace[];
  logDir: string;
}

/** Starts everything (each step registered for cleanup) and returns it. */
export async function setUp(random: Random, progress: (s: string) => void): Promise<Soak> {
  const token = randomToken();
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), `enclave-soak-${random.seed}-`));
  const pg = await startPostgresServer();
  onCleanup('postgres', () => pg.stop());
  const db = postgres(pg.url, { max: 2, onnotice: () => {}, connection: { default_transaction_read_only: true }, idle_timeout: 5 });
  onCleanup('read-only db client', () => db.end({ timeout: 2 }));

  progress('starting 3 dockerd agents');
  const agents = await Promise.all(['soak-1', 'soak-2', 'soak-3'].map((name) => startAgent(name)));
  const env = enclaveEnv(pg.url, {
    ENCLAVE_HEARTBEAT_MS: '1000',
    ENCLAVE_CLAIM_MS: '1000',
    ENCLAVE_DOCKER_TIMEOUT_MS: '5000',
    ENCLAVE_STOP_GRACE_S: '1',
    ENCLAVE_MAX_SESSIONS_PER_OWNER: '100',
    NODE_ENV: 'production',
  });
  const nodes: EnclaveNode[] = [];
  for (const label of ['A', 'B']) {
    const node = new EnclaveNode(label, await freePort(), env, token, logDir);
    onCleanup(`enclave ${label}`, () => node.stop());
    progress(`starting Enclave ${label} on port ${node.port}`);
    await node.start(); // one after the other: each migrates at start
    nodes.push(node);
  }
  const [a] = nodes as [EnclaveNode];
  for (const agent of agents) {
    const body = await a.current!.gql(RegisterAgent, { input: { name: agent.name, endpoint: agent.proxy.endpoint, capacity: agentCapacity } });
    const { registerAgent } = dataOf(body);
    if (registerAgent.status !== 'ONLINE') throw new Error(`agent ${agent.name} registered ${registerAgent.status}`);
    agent.id = registerAgent.id;
  }
  const workspaces = await createWorkspaces(a, random);
  return { token, pg, db, agents, nodes, workspaces, logDir };
}

async function startAgent(name: string): Promise<SoakAgent> {
  const daemon = await startDockerd(name);
  onCleanup(`dockerd ${name}`, async () => {
    await daemon.kill('SIGCONT').catch(() => {});
    await daemon.stop();
  });
  await daemon.importBusybox();
  const proxy = await startSocketProxy(daemon.socketPath);
  onCleanup(`proxy ${name}`, () => proxy.close());
  return { name, daemon, proxy, id: '' };
}

/** A plain workspace, one with an idle rule per expiration action, and one with a lifetime and an idle rule. */
async function createWorkspaces(node: EnclaveNode, random: Random): Promise<SoakWorkspace[]> {
  const actions: ExpirationAction[] = ['DESTROY', 'SUSPEND', 'PAUSE'];
  const specs: Omit<SoakWorkspace, 'id'>[] = [
    { name: 'plain', idleTimeoutSeconds: null, maxLifetimeSeconds: null, expirationAction: 'DESTROY' },
    ...actions.map((action) => ({
      name: `idle-${action.toLowerCase()}`,
      idleTimeoutSeconds: random.int(5, 15),
      maxLifetimeSeconds: null,
      expirationAction: action,
    })),
    { name: 'lifetime', idleTimeoutSeconds: random.int(10, 20), maxLifetimeSeconds: random.int(20, 40), expirationAction: random.pick(actions) },
  ];
  const created: SoakWorkspace[] = [];
  for (const spec of specs) {
    const input: CreateWorkspaceInput = {
      name: spec.name,
      image: 'enclave-test/busybox:latest',
      command,
      ...sessionSize,
      idleTimeoutSeconds: spec.idleTimeoutSeconds,
      maxLifetimeSeconds: spec.maxLifetimeSeconds,
      expirationAction: spec.expirationAction,
    };
    const { createWorkspace } = dataOf(await node.current!.gql(CreateWorkspace, { input }));
    created.push({ ...spec, id: createWorkspace.id });
  }
  return created;
}
