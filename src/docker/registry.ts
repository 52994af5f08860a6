import type { AgentRow } from '../db/schema.js';
import { createDockerClient, type DockerClient } from './client.js';
import { parseEndpoint, type Endpoint, type TlsMaterial } from './endpoint.js';
import type { SecretBox } from '../secrets.js';

export type DockerRegistry = ReturnType<typeof createDockerRegistry>;

/** One Docker client per agent, made on first use and kept while the agent's endpoint stays the same. */
export function createDockerRegistry({
  timeoutMs,
  sshKnownHosts,
  sshAgent,
  secrets,
}: {
  timeoutMs: number;
  sshKnownHosts: string;
  sshAgent: string | undefined;
  secrets: SecretBox;
}) {
  const clients = new Map<string, { endpoint: string; client: DockerClient }>();
  const connect = (endpoint: Endpoint, tls: TlsMaterial | null | undefined) =>
    createDockerClient({ endpoint, tls, timeoutMs, sshKnownHosts, sshAgent });
  return {
    /** A client for a daemon that is not (yet) an agent, e.g. to probe it before registering it. */
    connect,
    clientFor(agent: Pick<AgentRow, 'id' | 'endpoint' | 'tlsCa' | 'tlsCert' | 'tlsKey'>): DockerClient {
      const known = clients.get(agent.id);
      if (known && known.endpoint === agent.endpoint) return known.client;
      const tls =
        agent.tlsCa && agent.tlsCert && agent.tlsKey ? { ca: agent.tlsCa, cert: agent.tlsCert, key: secrets.open(agent.tlsKey) } : null;
      const client = connect(parseEndpoint(agent.endpoint, { tls: !!tls }), tls);
      clients.set(agent.id, { endpoint: agent.endpoint, client });
      return client;
    },
    forget(agentId: string): void {
      clients.delete(agentId);
    },
  };
}
