// `enclave users …` and `enclave groups …` on a real Postgres, then a server on the same database: what the CLI made
// is who signs in, in which groups, and a disabled user is refused.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../harness/database.js';
import { spawnEnclave } from '../harness/enclave.js';
import { freePort, waitReady } from '../harness/process.js';

/** The CLI as a person runs it; `input` is its standard input (a password). */
function cli(databaseUrl: string, args: string[], input = '') {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: databaseUrl } });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => resolve({ code, out }));
    child.stdin.end(input);
  });
}

const signIn = (base: string, username: string, password: string) =>
  fetch(`${base}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

describe('the admin CLI for people and groups', () => {
  it('creates groups and users, sets passwords, adds members and disables; the server signs them in accordingly', async () => {
    const database = await createTestDatabase('postgres');
    const run = (args: string[], input?: string) => cli(database.url, args, input);
    try {
      expect((await run(['groups', 'create', 'enclave-2', '--networks', 'z_enclave_2'])).out).toContain('limited to z_enclave_2');
      expect((await run(['groups', 'create', 'staff'])).code).toBe(0);
      const created = await run(['users', 'create', 'Alice', '--groups', 'enclave-2', '--password-stdin'], 'correct horse battery\n');
      expect(created.code).toBe(0);
      expect(created.out).toContain('created USER user alice');
      expect((await run(['users', 'create', 'bob', '--role', 'ROOT'])).code).toBe(2);
      const weak = await run(['users', 'create', 'bob', '--password-stdin'], 'short');
      expect(weak.code).toBe(1);
      expect(weak.out).toMatch(/at least 12 characters/);
      expect((await run(['groups', 'add-member', 'staff', 'alice'])).out).toContain('alice is now in staff');
      expect((await run(['groups', 'add-member', 'nope', 'alice'])).code).toBe(2);
      expect((await run(['users', 'list'])).out).toMatch(/alice\tUSER\tenabled\tenclave-2,staff/);
      expect((await run(['groups', 'list'])).out).toMatch(/enclave-2\tz_enclave_2\talice/);

      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const server = await spawnEnclave({ port, token: 'a-long-enough-admin-token', env: { DATABASE_URL: database.url } });
      try {
        await waitReady(server);
        const signedIn = await signIn(base, 'alice', 'correct horse battery');
        expect(signedIn.status).toBe(200);
        const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
        const viewer = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query: '{ viewer { owner user { groups { name networks } } } }' }),
        });
        expect(await viewer.json()).toEqual({
          data: { viewer: { owner: 'alice', user: { groups: [{ name: 'enclave-2', networks: ['z_enclave_2'] }, { name: 'staff', networks: [] }] } } },
        });
        expect((await run(['users', 'set-password', 'alice'], 'a brand new passphrase\n')).out).toContain('their sign-ins have ended');
        expect((await signIn(base, 'alice', 'correct horse battery')).status).toBe(401);
        expect((await signIn(base, 'alice', 'a brand new passphrase')).status).toBe(200);
        expect((await run(['users', 'disable', 'alice'])).out).toContain('disabled alice');
        expect((await signIn(base, 'alice', 'a brand new passphrase')).status).toBe(401);
        expect((await run(['users', 'disable', 'alice', '--enable'])).code).toBe(0);
        expect((await signIn(base, 'alice', 'a brand new passphrase')).status).toBe(200);
      } finally {
        server.process.kill('SIGTERM');
        await server.exited;
      }
    } finally {
      await database.drop();
    }
    // A dozen CLI processes (each starting tsx) and four password hashes: slow on a loaded machine.
  }, 180_000);
});
