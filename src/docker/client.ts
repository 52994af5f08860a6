import Docker from 'dockerode';
import { containerStateRequests } from './container-states.js';
import { containerRequests } from './containers.js';
import { signalled, type Call, type Daemon } from './daemon.js';
import type { Endpoint, TlsMaterial } from './endpoint.js';
import { classifyDockerError, DockerUnreachableError } from './errors.js';
import { execRequests } from './exec.js';
import { reportedGpus } from './gpus.js';
import { imageRequests } from './images.js';
import { checkHostKey, hostKeyRefusal, readKnownHosts } from './known-hosts.js';
import { modemOptions } from './modem.js';
import { networkRequests } from './networks.js';

export interface DaemonInfo {
  cores: number;
  memoryMb: number;
  gpus: number;
  version: string;
}

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
  const call: Call = async (what, request, ms = timeoutMs) => {
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
  };

  const daemon: Daemon = { docker, call, classify, timeoutMs };

  return {
    ping: () => call('ping', (abortSignal) => signalled(docker.ping, docker)({ abortSignal })).then(() => undefined),

    info: () =>
      call('read /info', async (abortSignal): Promise<DaemonInfo> => {
        const info = await signalled<Record<string, unknown>>(docker.info, docker)({ abortSignal });
        return {
          cores: Number(info.NCPU) || 0,
          memoryMb: Math.floor(Number(info.MemTotal) / 1024 / 1024) || 0,
          gpus: reportedGpus(info.GenericResources),
          version: String(info.ServerVersion ?? ''),
        };
      }),

    ...networkRequests(daemon),
    ...imageRequests(daemon),
    ...containerRequests(daemon),
    ...containerStateRequests(daemon),
    ...execRequests(daemon),

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
