import { connect as tlsConnect } from 'node:tls';
import type { Duplex } from 'node:stream';
import pLimit, { type LimitFunction } from 'p-limit';
import type { AgentRow, SessionRow, WorkspaceConnect, WorkspaceRow } from '../db/schema.js';
import type { DockerClient } from '../docker/client.js';
import type { DockerRegistry } from '../docker/registry.js';
import { probeForwarder, type Forwarder } from '../docker/forwarders.js';
import { openExecTunnel } from '../docker/tunnel.js';
import type { Metrics } from '../metrics.js';

/** The session's image has no way in: what it needs is in the message. */
export class NoForwarderError extends Error {
  override readonly name = 'NoForwarderError';
}

/** The session cannot be connected to at all: not placed or started, no connect port, its agent gone. */
export class NotConnectableError extends Error {
  override readonly name = 'NotConnectableError';
}

/** Where a session's connections go: its agent's client, its container, the connect port, and the way in. */
interface Target {
  agent: AgentRow;
  client: DockerClient;
  containerId: string;
  connect: WorkspaceConnect;
  forwarder: Forwarder;
}

export interface DialerDeps {
  docker: DockerRegistry;
  sessionById(id: string): Promise<SessionRow | undefined>;
  workspaceById(id: string): Promise<WorkspaceRow | undefined>;
  agentById(id: string): Promise<AgentRow | undefined>;
  metrics: Pick<Metrics, 'tunnelSetup' | 'openTunnels'>;
}

export type SessionDialer = ReturnType<typeof createSessionDialer>;

/**
 * Tunnels being set up at once per agent (each an exec create and start): a burst (a page opening dozens of
 * connections, 200 WebSockets at once) queues here instead of piling onto the daemon, where every request has a
 * deadline.
 */
const SETUPS_PER_AGENT = 8;
/** Set-ups waiting per agent beyond which a connection is refused at once rather than queued. */
const MAX_WAITING = 1000;

/**
 * Opens byte streams to a session's connect port through its agent's Docker API (an exec of a forwarder inside the
 * container, connecting to the container's own loopback): so it works on internal and macvlan networks, and nothing
 * is published on the agent. The forwarder is probed once per session and remembered.
 */
export function createSessionDialer({ docker, sessionById, workspaceById, agentById, metrics }: DialerDeps) {
  const targets = new Map<string, Promise<Target>>();
  const setups = new Map<string, LimitFunction>();
  const setupsOf = (agentId: string) => {
    let limit = setups.get(agentId);
    if (!limit) setups.set(agentId, (limit = pLimit(SETUPS_PER_AGENT)));
    return limit;
  };

  async function resolve(sessionId: string): Promise<Target> {
    const session = await sessionById(sessionId);
    if (!session?.containerId || !session.agentId) throw new NotConnectableError(`session ${sessionId} has no container`);
    const [workspace, agent] = await Promise.all([workspaceById(session.workspaceId), agentById(session.agentId)]);
    if (!workspace?.connect) throw new NotConnectableError(`session ${sessionId}'s workspace has no connect port`);
    if (!agent) throw new NotConnectableError(`session ${sessionId}'s agent was removed`);
    const client = docker.clientFor(agent);
    const probed = await probeForwarder(client, session.containerId);
    if (!probed.forwarder) throw new NoForwarderError(probed.message);
    return { agent, client, containerId: session.containerId, connect: workspace.connect, forwarder: probed.forwarder };
  }

  function targetOf(sessionId: string): Promise<Target> {
    let target = targets.get(sessionId);
    if (!target) {
      target = resolve(sessionId);
      targets.set(sessionId, target);
      // A failure is not remembered: the next connection tries again (the container may have been starting).
      target.catch(() => targets.get(sessionId) === target && targets.delete(sessionId));
    }
    return target;
  }

  return {
    /** A stream to the session's service: TLS is spoken here for an HTTPS one (its certificate is not verified). */
    async dial(sessionId: string): Promise<Duplex> {
      const target = await targetOf(sessionId);
      const limit = setupsOf(target.agent.id);
      if (limit.pendingCount >= MAX_WAITING) throw new Error(`${MAX_WAITING} connections are already waiting for agent ${target.agent.name}`);
      const tunnel = await limit(async () => {
        const started = performance.now();
        const opened = await openExecTunnel(target.client, { containerId: target.containerId, port: target.connect.port }, target.forwarder);
        metrics.tunnelSetup.observe((performance.now() - started) / 1000);
        return opened;
      });
      metrics.openTunnels.inc({ agent: target.agent.name });
      tunnel.once('close', () => metrics.openTunnels.dec({ agent: target.agent.name }));
      if (target.connect.protocol === 'HTTP') return tunnel;
      // The service's own certificate (KasmVNC's is self-signed): what is secured is the path over the Docker API.
      return tlsConnect({ socket: tunnel, rejectUnauthorized: false, servername: 'localhost' });
    },

    /** What the session is connected to, for readiness probes (the same resolution as a connection's). */
    target: (sessionId: string) => targetOf(sessionId).then(({ connect }) => connect),

    /** Forgets what was probed of a session (it ended). */
    forget(sessionId: string) {
      targets.delete(sessionId);
    },
  };
}
