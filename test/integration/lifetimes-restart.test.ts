import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { createTestDatabase, type PostgresTestDatabase } from '../harness/database.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { startEnclave, type EnclaveProcess } from '../harness/enclave.js';
import { CreateWorkspace, RegisterAgent } from '../harness/operations.js';
import { freePort } from '../harness/process.js';
import { until } from '../harness/until.js';

const token = 'lifetimes-restart-admin-token-0123456789';
const command = ['sh', '-c', "trap 'exit 0' TERM; sleep 3600 & wait"];

const Launch = graphql(`
  mutation LifetimeRestartLaunch($id: ID!) {
    launchSession(input: { workspaceId: $id }) {
      id
    }
  }
`);
const Get = graphql(`
  query LifetimeRestartGet($id: ID!) {
    session(id: $id) {
      status
      expiresAt
      history {
        status
        reason
      }
    }
  }
`);

describe('deadlines that pass while Enclave is SIGKILLed', () => {
  let database: PostgresTestDatabase;
  let daemon: Dockerd;
  let port: number;
  const servers: EnclaveProcess[] = [];
  const server = () => servers.at(-1)!;
  const start = async () => {
    servers.push(
      await startEnclave({
        port,
        token,
        env: { DATABASE_URL: database.url, ENCLAVE_DOCKER_TIMEOUT_MS: '5000', ENCLAVE_STOP_GRACE_S: '1', LOG_LEVEL: 'warn' },
      }),
    );
    return server();
  };
  const get = async (id: string) => (await server().data(Get, { id })).session!;

  beforeAll(async () => {
    [database, daemon] = await Promise.all([createTestDatabase('postgres'), startDockerd('life-restart')]);
    port = await freePort();
  });
  afterAll(async () => {
    for (const s of servers) s.process.kill('SIGKILL');
    await daemon?.stop();
    await database?.drop();
  });

  it('applies each action once at the restart', async () => {
    const image = await daemon.importBusybox();
    const first = await start();
    await first.data(RegisterAgent, { input: { name: 'a', endpoint: daemon.endpoint } });
    const launch = async (expirationAction: 'DESTROY' | 'SUSPEND' | 'PAUSE') => {
      const input = { name: `w-${expirationAction}`, image, command, cores: 0.1, memoryMb: 32, idleTimeoutSeconds: 4, expirationAction };
      const { createWorkspace } = await first.data(CreateWorkspace, { input });
      const { launchSession } = await first.data(Launch, { id: createWorkspace.id });
      return until(`${expirationAction} running`, async () => (await get(launchSession.id)).status === 'RUNNING' && launchSession.id, {
        timeoutMs: 30_000,
      });
    };
    const ids = await Promise.all((['DESTROY', 'SUSPEND', 'PAUSE'] as const).map(launch));
    first.process.kill('SIGKILL');
    await first.exited;
    await sleep(5_000);
    for (const id of ids) expect(await daemon.docker('inspect', '-f', '{{.State.Status}}', `enclave-${id}`)).toBe('running');

    await start();
    const wanted = ['STOPPED', 'SUSPENDED', 'PAUSED'];
    for (const [i, id] of ids.entries()) {
      const session = await until(
        `${wanted[i]} after restart`,
        async () => {
          const s = await get(id);
          return s.status === wanted[i] && s;
        },
        { timeoutMs: 30_000, intervalMs: 200 },
      );
      expect(session.history.filter((h) => h.reason === 'expired: idle for 4 s')).toHaveLength(1);
      expect(session.expiresAt).toBeNull();
    }
    expect(await daemon.docker('inspect', '-f', '{{.State.Status}}', `enclave-${ids[1]}`)).toBe('exited');
    expect(await daemon.docker('inspect', '-f', '{{.State.Status}}', `enclave-${ids[2]}`)).toBe('paused');
    expect(await daemon.docker('ps', '-aq', '--filter', `name=enclave-${ids[0]}`)).toBe('');
  });
});
