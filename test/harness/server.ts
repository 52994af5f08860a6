import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { buildApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './database.js';

export const adminToken = 'test-admin-token-0123456789abcdef';

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestServer {
  app: App;
  url: string;
  wsUrl: string;
  /** POSTs an operation with the admin token (or `token`; null for none). */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on errors and returns data. */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  subscribe<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Subscription<T>;
  stop(): Promise<void>;
}

export interface Subscription<T> {
  /** The first result (received so far or to come) that satisfies `accept`; others stay. Rejects after `timeoutMs`. */
  next(accept?: (result: GraphQLResponse<T>) => boolean, timeoutMs?: number): Promise<GraphQLResponse<T>>;
  /** Resolves once the server acknowledged the connection (subscriptions are live after a short round trip). */
  ready: Promise<void>;
  close(): void;
}

/** Starts the real server in this process on a free loopback port, on a fresh database. */
export async function startTestServer(
  kind: DatabaseKind,
  env: Record<string, string> = {},
): Promise<TestServer> {
  const database: TestDatabase = await createTestDatabase(kind);
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    ENCLAVE_ADMIN_TOKEN: adminToken,
    ENCLAVE_LOCAL_AGENT: 'false',
    ENCLAVE_DATA_DIR: 'memory://',
    ENCLAVE_HEARTBEAT_MS: '500',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'silent',
    ...(database.url && { DATABASE_URL: database.url }),
    ...env,
  });
  const app = await buildApp(config, createLogger(config.LOG_LEVEL));
  const { url } = await app.start();
  const wsUrl = url.replace(/^http/, 'ws');
  const clients: Client[] = [];

  async function gql(query: string, variables?: Record<string, unknown>, token: string | null = adminToken) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  }

  return {
    app,
    url,
    wsUrl,
    gql,
    async data(query, variables) {
      const result = await gql(query, variables);
      if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
    subscribe<T>(query: string, variables?: Record<string, unknown>, token = adminToken): Subscription<T> {
      let acked!: () => void;
      const ready = new Promise<void>((resolve) => (acked = resolve));
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        // The subscribe message follows the ack; give the server a moment to register it.
        on: { connected: () => void setTimeout(acked, 100) },
      });
      clients.push(client);
      const received: GraphQLResponse<T>[] = [];
      let wake: (() => void) | undefined;
      let failure: unknown;
      client.subscribe<T>(
        { query, variables },
        {
          next: (value) => {
            received.push(value as GraphQLResponse<T>);
            wake?.();
          },
          error: (error) => {
            failure = error;
            wake?.();
          },
          complete: () => {},
        },
      );
      return {
        ready,
        async next(accept = () => true, timeoutMs = 10_000) {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const index = received.findIndex(accept);
            if (index >= 0) return received.splice(index, 1)[0]!;
            if (failure) throw failure instanceof Error ? failure : new Error(JSON.stringify(failure));
            const left = deadline - Date.now();
            if (left <= 0) throw new Error(`no matching subscription event within ${timeoutMs} ms`);
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, left);
              wake = () => {
                clearTimeout(timer);
                resolve();
              };
            });
          }
        },
        close: () => void client.dispose(),
      };
    },
    async stop() {
      await Promise.all(clients.map((c) => c.dispose()));
      await app.stop();
      await database.drop();
    },
  };
}
