// The `next` messages of shared subscriptions, which src/http/websocket.ts splices and frames itself instead of letting
// graphql-ws serialise each one: over real sockets they must be exactly what graphql-ws writes, for subscription ids
// and payloads that need escaping, and a stock graphql-ws client must take them. (Apollo Client is not a dependency of
// this repository; its WebSocket link is graphql-ws's client, tested here.)
import { once } from 'node:events';
import { createClient, MessageType, stringifyMessage, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { agentRow } from '../harness/rows.js';
import { setUpSubscription, subscriptionGauge, type LiveSubscription } from '../harness/live-subscriptions.js';
import { adminToken, startTestServer, type TestServer } from '../harness/server.js';

const query = 'subscription { agentStatusChanged { name } }';
/** Ids that JSON must escape (a quote, a backslash, control characters) or that are not ASCII. */
const ids = ['1', 'say "hi" \\ back', 'tab\tnew\nline\u0000', 'ünïcödé ☃ 🚀 \u2028\u2029', '</script>'];
/** Names that make payloads that need escaping, with multi-byte characters. */
const names = ['plain', 'Zürich ☃', 'quote " and \\ backslash', 'emoji 🚀👩‍💻', 'line\u2028sep \u0001', '日本語'];

/** What graphql-ws itself writes for a `next` message of subscription `id` with agent `name`. */
const expected = (id: string, name: string) => stringifyMessage({ id, type: MessageType.Next, payload: { data: { agentStatusChanged: { name } } } });

/** A raw graphql-transport-ws connection that keeps every frame as it arrived. */
async function rawConnection(server: TestServer) {
  const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
  const frames: { text: string; binary: boolean }[] = [];
  socket.on('message', (data, binary) => frames.push({ text: String(data), binary }));
  await once(socket, 'open');
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${adminToken}` } }));
  await expect.poll(() => frames.some((f) => f.text === '{"type":"connection_ack"}')).toBe(true);
  const send = (message: object) => socket.send(JSON.stringify(message));
  const live = new Map<string, LiveSubscription>();
  return {
    frames,
    /** The `next` frames of subscription `id`, in order. */
    nexts: (id: string) =>
      frames.filter((f) => (JSON.parse(f.text) as { id?: string; type: string }).id === id && JSON.parse(f.text).type === 'next'),
    async subscribe(id: string) {
      const subscription = setUpSubscription(server.base, () => send({ id, type: 'subscribe', payload: { query } }));
      if (!(await subscription.live)) throw new Error(`${id} not live`);
      live.set(id, subscription);
    },
    /** Completes subscription `id`, once the server has stopped counting it. */
    async complete(id: string) {
      await live.get(id)!.close(() => send({ id, type: 'complete' }));
      live.delete(id);
    },
    async close() {
      socket.terminate();
      for (const subscription of live.values()) await subscription.close(() => {});
    },
  };
}

describe('shared subscriptions over graphql-ws, byte for byte', () => {
  let server: TestServer;
  const publish = (i: number) => server.app.services.events.publish('agentStatusChanged', agentRow(i, names[i % names.length]!));
  beforeAll(async () => {
    server = await startTestServer('pglite', { ENCLAVE_WS_FLUSH_MS: '5' });
  });
  afterAll(() => server?.stop());

  it('gives a raw client exactly graphql-ws’s `next` messages, one text frame each, per id and in order', async () => {
    const client = await rawConnection(server);
    try {
      for (const id of ids) await client.subscribe(id);
      for (let i = 0; i < names.length; i++) publish(i);
      await expect.poll(() => ids.map((id) => client.nexts(id).length), { timeout: 5_000 }).toEqual(ids.map(() => names.length));
      for (const frame of client.frames) {
        expect(frame.binary).toBe(false);
        expect(() => JSON.parse(frame.text)).not.toThrow();
      }
      for (const id of ids) expect(client.nexts(id).map((f) => f.text)).toEqual(names.map((name) => expected(id, name)));

      // A completed subscription gets nothing more; the others on the connection go on.
      await client.complete(ids[1]!);
      publish(names.length);
      await expect.poll(() => client.nexts(ids[0]!).length).toBe(names.length + 1);
      await expect.poll(() => client.nexts(ids.at(-1)!).length).toBe(names.length + 1);
      expect(client.nexts(ids[1]!)).toHaveLength(names.length);
      expect(client.frames.filter((f) => JSON.parse(f.text).type !== 'next').map((f) => f.text)).toEqual(['{"type":"connection_ack"}']);
    } finally {
      await client.close();
    }
  });

  it('is taken by a stock graphql-ws client (which validates every message), with ids that need escaping', async () => {
    const clients: Client[] = [];
    const subscriptions: LiveSubscription[] = [];
    const received = new Map<string, string[]>();
    const failures: unknown[] = [];
    try {
      for (const id of ids) {
        const client = createClient({
          url: server.wsUrl,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${adminToken}` },
          generateID: () => id,
          retryAttempts: 0,
          on: { closed: (event) => (event as { code?: number }).code !== 1000 && failures.push(event) },
        });
        clients.push(client);
        received.set(id, []);
        const subscription = setUpSubscription(server.base, () =>
          client.subscribe<{ agentStatusChanged: { name: string } }>(
            { query },
            {
              next: (result) => received.get(id)!.push(result.data!.agentStatusChanged.name),
              error: (error) => failures.push(error),
              complete: () => {},
            },
          ),
        );
        subscriptions.push(subscription);
        expect(await subscription.live).toBe(true);
      }
      for (let i = 0; i < names.length; i++) publish(i);
      await expect.poll(() => [...received.values()].map((r) => r.length), { timeout: 5_000 }).toEqual(ids.map(() => names.length));
      for (const id of ids) expect(received.get(id)).toEqual(names);
      expect(failures).toEqual([]);
    } finally {
      for (const [i, subscription] of subscriptions.entries()) await subscription.close(() => clients[i]!.dispose());
      expect(await subscriptionGauge(server.base)).toBe(0);
    }
  });
});
