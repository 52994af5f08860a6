import type Docker from 'dockerode';
import type { Endpoint, TlsMaterial } from './endpoint.js';

export type HostVerifier = (host: string, port: number, key: Buffer) => boolean;

/** How docker-modem reaches an endpoint. */
export function modemOptions(
  endpoint: Endpoint,
  tls: TlsMaterial | null | undefined,
  sshAgent: string | undefined,
  verifyHost: HostVerifier,
): Docker.DockerOptions {
  switch (endpoint.kind) {
    case 'unix':
      return { socketPath: endpoint.socketPath };
    case 'tcp':
      return tls
        ? { protocol: 'https', host: endpoint.host, port: endpoint.port, ca: tls.ca, cert: tls.cert, key: tls.key }
        : { protocol: 'http', host: endpoint.host, port: endpoint.port };
    case 'ssh':
      return {
        protocol: 'ssh',
        host: endpoint.host,
        port: endpoint.port,
        ...(endpoint.username && { username: endpoint.username }),
        sshOptions: {
          // Keys come from the server's ssh-agent, as they do for `docker -H ssh://`.
          agent: sshAgent,
          // ssh2 accepts any host key unless told otherwise; `docker -H ssh://` (OpenSSH) checks known_hosts, so do we.
          hostVerifier: (key: Buffer) => verifyHost(endpoint.host, endpoint.port, key),
        },
      } as Docker.DockerOptions;
  }
}
