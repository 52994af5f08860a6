// The test service images against a real dockerd. Containers run with NetworkMode 'none' and are reached only from
// inside, through `docker exec` (busybox wget, and nc as the forwarder for the WebSocket check), never by address.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Duplex } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startDockerd, stopAllDockerds, type Dockerd } from './dockerd.js';
import { HTTPD_DOWNLOAD, importHttpdImage, importNodeServiceImage, patternSha256, SERVICE_PORT } from './images.js';
import { until } from './until.js';

const URL_BASE = `http://127.0.0.1:${SERVICE_PORT}`;
// A title that needs both Dockerfile quoting (", $, \) and HTML escaping (&, <, ").
const PAGE = 'Test "page" $HOME \\ <b>&';

let daemon: Dockerd;
const tunnels = new Set<ChildProcess>();

beforeAll(async () => {
  daemon = await startDockerd('images');
}, 120_000);

afterAll(async () => {
  for (const child of tunnels) child.kill('SIGKILL');
  await stopAllDockerds();
}, 60_000);

/** Runs `script` with busybox sh inside container; resolves to its stdout and stderr, or rejects after timeoutMs. */
function inside(container: string, script: string, timeoutMs = 20_000): Promise<{ stdout: string; stderr: string }> {
  const args = ['-H', daemon.endpoint, 'exec', container, 'sh', '-c', script];
  return new Promise((resolve, reject) =>
    execFile('docker', args, { timeout: timeoutMs, maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${script}: ${stderr.trim() || err.message}`)) : resolve({ stdout, stderr }),
    ),
  );
}

/** Starts image with the given session name and waits until its port answers from inside. */
async function runService(image: string, session: string): Promise<string> {
  const id = await daemon.docker('run', '-d', '--network', 'none', '-e', `ENCLAVE_SESSION=${session}`, image);
  await until(`${image} to answer on ${URL_BASE}`, () => inside(id, `wget -qO- ${URL_BASE}/`, 5_000).catch(() => false), {
    timeoutMs: 30_000,
    intervalMs: 100,
    diagnose: () => daemon.docker('logs', id).catch((err: Error) => err.message),
  });
  return id;
}

/** The text of the page's title and session line, entities decoded. */
function pageText(html: string): { title: string; session: string } {
  const decode = (s: string) =>
    s.replace(/&(#\d+|amp|lt|gt|quot);/g, (_, e: string) =>
      e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[e]!,
    );
  return {
    title: decode(/<title>(.*?)<\/title>/.exec(html)?.[1] ?? ''),
    session: decode(/<p id="session">session (.*?)<\/p>/.exec(html)?.[1] ?? ''),
  };
}

/** True if the container listens on 127.0.0.1:SERVICE_PORT and on no other address of that port. */
async function listensOnLoopbackOnly(container: string): Promise<boolean> {
  const { stdout } = await inside(container, 'cat /proc/net/tcp /proc/net/tcp6 2>/dev/null');
  const port = SERVICE_PORT.toString(16).toUpperCase().padStart(4, '0');
  const listening = stdout.split('\n').map((l) => l.trim().split(/\s+/)).filter((f) => f[1]?.endsWith(`:${port}`) && f[3] === '0A');
  return listening.length > 0 && listening.every((f) => f[1] === `0100007F:${port}`);
}

describe('httpd image', () => {
  it('serves the page naming the session and a 10 MiB file, on loopback only', async () => {
    const image = await importHttpdImage(daemon, { page: PAGE });
    const id = await runService(image, 'session-httpd-1');

    const { stdout: html } = await inside(id, `wget -qO- ${URL_BASE}/`);
    expect(pageText(html)).toEqual({ title: PAGE, session: 'session-httpd-1' });
    expect(await listensOnLoopbackOnly(id)).toBe(true);

    const { stdout } = await inside(id, `wget -qO- ${URL_BASE}${HTTPD_DOWNLOAD.path} | sha256sum`);
    expect(stdout.split(' ')[0]).toBe(patternSha256(HTTPD_DOWNLOAD.bytes));
  }, 120_000);
});

describe('node-service image', () => {
  let id: string;

  beforeAll(async () => {
    id = await runService(await importNodeServiceImage(daemon, { page: PAGE }), 'session-node-1');
  }, 180_000);

  it('serves the page naming the session, on loopback only', async () => {
    const { stdout } = await inside(id, `wget -qO- ${URL_BASE}/`);
    expect(pageText(stdout)).toEqual({ title: PAGE, session: 'session-node-1' });
    expect(await listensOnLoopbackOnly(id)).toBe(true);
  });

  it('echoes the request headers it received', async () => {
    const { stdout } = await inside(id, `wget -qO- --header 'X-Probe: 42' --header 'Cookie: a=b; c=d' ${URL_BASE}/headers`);
    expect(JSON.parse(stdout)).toMatchObject({ 'x-probe': '42', cookie: 'a=b; c=d', host: `127.0.0.1:${SERVICE_PORT}` });
  });

  it('counts and hashes an upload of 12 MiB', async () => {
    // By hand through nc, not `wget --post-file`: busybox wget sends a file's bytes only up to the first NUL.
    const bytes = 12 << 20;
    const request = `POST /upload HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\nContent-Length: ${bytes}\\r\\nConnection: close\\r\\n\\r\\n`;
    const { stdout } = await inside(
      id,
      `dd if=/dev/urandom of=/tmp/up bs=1048576 count=12 2>/dev/null && sha256sum /tmp/up && ` +
        `{ printf '${request}'; cat /tmp/up; } | nc 127.0.0.1 ${SERVICE_PORT}`,
    );
    const sent = stdout.split(' ')[0];
    expect(JSON.parse(stdout.slice(stdout.indexOf('\r\n\r\n') + 4))).toEqual({ bytes, sha256: sent });
  });

  it('downloads pattern bytes, 10 MiB and a size that ends inside a block', async () => {
    for (const bytes of [10 << 20, 1_000_003]) {
      const { stdout } = await inside(id, `wget -qO- '${URL_BASE}/download?bytes=${bytes}' | sha256sum`);
      expect(stdout.split(' ')[0]).toBe(patternSha256(bytes));
    }
  });

  it('sets its own cookies in two Set-Cookie headers', async () => {
    const { stdout } = await inside(id, `wget -S -qO- ${URL_BASE}/cookie 2>&1`);
    const cookies = stdout.split('\n').filter((l) => /^\s*set-cookie:/i.test(l)).map((l) => l.trim().replace(/^set-cookie:\s*/i, ''));
    expect(cookies).toEqual(['svc_a=from-service; Path=/', 'svc_b=second; Path=/cookie; HttpOnly; SameSite=Lax']);
  });

  it('echoes 100 WebSocket messages in order, answers a ping and the close', async () => {
    // The client is the ws library (not the image's own framing), over `docker exec -i … nc 127.0.0.1 8080`:
    // the same kind of forwarder that Enclave's tunnel runs.
    const ws = new WebSocket(`ws://127.0.0.1:${SERVICE_PORT}/echo`, { createConnection: () => tunnel(id) });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));

    const sent = messages(100);
    const received = new Promise<Array<string | Buffer>>((resolve, reject) => {
      const got: Array<string | Buffer> = [];
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        got.push(isBinary ? data : data.toString('utf8'));
        if (got.length === sent.length) resolve(got);
      });
      ws.once('close', () => reject(new Error(`closed after ${got.length} messages`)));
    });
    for (const message of sent) ws.send(message);
    const echoed = await withDeadline(received, 30_000, 'the echoes');
    // Compared one by one: vitest's deep equality walks 70 kB Buffers byte by byte, which takes seconds.
    expect(sent.flatMap((m, i) => (same(m, echoed[i]) ? [] : [i]))).toEqual([]);

    const pong = new Promise<Buffer>((resolve) => ws.once('pong', resolve));
    ws.ping('are you there');
    expect((await withDeadline(pong, 10_000, 'the pong')).toString()).toBe('are you there');

    const closed = new Promise<number>((resolve) => ws.once('close', resolve));
    ws.close(4000, 'done');
    expect(await withDeadline(closed, 10_000, 'the close')).toBe(4000);
  }, 90_000);
});

/** A duplex byte stream to 127.0.0.1:SERVICE_PORT inside container, through busybox nc in a `docker exec -i`. */
function tunnel(container: string): Duplex {
  const child = spawn('docker', ['-H', daemon.endpoint, 'exec', '-i', container, 'nc', '127.0.0.1', String(SERVICE_PORT)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  tunnels.add(child);
  child.once('exit', () => tunnels.delete(child));
  const stream = Duplex.from({ readable: child.stdout, writable: child.stdin });
  stream.once('close', () => child.kill('SIGKILL'));
  return stream;
}

/** Text and binary messages in turn, of sizes that take each length encoding: 7-bit, 16-bit and 64-bit. */
function messages(count: number): Array<string | Buffer> {
  return Array.from({ length: count }, (_, i) => {
    const size = [5, 300, 70_000][i % 3]!;
    return i % 2 ? randomBytes(size) : `message ${i} `.padEnd(size, 'é');
  });
}

function same(sent: string | Buffer, echoed: string | Buffer | undefined): boolean {
  return typeof sent === 'string' ? sent === echoed : Buffer.isBuffer(echoed) && sent.equals(echoed);
}

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
