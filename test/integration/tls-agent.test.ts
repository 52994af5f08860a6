// An agent reached over tcp:// with mutual TLS, as remote agents are: a real dockerd listening with --tlsverify on
// loopback, certificates made here with openssl. Its TLS private key is stored encrypted under ENCLAVE_SECRET_KEY, a
// key stored in the clear is sealed at the next start, and a process without the right key refuses to start.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { createTestDatabase, type PostgresTestDatabase } from '../harness/database.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { spawnEnclave, type EnclaveProcess } from '../harness/enclave.js';
import { importNodeServiceImage } from '../harness/images.js';
import { freePort, waitReady } from '../harness/process.js';
import { openThroughEnclave } from '../harness/session-host.js';

const token = 'tls-agent-test-token-0123456789';
const secretKey = randomBytes(32).toString('base64');

const Agents = graphql(`query TlsAgents { agents { name status tls networks { name } } }`);
const Register = graphql(`
  mutation TlsRegister($e: String!, $tls: AgentTlsInput!) { registerAgent(input: { name: "remote", endpoint: $e, tls: $tls }) { status tls } }
`);

/** A CA, a server certificate for 127.0.0.1 and a client certificate, as `docker` documents for --tlsverify. */
function makeCertificates(dir: string) {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=enclave-test-ca');
  for (const [name, usage, cn] of [
    ['server', 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n', '127.0.0.1'],
    ['client', 'extendedKeyUsage=clientAuth\n', 'enclave'],
  ] as const) {
    fs.writeFileSync(path.join(dir, `${name}.ext`), usage);
    openssl('req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`);
    openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', '2', '-extfile', `${name}.ext`);
  }
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
  return { ca: read('ca.pem'), cert: read('client.pem'), key: read('client.key') };
}

describe('an agent over tcp:// with mutual TLS', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enclave-tls-'));
  let daemon: Dockerd;
  let database: PostgresTestDatabase;
  let sql: postgres.Sql;
  let client: { ca: string; cert: string; key: string };
  let endpoint = '';
  const running: EnclaveProcess[] = [];

  async function start(env: Record<string, string>) {
    const server = await spawnEnclave({ token, env: { DATABASE_URL: database.url, ENCLAVE_HEARTBEAT_MS: '500', LOG_LEVEL: 'info', ...env } });
    running.push(server);
    return server;
  }
  const storedKey = async () => (await sql<{ tls_key: string }[]>`select tls_key from agents where name = 'remote'`)[0]!.tls_key;
  async function untilOnline(server: EnclaveProcess) {
    for (let i = 0; i < 100; i++) {
      const { agents } = await server.data(Agents);
      if (agents[0]?.status === 'ONLINE') return agents[0];
      await sleep(100);
    }
    throw new Error('the TLS agent never came ONLINE');
  }

  beforeAll(async () => {
    client = makeCertificates(dir);
    const port = await freePort();
    endpoint = `tcp://127.0.0.1:${port}`;
    [daemon, database] = await Promise.all([
      startDockerd('tls', {
        extraArgs: ['-H', endpoint, '--tlsverify', '--tlscacert', `${dir}/ca.pem`, '--tlscert', `${dir}/server.pem`, '--tlskey', `${dir}/server.key`],
      }),
      createTestDatabase('postgres'),
    ]);
    sql = postgres(database.url, { max: 1, onnotice: () => {} });
  }, 120_000);

  afterAll(async () => {
    for (const server of running) await server.stop();
    await sql?.end();
    await daemon?.stop();
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('registers it, watches it, and stores its private key encrypted', async () => {
    const server = await start({ ENCLAVE_SECRET_KEY: secretKey });
    await waitReady(server);
    const { registerAgent } = await server.data(Register, { e: endpoint, tls: client });
    expect(registerAgent).toEqual({ status: 'ONLINE', tls: true });
    // Discovery runs over the TLS connection: a network made on the daemon shows up.
    await daemon.docker('network', 'create', 'z_over_tls');
    for (let i = 0; ; i++) {
      const agent = await untilOnline(server);
      if (agent.networks.some((n) => n.name === 'z_over_tls')) break;
      if (i === 50) throw new Error(`z_over_tls not discovered: ${JSON.stringify(agent.networks)}`);
      await sleep(100);
    }

    const stored = await storedKey();
    expect(stored).toMatch(/^enc:v1:/);
    expect(stored).not.toContain('PRIVATE KEY');
    expect(server.stdout()).not.toContain('PRIVATE KEY');
    await server.stop();
  });

  it('refuses to start without the key, or with another one, naming the agent', async () => {
    for (const env of [{}, { ENCLAVE_SECRET_KEY: randomBytes(32).toString('hex') }] as Record<string, string>[]) {
      const server = await start(env);
      expect(await server.exited).toBe(1);
      expect(server.stderr()).toMatch(/agent "remote": its TLS key cannot be read/);
      expect(server.stderr()).not.toMatch(/^\s+at /m); // a message, not a stack trace
    }
  });

  it('seals a key stored in the clear at the next start, and reaches the agent with it', async () => {
    await sql`update agents set tls_key = ${client.key}, status = 'OFFLINE' where name = 'remote'`;
    const server = await start({ ENCLAVE_SECRET_KEY: secretKey });
    await waitReady(server);
    expect(await storedKey()).toMatch(/^enc:v1:/);
    await untilOnline(server);
    await server.stop();
  });

  it('warns when keys are kept in the clear because no key is set', async () => {
    await sql`update agents set tls_key = ${client.key} where name = 'remote'`;
    const server = await start({});
    await waitReady(server);
    await untilOnline(server);
    expect(server.stdout()).toContain('set ENCLAVE_SECRET_KEY to encrypt them');
    expect(await storedKey()).toBe(client.key);
    await server.stop();
  });

  it('opens a session on it: the tunnel rides the TLS connection to the daemon', async () => {
    const image = await importNodeServiceImage(daemon, { page: 'Over TLS' });
    const server = await start({ ENCLAVE_SECRET_KEY: secretKey });
    await waitReady(server);
    await untilOnline(server);
    const { page, echoed } = await openThroughEnclave(server, image, 'over-tls');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('Over TLS');
    expect(echoed).toBe('hello over-tls');
    await server.stop();
  }, 120_000);
});
