import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../harness/database.js';
import { spawnEnclave } from '../harness/enclave.js';
import { freePort, waitReady } from '../harness/process.js';

const post = (base: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the server process', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'enclave-server-test-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints a bootstrap admin token once, keeps only its hash, and shuts down cleanly on SIGTERM', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = await spawnEnclave({ port, env: { ENCLAVE_DATA_DIR: dataDir } });
    await waitReady(first);
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
    const second = await spawnEnclave({ port, env: { ENCLAVE_DATA_DIR: dataDir } });
    await waitReady(second);
    expect(second.stderr()).not.toContain('Bootstrap admin token');
    const again = await post(base, JSON.stringify({ query: '{ agents { id } }' }), { authorization: `Bearer ${token}` });
    expect(again.status).toBe(200);
    second.process.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('answers malformed and oversized requests with 4xx', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = await spawnEnclave({ port, token: 'a-long-enough-admin-token', env: { ENCLAVE_DATA_DIR: 'memory://' } });
    try {
      await waitReady(server);
      expect((await post(base, '{"query": ')).status).toBe(400);
      expect((await post(base, JSON.stringify({ query: 'x'.repeat(2 * 1024 * 1024) }))).status).toBe(413);
      const noAuth = await post(base, JSON.stringify({ query: '{ agents { id } }' }));
      expect(noAuth.status).toBe(401);
      expect((await noAuth.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await fetch(`${base}/nowhere`)).status).toBe(404);

      const ok = await post(base, JSON.stringify({ query: 'query Who { viewer { role } }' }), {
        authorization: 'Bearer a-long-enough-admin-token',
        'x-request-id': 'req-42',
      });
      expect(ok.headers.get('x-request-id')).toBe('req-42');
      const metrics = await (await fetch(`${base}/metrics`)).text();
      for (const name of ['enclave_sessions', 'enclave_agents', 'enclave_launch_duration_seconds', 'enclave_discovery_latency_seconds'])
        expect(metrics).toContain(`# TYPE ${name} `);
      expect(metrics).toMatch(/enclave_graphql_operation_duration_seconds_count\{type="query",operation="Who"\} 1/);
      expect(metrics).toMatch(/enclave_graphql_errors_total\{code="UNAUTHENTICATED"\} 1/);
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  });

  it('refuses a bad configuration, naming every problem', async () => {
    const bad = await spawnEnclave({ env: { PORT: 'abc', ENCLAVE_DEFAULT_NETWORK: 'bad name', ENCLAVE_DATA_DIR: 'memory://' } });
    expect(await bad.exited).toBe(1);
    expect(bad.stderr()).toContain('PORT');
    expect(bad.stderr()).toContain('ENCLAVE_DEFAULT_NETWORK');
  });
});

describe('the admin CLI', () => {
  it('makes a key that the server accepts, lists and revokes it', async () => {
    const database = await createTestDatabase('postgres');
    const cli = (...args: string[]) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
          env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: database.url! },
        });
        let out = '';
        child.stdout.on('data', (chunk) => (out += chunk));
        child.stderr.on('data', (chunk) => (out += chunk));
        child.on('exit', (code) => resolve({ code, out }));
      });
    try {
      const created = await cli('keys', 'create', '--name', 'ops', '--role', 'USER', '--owner', 'carol');
      expect(created.code).toBe(0);
      const token = /^(enc_\S+)$/m.exec(created.out)?.[1];
      const id = /key ([0-9a-f-]{36})/.exec(created.out)?.[1];
      expect(token).toMatch(/^enc_[\w-]{43}$/);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);

      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const server = await spawnEnclave({ port, token: 'a-long-enough-admin-token', env: { DATABASE_URL: database.url } });
      try {
        await waitReady(server);
        const viewer = await post(base, JSON.stringify({ query: '{ viewer { owner role } }' }), { authorization: `Bearer ${token}` });
        expect(await viewer.json()).toEqual({ data: { viewer: { owner: 'carol', role: 'USER' } } });
      } finally {
        server.process.kill('SIGTERM');
        await server.exited;
      }
      expect((await cli('keys', 'list')).out).toContain(`${id}\tUSER\tcarol\tops\tactive`);
      expect((await cli('keys', 'revoke', id!)).code).toBe(0);
      expect((await cli('keys', 'list')).out).toContain(`${id}\tUSER\tcarol\tops\trevoked`);
      const bad = await cli('keys', 'create', '--name', 'x', '--role', 'ROOT');
      expect(bad.code).toBe(2);
      expect(bad.out).toContain('--role ADMIN or USER');
    } finally {
      await database.drop();
    }
  });
});
