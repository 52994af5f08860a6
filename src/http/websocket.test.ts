// The outbox on real loopback TCP sockets under a fake clock (each flush is seen as the uncork of a corked socket), and
// the bound on a client's backlog with a real `ws` server and raw graphql-transport-ws clients.
import { EventEmitter, on, once } from 'node:events';
import { createServer, connect as connectTcp, type AddressInfo, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { createOutbox, useGraphQLWebSocket } from './websocket.js';

/** A connected loopback pair: `socket` is written to, `received()` is what its peer has read. */
async function tcpPair() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const accepted = once(server, 'connection') as Promise<[Socket]>;
  const socket = connectTcp((server.address() as AddressInfo).port, '127.0.0.1');
  await once(socket, 'connect');
  const [peer] = await accepted;
  let received = '';
  peer.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
  return {
    socket,
    received: () => received,
    close: () => (socket.destroy(), peer.destroy(), server.close()),
  };
}

/** Records each flush of `socket`: the fake time of its uncork and what had been written since the previous one. */
function recordFlushes(socket: Socket, start: number) {
  const flushes: [at: number, written: string][] = [];
  let pending = '';
  const uncork = socket.uncork.bind(socket);
  vi.spyOn(socket, 'uncork').mockImplementation(() => {
    if (socket.writableCorked > 0) {
      flushes.push([Date.now() - start, pending]);
      pending = '';
    }
    uncork();
  });
  return { flushes, write: (data: string) => (socket.write(data), (pending += data)) };
}

/** Real sockets first; then one fake clock for the outbox's timers and for performance.now(), which it reads. */
function useOutbox() {
  let pairs: Awaited<ReturnType<typeof tcpPair>>[] = [];
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    for (const pair of pairs) pair.close();
  });
  return {
    async setUp(count = 1) {
      pairs = await Promise.all(Array.from({ length: count }, tcpPair));
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'Date'], now: 1_000 });
      vi.spyOn(performance, 'now').mockImplementation(() => Date.now());
      return { pairs, start: Date.now() };
    },
  };
}

/** Ends the current tick: what setImmediate scheduled runs, the clock does not move. */
const endTick = () => vi.advanceTimersByTime(0);
const advanceTo = (start: number, at: number) => vi.advanceTimersByTime(start + at - Date.now());

type Step = { at: number; write: string } | { at: number; release: true };
/** What is written (or released) when, and the flushes that must follow: when, and what each carries. */
const schedules: { case: string; flushMs: number; steps: Step[]; flushes: [number, string][] }[] = [
  {
    case: 'a lone write after a quiet spell goes out at the end of its tick',
    flushMs: 40,
    steps: [{ at: 0, write: 'a' }, { at: 100, write: 'b' }],
    flushes: [[0, 'a'], [100, 'b']],
  },
  {
    case: 'writes within the window are held for one flush, flushMs after the last flush',
    flushMs: 40,
    steps: [{ at: 0, write: 'a' }, { at: 5, write: 'b' }, { at: 20, write: 'c' }, { at: 39, write: 'd' }],
    flushes: [[0, 'a'], [40, 'bcd']],
  },
  {
    case: 'a write as the window closes goes out at once, the next one waits for the next window',
    flushMs: 40,
    steps: [{ at: 0, write: 'a' }, { at: 40, write: 'b' }, { at: 50, write: 'c' }],
    flushes: [[0, 'a'], [40, 'b'], [80, 'c']],
  },
  {
    case: 'release() flushes at once; what is written after it waits for the scheduled flush',
    flushMs: 40,
    steps: [{ at: 0, write: 'a' }, { at: 10, write: 'b' }, { at: 15, release: true }, { at: 20, write: 'c' }],
    flushes: [[0, 'a'], [15, 'b'], [40, 'c']],
  },
  {
    case: 'flushMs 0 flushes at the end of every tick',
    flushMs: 0,
    steps: [{ at: 0, write: 'a' }, { at: 0, write: 'b' }, { at: 1, write: 'c' }],
    flushes: [[0, 'a'], [0, 'b'], [1, 'c']],
  },
];

describe('outbox', () => {
  const { setUp } = useOutbox();

  it.for(schedules)('$case', async ({ flushMs, steps, flushes }) => {
    const { pairs: [pair], start } = await setUp();
    const { socket, received } = pair!;
    const outbox = createOutbox(flushMs);
    const recorded = recordFlushes(socket, start);
    for (const step of steps) {
      advanceTo(start, step.at);
      if ('release' in step) outbox.release(socket);
      else {
        outbox.hold(socket);
        recorded.write(step.write);
        expect(socket.writableCorked).toBe(1); // held: corked once however many writes it holds
      }
      endTick();
    }
    vi.advanceTimersByTime(flushMs + 1);
    expect(recorded.flushes).toEqual(flushes);
    expect(socket.writableCorked).toBe(0);
    const all = flushes.map(([, written]) => written).join('');
    await expect.poll(received).toBe(all);
  });

  it('release() flushes only the socket it is given; the others keep waiting for the window', async () => {
    const { pairs: [one, two], start } = await setUp(2);
    const outbox = createOutbox(40);
    const first = recordFlushes(one!.socket, start);
    const second = recordFlushes(two!.socket, start);
    outbox.hold(one!.socket); // a first flush, so that the next writes fall in a window
    first.write('a');
    endTick();
    advanceTo(start, 10);
    for (const [held, recorder] of [[one!, first], [two!, second]] as const) {
      outbox.hold(held.socket);
      recorder.write('b');
    }
    outbox.release(two!.socket);
    outbox.release(two!.socket); // not held any more: nothing to do
    expect([one!.socket.writableCorked, two!.socket.writableCorked]).toEqual([1, 0]);
    advanceTo(start, 40);
    expect(first.flushes).toEqual([[0, 'a'], [40, 'b']]);
    expect(second.flushes).toEqual([[10, 'b']]);
  });
});

