import type { Readable } from 'node:stream';
import Docker from 'dockerode';
import type { Endpoint, TlsMaterial } from './endpoint.js';
import { classifyDockerError, DockerApiError, DockerUnreachableError } from './errors.js';
import { checkHostKey, hostKeyRefusal, readKnownHosts } from './known-hosts.js';
import { modemOptions } from './modem.js';

/** A Docker network as Enclave records it. */
export interface DockerNetwork {
  dockerId: string;
  name: string;
  driver: string;
  internal: boolean;
  subnets: string[];
}

export interface ContainerSpec {
  name: string;
  image: string;
  command: string[] | null;
  env: { key: string; value: string }[];
  labels: Record<string, string>;
  network: string;
  cores: number;
  memoryMb: number;
}

export interface DaemonInfo {
  cores: number;
  memoryMb: number;
  version: string;
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
  /** The OpenSSH known_hosts file that ssh:// endpoints' host keys must be listed in. */
  sshKnownHosts?: string | undefined;
  /** The ssh-agent socket (SSH_AUTH_SOCK) whose keys ssh:// endpoints authenticate with. */
  sshAgent?: string | undefined;
}

export type DockerClient = ReturnType<typeof createDockerClient>;

/** The only place that talks to a Docker daemon; one per agent. */
export function createDockerClient({ endpoint, tls, timeoutMs, sshKnownHosts, sshAgent }: DockerClientOptions) {
  /** Why the last SSH host key was refused; ssh2 itself only says "Host denied (verification failed)". */
  let hostKeyProblem: string | undefined;
  const docker = new Docker(
    modemOptions(endpoint, tls, sshAgent, (host, port, key) => {
      const check = checkHostKey(readKnownHosts(sshKnownHosts), host, port, key);
      hostKeyProblem = check === 'known' ? undefined : hostKeyRefusal(check, host, port, sshKnownHosts ?? '(none given)');
      return check === 'known';
    }),
  );
  const classify = (error: unknown, what: string): Error =>
    hostKeyProblem && /verification failed/i.test(String((error as Error)?.message))
      ? new DockerUnreachableError(`${what}: ${hostKeyProblem}`)
      : classifyDockerError(error, what);

  /**
   * Runs one request with a deadline and turns transport failures into DockerUnreachableError. The deadline is
   * enforced here, not only through dockerode's `abortSignal`, which some of its methods ignore (e.g. image
   * inspect): a request to a hung daemon must fail, whatever method made it.
   */
  async function call<T>(what: string, request: (abortSignal: AbortSignal) => Promise<T>, ms = timeoutMs): Promise<T> {
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abort.abort();
        reject(new DockerUnreachableError(`${what}: no answer within ${ms} ms`));
      }, ms);
    });
    try {
      return await Promise.race([request(abort.signal), deadline]);
    } catch (error) {
      throw error instanceof DockerUnreachableError ? error : classify(error, what);
    } finally {
      clearTimeout(timer);
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

    /** Whether the daemon has the image already. */
    hasImage: (image: string) =>
      call('inspect image', async (abortSignal) => {
        const handle = docker.getImage(image);
        try {
          await signalled(handle.inspect, handle)({ abortSignal });
          return true;
        } catch (error) {
          if ((error as { statusCode?: number }).statusCode === 404) return false;
          throw error;
        }
      }),

    /**
     * Pulls an image and resolves when the pull has finished. A pull can take minutes, so the deadline applies
     * to silence (no progress message for `timeoutMs`), not to the whole pull. The registry's error, if any, is
     * thrown as a DockerApiError.
     */
    pullImage: (image: string, signal?: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        docker.pull(image, { abortSignal: signal } as object, (error: unknown, result: NodeJS.ReadableStream | undefined) => {
          if (error || !result) return reject(classify(error, `pull ${image}`));
          const stream = result as Readable; // what docker-modem hands back is an http.IncomingMessage
          const stalled = () => setTimeout(() => stream.destroy(new Error(`no progress for ${timeoutMs} ms`)), timeoutMs);
          let idle = stalled();
          docker.modem.followProgress(
            stream,
            (done: Error | null, output: { error?: string; errorDetail?: { message?: string } }[]) => {
              clearTimeout(idle);
              const failed = output?.find((m) => m.error || m.errorDetail);
              if (done) reject(new DockerApiError(`pull ${image}: ${done.message}`, 500));
              else if (failed) reject(new DockerApiError(`pull ${image}: ${failed.errorDetail?.message ?? failed.error}`, 500));
              else resolve();
            },
            () => {
              clearTimeout(idle);
              idle = stalled();
            },
          );
        });
      }),

    /** Creates (but does not start) a container on exactly one network; returns its id. */
    createContainer: (spec: ContainerSpec) =>
      call('create container', async (abortSignal) => {
        const container = await docker.createContainer({
          name: spec.name,
          Image: spec.image,
          ...(spec.command && { Cmd: spec.command }),
          Env: spec.env.map(({ key, value }) => `${key}=${value}`),
          Labels: spec.labels,
          HostConfig: {
            NetworkMode: spec.network,
            NanoCpus: Math.round(spec.cores * 1e9),
            Memory: spec.memoryMb * 1024 * 1024,
          },
          abortSignal,
        } as Docker.ContainerCreateOptions);
        return container.id;
      }),

    // Starting sets up the container's network and cgroups: seconds on a busy host, so it gets a longer deadline.
    startContainer: (id: string) =>
      call(
        'start container',
        (abortSignal) => {
          const container = docker.getContainer(id);
          return signalled(container.start, container)({ abortSignal });
        },
        timeoutMs * 3,
      ).then(() => undefined),

    /** Stops (SIGTERM, then SIGKILL after `graceSeconds`) and removes a container; a missing one is fine. */
    removeContainer: async (idOrName: string, graceSeconds: number) => {
      const container = docker.getContainer(idOrName);
      const tolerate = (error: unknown) => {
        const status = (error as { statusCode?: number }).statusCode;
        if (status !== 404 && status !== 304) throw error;
      };
      if (graceSeconds > 0)
        await call(
          'stop container',
          (abortSignal) =>
            (container.stop as (o: object) => Promise<unknown>).call(container, { t: graceSeconds, abortSignal }).catch(tolerate),
          graceSeconds * 1000 + timeoutMs,
        ).catch((error: unknown) => {
          if (!(error instanceof DockerUnreachableError)) throw error;
        });
      await call('remove container', (abortSignal) =>
        (container.remove as (o: object) => Promise<unknown>).call(container, { force: true, v: true, abortSignal }).catch(tolerate),
      );
    },

    /** Containers (running or not) carrying the label `key`, with their labels and state. */
    listLabelledContainers: (key: string) =>
      call('list containers', async (abortSignal) => {
        const list = await docker.listContainers({ all: true, filters: { label: [key] }, abortSignal } as Docker.ContainerListOptions);
        return list.map((c) => ({ id: c.Id, labels: c.Labels, state: c.State }));
      }),

    inspectContainer: (id: string) =>
      call('inspect container', async (abortSignal) => {
        const container = docker.getContainer(id);
        try {
          const info = await signalled<Docker.ContainerInspectInfo>(container.inspect, container)({ abortSignal });
          return {
            id: info.Id,
            running: info.State.Running,
            exitCode: info.State.ExitCode,
            oomKilled: info.State.OOMKilled,
            networks: Object.keys(info.NetworkSettings.Networks ?? {}),
            labels: info.Config.Labels ?? {},
          };
        } catch (error) {
          if ((error as { statusCode?: number }).statusCode === 404) return undefined;
          throw error;
        }
      }),

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
