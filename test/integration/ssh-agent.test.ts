// An agent reached over ssh://, as `docker -H ssh://` reaches one: a real sshd on a loopback port (its own config and
// host key), a client key in a real ssh-agent, and on the far side `docker system dial-stdio` against a real dockerd.
// The host key must be in ENCLAVE_SSH_KNOWN_HOSTS: an unknown or changed key is refused, naming what to check.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { startEnclave, type EnclaveProcess } from '../harness/enclave.js';
import { CreateWorkspace, DestroySession, LaunchSession, NetworkNames, SessionStatus, sleeperWorkspace } from '../harness/operations.js';
import { importNodeServiceImage } from '../harness/images.js';
import { freePort } from '../harness/process.js';
import { openThroughEnclave } from '../harness/session-host.js';

const token = 'ssh-agent-test-token-0123456789';

const Register = graphql(`mutation SshRegister($e: String!) { registerAgent(input: { name: "over-ssh", endpoint: $e }) { id status } }`);

async function untilSocket(file: string, what: string) {
  for (let i = 0; i < 100; i++) {
    if (fs.existsSync(file)) return;
    await sleep(50);
  }
  throw new Error(`${what} did not start`);
}

describe('an agent over ssh://', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enclave-ssh-'));
  const knownHosts = path.join(dir, 'known_hosts');
  const children: ChildProcess[] = [];
  let daemon: Dockerd;
  let enclave: EnclaveProcess;
  let sshPort = 0;
  let hostKeyLine = '';

  const register = () => enclave.gql(Register, { e: `ssh://root@127.0.0.1:${sshPort}` });

  beforeAll(async () => {
    daemon = await startDockerd('ssh');
    const keygen = (file: string) => execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(dir, file)]);
    keygen('host_key');
    keygen('client_key');
    // The remote command (docker system dial-stdio) talks to this test's daemon, not the machine's.
    fs.writeFileSync(
      path.join(dir, 'authorized_keys'),
      `environment="DOCKER_HOST=unix://${daemon.socketPath}" ${fs.readFileSync(path.join(dir, 'client_key.pub'), 'utf8')}`,
    );
    sshPort = await freePort();
    fs.writeFileSync(
      path.join(dir, 'sshd_config'),
      [
        `Port ${sshPort}`,
        'ListenAddress 127.0.0.1',
        `HostKey ${dir}/host_key`,
        `PidFile ${dir}/sshd.pid`,
        `AuthorizedKeysFile ${dir}/authorized_keys`,
        'PermitRootLogin prohibit-password',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'PermitUserEnvironment yes',
        'UsePAM no',
        'StrictModes no',
      ].join('\n') + '\n',
    );
    fs.mkdirSync('/run/sshd', { recursive: true }); // sshd's privilege-separation directory
    const [type, key] = fs.readFileSync(path.join(dir, 'host_key.pub'), 'utf8').split(' ');
    hostKeyLine = `[127.0.0.1]:${sshPort} ${type} ${key}\n`;

    children.push(spawn('/usr/sbin/sshd', ['-D', '-e', '-f', path.join(dir, 'sshd_config')], { stdio: 'ignore' }));
    const agentSocket = path.join(dir, 'agent.sock');
    children.push(spawn('ssh-agent', ['-D', '-a', agentSocket], { stdio: 'ignore' }));
    await untilSocket(agentSocket, 'ssh-agent');
    execFileSync('ssh-add', ['-q', path.join(dir, 'client_key')], { env: { ...process.env, SSH_AUTH_SOCK: agentSocket }, stdio: 'pipe' });
    await untilSocket(path.join(dir, 'sshd.pid'), 'sshd');

    fs.writeFileSync(knownHosts, '');
    enclave = await startEnclave({
      token,
      env: {
        ENCLAVE_DATA_DIR: 'memory://',
        ENCLAVE_STOP_GRACE_S: '0',
        ENCLAVE_SSH_KNOWN_HOSTS: knownHosts,
        SSH_AUTH_SOCK: agentSocket,
        // Each request over ssh:// is an ssh session running `docker system dial-stdio`: on a loaded 2-core machine a
        // container create took over the default 5 s.
        ENCLAVE_DOCKER_TIMEOUT_MS: '20000',
        LOG_LEVEL: 'warn',
      },
    });
  }, 120_000);

  afterAll(async () => {
    await enclave?.stop();
    for (const child of children) child.kill('SIGTERM');
    await daemon?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a host whose key is not in known_hosts, and says how to add it', async () => {
    const { errors } = await register();
    expect(errors?.[0]?.extensions?.code).toBe('AGENT_UNREACHABLE');
    expect(errors?.[0]?.message).toContain(`the SSH host key of 127.0.0.1:${sshPort} is not in ${knownHosts}`);
    expect(errors?.[0]?.message).toContain(`ssh-keyscan -p ${sshPort} 127.0.0.1`);
  });

  it('refuses a host whose key differs from the one in known_hosts', async () => {
    const impostor = execFileSync('sh', ['-c', `ssh-keygen -q -t ed25519 -N '' -f ${dir}/impostor && cat ${dir}/impostor.pub`]).toString();
    fs.writeFileSync(knownHosts, `[127.0.0.1]:${sshPort} ${impostor.split(' ').slice(0, 2).join(' ')}\n`);
    const { errors } = await register();
    expect(errors?.[0]?.extensions?.code).toBe('AGENT_UNREACHABLE');
    expect(errors?.[0]?.message).toContain('does not match the one in');
  });

  it('with the host known: registers it, discovers its networks and runs a session on it', async () => {
    fs.writeFileSync(knownHosts, hostKeyLine);
    const { data, errors } = await register();
    expect(errors).toBeUndefined();
    expect(data?.registerAgent.status).toBe('ONLINE');

    await daemon.docker('network', 'create', 'z_over_ssh');
    const image = await daemon.importBusybox();
    for (let i = 0; ; i++) {
      const { data: seen } = await enclave.gql(NetworkNames);
      if (seen?.networks.some((n) => n.name === 'z_over_ssh')) break;
      if (i === 100) throw new Error('z_over_ssh was not discovered over ssh');
      await sleep(100);
    }

    const { data: created } = await enclave.gql(CreateWorkspace, { input: sleeperWorkspace(image) });
    const { data: launched } = await enclave.gql(LaunchSession, { input: { workspaceId: created!.createWorkspace.id } });
    const id = launched!.launchSession.id;
    for (let i = 0; ; i++) {
      const { data: now } = await enclave.gql(SessionStatus, { id });
      if (now?.session?.status === 'RUNNING') break;
      if (now?.session?.status === 'FAILED' || i === 150) throw new Error(`session not RUNNING: ${JSON.stringify(now?.session)}`);
      await sleep(100);
    }
    expect(await daemon.docker('ps', '-q', '--filter', `label=io.enclave.session=${id}`)).not.toBe('');
    await enclave.gql(DestroySession, { id });
    for (let i = 0; (await daemon.docker('ps', '-aq', '--filter', `label=io.enclave.session=${id}`)) !== ''; i++) {
      if (i === 100) throw new Error('the container was not removed');
      await sleep(100);
    }
  });

  it('opens a session on it: the tunnel rides the SSH connection (docker system dial-stdio)', async () => {
    fs.writeFileSync(knownHosts, hostKeyLine);
    const image = await importNodeServiceImage(daemon, { page: 'Over SSH' });
    const { page, echoed } = await openThroughEnclave(enclave, image, 'over-ssh');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('Over SSH');
    expect(echoed).toBe('hello over-ssh');
  }, 120_000);
});
