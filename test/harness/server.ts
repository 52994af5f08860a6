import { buildApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './database.js';
import { postGraphQL, postGraphQLRaw, type Document, type GraphQLResponse, type ResultOf, type VariablesOf } from './graphql.js';
import { subscribe, type Subscription } from './subscription.js';

export const adminToken = 'test-admin-token-0123456789abcdef';

export interface TestServer {
  app: App;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  /** http://127.0.0.1:<port> */
  base: string;
  wsUrl: string;
  /** POSTs an operation with the admin token (or `token`; null for none). */
  gql<D extends Document>(document: D, variables?: VariablesOf<D>, token?: string | null): Promise<GraphQLResponse<ResultOf<D>>>;
  /** Like gql, but fails the test on errors and returns data. */
  data<D extends Document>(document: D, variables?: VariablesOf<D>): Promise<ResultOf<D>>;
  /** Runs an operation over graphql-ws with the admin token (or `token`); closed by stop(). */
  subscribe<D extends Document>(document: D, variables?: VariablesOf<D>, token?: string): Subscription<ResultOf<D>>;
  stop(): Promise<void>;
}

/** Starts the real server in this process on a free loopback port, on a fresh database. */
export async function startTestServer(kind: DatabaseKind, env: Record<string, string> = {}): Promise<TestServer> {
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
  const subscriptions: Subscription<unknown>[] = [];

  const gql = async <D extends Document>(document: D, variables?: VariablesOf<D>, token: string | null = adminToken) =>
    (await postGraphQLRaw(url, document, variables, { token })).body;

  return {
    app,
    url,
    base: url.replace(/\/graphql$/, ''),
    wsUrl,
    gql,
    data: (document, variables) => postGraphQL(url, document, variables, { token: adminToken }),
    subscribe(document, variables, token = adminToken) {
      const subscription = subscribe(wsUrl, document, variables, { token });
      subscriptions.push(subscription);
      return subscription;
    },
    async stop() {
      await Promise.all(subscriptions.map((s) => s.close()));
      await app.stop();
      await database.drop();
    },
  };
}
