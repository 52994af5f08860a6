import type { Socket } from 'node:net';
import { Duplex } from 'node:stream';
import type { DockerClient } from './client.js';
import { ExecFrames } from './exec-frames.js';
import { forwarderCommand, type Forwarder } from './forwarders.js';

export interface TunnelTarget {
  containerId: string;
  /** The port on the container's own loopback. */
  port: number;
}

/**
 * A byte stream to a port inside a container, carried by an exec of a forwarder over the daemon's API connection
 * (unix, TLS or SSH), the way Kubernetes' port-forward rides the API server: nothing is published on the agent and
 * the container's network may be internal or macvlan. Writes go to the exec's stdin; ending the writable side closes
 * stdin (the forwarder shuts its TCP write side down); the readable side is the exec's stdout and ends when the
 * service closes its side. Back-pressure holds both ways: a slow reader pauses the daemon's stream, a slow service
 * fills stdin's pipe and so this side's writes. Destroying either end destroys the exec's connection, which ends the
 * forwarder.
 */
export class ExecTunnel extends Duplex {
  private readonly frames = new ExecFrames();
  private idle: { ms: number; timer: NodeJS.Timeout } | undefined;

  constructor(
    private readonly socket: Duplex,
    /** The exec's id, for its exit code. */
    readonly execId: string,
    /**
     * Ends a forwarder left running when this side closed first: Docker does not end an exec whose connection went
     * away, and a forwarder whose stdin ended waits for the service, which may never close (a WebSocket cut off).
     */
    private readonly abandon: (pid: number) => void = () => {},
  ) {
    super({ allowHalfOpen: true });
    socket.pipe(this.frames);
    this.frames.on('data', (chunk: Buffer) => {
      this.idle?.timer.refresh();
      if (!this.push(chunk)) this.frames.pause();
    });
    this.frames.on('end', () => this.push(null));
    this.frames.on('error', (error) => this.destroy(error));
    socket.on('error', (error) => this.destroy(error));
    socket.on('close', () => {
      // Cut off mid-stream (the daemon or the agent's connection went away), or the forwarder exited: then what is
      // still to be written would never be read, so once what came back has been read the tunnel closes.
      if (!socket.readableEnded) this.destroy(new Error('the connection to the container was cut off'));
      else if (this.readableEnded) this.destroy();
      else this.once('end', () => this.destroy());
    });
  }

  /** What the forwarder wrote to stderr (e.g. "Connection refused"), for the error a failed tunnel reports. */
  get stderr(): string {
    return this.frames.stderr.replace(/^\d+\n?/, '');
  }

  /** The forwarder's pid inside the container (its first line on stderr), once it has said it. */
  private get pid(): number | undefined {
    const pid = /^(\d+)\n/.exec(this.frames.stderr + '\n')?.[1];
    return pid ? Number(pid) : undefined;
  }

  override _read() {
    this.frames.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
    this.idle?.timer.refresh();
    this.socket.write(chunk, done);
  }

  // What Node's http.Agent and ClientRequest ask of a socket, so that a pool of tunnels works as a pool of sockets.

  /** Emits 'timeout' after `ms` with no byte either way (0 turns it off), as net.Socket does. */
  setTimeout(ms: number, listener?: () => void): this {
    if (this.idle) clearTimeout(this.idle.timer);
    this.idle = ms > 0 ? { ms, timer: setTimeout(() => this.emit('timeout'), ms).unref() } : undefined;
    // As net.Socket: a listener given with 0 is taken off (http.Agent does so each time it reuses a connection).
    if (listener) ms > 0 ? this.once('timeout', listener) : this.removeListener('timeout', listener);
    return this;
  }

  setKeepAlive(enable?: boolean, delayMs?: number): this {
    (this.socket as Partial<Socket>).setKeepAlive?.(enable, delayMs);
    return this;
  }

  setNoDelay(noDelay?: boolean): this {
    (this.socket as Partial<Socket>).setNoDelay?.(noDelay);
    return this;
  }

  ref(): this {
    (this.socket as Partial<Socket>).ref?.();
    return this;
  }

  unref(): this {
    (this.socket as Partial<Socket>).unref?.();
    return this;
  }

  override _final(done: (error?: Error | null) => void) {
    // Half-close: the daemon closes the exec's stdin, the forwarder shuts its write side down.
    this.socket.end(done);
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void) {
    if (this.idle) clearTimeout(this.idle.timer);
    // The daemon's stream ends when the forwarder exits: until then, it may outlive this connection.
    const pid = this.socket.readableEnded ? undefined : this.pid;
    if (pid !== undefined) this.abandon(pid);
    this.socket.destroy();
    this.frames.destroy();
    done(error);
  }
}

/** Opens a byte stream to `target.port` inside `target.containerId` through `forwarder`. */
export async function openExecTunnel(
  client: Pick<DockerClient, 'startExec' | 'runExec'>,
  target: TunnelTarget,
  forwarder: Forwarder,
): Promise<ExecTunnel> {
  // The forwarder says its pid first (on stderr), so that one this side abandons can be ended (`kill`, by an exec).
  const command = ['sh', '-c', 'echo $$ >&2; exec "$@"', 'sh', ...forwarderCommand(forwarder, target.port)];
  const { id, socket } = await client.startExec(target.containerId, command);
  return new ExecTunnel(socket, id, (pid) => {
    client.runExec(target.containerId, ['sh', '-c', 'kill "$0" 2>/dev/null', String(pid)]).catch(() => {}); // gone already, or the agent is
  });
}
