import Docker from 'dockerode';
import type { Endpoint, TlsMaterial } from './endpoint.js';

/** A Docker network as Enclave records it. */
export interface DockerNetwork {
  dockerId: string;
  name: string;
  driver: string;
  internal: boolean;
  subnets: string[];
}

export interface DaemonInfo {
  cores: number;
  memoryMb: number;
  version: string;
}

/** The daemon could not be reached or did not answer in time. */
export class DockerUnreachableError extends Error {
  override readonly name = 'DockerUnreachableError';
}

/** The daemon answered with an error (e.g. 404 no such network, 409 conflict). */
export class DockerApiError extends Error {
  override readonly name = 'DockerApiError';
  constructor(
    message: string,
    readonly statusCode: number,
  ) {
    super(message);
  }
}

// Docker's predefined networks: every daemon has them and no workspace is placed on them.
const predefined = new Set(['bridge', 'host', 'none']);

// dockerode takes `abortSignal` in its options, which its type definitions do not declare for every method.
type Signalled<T> = (options: { abortSignal: AbortSignal }) => Promise<T>;
const signalled = <T>(method: unknown, self: object): Signalled<T> => (method as Signalled<T>).bind(self);

export interface DockerClientOptions {
  endpoint: Endpoint;
  tls?: TlsMaterial | null | undefined;
  /** Every request but the event stream is aborted after this long. */
  timeoutMs: number;
}

export type DockerClient = ReturnType<typeof createDockerClient>;

/** The only place that talks to a Docker daemon; one per agent. */
export function createDockerClient({ endpoint, tls, timeoutMs }: DockerClientOptions) {
  const docker = new Docker(modemOptions(endpoint, tls));

  /** Runs one request with a deadline and turns transport failures into DockerUnreachableError. */
  async function call<T>(what: string, request: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const abortSignal = AbortSignal.timeout(timeoutMs);
    try {
      return await request(abortSignal);
    } catch (error) {
      throw classify(error, what, abortSignal.aborted ? timeoutMs : undefined);
    }
  }

  const toNetwork = (n: Docker.NetworkInspectInfo): DockerNetwork => ({
    dockerId: n.Id,
    name: n.Name,
    driver: n.Driver,
    internal: n.Internal ?? false,
    subnets: (n.IPAM?.Config ?? []).map((c) => c.Subnet).filter((s): s is string => !!s),
  });

  return {
    ping: () => call('ping', (abortSignal) => signalled(docker.ping, docker)({ abortSignal })).then(() => undefined),

    info: () =>
      call('read /info', async (abortSignal): Promise<DaemonInfo> => {
        const info = await signalled<Record<string, unknown>>(docker.info, docker)({ abortSignal });
        return {
          cores: Number(info.NCPU) || 0,
          memoryMb: Math.floor(Number(info.MemTotal) / 1024 / 1024) || 0,
          version: String(info.ServerVersion ?? ''),
        };
      }),

    /** User-defined networks only. */
    listNetworks: () =>
      call('list networks', async (abortSignal) => {
        const list = await docker.listNetworks({ abortSignal });
        return list.filter((n) => !predefined.has(n.Name)).map(toNetwork);
      }),

    /** undefined when the network is gone (or is one of the predefined ones). */
    inspectNetwork: (id: string) =>
      call('inspect network', async (abortSignal) => {
        try {
          const network = docker.getNetwork(id);
          const n = await signalled<Docker.NetworkInspectInfo>(network.inspect, network)({ abortSignal });
          return predefined.has(n.Name) ? undefined : toNetwork(n);
        } catch (error) {
          if ((error as { statusCode?: number }).statusCode === 404) return undefined;
          throw error;
        }
      }),

    createNetwork: (input: {
      name: string;
      driver: string;
      internal: boolean;
      options: Record<string, string>;
      labels: Record<string, string>;
    }) =>
      call('create network', async (abortSignal) => {
        const created = await docker.createNetwork({
          Name: input.name,
          Driver: input.driver,
          Internal: input.internal,
          Options: input.options,
          Labels: input.labels,
          CheckDuplicate: true,
          abortSignal,
        } as Docker.NetworkCreateOptions);
        return toNetwork(await signalled<Docker.NetworkInspectInfo>(created.inspect, created)({ abortSignal }));
      }),

    removeNetwork: (id: string) =>
      call('remove network', (abortSignal) => {
        const network = docker.getNetwork(id);
        return signalled(network.remove, network)({ abortSignal });
      }).then(() => undefined),

    /**
     * The daemon's event stream (networks and containers). It has no deadline: it is idle most of the time, so
     * liveness comes from the heartbeat instead. Destroy the stream (or abort `signal`) to close it.
     */
    events: (signal: AbortSignal) =>
      docker
        .getEvents({ filters: { type: ['network', 'container'] }, abortSignal: signal } as Docker.GetEventsOptions)
        .catch((error: unknown) => {
          throw classify(error, 'follow events');
        }),
  };
}

function modemOptions(endpoint: Endpoint, tls: TlsMaterial | null | undefined): Docker.DockerOptions {
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
        // Keys come from the server's ssh-agent, as they do for `docker -H ssh://`.
        sshOptions: { agent: process.env['SSH_AUTH_SOCK'] },
      } as Docker.DockerOptions;
  }
}

function classify(error: unknown, what: string, timedOutAfterMs?: number): Error {
  if (timedOutAfterMs !== undefined) return new DockerUnreachableError(`${what}: no answer within ${timedOutAfterMs} ms`);
  const e = error as { statusCode?: number; json?: { message?: string } | string | null; message?: string; code?: string };
  if (typeof e?.statusCode === 'number') {
    const detail = typeof e.json === 'object' && e.json?.message ? e.json.message : String(e.json ?? e.message);
    return new DockerApiError(`${what}: ${detail}`, e.statusCode);
  }
  return new DockerUnreachableError(`${what}: ${e?.code ? `${e.code} ` : ''}${e?.message ?? String(error)}`.trim());
}
