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

export const isDockerError = (error: unknown): error is DockerUnreachableError | DockerApiError =>
  error instanceof DockerUnreachableError || error instanceof DockerApiError;

/** What went wrong with a Docker request, for a person: unreachable, or refused and why. */
export function describeDockerError(error: unknown): string {
  if (error instanceof DockerUnreachableError) return `unreachable (${error.message})`;
  if (error instanceof DockerApiError) return `Docker refused: ${error.message}${hintFor(error.message)}`;
  return error instanceof Error ? error.message : String(error);
}

// Refusals whose cause is the host rather than the request: what the admin can do about it.
const hints: [RegExp, string][] = [
  [
    /failed to create the (ipvlan|macvlan) port: operation not supported/,
    " (the agent's kernel has no $1 support: load its module there, or use another driver)",
  ],
];
const hintFor = (message: string) => {
  for (const [pattern, hint] of hints) {
    const match = pattern.exec(message);
    if (match) return hint.replace('$1', match[1]!);
  }
  return '';
};

/** dockerode's and docker-modem's errors as ours: an answer with a status is the daemon's refusal, anything else transport. */
export function classifyDockerError(error: unknown, what: string): Error {
  const e = error as { statusCode?: number; json?: { message?: string } | string | null; message?: string; code?: string };
  if (typeof e?.statusCode === 'number') {
    const detail = typeof e.json === 'object' && e.json?.message ? e.json.message : String(e.json ?? e.message);
    return new DockerApiError(`${what}: ${detail}`, e.statusCode);
  }
  return new DockerUnreachableError(`${what}: ${e?.code ? `${e.code} ` : ''}${e?.message ?? String(error)}`.trim());
}
