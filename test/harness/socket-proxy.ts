// A unix-socket proxy in front of a Docker daemon's socket, so that a test can cut the connections Enclave holds
// (its event stream, its pings) while the daemon itself stays up.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface SocketProxy {
  readonly socketPath: string;
  /** unix://<socketPath>, to register an agent with */
  readonly endpoint: string;
  /** Connections accepted so far (each one piped to the target). */
  readonly accepted: number;
  /** Connections open right now. */
  openConnections(): number;
  /** Destroys every open proxied connection, both sides; new connections are still accepted. */
  cut(): void;
  /** While refusing, each new connection is closed at once (as if the path to the daemon were down). */
  refuse(on: boolean): void;
  close(): Promise<void>;
}

export async function startSocketProxy(targetSocketPath: string): Promise<SocketProxy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enc-px-'));
  const socketPath = path.join(dir, 'docker.sock');
  const open = new Set<{ client: net.Socket; upstream: net.Socket }>();
  let refusing = false;
  let accepted = 0;

  const server = net.createServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    accepted++;
    const upstream = net.createConnection(targetSocketPath);
    const pair = { client, upstream };
    open.add(pair);
    const done = () => {
      open.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', done).on('close', done);
    upstream.on('error', done).on('close', done);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      server.off('error', reject);
      resolve();
    });
  });

  return {
    socketPath,
    endpoint: `unix://${socketPath}`,
    get accepted() {
      return accepted;
    },
    openConnections: () => open.size,
    cut() {
      for (const { client, upstream } of [...open]) {
        client.destroy();
        upstream.destroy();
      }
      open.clear();
    },
    refuse(on) {
      refusing = on;
    },
    async close() {
      refusing = true;
      for (const { client, upstream } of [...open]) {
        client.destroy();
        upstream.destroy();
      }
      open.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
