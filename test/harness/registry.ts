// A real image registry for tests: Debian's docker-registry (the distribution registry, `docker-registry serve`),
// on 127.0.0.1 with htpasswd basic auth. dockerd talks plain HTTP to registries on 127.0.0.0/8 (insecure by default)
// and the test daemons share this machine's network namespace, so they reach it on loopback; nothing listens
// anywhere else. The package's own service is never used (.ci/run installs it without starting it).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import bcrypt from 'bcryptjs';
import Docker from 'dockerode';
import type { Dockerd } from './dockerd.js';
import { freePort, stopChild } from './process.js';

const BINARY = '/usr/bin/docker-registry';
const START_TIMEOUT_MS = 20_000;

export interface TestRegistry {
  /** host:port, as image references name it: `127.0.0.1:<port>` */
  readonly host: string;
  /** The registry's log so far, for failure messages. */
  log(): string;
  /** SIGTERM, then SIGKILL; removes its files. Idempotent. */
  stop(): Promise<void>;
}

export interface RegistryOptions {
  /** Accounts that may push and pull (any account may do both): username -> password. */
  users: Record<string, string>;
}

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts a registry on a free loopback port; resolves once it answers /v2/ (401 without credentials). */
export async function startRegistry({ users }: RegistryOptions): Promise<TestRegistry> {
  if (!fs.existsSync(BINARY)) throw new Error(`${BINARY} is missing: apt-get install docker-registry (see .ci/run)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enclave-registry-'));
  // distribution checks bcrypt hashes only; cost 4 (the least) keeps each authenticated request cheap on slow cores.
  const htpasswd = Object.entries(users).map(([user, password]) => `${user}:${bcrypt.hashSync(password, 4)}`);
  fs.writeFileSync(path.join(dir, 'htpasswd'), `${htpasswd.join('\n')}\n`);
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    fs.writeFileSync(path.join(dir, 'config.yml'), config(dir, port));
    const child = spawn(BINARY, ['serve', path.join(dir, 'config.yml')], { stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let output = '';
    for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    void exited.then(() => running.delete(child));
    const host = `127.0.0.1:${port}`;
    if (await answers(host, child)) {
      let stopping: Promise<void> | undefined;
      return {
        host,
        log: () => output,
        stop: () =>
          (stopping ??= stopChild(child, 5_000, exited).then(() => fs.rmSync(dir, { recursive: true, force: true }))),
      };
    }
    await stopChild(child, 2_000, exited);
    // Another process may have taken the port between freePort and listen: try another, a few times.
    if (attempt === 3) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw new Error(`docker-registry did not start on ${host}:\n${output.slice(-3000)}`);
    }
  }
}

function config(dir: string, port: number): string {
  return [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${path.join(dir, 'data')}`,
    'http:',
    `  addr: 127.0.0.1:${port}`,
    `  secret: ${randomBytes(16).toString('hex')}`,
    'auth:',
    '  htpasswd:',
    '    realm: enclave-test',
    `    path: ${path.join(dir, 'htpasswd')}`,
    '',
  ].join('\n');
}

/** Whether the registry at `host` answers (the API root wants credentials: 401) before it exits or the deadline. */
async function answers(host: string, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
    const status = await fetch(`http://${host}/v2/`, { signal: AbortSignal.timeout(1_000) }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 401) return true;
    await sleep(100);
  }
  return false;
}

/** Pushes `tag` (named `<registry host>/…`) from `daemon` to its registry through the Docker API, with `auth`. */
export async function pushImage(daemon: Pick<Dockerd, 'name' | 'socketPath'>, tag: string, auth: { username: string; password: string }) {
  const api = new Docker({ socketPath: daemon.socketPath });
  const serveraddress = tag.slice(0, tag.indexOf('/'));
  const stream = await api.getImage(tag).push({ authconfig: { ...auth, serveraddress }, abortSignal: AbortSignal.timeout(60_000) } as object);
  const output = await new Promise<{ error?: string }[]>((resolve, reject) =>
    api.modem.followProgress(stream, (error: Error | null, out: { error?: string }[]) => (error ? reject(error) : resolve(out))),
  );
  const failure = output.find((line) => line.error);
  if (failure) throw new Error(`[${daemon.name}] push of ${tag} failed: ${failure.error}`);
}
