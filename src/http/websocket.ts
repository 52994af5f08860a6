import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { Logger } from 'pino';
import type { WebSocket, WebSocketServer } from 'ws';

/** A socket holding this many bytes is flushed at once (well under the smallest `maxBufferedBytes`). */
const flushBytes = 16 * 1024;

export interface WebSocketOptions {
  /**
   * A client that misses a pong for this long is dropped.
   * @default 30_000
   */
  keepAliveMs?: number;
  /**
   * Writes to sockets are gathered and flushed together, at most once per this many milliseconds: an event after a
   * quiet spell goes out at once (at the end of the tick that produced it), while under a stream of events each socket
   * gets one write carrying all that arrived meanwhile. One write per message per subscriber is what limits fan-out
   * (measured in bench/fanout: 1000 subscribers of 100 events/s on two processes sharing 2 cores with their clients
   * saturate the machine with per-message writes or a 20 ms flush; with 40 ms, 1.66 of the 2 cores are busy).
   * @default 40
   */
  flushMs?: number;
  /**
   * A client whose unread messages exceed this many bytes (beyond what the kernel buffers) is disconnected, so that a
   * stalled consumer cannot hold the process's memory; it reconnects and reads the current state again. At least 64 KiB.
   * @default 4 MiB
   */
  maxBufferedBytes?: number;
  /** Called for each client disconnected for not reading (see `maxBufferedBytes`). */
  onSlowClient?: () => void;
  log: Logger;
}

/**
 * graphql-ws on a `ws` server: graphql-ws's own adapter (`graphql-ws/use/ws`), except that a send does not wait for
 * its write to complete and writes are coalesced (see `flushMs`), with a bound on each client's backlog instead.
 * graphql-ws awaits every send before the next message of a subscription, so with the stock adapter each message
 * costs one write of its own, and a slow client's messages pile up, unbounded, in its subscription's queue.
 */
export function useGraphQLWebSocket<E extends Record<PropertyKey, unknown>>(
  options: ServerOptions<Record<string, unknown>, E & { socket: WebSocket; request: IncomingMessage }>,
  wsServer: WebSocketServer,
  { keepAliveMs = 30_000, flushMs = 40, maxBufferedBytes = 4 * 1024 * 1024, onSlowClient, log }: WebSocketOptions,
) {
  const server = makeServer(options);
  const outbox = createOutbox(flushMs);
  wsServer.options.handleProtocols = handleProtocols;

  wsServer.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const raw = request.socket;
    // ws reports what the client got wrong (an oversized or malformed frame) here, and has then begun closing already.
    socket.once('error', (error) => {
      log.info({ err: error }, 'WebSocket connection failed');
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    });

    let pongWait: NodeJS.Timeout | undefined;
    const ping = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), keepAliveMs);
      socket.once('pong', () => clearTimeout(pongWait));
      socket.ping();
    }, keepAliveMs);

    const closed = server.opened(
      {
        protocol: socket.protocol,
        send(data) {
          if (socket.readyState !== socket.OPEN) return;
          if (socket.bufferedAmount > maxBufferedBytes) {
            log.warn({ bufferedBytes: socket.bufferedAmount }, 'WebSocket client is not reading its messages; disconnected');
            socket.terminate();
            onSlowClient?.();
            return;
          }
          outbox.hold(raw);
          socket.send(data);
          // Coalescing is for small messages: a socket holding this much has nothing to gain from waiting.
          if (raw.writableLength >= flushBytes) outbox.release(raw);
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (message) => {
            handle(String(message)).catch((error: unknown) => {
              log.error({ err: error }, 'could not handle a graphql-ws message');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      { socket, request } as E & { socket: WebSocket; request: IncomingMessage },
    );

    socket.once('close', (code, reason) => {
      clearTimeout(pongWait);
      clearInterval(ping);
      void closed(code, String(reason));
    });
  });

  return {
    async dispose() {
      outbox.flush(); // what is held goes out before the close frames
      for (const client of wsServer.clients) client.close(1001, 'Going away');
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => wsServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/**
 * Holds sockets corked until the next flush: at the end of the current tick if the last flush was at least `flushMs`
 * ago, otherwise `flushMs` after it. Node's `cork()`/`uncork()` turn what was written meanwhile into one writev.
 */
export function createOutbox(flushMs: number) {
  const held = new Set<Socket>();
  let lastFlush = -Infinity;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    lastFlush = performance.now();
    for (const socket of held) socket.uncork();
    held.clear();
  };
  return {
    flush,
    /** Flushes `socket` now. */
    release(socket: Socket) {
      if (held.delete(socket)) socket.uncork();
    },
    hold(socket: Socket) {
      if (!held.has(socket)) {
        socket.cork();
        held.add(socket);
      }
      if (scheduled) return;
      scheduled = true;
      const wait = lastFlush + flushMs - performance.now();
      if (wait > 0) setTimeout(flush, wait);
      else setImmediate(flush);
    },
  };
}
