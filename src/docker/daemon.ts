import Docker from 'dockerode';

// dockerode takes `abortSignal` in its options, which its type definitions do not declare for every method.
type Signalled<T> = (options: { abortSignal: AbortSignal }) => Promise<T>;
export const signalled = <T>(method: unknown, self: object): Signalled<T> => (method as Signalled<T>).bind(self);

/** One request with a deadline; transport failures become DockerUnreachableError, refusals DockerApiError. */
export type Call = <T>(what: string, request: (abortSignal: AbortSignal) => Promise<T>, ms?: number) => Promise<T>;

/** What the requests of one daemon share: its dockerode handle, the deadline, and how its errors are told apart. */
export interface Daemon {
  docker: Docker;
  call: Call;
  classify(error: unknown, what: string): Error;
  timeoutMs: number;
}
