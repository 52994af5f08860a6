import { sql } from 'drizzle-orm';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Db } from './db/client.js';
import { agents, networks, sessions } from './db/schema.js';

export type Metrics = ReturnType<typeof createMetrics>;

/**
 * What operators graph and alert on, for GET /metrics. Counts of sessions, agents and networks are read from the
 * database at scrape time (the tables are the truth, whichever process changed them); durations are observed here.
 */
export function createMetrics({ db }: { db: Db }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'enclave_' });

  databaseGauges(registry, db);

  const launchDuration = new Histogram({
    name: 'enclave_launch_duration_seconds',
    help: 'From launchSession to RUNNING (or FAILED), by outcome.',
    labelNames: ['outcome'],
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
    registers: [registry],
  });
  const discoveryLatency = new Histogram({
    name: 'enclave_discovery_latency_seconds',
    help: "From a Docker network event's time (the daemon's clock) to the network being recorded.",
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5],
    registers: [registry],
  });
  const operationDuration = new Histogram({
    name: 'enclave_graphql_operation_duration_seconds',
    help: 'GraphQL operations over HTTP, by type and name.',
    labelNames: ['type', 'operation'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'enclave_graphql_errors_total',
    help: 'GraphQL errors returned, by code.',
    labelNames: ['code'],
    registers: [registry],
  });

  const webSocketClients = new Gauge({
    name: 'enclave_websocket_clients',
    help: 'Open graphql-ws connections to this process.',
    registers: [registry],
  });
  const subscriptions = new Gauge({
    name: 'enclave_graphql_subscriptions',
    help: 'Subscriptions this process is serving over graphql-ws (set up and not yet ended).',
    registers: [registry],
  });
  const slowWebSocketClients = new Counter({
    name: 'enclave_websocket_slow_clients_total',
    help: 'graphql-ws connections dropped because the client did not read its messages (ENCLAVE_WS_MAX_BUFFERED_BYTES).',
    registers: [registry],
  });

  // Operation names come from clients: a bounded set of well-formed ones keeps the label's cardinality in check.
  const names = new Set<string>();
  const nameLabel = (name: string | null | undefined) => {
    if (!name) return 'anonymous';
    if (names.has(name)) return name;
    if (names.size >= 200 || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
    names.add(name);
    return name;
  };

  return {
    registry,
    launchDuration,
    discoveryLatency,
    webSocketClients,
    subscriptions,
    slowWebSocketClients,
    ...connectMetrics(registry),
    ...stagingMetrics(registry),
    countError: (code: string) => errors.inc({ code }),
    /** One GraphQL operation over HTTP, by type (query, mutation, or invalid) and name. */
    observeOperation: (type: string, operationName: string | null | undefined, seconds: number) =>
      operationDuration.observe({ type, operation: nameLabel(operationName) }, seconds),
  };
}

/** Opening sessions: tunnels through the agents' Docker APIs, the bytes they carry, and who was turned away. */
function connectMetrics(registry: Registry) {
  const openTunnels = new Gauge({
    name: 'enclave_session_tunnels',
    help: 'Tunnels open to sessions (streams through an agent Docker API), per agent.',
    labelNames: ['agent'],
    registers: [registry],
  });
  const tunnelSetup = new Histogram({
    name: 'enclave_session_tunnel_setup_seconds',
    help: 'Time to open a tunnel to a session (an exec of its forwarder, started).',
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [registry],
  });
  const proxiedBytes = new Counter({
    name: 'enclave_session_proxied_bytes_total',
    help: "Bytes proxied to sessions' services (in) and from them (out).",
    labelNames: ['direction'],
    registers: [registry],
  });
  const refusedConnects = new Counter({
    name: 'enclave_session_refused_total',
    help: "Requests and upgrades on sessions' hosts that were refused, by reason.",
    labelNames: ['reason'],
    registers: [registry],
  });

  return { openTunnels, tunnelSetup, proxiedBytes, refusedConnects };
}

/** Counts of sessions, agents and networks, read from the database at scrape time: whichever process changed them. */
function databaseGauges(registry: Registry, db: Db) {
  new Gauge({
    name: 'enclave_sessions',
    help: 'Sessions by status.',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await db.select({ status: sessions.status, count: sql<number>`count(*)::int` }).from(sessions).groupBy(sessions.status);
      for (const { status, count } of rows) this.set({ status }, Number(count));
    },
  });
  new Gauge({
    name: 'enclave_agents',
    help: 'Agents by status and whether they take new sessions.',
    labelNames: ['status', 'enabled'],
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await db
        .select({ status: agents.status, enabled: agents.enabled, count: sql<number>`count(*)::int` })
        .from(agents)
        .groupBy(agents.status, agents.enabled);
      for (const { status, enabled, count } of rows) this.set({ status, enabled: String(enabled) }, Number(count));
    },
  });
  new Gauge({
    name: 'enclave_networks',
    help: 'Live (not removed) networks per agent.',
    labelNames: ['agent'],
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await db
        .select({ agent: agents.name, count: sql<number>`count(${networks.id})::int` })
        .from(agents)
        .leftJoin(networks, sql`${networks.agentId} = ${agents.id} and ${networks.removedAt} is null`)
        .groupBy(agents.name);
      for (const { agent, count } of rows) this.set({ agent }, Number(count));
    },
  });
}

/** Staging pools: members ready per pool, launches answered by a hand-over or on demand, how long a refill takes. */
function stagingMetrics(registry: Registry) {
  const stagingReady = new Gauge({ name: 'enclave_staging_ready', help: 'Members of a staging pool ready to hand over (up to its size).', labelNames: ['pool'], registers: [registry] });
  const launches = new Counter({
    name: 'enclave_launches_total',
    help: 'Launches, by how they were answered: staged (handed over from a pool) or on_demand.',
    labelNames: ['kind'],
    registers: [registry],
  });
  const stagingRefill = new Histogram({
    name: 'enclave_staging_refill_seconds',
    help: 'From a staging pool lacking ready members (a hand-over, a loss) to it being full again.',
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 300],
    registers: [registry],
  });
  return { stagingReady, stagingRefill, countLaunch: (kind: 'staged' | 'on_demand') => launches.inc({ kind }) };
}
