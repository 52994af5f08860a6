import type { Readable } from 'node:stream';
import { DockerApiError } from './errors.js';
import { signalled, type Daemon } from './daemon.js';

/** A daemon's images. */
export function imageRequests({ docker, call, classify, timeoutMs }: Daemon) {
  return {
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
  };
}
