// Several Enclave processes on one database, as they run behind a load balancer: each started once the one before
// is ready (every process migrates and bootstraps at start), their subscriptions and processes stopped together.
import { spawnEnclave, type EnclaveOptions, type EnclaveProcess } from './enclave.js';
import type { Document, ResultOf, VariablesOf } from './graphql.js';
import { waitReady } from './process.js';
import type { Subscription } from './subscription.js';

export interface ClusterOptions extends EnclaveOptions {
  token: string;
  databaseUrl: string;
}

export class Cluster {
  readonly nodes: EnclaveProcess[] = [];
  private readonly subscriptions: Subscription<unknown>[] = [];

  constructor(private readonly options: ClusterOptions) {}

  /** Spawns one more process; `overrides` add to the cluster's options (its `env` to the cluster's env). */
  async spawn(label: string, overrides: EnclaveOptions = {}): Promise<EnclaveProcess> {
    const { databaseUrl, ...common } = this.options;
    const node = await spawnEnclave({
      ...common,
      ...overrides,
      label,
      env: { DATABASE_URL: databaseUrl, ...common.env, ...overrides.env },
    });
    this.nodes.push(node);
    return node;
  }

  /** Spawns one more process and waits until it is ready. */
  async start(label: string, overrides?: EnclaveOptions): Promise<EnclaveProcess> {
    const node = await this.spawn(label, overrides);
    await waitReady(node);
    return node;
  }

  /** Subscribes on one node; closed by stop(). */
  subscribe<D extends Document>(node: EnclaveProcess, document: D, variables?: VariablesOf<D>): Subscription<ResultOf<D>> {
    const subscription = node.subscribe(document, variables);
    this.subscriptions.push(subscription);
    return subscription;
  }

  /** Fails at once, with its output, if a process has exited: a crash is not something to wait out. */
  assertAlive(): void {
    for (const node of this.nodes) {
      if (node.running) continue;
      const { exitCode, signalCode } = node.process;
      throw new Error(`Enclave process ${node.label} exited (code ${exitCode}, signal ${signalCode}):\n${node.tail(15)}`);
    }
  }

  /** The last lines of each process's output, for failure messages. */
  logs(lines = 25): string {
    return this.nodes
      .map((node) => {
        const tail = node.lines.slice(-lines).map((line) => (line.length > 700 ? `${line.slice(0, 700)}…` : line));
        return `--- ${node.label} ---\n${tail.join('\n')}`;
      })
      .join('\n');
  }

  async stop(): Promise<void> {
    await Promise.all(this.subscriptions.map((s) => s.close()));
    await Promise.all(this.nodes.map((node) => node.stop()));
  }
}
