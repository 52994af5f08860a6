// The tunnel on its own: byte streams to a port inside a container over the daemon's API (an exec of a forwarder),
// on a real dockerd, with the service on the container's loopback and the container on an `internal` network (and
// on none): nothing but the Docker API connection could reach it. Each forwarder the probe may pick is run.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Duplex } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDockerClient, type DockerClient } from '../../src/docker/client.js';
import { parseEndpoint } from '../../src/docker/endpoint.js';
import { probeForwarder, type Forwarder } from '../../src/docker/forwarders.js';
import { openExecTunnel, type ExecTunnel } from '../../src/docker/tunnel.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { importNodeServiceImage, pattern, patternSha256, SERVICE_PORT } from '../harness/images.js';
import { runningExecs } from '../harness/session-host.js';
import { until } from '../harness/until.js';

const MiB = 1 << 20;

/**
 * Sends bytes down the tunnel and reads everything back until the service closes its side. Not half-closed: a Node
 * HTTP server (as browsers expect) closes the whole connection on a client's FIN, whatever it was still sending.
 */
async function exchange(tunnel: Duplex, head: string, body: Buffer = Buffer.alloc(0), halfClose = false): Promise<{ head: string; body: Buffer }> {
  const chunks: Buffer[] = [];
  tunnel.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = once(tunnel, 'end');
  tunnel.write(head);
  // Written in pieces, honouring back-pressure, so a slow service really pushes back on this side.
  for (let offset = 0; offset < body.length; offset += 256 * 1024) {
    if (!tunnel.write(body.subarray(offset, offset + 256 * 1024))) await once(tunnel, 'drain');
  }
  if (halfClose) tunnel.end();
  await ended;
  const all = Buffer.concat(chunks);
  const split = all.indexOf('\r\n\r\n');
  return { head: all.subarray(0, split).toString(), body: all.subarray(split + 4) };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('exec tunnels into a container (real dockerd, unix socket)', () => {
  let daemon: Dockerd;
  let client: DockerClient;
  /** The service with every forwarder: BusyBox's nc, socat, and bash (with BusyBox's cat). */
  let container = '';
  let image = '';

  beforeAll(async () => {
    daemon = await startDockerd('tunnel');
    client = createDockerClient({ endpoint: parseEndpoint(daemon.endpoint, { tls: false }), timeoutMs: 10_000 });
    image = await importNodeServiceImage(daemon, { tag: 'enclave-test/forwarders:latest', programs: ['/usr/bin/socat', '/bin/bash'] });
    await daemon.docker('network', 'create', '--internal', 'enclave_internal');
    container = (await daemon.docker('run', '-d', '--network', 'enclave_internal', image)).trim();
    // The service listens on loopback: wait until a forwarder reaches it.
    await until('the service to listen', async () => {
      const tunnel = await openExecTunnel(client, { containerId: container, port: SERVICE_PORT }, 'nc');
      const { head } = await exchange(tunnel, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      return head.startsWith('HTTP/1.1 200');
    }, { timeoutMs: 30_000, intervalMs: 200 });
  });

  afterAll(async () => {
    await daemon?.stop();
  });

  const execs = (id = container) => runningExecs(daemon, id);

  it('probes the image for the best forwarder it has', async () => {
    expect(await probeForwarder(client, container)).toEqual({ forwarder: 'nc' });
    const noNc = await importNodeServiceImage(daemon, { tag: 'enclave-test/socat:latest', applets: [], programs: ['/bin/dash:/bin/sh', '/usr/bin/socat'] });
    const socat = (await daemon.docker('run', '-d', '--network', 'none', noNc)).trim();
    expect(await probeForwarder(client, socat)).toEqual({ forwarder: 'socat' });
  });

  it('says what an image with no forwarder needs, with or without a shell', async () => {
    // BusyBox's sh runs its own applets (nc among them) even where /bin has no link: dash is a shell without any.
    const shellOnly = await importNodeServiceImage(daemon, { tag: 'enclave-test/shell-only:latest', applets: [], programs: ['/bin/dash:/bin/sh'] });
    const bare = await importNodeServiceImage(daemon, { tag: 'enclave-test/bare:latest', applets: [] });
    for (const lacking of [shellOnly, bare]) {
      const id = (await daemon.docker('run', '-d', '--network', 'none', lacking)).trim();
      const probed = await probeForwarder(client, id);
      expect(probed.forwarder).toBeUndefined();
      expect('message' in probed && probed.message).toMatch(/needs one of nc .*python3, socat, or bash with cat/);
    }
  });

  describe.each<Forwarder>(['nc', 'socat', 'bash'])('through %s', (forwarder) => {
    const open = () => openExecTunnel(client, { containerId: container, port: SERVICE_PORT }, forwarder);

    it('carries 10 MiB each way, byte for byte', async () => {
      const down = await exchange(await open(), `GET /download?bytes=${10 * MiB} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(down.body.length).toBe(10 * MiB);
      expect(sha256(down.body)).toBe(patternSha256(10 * MiB));
      const body = pattern(10 * MiB);
      const up = await exchange(
        await open(),
        `POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
        body,
      );
      expect(JSON.parse(up.body.toString())).toEqual({ bytes: body.length, sha256: patternSha256(10 * MiB) });
    });

    it('ends when the service closes, and leaves no exec behind', async () => {
      const tunnel = await open();
      const closed = once(tunnel, 'close');
      await exchange(tunnel, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      await closed;
      await until('no exec left running', async () => (await execs()) === 0, { timeoutMs: 10_000 });
    });
  });

  it('passes a half-close on: a service that reads to the end still answers (nc, socat)', async () => {
    // `wc -c` answers only once its input ends: only a FIN passed on through the exec's stdin lets it.
    const wc = (await daemon.docker('run', '-d', '--network', 'none', image, 'nc', '-ll', '-p', '9000', '-e', 'wc', '-c')).trim();
    for (const forwarder of ['nc', 'socat'] as const) {
      const answer = await until(`${forwarder} to reach wc`, async () => {
        const tunnel = await openExecTunnel(client, { containerId: wc, port: 9000 }, forwarder);
        const chunks: Buffer[] = [];
        tunnel.on('data', (chunk: Buffer) => chunks.push(chunk));
        const ended = once(tunnel, 'end');
        tunnel.end('half-closed');
        await ended;
        return Buffer.concat(chunks).toString().trim();
      }, { timeoutMs: 10_000, intervalMs: 200 });
      expect(answer).toBe('11');
    }
  });

  it('holds back a fast service when this side does not read (back-pressure)', async () => {
    const tunnel = await openExecTunnel(client, { containerId: container, port: SERVICE_PORT }, 'nc');
    tunnel.write(`GET /download?bytes=${64 * MiB} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    tunnel.pause();
    await delay(1500);
    // Only what fits in the stream buffers and the kernel's socket buffers has moved: far from 64 MiB.
    expect(tunnel.readableLength).toBeLessThan(2 * MiB);
    let received = 0;
    tunnel.on('data', (chunk: Buffer) => (received += chunk.length));
    tunnel.resume();
    await once(tunnel, 'end');
    expect(received).toBeGreaterThan(64 * MiB);
  });

  it('closing this side ends the forwarder', async () => {
    const tunnel = await openExecTunnel(client, { containerId: container, port: SERVICE_PORT }, 'nc');
    tunnel.write(`GET /download?bytes=${512 * MiB} HTTP/1.1\r\nHost: x\r\n\r\n`);
    await once(tunnel, 'data');
    expect(await execs()).toBe(1);
    tunnel.destroy();
    await until('no exec left running', async () => (await execs()) === 0, { timeoutMs: 10_000 });
  });

  it('ends a forwarder that this side abandons while the service keeps its side open (a WebSocket cut off)', async () => {
    // The service echoes, then holds its side open after ours ends: only the tunnel's kill, after this side is
    // destroyed, ends the exec.
    const holder = (await daemon.docker('run', '-d', '--network', 'none', image, 'nc', '-ll', '-p', '9001', '-e', 'sh', '-c', 'cat; sleep 3600')).trim();
    const tunnel = await until('nc to reach cat', async () => {
      const t = await openExecTunnel(client, { containerId: holder, port: 9001 }, 'nc');
      t.write('ping');
      const echoed = await Promise.race([once(t, 'data').then(() => true), once(t, 'close').then(() => false)]);
      return echoed ? t : (t.destroy(), undefined);
    }, { timeoutMs: 10_000, intervalMs: 200 });
    expect(await execs(holder)).toBe(1);
    tunnel.end(); // half-closed: cat's side stays open, and nc waits for it
    await delay(500);
    expect(await execs(holder)).toBe(1);
    tunnel.destroy();
    await until('the abandoned forwarder to be ended', async () => (await execs(holder)) === 0, { timeoutMs: 10_000 });
  });

  it('opens 200 tunnels at once and leaks none of them', async () => {
    const tunnels: ExecTunnel[] = await Promise.all(
      Array.from({ length: 200 }, () => openExecTunnel(client, { containerId: container, port: SERVICE_PORT }, 'nc')),
    );
    const pages = await Promise.all(tunnels.map((t) => exchange(t, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')));
    expect(pages.every(({ head }) => head.startsWith('HTTP/1.1 200'))).toBe(true);
    await until('every tunnel closed', () => tunnels.every((t) => t.destroyed), { timeoutMs: 10_000 });
    await until('no exec left running', async () => (await execs()) === 0, { timeoutMs: 30_000 });
  });

  it('reports the forwarder’s own words when nothing listens on the port', async () => {
    const tunnel = await openExecTunnel(client, { containerId: container, port: 9 }, 'nc');
    const { head } = await exchange(tunnel, 'GET / HTTP/1.1\r\n\r\n');
    expect(head).toBe('');
    expect(tunnel.stderr).toMatch(/refused/i);
  });
});
