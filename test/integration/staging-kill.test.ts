import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { createTestDatabase, type PostgresTestDatabase } from '../harness/database.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { startEnclave, type EnclaveProcess } from '../harness/enclave.js';
import { CreateWorkspace, RegisterAgent } from '../harness/operations.js';
import { until } from '../harness/until.js';

const token = 'staging-kill-admin-token-0123456789abcd';
const command = ['sh', '-c', "trap 'exit 0' TERM; sleep 3600 & wait"];
const env = { ENCLAVE_DOCKER_TIMEOUT_MS: '5000', ENCLAVE_STOP_GRACE_S: '1', ENCLAVE_CLAIM_MS: '500', LOG_LEVEL: 'warn' };

const CreatePool = graphql(`
  mutation StagingKillCreatePool($input: CreateStagingPoolInput!) {
    createStagingPool(input: $input) {
      id
    }
  }
`);
const Ended = graphql(`
  query StagingKillEnded {
    sessions(status: [STOPPED, FAILED]) {
      status
      statusReason
    }
  }
`);
const Members = graphql(`
  query StagingKillMembers {
    stagingPools {
      ready
      members {
        id
        status
      }
    }
    sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, SUSPENDED, STOPPING]) {
      id
      owner
    }
  }
`);

describe('a staging pool across two processes, one SIGKILLed while members are being created', () => {
  let database: PostgresTestDatabase;
  let daemon: Dockerd;
  const servers: EnclaveProcess[] = [];

  beforeAll(async () => {
    [database, daemon] = await Promise.all([createTestDatabase('postgres'), startDockerd('staging-kill')]);
  });
  afterAll(async () => {
    for (const s of servers) s.process.kill('SIGKILL');
    await daemon?.stop();
    await database?.drop();
  });

  it('ends with exactly `size` members and their containers: no orphan, no duplicate', async () => {
    const start = async () => {
      const server = await startEnclave({ token, env: { DATABASE_URL: database.url, ...env } });
      servers.push(server);
      return server;
    };
    const a = await start();
    const b = await start();
    const image = await daemon.importBusybox();
    await a.data(RegisterAgent, { input: { name: 'a', endpoint: daemon.endpoint } });
    const { createWorkspace } = await a.data(CreateWorkspace, { input: { name: 'staged', image, command, cores: 0.1, memoryMb: 16 } });
    await a.data(CreatePool, { input: { workspaceId: createWorkspace.id, size: 4 } });
    // Both processes start creating members at once; A dies in the middle of it.
    await sleep(150);
    a.process.kill('SIGKILL');
    await a.exited;

    const containers = async () => (await daemon.docker('ps', '-aq', '--filter', 'label=io.enclave.session')).split('\n').filter(Boolean);
    const settled = async () => {
      const { stagingPools, sessions } = await b.data(Members);
      const pool = stagingPools[0]!;
      const running = pool.members.filter((m) => m.status === 'RUNNING');
      return pool.ready === 4 && pool.members.length === 4 && running.length === 4 && sessions.length === 4 && (await containers()).length === 4;
    };
    await until('the pool back at 4 members, 4 containers', settled, { timeoutMs: 90_000, intervalMs: 250 });

    // And it stays so, with A back: two processes reconciling make no duplicate.
    await start();
    await sleep(5_000);
    expect(await settled()).toBe(true);
    const { stagingPools } = await b.data(Members);
    const ids = stagingPools[0]!.members.map((m) => m.id);
    const names = (await daemon.docker('ps', '-a', '--format', '{{.Names}}', '--filter', 'label=io.enclave.session')).split('\n').filter(Boolean);
    expect(names.sort()).toEqual(ids.map((id) => `enclave-${id}`).sort());
    // What A's death cost (members it was creating, failed by B's sweep and replaced): for the report.
    const { sessions: ended } = await b.data(Ended);
    console.log(`staging kill: ${ended.length} member(s) ended: ${ended.map((s) => `${s.status} (${s.statusReason})`).join('; ') || 'none'}`);
  }, 180_000);
});
