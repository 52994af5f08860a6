import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { AgentRow } from '../db/schema.js';
import type { DaemonInfo, DockerClient } from '../docker/client.js';
import { describeDockerError } from '../docker/errors.js';
import { createEventParser, type DockerEvent } from '../docker/event-stream.js';

export interface WatcherDeps {
  agentId: string;
  load(): Promise<AgentRow | undefined>;
  client(agent: AgentRow): DockerClient;
  /** Called with a full listing of the daemon's networks; also on every reconnect and resync. */
  sync(client: DockerClient, agent: AgentRow): Promise<void>;
  onEvent(event: DockerEvent, client: DockerClient, agent: AgentRow): Promise<void>;
  online(info: DaemonInfo): Promise<void>;
  offline(reason: string): Promise<void>;
  /** The daemon answered a heartbeat. */
  seen(): Promise<void>;
  heartbeatMs: number;
  resyncMs: number;
  log: Logger;
}

export interface Watcher {
  /** Resolves once the agent was first synced and ONLINE, or first found unreachable. */
  readonly ready: Promise<void>;
  stop(): Promise<void>;
}

const backoff = (attempt: number) => Math.min(250 * 2 ** attempt, 5000) * (0.8 + Math.random() * 0.4);

/**
 * Follows one agent: opens its /events stream, lists its networks, then applies events one at a time, re-lists on
 * a slow timer (events can be missed) and pings as a heartbeat. A lost stream or a failed ping makes the agent
 * OFFLINE at once and reconnects with backoff; reconnecting re-lists, so what changed meanwhile is found.
 */
export function startWatcher(deps: WatcherDeps): Watcher {
  const { log } = deps;
  const stopping = new AbortController();
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const running = (async () => {
    for (let attempt = 0; !stopping.signal.aborted; attempt++) {
      const reason = await connectOnce(deps, stopping, () => {
        attempt = -1;
        markReady();
      }).catch((error: unknown) => describeDockerError(error));
      markReady();
      if (stopping.signal.aborted) break;
      await deps.offline(reason).catch((error: unknown) => log.error({ err: error }, 'could not record agent OFFLINE'));
      log.warn({ reason }, 'agent offline; reconnecting');
      await delay(backoff(Math.max(attempt, 0)), undefined, { signal: stopping.signal }).catch(() => {}); // aborted: stopping
    }
  })();

  return {
    ready,
    async stop() {
      stopping.abort();
      await running;
    },
  };
}

/**
 * One connection's life, until its stream ends, a heartbeat fails or `stopping` is aborted; resolves with the reason
 * it ended. `connected` is called once the agent is synced and ONLINE.
 */
async function connectOnce(deps: WatcherDeps, stopping: AbortController, connected: () => void): Promise<string> {
  const { log } = deps;
  const agent = await deps.load();
  if (!agent) {
    stopping.abort();
    return 'agent removed';
  }
  const client = deps.client(agent);
  const session = new AbortController();
  const abortSession = () => session.abort();
  stopping.signal.addEventListener('abort', abortSession);
  const timers: NodeJS.Timeout[] = [];
  try {
    // The stream is opened before the listing so that nothing that happens in between is missed.
    const stream = await client.events(session.signal);
    let ended: ((reason: string) => void) | undefined;
    const end = new Promise<string>((resolve) => (ended = resolve));
    session.signal.addEventListener('abort', () => ended?.('stopped'));

    // Events and re-lists are applied in order, one at a time.
    let queue = Promise.resolve();
    const enqueue = (work: () => Promise<void>) => {
      queue = queue.then(work).catch((error: unknown) => log.error({ err: error }, 'discovery step failed'));
      return queue;
    };
    const parse = createEventParser((text) => log.warn({ text }, 'unparsable Docker event'));
    stream.on('data', (chunk: Buffer) => {
      for (const event of parse(chunk)) void enqueue(() => deps.onEvent(event, client, agent));
    });
    stream.on('end', () => ended?.('the events stream ended'));
    stream.on('close', () => ended?.('the events stream closed'));
    stream.on('error', (error: unknown) => ended?.(`the events stream failed: ${describeDockerError(error)}`));

    const info = await client.info();
    await enqueue(() => deps.sync(client, agent));
    await deps.online(info);
    connected();

    timers.push(
      setInterval(() => {
        client
          .ping()
          .then(deps.seen, (error: unknown) => ended?.(`heartbeat failed: ${describeDockerError(error)}`))
          // Recording lastSeenAt can fail while the database is down; the agent is no less online.
          .catch((error: unknown) => log.warn({ err: error }, 'could not record that the agent answered'));
      }, deps.heartbeatMs),
      setInterval(() => void enqueue(() => deps.sync(client, agent)), deps.resyncMs),
    );
    const reason = await end;
    stream.removeAllListeners('data');
    (stream as { destroy?: () => void }).destroy?.();
    await queue;
    return reason;
  } finally {
    for (const timer of timers) clearInterval(timer);
    session.abort();
    stopping.signal.removeEventListener('abort', abortSession);
  }
}
