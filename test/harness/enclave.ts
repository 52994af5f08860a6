// Enclave as its own process (src/main.ts run by tsx), for tests of the real process and for the benchmarks.
import {
  dataOf,
  postGraphQLRaw,
  type Document,
  type GraphQLResponse,
  type PostOptions,
  type ResultOf,
  type VariablesOf,
} from './graphql.js';
import { freePort, spawnProcess, waitReady, type ServerProcess, type SpawnOptions } from './process.js';
import { subscribe, type SubscribeOptions, type Subscription } from './subscription.js';

export interface EnclaveOptions extends Partial<Omit<SpawnOptions, 'args'>> {
  /** ENCLAVE_ADMIN_TOKEN, and the token `gql`, `data` and `subscribe` send. */
  token?: string;
  /** node's own flags, before the script (e.g. --cpu-prof) */
  nodeArgs?: string[];
  /** modules loaded after tsx, before src/main.ts (e.g. a measuring preload) */
  preload?: string[];
}

export interface EnclaveProcess extends ServerProcess {
  /** http://127.0.0.1:<port>/graphql */
  readonly url: string;
  /** ws://127.0.0.1:<port>/graphql */
  readonly wsUrl: string;
  /** POSTs an operation with the process's token (or `options.token`); resolves to the whole answer. */
  gql<D extends Document>(document: D, variables?: VariablesOf<D>, options?: PostOptions): Promise<GraphQLResponse<ResultOf<D>>>;
  /** Like gql, but returns data; throws with the errors and the internal errors the process logged. */
  data<D extends Document>(document: D, variables?: VariablesOf<D>, options?: PostOptions): Promise<ResultOf<D>>;
  /** Runs an operation over graphql-ws with the process's token. */
  subscribe<D extends Document>(document: D, variables?: VariablesOf<D>, options?: SubscribeOptions<ResultOf<D>>): Subscription<ResultOf<D>>;
}

/**
 * Spawns Enclave on `port` (a free one by default), with the local agent off and `token` as the admin token; `env`
 * adds to that or overrides it. Returns at once: see startEnclave to wait until it is ready.
 */
export async function spawnEnclave({ token, nodeArgs = [], preload = [], env = {}, ...o }: EnclaveOptions = {}): Promise<EnclaveProcess> {
  const port = o.port ?? (await freePort());
  const server = spawnProcess({
    label: 'enclave',
    ...o,
    port,
    args: [...nodeArgs, '--import', 'tsx', ...preload.flatMap((p) => ['--import', p]), 'src/main.ts'],
    env: { PORT: String(port), ENCLAVE_LOCAL_AGENT: 'false', ...(token && { ENCLAVE_ADMIN_TOKEN: token }), ...env },
  });
  const url = `${server.base}/graphql`;
  const wsUrl = url.replace(/^http/, 'ws');
  const gql = async <D extends Document>(document: D, variables?: VariablesOf<D>, options?: PostOptions) =>
    (await postGraphQLRaw(url, document, variables, { token, ...options })).body;
  return Object.assign(server, {
    url,
    wsUrl,
    gql,
    async data<D extends Document>(document: D, variables?: VariablesOf<D>, options?: PostOptions) {
      return dataOf(await gql(document, variables, options), `[${server.label}] ${loggedInternalErrors(server)}`);
    },
    subscribe: <D extends Document>(document: D, variables?: VariablesOf<D>, options?: SubscribeOptions<ResultOf<D>>) =>
      subscribe(wsUrl, document, variables, { token, ...options }),
  });
}

/** Spawns Enclave and waits until it is ready. */
export async function startEnclave(options: EnclaveOptions = {}): Promise<EnclaveProcess> {
  const server = await spawnEnclave(options);
  await waitReady(server);
  return server;
}

/** The server logs the cause of an INTERNAL_SERVER_ERROR; a failure message shows the last two. */
const loggedInternalErrors = (server: ServerProcess) =>
  server.stdout().split('\n').filter((line) => line.includes('"unexpected error"')).slice(-2).join('\n');
