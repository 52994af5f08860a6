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

  constructor(
    private readonly socket: Duplex,
    /** The exec's id, for its exit code. */
    readonly execId: string,
  ) {
    super({ allowHalfOpen: true });
    socket.pipe(this.frames);
    this.frames.on('data', (chunk: Buffer) => {
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
    return this.frames.stderr;
  }

  override _read() {
    this.frames.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
    this.socket.write(chunk, done);
  }

  override _final(done: (error?: Error | null) => void) {
    // Half-close: the daemon closes the exec's stdin, the forwarder shuts its write side down.
    this.socket.end(done);
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void) {
    this.socket.destroy();
    this.frames.destroy();
    done(error);
  }
}

/** Opens a byte stream to `target.port` inside `target.containerId` through `forwarder`. */
export async function openExecTunnel(client: Pick<DockerClient, 'startExec'>, target: TunnelTarget, forwarder: Forwarder): Promise<ExecTunnel> {
  const { id, socket } = await client.startExec(target.containerId, forwarderCommand(forwarder, target.port));
  return new ExecTunnel(socket, id);
}
