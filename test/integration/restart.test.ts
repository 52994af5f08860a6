import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { createTestDatabase, type PostgresTestDatabase } from '../harness/database.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { startEnclave, type EnclaveProcess } from '../harness/enclave.js';
import { CreateWorkspace, LaunchSession, SessionStatus, sleeperWorkspace } from '../harness/operations.js';
import { freePort } from '../harness/process.js';

const token = 'restart-test-admin-token-0123456789';

const Register = graphql(`mutation RestartRegister($e: String!) { registerAgent(input: { name: "a", endpoint: $e }) { id status } }`);
const AgentStatuses = graphql(`query RestartAgentStatuses { agents { status } }`);
const SessionCounts = graphql(`query RestartSessionCounts { agents { capacity { sessionCount } } }`);

describe('Enclave killed in the middle of a launch', () => {
  let database: PostgresTestDatabase;
  let daemon: Dockerd;
  let port: number;
  const servers: EnclaveProcess[] = [];

  /** Starts Enclave, always on the same port and database: the one started last answers. */
  const start = async () => {
    const server = await startEnclave({
      port,
      token,
      env: { DATABASE_URL: database.url, ENCLAVE_DOCKER_TIMEOUT_MS: '3000', LOG_LEVEL: 'warn' },
    });
    servers.push(server);
    return server;
  };
  const server = () => servers.at(-1)!;

  beforeAll(async () => {
    [database, daemon] = await Promise.all([createTestDatabase('postgres'), startDockerd('restart-agent')]);
    port = await freePort();
  });
  afterAll(async () => {
    for (const server of servers) server.process.kill('SIGKILL');
    await daemon?.kill('SIGCONT').catch(() => {});
    await daemon?.stop();
    await database?.drop();
  });

  it('fails the interrupted session on restart and leaves no container behind', async () => {
    const image = await daemon.importBusybox();
    const first = await start();
    const { registerAgent } = await server().data(Register, { e: daemon.endpoint });
    expect(registerAgent.status).toBe('ONLINE');
    const { createWorkspace } = await server().data(CreateWorkspace, { input: sleeperWorkspace(image) });
    const { launchSession } = await server().data(LaunchSession, { input: { workspaceId: createWorkspace.id } });
    // Freeze the daemon so the launch cannot finish, then kill Enclave while it waits.
    await daemon.kill('SIGSTOP');
    first.process.kill('SIGKILL');
    await first.exited;
    await daemon.kill('SIGCONT');

    await start();
    const status = async () => (await server().data(SessionStatus, { id: launchSession.id })).session;
    for (let i = 0; i < 300 && (await status())?.status !== 'FAILED'; i++) await sleep(100);
    expect(await status()).toEqual({ status: 'FAILED', statusReason: 'launch interrupted: the Enclave process running it stopped' });
    const agentOnline = async () => (await server().data(AgentStatuses)).agents[0]?.status === 'ONLINE';
    for (let i = 0; i < 100 && !(await agentOnline()); i++) await sleep(100);
    // The reconciliation on connect removes whatever the interrupted launch created.
    for (let i = 0; i < 50 && (await daemon.docker('ps', '-aq', '--filter', 'label=io.enclave.session')); i++)
      await sleep(100);
    expect(await daemon.docker('ps', '-aq', '--filter', 'label=io.enclave.session')).toBe('');
    const { agents } = await server().data(SessionCounts);
    expect(agents[0]?.capacity.sessionCount).toBe(0);
  });
});