/** A ws server with `subscription { big }`: every subscriber gets each string emitted on `feed`. */
async function start({ maxBufferedBytes }: { maxBufferedBytes: number }) {
  const feed = new EventEmitter();
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: { big: { type: GraphQLString, subscribe: () => on(feed, 'big'), resolve: ([value]: [string]) => value } },
    }),
  });
  const wsServer = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(wsServer, 'listening');
  /** Server-side sockets in the order the clients connected. */
  const connections: WebSocket[] = [];
  wsServer.on('connection', (socket) => connections.push(socket));
  /** Per connection, the backlog each send found: what its bound is checked against. */
  const backlogs = new Map<WebSocket, number[]>();
  const lines: { msg: string }[] = [];
  let slowClients = 0;
  const graphqlWs = useGraphQLWebSocket<Record<string, unknown>>(
    {
      schema,
      // Runs just before each send (graphql-ws awaits it, then sends), with nothing in between that writes or reads.
      onNext: (ctx) => {
        const socket = ctx.extra.socket;
        if (!backlogs.has(socket)) backlogs.set(socket, []);
        backlogs.get(socket)!.push(socket.bufferedAmount);
      },
    },
    wsServer,
    {
      flushMs: 0,
      maxBufferedBytes,
      onSlowClient: () => slowClients++,
      log: pino({ level: 'warn' }, { write: (line: string) => void lines.push(JSON.parse(line)) }),
    },
  );
  const url = `ws://127.0.0.1:${(wsServer.address() as AddressInfo).port}`;
  return { feed, connections, backlogs, lines, url, slowClients: () => slowClients, dispose: () => graphqlWs.dispose() };
}

/** A raw graphql-transport-ws client subscribed to `big`; it counts the `next` messages it has read. */
async function subscriber(url: string) {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  const types: string[] = [];
  socket.on('message', (data) => types.push((JSON.parse(String(data)) as { type: string }).type));
  const closed = once(socket, 'close').then(([code]) => code as number);
  await once(socket, 'open');
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await expect.poll(() => types).toContain('connection_ack');
  socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { big }' } }));
  return { socket, closed, nexts: () => types.filter((t) => t === 'next').length };
}

describe('useGraphQLWebSocket: a client that does not read', () => {
  const maxBufferedBytes = 128 * 1024;
  const messageBytes = 16 * 1024;

  it('disconnects it at the first send that finds more than maxBufferedBytes unsent, not before; a reader stays', async () => {
    const server = await start({ maxBufferedBytes });
    const stalled = await subscriber(server.url);
    const reader = await subscriber(server.url);
    try {
      await expect.poll(() => server.feed.listenerCount('big')).toBe(2);
      stalled.socket.pause();
      const sends = () => [...server.backlogs.values()].reduce((sum, b) => sum + b.length, 0);
      const message = 'x'.repeat(messageBytes);
      // One event at a time, each once both connections have sent it, until the stalled one is cut off. The kernel's
      // buffers on loopback take a few MiB before anything stays in the process; 64 MiB means it never was.
      let events = 0;
      while (server.slowClients() === 0 && events * messageBytes < 64 * 1024 ** 2) {
        server.feed.emit('big', message);
        events++;
        await expect.poll(sends, { interval: 1 }).toBe(2 * events);
        await new Promise(setImmediate); // the send itself, and the outbox's flush
      }
      expect(server.slowClients()).toBe(1);

      const stalledBacklogs = server.backlogs.get(server.connections[0]!)!;
      // Every send that found at most the bound went out; the one that found more was the last.
      const over = stalledBacklogs.flatMap((bytes, send) => (bytes > maxBufferedBytes ? [send] : []));
      expect(over).toEqual([stalledBacklogs.length - 1]);
      // ...and the sends just under the bound were made: the backlog crossed it a message at a time, not at one leap.
      expect(stalledBacklogs.some((bytes) => bytes > maxBufferedBytes - 2 * messageBytes && bytes <= maxBufferedBytes)).toBe(true);
      expect(server.lines).toContainEqual(expect.objectContaining({ msg: 'WebSocket client is not reading its messages; disconnected' }));

      stalled.socket.resume();
      expect(await stalled.closed).toBe(1006); // terminated: no close frame
      expect(stalled.nexts()).toBeLessThan(events);
      await expect.poll(reader.nexts, { timeout: 10_000 }).toBe(events);
      expect(reader.socket.readyState).toBe(WebSocket.OPEN);
    } finally {
      stalled.socket.terminate();
      reader.socket.terminate();
      await server.dispose();
    }
  });
});
