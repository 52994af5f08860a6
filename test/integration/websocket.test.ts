// The graphql-ws transport (src/http/websocket.ts) over real sockets: writes coalesced under a stream of events, a lone
// event not held, order kept, and a client that stops reading disconnected instead of buffered without bound.
// Events are put on the process's bus directly: what is tested is how they leave the process, not where they come from.
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { agentRow } from '../harness/rows.js';
import { setUpSubscription } from '../harness/live-subscriptions.js';
import { adminToken, startTestServer, type TestServer } from '../harness/server.js';

/** A graphql-transport-ws client on raw `ws`, so that the test controls reading; it records each message's tick. */
async function subscriber(server: TestServer, query: string) {
  const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
  const received: { tick: number; data: unknown }[] = [];
  let tick = 0;
  // A tick ends when the event loop gets back to its check phase: messages parsed from one read share a tick.
  const ticker = setInterval(() => tick++, 0);
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; payload?: { data?: unknown } };
    if (message.type === 'next') received.push({ tick, data: message.payload?.data });
  });
  const closed = once(socket, 'close').then(([code]) => code as number);
  await once(socket, 'open');
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${adminToken}` } }));
  await new Promise<void>((resolve) =>
    socket.on('message', (data) => String(data).includes('"connection_ack"') && resolve()),
  );
  const subscription = setUpSubscription(server.base, () => socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } })));
  void closed.then(() => subscription.ended());
  if (!(await subscription.live)) throw new Error('the subscription ended before it was live');
  return {
    socket,
    received,
    closed,
    close() {
      clearInterval(ticker);
      void subscription.close(() => socket.terminate());
    },
  };
}


describe('graphql-ws transport', () => {
  let server: TestServer;
  beforeAll(async () => {
    // A long flush interval makes coalescing easy to see; a small backlog bound (1 MiB) makes a stalled client cheap.
    server = await startTestServer('pglite', { ENCLAVE_WS_FLUSH_MS: '1000', ENCLAVE_WS_MAX_BUFFERED_BYTES: String(1024 ** 2) });
  });
  afterAll(() => server?.stop());

  it('sends a lone event at once, then gathers a stream of events into one write per flush, in order', async () => {
    const client = await subscriber(server, 'subscription { agentStatusChanged { name } }');
    try {
      const publish = (i: number) => server.app.services.events.publish('agentStatusChanged', agentRow(i));
      await sleep(1_100); // a quiet spell: nothing written (not even the subscription's acknowledgement) for a flush interval
      const start = performance.now();
      publish(0);
      await expect.poll(() => client.received.length, { interval: 5 }).toBe(1);
      // Not held for the flush interval (1 s): the last flush was longer ago than that.
      expect(performance.now() - start).toBeLessThan(900);

      // 40 events, one every 5 ms (~200 ms): all within one flush interval of the first one above, so held until it ends.
      for (let i = 1; i <= 40; i++) {
        publish(i);
        await sleep(5);
      }
      await expect.poll(() => client.received.length, { timeout: 5_000 }).toBe(41);
      expect(client.received.map((r) => (r.data as { agentStatusChanged: { name: string } }).agentStatusChanged.name)).toEqual(
        Array.from({ length: 41 }, (_, i) => `agent-${i}`),
      );
      // Sent one by one, 40 events 5 ms apart arrive in ~40 reads; coalesced, in one or two.
      const reads = new Set(client.received.slice(1).map((r) => r.tick)).size;
      expect(reads).toBeLessThanOrEqual(3);
    } finally {
      client.close();
    }
  });

  it('disconnects a client that stops reading, and keeps serving one that reads', async () => {
    const query = 'subscription { agentStatusChanged { name } }';
    const stalled = await subscriber(server, query);
    const reader = await subscriber(server, query);
    try {
      stalled.socket.pause(); // stops reading from the TCP socket: the server's writes back up
      const big = 'x'.repeat(32 * 1024);
      // 12.5 MiB: more than the kernel buffers (on loopback ~4 MiB sent + the receiver's window) plus the 1 MiB bound.
      // Published 10 at a time, each batch once the reader has the last, so the reader is never 1 MiB behind.
      const events = 400;
      for (let i = 0; i < events; i++) {
        server.app.services.events.publish('agentStatusChanged', agentRow(i, `${i}-${big}`));
        if (i % 10 === 9) await expect.poll(() => reader.received.length, { timeout: 10_000, interval: 5 }).toBe(i + 1);
      }
      stalled.socket.resume();
      // terminated, without a close frame (it could not have been read)
      expect(await Promise.race([stalled.closed, sleep(15_000).then(() => 'still open')])).toBe(1006);
      expect(stalled.received.length).toBeLessThan(events);
      expect(reader.socket.readyState).toBe(WebSocket.OPEN);
      // and operators can see it
      const metrics = await (await fetch(new URL('/metrics', server.url))).text();
      expect(metrics).toMatch(/^enclave_websocket_slow_clients_total 1$/m);
      expect(metrics).toMatch(/^enclave_websocket_clients 1$/m); // the reader
    } finally {
      stalled.close();
      reader.close();
    }
  });
});
