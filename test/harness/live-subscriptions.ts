// When a subscription is live on the server. graphql-ws acknowledges the connection, not the subscription: the
// subscribe message follows the ack and the server sets the subscription up asynchronously, so a test that acts
// right after subscribing could cause an event that nobody listens for yet. The server counts the subscriptions it
// has set up and not yet ended in the gauge `enclave_graphql_subscriptions` (GET /metrics).
//
// A count cannot say which subscription it counts: one closed a moment ago may still be counted in place of one
// being set up. So, per server, this harness sets its subscriptions up and closes them one at a time, each step
// waiting until the gauge shows it, and keeps the number it has live there.
import { setTimeout as sleep } from 'node:timers/promises';

const POLL_MS = 20;
const STEP_TIMEOUT_MS = 10_000;

/** The gauge of the server at `base` (http://host:port), or undefined when it cannot be read (e.g. the process is gone). */
export async function subscriptionGauge(base: string): Promise<number | undefined> {
  try {
    const response = await fetch(`${base}/metrics`, { signal: AbortSignal.timeout(5_000) });
    const match = /^enclave_graphql_subscriptions (\d+)$/m.exec(await response.text());
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** This harness's subscriptions on one server: how many are live, and the queue their steps take turns in. */
class Ledger {
  live = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly base: string) {}

  /** Runs `step` once every step queued before it has finished. */
  serial<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step);
    this.queue = run.catch(() => {});
    return run;
  }

  /** Until the server counts no more than what is live here (or cannot be asked, or gives up). */
  async settle(): Promise<void> {
    const deadline = performance.now() + STEP_TIMEOUT_MS;
    for (;;) {
      const gauge = await subscriptionGauge(this.base);
      if (gauge === undefined || gauge <= this.live || performance.now() > deadline) return;
      await sleep(POLL_MS);
    }
  }
}

const ledgers = new Map<string, Ledger>();

export interface LiveSubscription {
  /** true once the server counts the subscription; false if it ended or was closed first; rejects after 10 s. */
  readonly live: Promise<boolean>;
  /** Runs `close` in turn, then waits until the server no longer counts the subscription. */
  close(close: () => unknown): Promise<void>;
  /** The server or the connection ended the subscription. */
  ended(): void;
}

/** Sends a subscription to the server at `base` with `send()`, in turn, and follows it until it is live there. */
export function setUpSubscription(base: string, send: () => void): LiveSubscription {
  let ledger = ledgers.get(base);
  if (!ledger) ledgers.set(base, (ledger = new Ledger(base)));
  const server = ledger;
  let state: 'pending' | 'live' | 'over' = 'pending';
  // Set once it is closed or ended: from then on its state changes only here.
  let stopped = false;

  const live = server.serial(async () => {
    if (stopped) return false;
    send();
    const deadline = performance.now() + STEP_TIMEOUT_MS;
    for (;;) {
      if (state === 'over' || stopped) return false;
      const gauge = await subscriptionGauge(base);
      if (gauge !== undefined && gauge > server.live) {
        state = 'live';
        server.live++;
        return true;
      }
      if (performance.now() > deadline)
        throw new Error(`the server at ${base} counts ${gauge ?? 'no'} live subscriptions, not the ${server.live + 1} this harness set up there`);
      await sleep(POLL_MS);
    }
  });
  live.catch(() => {}); // a subscription nobody waits for may time out unobserved

  const end = () => {
    if (state === 'live') server.live--;
    state = 'over';
  };
  return {
    live,
    close(close) {
      stopped = true;
      return server.serial(async () => {
        await close();
        end();
        await server.settle();
      });
    },
    ended() {
      if (stopped) return;
      stopped = true;
      end();
      void server.serial(() => server.settle());
    },
  };
}
