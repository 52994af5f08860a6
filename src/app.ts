import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { eq } from 'drizzle-orm';
import { createAgentsService } from './agents/agents.service.js';
import { createDiscovery } from './agents/discovery.js';
import { createAuditLog } from './auth/audit.js';
import { createAuthService } from './auth/auth.service.js';
import type { Config } from './config.js';
import { createContext, type Services } from './graphql/context.js';
import { openDatabase } from './db/client.js';
import { agents } from './db/schema.js';
import { createDockerClient } from './docker/client.js';
import { createDockerRegistry } from './docker/registry.js';
import { createLocalCoordination, createPostgresCoordination } from './cluster/coordination.js';
import { createLocalEventBus } from './events/bus.js';
import { createPostgresEventBus } from './events/postgres.js';
import type { Logger } from './logger.js';
import { createFleet } from './fleet/fleet.js';
import { createMetrics } from './metrics.js';
import { createNetworksService } from './networks/networks.service.js';
import { createSessionsService } from './sessions/sessions.service.js';
import { startLaunchOptionsPublisher } from './workspaces/launch-options.publisher.js';
import { createWorkspacesService } from './workspaces/workspaces.service.js';
import { resolvers } from './graphql/resolvers.js';
import { createSecretBox } from './secrets.js';
import { createGraphQLServer } from './http/server.js';

const typeDefs = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');

export interface App {
  services: Services;
  /** Listens, starts the agents' watchers; resolves with the URL and, on a first start, the bootstrap admin token. */
  start(): Promise<{ url: string; port: number; bootstrapToken: string | undefined }>;
  stop(): Promise<void>;
}

/** Composition root: config -> db -> migrations -> services -> server. */
export async function buildApp(config: Config, log: Logger): Promise<App> {
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATABASE_URL ? undefined : config.ENCLAVE_DATA_DIR,
  });
  const { db } = database;
  let migrated = false;

  // On a shared Postgres, events and claims go through it; the embedded database has one process, which holds all.
  const events = config.DATABASE_URL ? createPostgresEventBus({ url: config.DATABASE_URL, db, log }) : createLocalEventBus();
  const coordination = config.DATABASE_URL
    ? await createPostgresCoordination({ url: config.DATABASE_URL, log, graceMs: 2 * config.ENCLAVE_CLAIM_MS })
    : createLocalCoordination();
  const metrics = createMetrics({ db });
  const secrets = createSecretBox(config.ENCLAVE_SECRET_KEY);
  const docker = createDockerRegistry({
    timeoutMs: config.ENCLAVE_DOCKER_TIMEOUT_MS,
    sshKnownHosts: config.ENCLAVE_SSH_KNOWN_HOSTS,
    secrets,
  });
  const defaultNetwork = config.ENCLAVE_DEFAULT_NETWORK;
  const networks = createNetworksService({ db, events, docker, defaultNetwork });
  const fleet = createFleet({ db, events });
  const workspaces = createWorkspacesService({ db, events, fleet, defaultNetwork });
  const sessions = createSessionsService({
    db,
    events,
    docker,
    fleet,
    defaultNetwork,
    stopGraceSeconds: config.ENCLAVE_STOP_GRACE_S,
    metrics,
    maxSessionsPerOwner: config.ENCLAVE_MAX_SESSIONS_PER_OWNER,
    getWorkspace: (id) => workspaces.mustGet(id),
    instanceId: coordination.instanceId,
    launcherAlive: (id) => coordination.launcherAlive(id),
    log: log.child({ component: 'sessions' }),
  });
  const discovery = createDiscovery({
    db,
    events,
    docker,
    networks,
    containers: sessions,
    metrics,
    coordination,
    claimMs: config.ENCLAVE_CLAIM_MS,
    defaultNetwork,
    heartbeatMs: config.ENCLAVE_HEARTBEAT_MS,
    resyncMs: config.ENCLAVE_RESYNC_MS,
    log: log.child({ component: 'discovery' }),
  });
  const agentsService = createAgentsService({
    db,
    events,
    docker,
    discovery,
    secrets,
    timeoutMs: config.ENCLAVE_DOCKER_TIMEOUT_MS,
    sshKnownHosts: config.ENCLAVE_SSH_KNOWN_HOSTS,
    log: log.child({ component: 'agents' }),
  });
  const auth = createAuthService({ db, log, adminToken: config.ENCLAVE_ADMIN_TOKEN });
  const audit = createAuditLog({ db, log });
  const services: Services = { agents: agentsService, networks, auth, audit, events, fleet, workspaces, sessions };
  let launchOptionsPublisher: { stop(): Promise<void> } | undefined;
  let sweeper: NodeJS.Timeout | undefined;

  const server = createGraphQLServer({
    schema: makeExecutableSchema({ typeDefs, resolvers }),
    authenticate: (token) => auth.authenticate(token),
    createContext: (viewer, requestId) => createContext(services, viewer, log, requestId),
    isReady: () => migrated,
    introspection: config.ENCLAVE_INTROSPECTION ?? config.NODE_ENV !== 'production',
    suggestions: config.NODE_ENV !== 'production',
    // Workspaces and their launch options come from the fleet snapshot only.
    metrics,
    readCache: { rootFields: new Set(['workspaces', 'workspace']), version: fleet.version },
    webSocket: { flushMs: config.ENCLAVE_WS_FLUSH_MS, maxBufferedBytes: config.ENCLAVE_WS_MAX_BUFFERED_BYTES },
    log,
  });

  /** Registers the local Docker socket as agent "local" when it answers and no agent uses it yet. */
  async function registerLocalAgent() {
    const endpoint = `unix://${config.ENCLAVE_LOCAL_AGENT_SOCKET}`;
    const [known] = await db.select({ id: agents.id }).from(agents).where(eq(agents.endpoint, endpoint));
    if (known) return;
    const probe = createDockerClient({
      endpoint: { kind: 'unix', socketPath: config.ENCLAVE_LOCAL_AGENT_SOCKET },
      timeoutMs: config.ENCLAVE_DOCKER_TIMEOUT_MS,
    });
    if (!(await probe.ping().then(() => true, () => false))) {
      log.info({ endpoint }, 'no local Docker daemon answers; not registering a local agent');
      return;
    }
    await agentsService
      .register({ name: 'local', endpoint })
      .catch((error: unknown) => log.warn({ err: error, endpoint }, 'could not register the local agent'));
  }

  return {
    services,
    async start() {
      await database.migrate();
      await agentsService.checkStoredKeys();
      await events.start();
      migrated = true;
      const bootstrapToken = await auth.bootstrap();
      await sessions.sweepInterrupted();
      launchOptionsPublisher = startLaunchOptionsPublisher({ events, fleet, defaultNetwork });
      const address = await server.start(config.PORT, config.HOST);
      await discovery.start();
      sweeper = setInterval(
        () => void sessions.sweepInterrupted().catch((error: unknown) => log.error({ err: error }, 'sweep failed')),
        config.ENCLAVE_CLAIM_MS,
      );
      if (config.ENCLAVE_LOCAL_AGENT) await registerLocalAgent();
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      return { url: `http://${host}:${address.port}/graphql`, port: address.port, bootstrapToken };
    },
    async stop() {
      clearInterval(sweeper);
      await server.stop();
      await discovery.stopAll();
      await sessions.drain();
      await launchOptionsPublisher?.stop();
      await fleet.close();
      await coordination.close();
      await events.close();
      await database.close();
    },
  };
}
