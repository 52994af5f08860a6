import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** A free loopback port (the OS picks it, then it is released for the server). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

interface Running {
  process: ChildProcess;
  stderr: () => string;
  stdout: () => string;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env['PATH'] ?? '', ENCLAVE_LOCAL_AGENT: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, stderr: () => err, stdout: () => out, exited };
}

async function waitReady(base: string, running: Running) {
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`${base}/readyz`).then((r) => r.status === 200, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server never became ready:\n${running.stdout()}\n${running.stderr()}`);
}

const post = (base: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the server process', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'enclave-server-test-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints a bootstrap admin token once, keeps only its hash, and shuts down cleanly on SIGTERM', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = run({ PORT: String(port), ENCLAVE_DATA_DIR: dataDir });
    await waitReady(base, first);
    const token = /^\s+(enc_\S+)$/m.exec(first.stderr())?.[1];
    expect(token).toBeDefined();
    expect(first.stdout()).not.toContain(token!);

    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ok = await post(base, JSON.stringify({ query: '{ agents { id } }' }), { authorization: `Bearer ${token}` });
    expect(await ok.json()).toEqual({ data: { agents: [] } });

    first.process.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.stdout()).toContain('"msg":"stopped"');

    // Second start on the same data: no new token, and the first one still works.
    const second = run({ PORT: String(port), ENCLAVE_DATA_DIR: dataDir });
    await waitReady(base, second);
    expect(second.stderr()).not.toContain('Bootstrap admin token');
    const again = await post(base, JSON.stringify({ query: '{ agents { id } }' }), { authorization: `Bearer ${token}` });
    expect(again.status).toBe(200);
    second.process.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('answers malformed and oversized requests with 4xx', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = run({ PORT: String(port), ENCLAVE_DATA_DIR: 'memory://', ENCLAVE_ADMIN_TOKEN: 'a-long-enough-admin-token' });
    try {
      await waitReady(base, server);
      expect((await post(base, '{"query": ')).status).toBe(400);
      expect((await post(base, JSON.stringify({ query: 'x'.repeat(2 * 1024 * 1024) }))).status).toBe(413);
      const noAuth = await post(base, JSON.stringify({ query: '{ agents { id } }' }));
      expect(noAuth.status).toBe(401);
      expect((await noAuth.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  });

  it('refuses a bad configuration, naming every problem', async () => {
    const bad = run({ PORT: 'abc', ENCLAVE_DEFAULT_NETWORK: 'bad name', ENCLAVE_DATA_DIR: 'memory://' });
    expect(await bad.exited).toBe(1);
    expect(bad.stderr()).toContain('PORT');
    expect(bad.stderr()).toContain('ENCLAVE_DEFAULT_NETWORK');
  });
});
