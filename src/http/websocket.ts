import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { ExecutionArgs, ExecutionResult, FormattedExecutionResult } from 'graphql';
import { CloseCode, handleProtocols, makeServer, type Context, type ServerOptions, type SubscribePayload } from 'graphql-ws';
import type { Logger } from 'pino';
import type { WebSocket, WebSocketServer } from 'ws';
import { nextMessageFrame, nextMessagePrefix } from './splice.js';

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
 * An operation's results that can be handed over as they come, in order, rather than taken one `next()` at a time:
 * after `pushTo(deliver)`, each result is passed to `deliver` (synchronously, by whatever produces it), and the
 * iterator's `next()` only settles at the end (done, or rejected with the error that ended the execution).
 */
export interface PushedResults {
  pushTo(deliver: (result: ExecutionResult) => void): void;
}

type Extra<E> = E & { socket: WebSocket; request: IncomingMessage };

/** graphql-ws's server options, with an `onNext` that answers at once (it is also called on the pushed path). */
export type GraphQLWebSocketOptions<E> = Omit<ServerOptions<Record<string, unknown>, Extra<E>>, 'onNext' | 'jsonMessageReplacer'> & {
  onNext?: (
    ctx: Context<Record<string, unknown>, Extra<E>>,
    id: string,
    payload: SubscribePayload,
    args: ExecutionArgs,
    result: ExecutionResult,
  ) => FormattedExecutionResult | void;
};

/**
 * graphql-ws on a `ws` server: graphql-ws's own adapter (`graphql-ws/use/ws`), except that a send does not wait for
 * its write to complete and writes are coalesced (see `flushMs`), with a bound on each client's backlog instead.
 * graphql-ws awaits every send before the next message of a subscription, so with the stock adapter each message
 * costs one write of its own, and a slow client's messages pile up, unbounded, in its subscription's queue.
 *
 * An operation whose result is `PushedResults` (a shared subscription) has its `next` messages written here, without
 * graphql-ws's per-message promises: the payload of a result is serialised once for all its subscribers and each
 * message is spliced from it (splice.ts). They are byte for byte what graphql-ws writes; graphql-ws still does all
 * the rest of the protocol (subscribe, complete, error), and nothing is pushed for an id it no longer has.
 */
export function useGraphQLWebSocket<E extends Record<PropertyKey, unknown>>(
  options: GraphQLWebSocketOptions<E>,
  wsServer: WebSocketServer,
  { keepAliveMs = 30_000, flushMs = 40, maxBufferedBytes = 4 * 1024 * 1024, onSlowClient, log }: WebSocketOptions,
) {
  const outbox = createOutbox(flushMs);
  const write = createWrite(outbox, { maxBufferedBytes, onSlowClient, log });
  const server = makeServer({
    ...options,
    onOperation: async (ctx, id, payload, args, result) => {
      const replaced = await options.onOperation?.(ctx, id, payload, args, result);
      const operation = replaced ?? result;
      // A negotiated extension (permessage-deflate; none is offered) would change the frames: graphql-ws sends then.
      if (isPushed(operation) && ctx.extra.socket.extensions === '') {
        operation.pushTo(nextMessageWriter(ctx, id, (next) => options.onNext?.(ctx, id, payload, args, next), { write, log }));
      }
      return replaced;
    },
  });
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
        send: (data) => write(socket, raw, data),
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

type Write = (socket: WebSocket, raw: Socket, data: string | Buffer) => void;

/**
 * Writes to a client through the outbox, unless it is closing or has stopped reading (then it is disconnected): a
 * message of graphql-ws's through ws, or a frame made here straight to the TCP socket (ws writes there in order too).
 */
function createWrite(
  outbox: ReturnType<typeof createOutbox>,
  { maxBufferedBytes, onSlowClient, log }: Required<Pick<WebSocketOptions, 'maxBufferedBytes' | 'log'>> & Pick<WebSocketOptions, 'onSlowClient'>,
): Write {
  return (socket, raw, data) => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > maxBufferedBytes) {
      log.warn({ bufferedBytes: socket.bufferedAmount }, 'WebSocket client is not reading its messages; disconnected');
      socket.terminate();
      onSlowClient?.();
      return;
    }
    outbox.hold(raw);
    if (typeof data === 'string') socket.send(data);
    else raw.write(data);
    // Coalescing is for small messages: a socket holding this much has nothing to gain from waiting.
    if (raw.writableLength >= flushBytes) outbox.release(raw);
  };
}

/** Writes each result pushed to subscription `id` of a connection as its graphql-ws `next` message, spliced. */
function nextMessageWriter<E>(
  ctx: Context<Record<string, unknown>, Extra<E>>,
  id: string,
  onNext: (result: ExecutionResult) => FormattedExecutionResult | void,
  { write, log }: { write: Write; log: Logger },
) {
  const { socket, request } = ctx.extra;
  const prefix = nextMessagePrefix(id);
  return (result: ExecutionResult) => {
    // Completed by the client, or the connection closed: graphql-ws has forgotten the id and is returning the iterator.
    if (!(id in ctx.subscriptions)) return;
    try {
      write(socket, request.socket, nextMessageFrame(prefix, payloadOf(onNext(result), result)));
    } catch (error) {
      // As graphql-ws's own sends fail (see onMessage below); nothing else may stop the broadcast's other subscribers.
      log.error({ err: error }, 'could not send a graphql-ws message');
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    }
  };
}

const isPushed = (result: unknown): result is PushedResults => typeof (result as Partial<PushedResults>).pushTo === 'function';

/** A result's payload as graphql-ws serialises it; the same result object is every subscriber's, so once for all. */
const payloads = new WeakMap<ExecutionResult, Buffer>();
function payloadOf(formatted: FormattedExecutionResult | void, result: ExecutionResult): Buffer {
  if (formatted) return Buffer.from(JSON.stringify(formatted));
  let payload = payloads.get(result);
  if (!payload) {
    const { errors, ...rest } = result;
    payload = Buffer.from(JSON.stringify(errors ? { ...rest, errors: errors.map((e) => e.toJSON()) } : result));
    payloads.set(result, payload);
  }
  return payload;
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
