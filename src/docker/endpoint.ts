import { isIP } from 'node:net';

export type Endpoint =
  | { kind: 'unix'; socketPath: string }
  | { kind: 'tcp'; host: string; port: number; tls: boolean }
  | { kind: 'ssh'; host: string; port: number; username: string | undefined };

export interface TlsMaterial {
  ca: string;
  cert: string;
  key: string;
}

/** Why an endpoint was refused; the message tells the admin what to send instead. */
export class EndpointError extends Error {
  override readonly name = 'EndpointError';
}

const examples = 'unix:///var/run/docker.sock, tcp://docker-host:2376 (with TLS) or ssh://user@docker-host';

/**
 * Parses an agent endpoint and applies the policy before any connection is attempted: plain (non-TLS) tcp:// is
 * accepted only on loopback, since the Docker API is root on the host.
 */
export function parseEndpoint(raw: string, { tls }: { tls: boolean }): Endpoint {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new EndpointError(`"${raw}" is not an endpoint URL. Use one of: ${examples}.`);
  }
  switch (url.protocol) {
    case 'unix:': {
      const socketPath = decodeURIComponent(url.pathname);
      if (url.host || !socketPath.startsWith('/') || socketPath === '/')
        throw new EndpointError(`"${raw}" needs an absolute socket path, e.g. unix:///var/run/docker.sock.`);
      if (tls) throw new EndpointError('TLS material is only used with tcp:// endpoints; leave `tls` out for unix://.');
      return { kind: 'unix', socketPath };
    }
    case 'tcp:': {
      const host = hostOf(url, raw);
      if (url.pathname !== '' && url.pathname !== '/') throw new EndpointError(`"${raw}" must not have a path.`);
      const port = url.port ? Number(url.port) : tls ? 2376 : 2375;
      if (!tls && !isLoopback(host))
        throw new EndpointError(
          `Plain tcp:// to ${host} would expose the Docker API without encryption or authentication. ` +
            'Give `tls` { ca, cert, key } (the daemon started with --tlsverify), or use ssh://.',
        );
      return { kind: 'tcp', host, port, tls };
    }
    case 'ssh:': {
      const host = hostOf(url, raw);
      if (tls) throw new EndpointError('TLS material is only used with tcp:// endpoints; ssh:// authenticates with SSH keys.');
      return {
        kind: 'ssh',
        host,
        port: url.port ? Number(url.port) : 22,
        username: url.username ? decodeURIComponent(url.username) : undefined,
      };
    }
    default:
      throw new EndpointError(`Unsupported scheme "${url.protocol}" in "${raw}". Use one of: ${examples}.`);
  }
}

/** The endpoint as stored and shown: what parseEndpoint reads back to the same endpoint. */
export function formatEndpoint(endpoint: Endpoint): string {
  switch (endpoint.kind) {
    case 'unix':
      return `unix://${endpoint.socketPath}`;
    case 'tcp':
      return `tcp://${endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host}:${endpoint.port}`;
    case 'ssh':
      return `ssh://${endpoint.username ? `${encodeURIComponent(endpoint.username)}@` : ''}${endpoint.host}:${endpoint.port}`;
  }
}

function hostOf(url: URL, raw: string): string {
  // URL keeps the brackets of an IPv6 literal.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) throw new EndpointError(`"${raw}" has no host.`);
  return host;
}

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1';
  return false;
}
