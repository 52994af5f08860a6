import type { Daemon } from './daemon.js';

// Docker answers 304 when a container already is as asked (e.g. stopped): that is success here.
const tolerateNotModified = (error: unknown) => {
  if ((error as { statusCode?: number }).statusCode !== 304) throw error;
};

type Method = (options: object) => Promise<unknown>;

/** A daemon's containers moved between running, paused and stopped, and kept (suspend and resume). */
export function containerStateRequests({ docker, call, timeoutMs }: Daemon) {
  const request = (what: string, id: string, method: 'pause' | 'unpause' | 'stop', options: object = {}, ms = timeoutMs) =>
    call(
      what,
      async (abortSignal) => {
        const container = docker.getContainer(id);
        await (container[method] as Method).call(container, { ...options, abortSignal }).catch(tolerateNotModified);
      },
      ms,
    );
  return {
    /** Freezes the container's processes (the cgroup freezer): its memory stays, its CPU is released. */
    pauseContainer: (id: string) => request('pause container', id, 'pause'),
    unpauseContainer: (id: string) => request('unpause container', id, 'unpause'),
    /** SIGTERM, then SIGKILL after `graceSeconds`; the container (and its writable layer) is kept. */
    stopContainer: (id: string, graceSeconds: number) => request('stop container', id, 'stop', { t: graceSeconds }, graceSeconds * 1000 + timeoutMs),
  };
}
