import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../harness/database.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { freePort, postGraphQL, runServer, waitReady, type ServerProcess } from '../harness/process.js';

const token = 'restart-test-admin-token-0123456789';

describe('Enclave killed in the middle of a launch', () => {
  let database: TestDatabase;
  let daemon: Dockerd;
  let port: number;
  let base: string;
  const servers: ServerProcess[] = [];

  const start = async () => {
    const server = runServer({
      PORT: String(port),
      DATABASE_URL: database.url!,
      ENCLAVE_ADMIN_TOKEN: token,
      ENCLAVE_DOCKER_TIMEOUT_MS: '3000',
      LOG_LEVEL: 'warn',
    });
    servers.push(server);
    await waitReady(base, server);
    return server;
  };
  const gql = (query: string, variables: Record<string, unknown> = {}) => postGraphQL(base, token, query, variables);

  beforeAll(async () => {
    [database, daemon] = await Promise.all([createTestDatabase('postgres'), startDockerd('restart-agent')]);
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
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
    const { registerAgent } = await gql(`mutation ($e: String!) { registerAgent(input: { name: "a", endpoint: $e }) { id status } }`, {
      e: daemon.endpoint,
    });
    expect(registerAgent.status).toBe('ONLINE');
    const { createWorkspace } = await gql(
      `mutation ($i: String!) { createWorkspace(input: { name: "w", image: $i, command: ["sleep", "3600"], cores: 0.1, memoryMb: 32 }) { id } }`,
      { i: image },
    );
    const { launchSession } = await gql(`mutation ($w: ID!) { launchSession(input: { workspaceId: $w }) { id status } }`, {
      w: createWorkspace.id,
    });
    // Freeze the daemon so the launch cannot finish, then kill Enclave while it waits.
    await daemon.kill('SIGSTOP');
    first.process.kill('SIGKILL');
    await first.exited;
    await daemon.kill('SIGCONT');

    await start();
    const status = async () => (await gql(`query ($id: ID!) { session(id: $id) { status statusReason } }`, { id: launchSession.id })).session;
    for (let i = 0; i < 300 && (await status()).status !== 'FAILED'; i++) await sleep(100);
    expect(await status()).toEqual({ status: 'FAILED', statusReason: 'launch interrupted: the Enclave process running it stopped' });
    const agentOnline = async () => (await gql(`{ agents { status } }`)).agents[0].status === 'ONLINE';
    for (let i = 0; i < 100 && !(await agentOnline()); i++) await sleep(100);
    // The reconciliation on connect removes whatever the interrupted launch created.
    for (let i = 0; i < 50 && (await daemon.docker('ps', '-aq', '--filter', 'label=io.enclave.session')); i++)
      await sleep(100);
    expect(await daemon.docker('ps', '-aq', '--filter', 'label=io.enclave.session')).toBe('');
    const { agents } = await gql(`{ agents { capacity { sessionCount } } }`);
    expect(agents[0].capacity.sessionCount).toBe(0);
  });
});
