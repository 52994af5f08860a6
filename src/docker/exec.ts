import type { Duplex } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type Docker from 'dockerode';
import { signalled, type Daemon } from './daemon.js';
import { ExecFrames } from './exec-frames.js';

/** What ran and how it ended (runExec). */
export interface ExecResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Execs in a daemon's containers: a hijacked stream (the tunnel's transport) and run-to-completion commands. */
export function execRequests({ docker, call, timeoutMs }: Daemon) {
  // A daemon busy starting many execs (a page opening dozens of connections) answers slowly: the set-up gets the longer
  // deadline a container start gets, which still tells a hung daemon apart.
  const setupMs = timeoutMs * 3;
  const createExec = (containerId: string, command: string[], stdin: boolean, env: string[] = []) =>
    call('create exec', async (abortSignal) => {
      const container = docker.getContainer(containerId);
      const exec = await container.exec({
        Cmd: command,
        Env: env,
        AttachStdin: stdin,
        AttachStdout: true,
        AttachStderr: true,
        Tty: false,
        abortSignal,
      } as Docker.ExecCreateOptions);
      return exec;
    }, setupMs);

  /**
   * Starts `command` in the container with stdin attached and hands back the raw hijacked connection: stdin is
   * written to it as is, stdout and stderr come back in Docker's frames (ExecFrames). Only the set-up has a deadline:
   * the stream lives as long as the process does.
   */
  const startExec = async (containerId: string, command: string[]) => {
    const exec = await createExec(containerId, command, true);
    const socket = await call(
      'start exec',
      (abortSignal) => (exec.start as (o: object) => Promise<Duplex>).call(exec, { hijack: true, stdin: true, Detach: false, Tty: false, abortSignal }),
      setupMs,
    );
    return { id: exec.id as string, socket };
  };

  const inspectExec = (id: string) =>
    call('inspect exec', async (abortSignal) => {
      const exec = docker.getExec(id);
      const info = await signalled<Docker.ExecInspectInfo>(exec.inspect, exec)({ abortSignal });
      return { running: info.Running, exitCode: info.ExitCode };
    });

  return {
    startExec,
    inspectExec,

    /** Runs `command` to completion (no stdin, `env` as KEY=value added) within the deadline; its output and exit code. */
    runExec: (containerId: string, command: string[], ms = timeoutMs, env: string[] = []) =>
      call(
        'run exec',
        async (abortSignal): Promise<ExecResult> => {
          const exec = await createExec(containerId, command, false, env);
          const socket = await (exec.start as (o: object) => Promise<Duplex>).call(exec, { hijack: true, stdin: false, Detach: false, Tty: false, abortSignal });
          abortSignal.addEventListener('abort', () => socket.destroy(), { once: true });
          const frames = new ExecFrames();
          const stdout = await buffer(socket.pipe(frames));
          const { exitCode } = await signalled<Docker.ExecInspectInfo>(exec.inspect, exec)({ abortSignal }).then((i) => ({ exitCode: i.ExitCode }));
          return { exitCode, stdout: stdout.toString('utf8'), stderr: frames.stderr };
        },
        ms,
      ),
  };
}
