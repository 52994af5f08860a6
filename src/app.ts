import { createAgentsRepository } from './agents/agents.repository.js';
import { createAgentsService } from './agents/agents.service.js';
import { createDiscovery } from './agents/discovery.js';
import { checkStoredKeys } from './agents/stored-keys.js';
import { createAuditLog } from './auth/audit.js';
import type { Viewer } from './auth/auth.service.js';
import { mayReach, unrestricted as unrestrictedEntitlement } from './entitlements.js';
import { createIdentity, type Identity } from './auth/identity.js';
import { followStaleViewers } from './auth/stale-viewers.js';
import { createLocalCoordination, createPostgresCoordination, type Coordination } from './cluster/coordination.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { createDockerRegistry } from './docker/registry.js';
import { createLocalEventBus } from './events/bus.js';
import { createPostgresEventBus } from './events/postgres.js';
import { loadUsage } from './fleet/fleet.repository.js';
import { createFleet } from './fleet/fleet.js';
import { createGraphQLApi } from './graphql/api.js';
import type { Services } from './graphql/context.js';
import { createAuthRoutes } from './http/auth-routes.js';
import { signInCookie } from './http/cookies.js';
import { signInAbsoluteMs } from './auth/sign-ins.repository.js';
import { createHttpServer } from './http/server.js';
import type { Logger } from './logger.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createLayoutsRepository } from './networks/layouts.repository.js';
import { createNetworksRepository } from './networks/networks.repository.js';
import { createNetworksService } from './networks/networks.service.js';
import { createConnectService } from './connect/connect.service.js';
import { createRegistriesRepository } from './registries/registries.repository.js';
import { createRegistriesService } from './registries/registries.service.js';
import { createStagingReconciler } from './staging/staging.reconciler.js';
import { createStagingService } from './staging/staging.service.js';
import { createSecretBox } from './secrets.js';
import { createSessionsService } from './sessions/sessions.service.js';
import { createLaunchOptionsFeed } from './workspaces/launch-options.feed.js';
import { createWorkspacesService } from './workspaces/workspaces.service.js';

export interface App {
  services: Services;
  /** Listens, starts the agents' watchers; resolves with the URL and, on a first start, the bootstrap admin token. */
  start(): Promise<{ url: string; port: number; bootstrapToken: string | undefined }>;
  stop(): Promise<void>;
}

