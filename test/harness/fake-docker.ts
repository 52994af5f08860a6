// A minimal stand-in for a Docker daemon on a unix socket: enough of the Engine API for Enclave to register it,
// watch it (ping, info, events, networks, containers) and create networks on it. Images and containers do not
// exist on it: inspecting an image is 404 and pulling one fails, so launches placed on it end FAILED quickly.
// For tests that need an ONLINE agent without a real dockerd.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface FakeDocker {
  socketPath: string;
  /** unix:// endpoint for registerAgent. */
  endpoint: string;
  /** Names of the networks on the fake daemon (user-defined ones). */
  networkNames(): string[];
  stop(): Promise<void>;
}

interface FakeNetwork {
  Id: string;
  Name: string;
  Driver: string;
  Internal: boolean;
  Labels: Record<string, string>;
  IPAM: { Config: { Subnet: string }[] };
}

export async function startFakeDocker({ cores = 4, memoryMb = 8192 }: { cores?: number; memoryMb?: number } = {}): Promise<FakeDocker> {
  const dir = mkdtempSync(path.join(tmpdir(), 'enclave-fake-docker-'));
  const socketPath = path.join(dir, 'docker.sock');
  const networks = new Map<string, FakeNetwork>();
  const predefined: FakeNetwork[] = ['bridge', 'host', 'none'].map((name) => ({
    Id: randomBytes(32).toString('hex'),
    Name: name,
    Driver: name === 'bridge' ? 'bridge' : name === 'host' ? 'host' : 'null',
    Internal: false,
    Labels: {},
    IPAM: { Config: [] },
  }));
  const eventStreams = new Set<ServerResponse>();
  let subnet = 0;

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const find = (idOrName: string) =>
    [...predefined, ...networks.values()].find((n) => n.Id === idOrName || n.Name === idOrName || (idOrName.length >= 12 && n.Id.startsWith(idOrName)));
  const readJson = async (req: IncomingMessage): Promise<Record<string, unknown>> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  const emit = (event: object) => {
    for (const res of eventStreams) res.write(`${JSON.stringify(event)}\n`);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://docker');
      const route = url.pathname.replace(/^\/v\d+\.\d+/, '');
      const method = req.method ?? 'GET';
      if (route === '/_ping') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('OK');
      }
      if (route === '/info' && method === 'GET')
        return json(res, 200, { NCPU: cores, MemTotal: memoryMb * 1024 * 1024, ServerVersion: '99.0.0-fake' });
      if (route === '/version') return json(res, 200, { Version: '99.0.0-fake', ApiVersion: '1.45' });
      if (route === '/events' && method === 'GET') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.flushHeaders();
        eventStreams.add(res);
        res.on('close', () => eventStreams.delete(res));
        return;
      }
      if (route === '/networks' && method === 'GET') return json(res, 200, [...predefined, ...networks.values()]);
      if (route === '/networks/create' && method === 'POST') {
        const body = await readJson(req);
        const name = String(body['Name'] ?? '');
        if (!name) return json(res, 400, { message: 'network name is required' });
        if (find(name)) return json(res, 409, { message: `network with name ${name} already exists` });
        const network: FakeNetwork = {
          Id: randomBytes(32).toString('hex'),
          Name: name,
          Driver: String(body['Driver'] ?? 'bridge'),
          Internal: body['Internal'] === true,
          Labels: (body['Labels'] as Record<string, string>) ?? {},
          IPAM: { Config: [{ Subnet: `172.31.${subnet++ % 250}.0/24` }] },
        };
        networks.set(network.Id, network);
        emit({ Type: 'network', Action: 'create', Actor: { ID: network.Id, Attributes: { name } } });
        return json(res, 201, { Id: network.Id, Warning: '' });
      }
      const networkMatch = /^\/networks\/([^/]+)$/.exec(route);
      if (networkMatch) {
        const network = find(decodeURIComponent(networkMatch[1]!));
        if (!network) return json(res, 404, { message: 'network not found' });
        if (method === 'GET') return json(res, 200, network);
        if (method === 'DELETE') {
          networks.delete(network.Id);
          emit({ Type: 'network', Action: 'destroy', Actor: { ID: network.Id, Attributes: { name: network.Name } } });
          res.writeHead(204);
          return res.end();
        }
      }
      if (route === '/containers/json' && method === 'GET') return json(res, 200, []);
      if (route === '/images/create' && method === 'POST') return json(res, 404, { message: 'pull access denied (fake daemon)' });
      // Images and containers: none exist here.
      return json(res, 404, { message: `no such object (fake daemon): ${method} ${route}` });
    })().catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { message: String(error) });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });

  return {
    socketPath,
    endpoint: `unix://${socketPath}`,
    networkNames: () => [...networks.values()].map((n) => n.Name),
    async stop() {
      for (const res of eventStreams) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
