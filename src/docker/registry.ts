import type { AgentRow } from '../db/schema.js';
import { createDockerClient, type DockerClient } from './client.js';
import { parseEndpoint } from './endpoint.js';
import type { SecretBox } from '../secrets.js';

export type DockerRegistry = ReturnType<typeof createDockerRegistry>;

/** One Docker client per agent, made on first use and kept while the agent's endpoint stays the same. */
export function createDockerRegistry({
  timeoutMs,
  sshKnownHosts,
  secrets,
}: {
  timeoutMs: number;
  sshKnownHosts: string;
  secrets: SecretBox;
}) {
  const clients = new Map<string, { endpoint: string; client: DockerClient }>();
  return {
    clientFor(agent: Pick<AgentRow, 'id' | 'endpoint' | 'tlsCa' | 'tlsCert' | 'tlsKey'>): DockerClient {
      const known = clients.get(agent.id);
      if (known && known.endpoint === agent.endpoint) return known.client;
      const tls =
        agent.tlsCa && agent.tlsCert && agent.tlsKey ? { ca: agent.tlsCa, cert: agent.tlsCert, key: secrets.open(agent.tlsKey) } : null;
      const client = createDockerClient({ endpoint: parseEndpoint(agent.endpoint, { tls: !!tls }), tls, timeoutMs, sshKnownHosts });
      clients.set(agent.id, { endpoint: agent.endpoint, client });
      return client;
    },
    forget(agentId: string): void {
      clients.delete(agentId);
    },
  };
}