/** The domains, wired to the database, the bus, the Docker clients and each other. */
function createServices(config: Config, { db }: Database, coordination: Coordination, metrics: Metrics, log: Logger, publicUrl: () => URL) {
  // On a shared Postgres, events go through it; the embedded database has one process.
  const events = config.DATABASE_URL ? createPostgresEventBus({ url: config.DATABASE_URL, db, log }) : createLocalEventBus();
  const secrets = createSecretBox(config.ENCLAVE_SECRET_KEY);
  const docker = createDockerRegistry({
    timeoutMs: config.ENCLAVE_DOCKER_TIMEOUT_MS,
    sshKnownHosts: config.ENCLAVE_SSH_KNOWN_HOSTS,
    sshAgent: config.SSH_AUTH_SOCK,
    secrets,
  });
  const defaultNetwork = config.ENCLAVE_DEFAULT_NETWORK;
  const registries = createRegistriesService({ repository: createRegistriesRepository({ db }), secrets, log: log.child({ component: 'registries' }) });
  const agentRows = createAgentsRepository({ db });
  const networkRows = { networks: createNetworksRepository({ db }), layouts: createLayoutsRepository({ db }) };
  const networks = createNetworksService({ ...networkRows, agents: agentRows, events, docker, defaultNetwork });
  const fleet = createFleet({ db, events });
  const identity = createIdentity(config, { db, events, publicUrl, destroySessionsOf: (owner) => destroySessionsOf(owner), log });
  const workspaces = createWorkspacesService({ db, events, fleet, defaultNetwork, bindRoots: config.ENCLAVE_BIND_ROOTS, assertGroupsExist: (names) => identity.users.assertGroupsExist(names) });
  const sessions = createSessionsService({
    ...{ db, events, docker, fleet, defaultNetwork, metrics },
    stopGraceSeconds: config.ENCLAVE_STOP_GRACE_S,
    maxSessionsPerOwner: config.ENCLAVE_MAX_SESSIONS_PER_OWNER,
    getWorkspace: (id) => workspaces.mustGet(id),
    agentById: (id) => agentRows.byId(id),
    instanceId: coordination.instanceId,
    launcherAlive: (id) => coordination.launcherAlive(id),
    pullAuth: (image) => registries.pullAuth(image),
    log: log.child({ component: 'sessions' }),
  });
  const discovery = createDiscovery({
    agents: agentRows,
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
  const agents = createAgentsService({
    agents: agentRows,
    events,
    docker,
    discovery,
    usage: (ids) => loadUsage(db, ids),
    secrets,
    log: log.child({ component: 'agents' }),
  });
  const { auth, users } = identity;
  /** A deleted user's sessions end with them. */
  async function destroySessionsOf(owner: string) {
    const as: Viewer = { role: 'USER', owner, keyId: null, signInId: null, userId: null, groupIds: [], entitlement: unrestrictedEntitlement };
    for (const session of await sessions.list(as, { status: ['REQUESTED', 'PROVISIONING', 'STARTING', 'RUNNING', 'PAUSED', 'SUSPENDED'] }))
      await sessions.destroy(as, session.id);
  }
  const { staging, stagingReconciler } = stagingPools({ db, events, metrics, workspaces, sessions, log });
  const connect = connectService(config, { db, events, docker, sessions, workspaces, agentRows, discovery, auth, metrics, log }, publicUrl);
  const services: Services = {
    agents,
    networks,
    auth,
    users,
    audit: createAuditLog({ db, log }),
    events,
    fleet,
    workspaces,
    launchOptions: createLaunchOptionsFeed({ fleet, defaultNetwork, log }),
    sessions,
    connect,
    registries,
    staging,
  };
  return { services, identity, discovery, stagingReconciler, checkStoredKeys: () => checkStoredKeys({ agents: agentRows, secrets, log }) };
}

/** Staging pools: what admins ask for, and the reconciler (in every process) that keeps it so. */
function stagingPools(deps: Pick<Services, 'events' | 'workspaces' | 'sessions'> & { db: Database['db']; metrics: Metrics; log: Logger }) {
  const common = { db: deps.db, getWorkspace: (id: string) => deps.workspaces.mustGet(id), members: deps.sessions.staging };
  const stagingReconciler = createStagingReconciler({ ...common, events: deps.events, metrics: deps.metrics, log: deps.log.child({ component: 'staging' }) });
  return { stagingReconciler, staging: createStagingService({ ...common, changed: stagingReconciler.poke }) };
}

/** Opening sessions: connect links, the session hosts' access rules, the tunnels, readiness and activity. */
function connectService(
  config: Config,
  deps: {
    db: Database['db'];
    events: Services['events'];
    docker: ReturnType<typeof createDockerRegistry>;
    sessions: Services['sessions'];
    workspaces: Services['workspaces'];
    agentRows: ReturnType<typeof createAgentsRepository>;
    discovery: ReturnType<typeof createDiscovery>;
    auth: Services['auth'];
    metrics: Metrics;
    log: Logger;
  },
  publicUrl: () => URL,
) {
  const { db, events, docker, sessions, workspaces, agentRows, discovery, auth, metrics, log } = deps;
  return createConnectService({
    db,
    events,
    docker,
    sessionFor: (viewer, id) => sessions.mustGet(viewer, id),
    sessionById: (id) => sessions.byId(id),
    workspaceById: async (id) => (await workspaces.byIds([id]))[0],
    agentById: (id) => agentRows.byId(id),
    markReady: (id, ready, reason) => sessions.markReady(id, ready, reason),
    recordActivity: (lastSeen) => sessions.recordActivity(lastSeen),
    unreadySessions: () => sessions.unready(),
    watches: (agentId) => discovery.watches(agentId),
    // The enclave boundary on sessions' hosts: the credential still stands and its groups still reach the session.
    actorMay: async ({ actorKeyId, actorSignInId }, session) => {
      const viewer = await auth.credentialViewer({ keyId: actorKeyId, signInId: actorSignInId });
      const workspace = viewer && (await workspaces.byIds([session.workspaceId]))[0];
      return !!workspace && mayReach(viewer.entitlement, workspace, session.network);
    },
    publicUrl,
    secureCookies: config.ENCLAVE_PUBLIC_URL?.protocol === 'https:',
    sessionDomain: config.ENCLAVE_SESSION_DOMAIN,
    metrics,
    log: log.child({ component: 'connect' }),
  });
}

/** The API (HTTP and WebSocket), the pages, /auth/* and sessions' hosts on one server; stale connections closed. */
function serve(
  config: Config,
  { services, identity, metrics, publicUrl, isReady }: { services: Services; identity: Identity; metrics: Metrics; publicUrl: () => URL; isReady(): boolean },
  log: Logger,
) {
  const secure = config.ENCLAVE_PUBLIC_URL?.protocol === 'https:';
  const cookie = signInCookie({ secure, maxAgeSeconds: signInAbsoluteMs / 1000 });
  const api = createGraphQLApi({
    services,
    introspection: config.ENCLAVE_INTROSPECTION ?? config.NODE_ENV !== 'production',
    suggestions: config.NODE_ENV !== 'production',
    metrics,
    cookie,
    publicUrl,
    log,
  });
  const { connect, auth, events } = services;
  const server = createHttpServer({
    http: api.http,
    webSocket: { ...api.webSocket, flushMs: config.ENCLAVE_WS_FLUSH_MS, maxBufferedBytes: config.ENCLAVE_WS_MAX_BUFFERED_BYTES },
    sessions: { ...connect.proxy, isEnclaveCredential: (authorization) => auth.isOwnCredential(authorization), log: log.child({ component: 'proxy' }) },
    auth: createAuthRoutes({ ...identity.routes, cookie, secure, trustedProxies: config.ENCLAVE_TRUSTED_PROXIES }),
    isReady,
    metrics,
    log,
  });
  connect.onRevoked((sessionId) => server.closeSession(sessionId));
  return { server, stopFollowingViewers: followStaleViewers(events, server.closeWebSockets, log) };
}

/** Composition root: config -> db -> migrations -> services -> server. */
export async function buildApp(config: Config, log: Logger): Promise<App> {
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATABASE_URL ? undefined : config.ENCLAVE_DATA_DIR });
  // On a shared Postgres, claims go through it; the embedded database has one process, which holds all.
  const coordination = config.DATABASE_URL
    ? await createPostgresCoordination({ url: config.DATABASE_URL, log, graceMs: 2 * config.ENCLAVE_CLAIM_MS })
    : createLocalCoordination();
  const metrics = createMetrics({ db: database.db });
  // How browsers reach Enclave: as configured, or what it listens on (known once it does).
  let listeningOn: URL | undefined;
  const publicUrl = () => config.ENCLAVE_PUBLIC_URL ?? listeningOn ?? new URL(`http://127.0.0.1:${config.PORT}`);
  const { services, identity, discovery, stagingReconciler, checkStoredKeys } = createServices(config, database, coordination, metrics, log, publicUrl);
  const { sessions, events, auth, fleet, launchOptions, connect } = services;
  let migrated = false;
  let sweeper: NodeJS.Timeout | undefined;

  const { server, stopFollowingViewers } = serve(config, { services, identity, metrics, publicUrl, isReady: () => migrated }, log);
  const sweep = () => void sessions.sweepInterrupted().catch((error: unknown) => log.error({ err: error }, 'sweep failed'));

  return {
    services,
    async start() {
      await database.migrate();
      await checkStoredKeys();
      await services.registries.checkStoredPasswords();
      await events.start();
      migrated = true;
      const bootstrapToken = await auth.bootstrap();
      await sessions.sweepInterrupted();
      launchOptions.start();
      const address = await server.start(config.PORT, config.HOST);
      listeningOn = new URL(`http://127.0.0.1:${address.port}`);
      await discovery.start();
      await sessions.startExpiry(() => discovery.watched());
      stagingReconciler.start();
      void connect.sweep();
      sweeper = setInterval(sweep, config.ENCLAVE_CLAIM_MS);
      identity.startSweeps();
      if (config.ENCLAVE_LOCAL_AGENT) await services.agents.registerLocal(config.ENCLAVE_LOCAL_AGENT_SOCKET);
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      return { url: `http://${host}:${address.port}/graphql`, port: address.port, bootstrapToken };
    },
    async stop() {
      clearInterval(sweeper);
      const steps: [string, () => Promise<unknown>][] = [
        ['the HTTP server', () => server.stop()],
        ['session deadlines', () => sessions.stopExpiry()],
        ['staging pools', () => stagingReconciler.stop()],
        ['the agents’ watchers', () => discovery.stopAll()],
        ['launches in progress', () => sessions.drain()],
        ['session connections', () => connect.stop()],
        ['launch options', () => launchOptions.stop()],
        ['authentication', () => Promise.all([stopFollowingViewers(), identity.stop()])],
        ['the fleet', () => fleet.close()],
        ['coordination', () => coordination.close()],
        ['the event bus', () => events.close()],
        ['the database', () => database.close()],
      ];
      await stopInOrder(steps, log);
    },
  };
}

/**
 * Runs shutdown steps in order. A step that holds shutdown up is named in the log after 5 s; one stuck for good (a
 * query or a peer that never answers) is given up after 20 s, so that it cannot keep the process from stopping.
 */
async function stopInOrder(steps: [string, () => Promise<unknown>][], log: Logger) {
  for (const [what, step] of steps) {
    const slow = setTimeout(() => log.warn({ step: what }, `stopping: still waiting for ${what}`), 5_000);
    let stuck: NodeJS.Timeout | undefined;
    const giveUp = new Promise<void>((resolve) => {
      stuck = setTimeout(() => resolve(log.error({ step: what }, `stopping: gave up waiting for ${what} after 20 s`)), 20_000);
    });
    try {
      await Promise.race([step(), giveUp]);
    } finally {
      clearTimeout(slow);
      clearTimeout(stuck);
    }
  }
}
