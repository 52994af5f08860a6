import type Docker from 'dockerode';
import { DockerUnreachableError } from './errors.js';
import { signalled, type Daemon } from './daemon.js';

export interface ContainerSpec {
  name: string;
  image: string;
  command: string[] | null;
  env: { key: string; value: string }[];
  labels: Record<string, string>;
  network: string;
  cores: number;
  memoryMb: number;
  /** HostConfig.Mounts: named volumes (Docker creates one on first use) and host paths. */
  mounts?: readonly ContainerMount[];
  /** The size of /dev/shm; null or absent: Docker's default (64 MB). */
  shmSizeMb?: number | null;
  /** GPUs requested of the daemon's GPU runtime (a device request); absent or 0: none. */
  gpus?: number;
}

export interface ContainerMount {
  type: 'volume' | 'bind';
  /** A volume's name, or an absolute path on the agent's host. */
  source: string;
  target: string;
  readOnly: boolean;
}

/** Limits, network and mounts: what a session's container is given of its host. */
function hostConfig(spec: ContainerSpec): Docker.HostConfig {
  return {
    NetworkMode: spec.network,
    NanoCpus: Math.round(spec.cores * 1e9),
    Memory: spec.memoryMb * 1024 * 1024,
    ...(spec.mounts?.length && {
      Mounts: spec.mounts.map((m) => ({ Type: m.type, Source: m.source, Target: m.target, ReadOnly: m.readOnly })),
    }),
    ...(spec.shmSizeMb != null && { ShmSize: spec.shmSizeMb * 1024 * 1024 }),
    // As `docker run --gpus N`: a daemon without a GPU runtime refuses it at start ("could not select device driver").
    ...(spec.gpus && { DeviceRequests: [{ Driver: '', Count: spec.gpus, Capabilities: [['gpu']] }] }),
  };
}

/** A daemon's containers. */
export function containerRequests({ docker, call, timeoutMs }: Daemon) {
  return {
    /** Creates (but does not start) a container on exactly one network; returns its id. */
    createContainer: (spec: ContainerSpec) =>
      call('create container', async (abortSignal) => {
        const container = await docker.createContainer({
          name: spec.name,
          Image: spec.image,
          ...(spec.command && { Cmd: spec.command }),
          Env: spec.env.map(({ key, value }) => `${key}=${value}`),
          Labels: spec.labels,
          HostConfig: hostConfig(spec),
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
            paused: info.State.Paused,
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
  };
}
