import type { Readable } from 'node:stream';
import { DockerApiError } from './errors.js';
import { signalled, type Daemon } from './daemon.js';
import { registryOf } from './image-registry.js';

/** Credentials for one pull, as the daemon takes them (X-Registry-Auth); never logged, never in a message. */
export interface RegistryAuth {
  username: string;
  password: string;
  serveraddress: string;
}

/** The registry refused the pull's credentials, or wanted some and got none. */
export class RegistryAuthError extends DockerApiError {
  constructor(
    readonly registry: string,
    detail: string,
  ) {
    super(`authentication failed for ${registry} (${detail})`, 401);
  }
}

// How dockerd words a registry's 401 (moby's registry client and distribution's errors): "unauthorized:
// authentication required", "no basic auth credentials" when it has none to send, or the bare status.
const authFailure = /unauthorized|authentication required|no basic auth credentials|\b401\b/i;

/** A failed pull as a DockerApiError, a RegistryAuthError when the registry refused who asked. */
export function pullFailure(image: string, detail: string, statusCode: number): DockerApiError {
  if (!(statusCode === 401 || authFailure.test(detail))) return new DockerApiError(`pull ${image}: ${detail}`, statusCode);
  // What the daemon said, without docker-modem's "(HTTP code 500) server error - " before it.
  return new RegistryAuthError(registryOf(image), detail.replace(/^\(HTTP code \d+\)[^-]*- /, '').trim());
}

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
     * Pulls an image, with `auth` for its registry if given, and resolves when the pull has finished. A pull can take
     * minutes, so the deadline applies to silence (no progress message for `timeoutMs`), not to the whole pull. The
     * registry's error, if any, is thrown as a DockerApiError (a RegistryAuthError when it refused the credentials).
     */
    pullImage: (image: string, signal?: AbortSignal, auth?: RegistryAuth) =>
      new Promise<void>((resolve, reject) => {
        const options = { abortSignal: signal, ...(auth && { authconfig: auth }) };
        docker.pull(image, options as object, (error: unknown, result: NodeJS.ReadableStream | undefined) => {
          if (error || !result) {
            const failure = classify(error, `pull ${image}`); // "pull <image>: <detail>"
            const detail = failure.message.slice(`pull ${image}: `.length);
            return reject(failure instanceof DockerApiError ? pullFailure(image, detail, failure.statusCode) : failure);
          }
          const stream = result as Readable; // what docker-modem hands back is an http.IncomingMessage
          const stalled = () => setTimeout(() => stream.destroy(new Error(`no progress for ${timeoutMs} ms`)), timeoutMs);
          let idle = stalled();
          docker.modem.followProgress(
            stream,
            (done: Error | null, output: { error?: string; errorDetail?: { message?: string } }[]) => {
              clearTimeout(idle);
              const failed = output?.find((m) => m.error || m.errorDetail);
              if (done) reject(new DockerApiError(`pull ${image}: ${done.message}`, 500));
              else if (failed) reject(pullFailure(image, failed.errorDetail?.message ?? failed.error ?? 'failed', 500));
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
