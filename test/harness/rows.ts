// Rows as the database returns them, for tests that feed the server's event bus directly.
import type { AgentRow } from '../../src/db/schema.js';

/** An ONLINE agent with 1 core and 1024 MB, no zone, no TLS. */
export function agentRow(i: number, name = `agent-${i}`): AgentRow {
  const now = new Date();
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name,
    endpoint: 'unix:///nowhere.sock',
    zone: null,
    enabled: true,
    status: 'ONLINE',
    lastSeenAt: now,
    dockerVersion: null,
    daemonCores: 1,
    daemonMemoryMb: 1024,
    coresOverride: null,
    memoryMbOverride: null,
    maxSessions: null,
    daemonGpus: 0,
    gpusOverride: null,
    labels: [],
    tlsCa: null,
    tlsCert: null,
    tlsKey: null,
    createdAt: now,
    updatedAt: now,
  };
}
