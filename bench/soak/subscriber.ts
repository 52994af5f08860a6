// One graphql-ws subscriber of sessionStatusChanged on one Enclave process, for the whole soak: it reconnects after
// the process is killed and, once its subscription is live again, fills what it may have missed meanwhile from
// Session.history. It records every transition it received (with its connection's epoch) and the windows in which
// it was blind, so that the end can tell a gap a reconnect explains from one it does not.
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { subscriptionGauge } from '../../test/harness/live-subscriptions.js';
import { call, Histories, StatusChanges, type HistoriesResult, type StatusChange } from './api.js';
import type { EnclaveNode } from './setup.js';

export interface Received extends StatusChange {
  /** Date.now() on arrival */
  receivedAt: number;
  /** which connection brought it (1 = the first) */
  epoch: number;
}

/** A time (Date.now() ms) in which events may have been lost: from before a disconnect until the new subscription was live. */
export interface BlindWindow {
  from: number;
  to: number;
}

/** Transitions written this long before a disconnect may not have been handed on yet (as the server's own resync assumes). */
const LOST_BEFORE_MS = 5_000;
/** After the server counts the subscription, a transition committed meanwhile may still have missed it. */
const LIVE_MARGIN_MS = 1_000;

export const transitionKey = (id: string, status: string, at: string) => `${id}|${status}|${at}`;

export class Subscriber {
  readonly received: Received[] = [];
  readonly blind: BlindWindow[] = [];
  /** Transitions taken from Session.history after a reconnect, by transitionKey. */
  readonly filled = new Set<string>();
  epoch = 0;
  private client: Client | undefined;
  private live = false;
  private blindSince = Date.now();
  private closing = false;
  private firstLive: Promise<void>;
  private markFirstLive!: () => void;

  constructor(
    readonly node: EnclaveNode,
    private readonly token: string,
    private readonly onChange: (change: StatusChange) => void,
  ) {
    this.firstLive = new Promise((resolve) => (this.markFirstLive = resolve));
  }

  get reconnects(): number {
    return Math.max(0, this.epoch - 1);
  }

  /** Subscribes; resolves once the first subscription is live on the server. */
  start(): Promise<void> {
    this.connect();
    return this.firstLive;
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.client?.dispose();
  }

  private connect() {
    const client = createClient({
      url: this.node.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${this.token}` },
      retryAttempts: 1_000_000,
      shouldRetry: () => !this.closing,
      retryWait: () => sleep(500),
      on: {
        connected: () => void this.onConnected(),
        closed: () => this.goneBlind(),
      },
    });
    this.client = client;
    client.subscribe<{ sessionStatusChanged: StatusChange }>(
      { query: StatusChanges },
      {
        next: ({ data }) => {
          const change = data?.sessionStatusChanged;
          if (!change) return;
          this.received.push({ ...change, receivedAt: Date.now(), epoch: this.epoch });
          this.onChange(change);
        },
        // The operation ended (the server refused it, or the client gave up): start over on a new client.
        error: () => this.restart(client),
        complete: () => this.restart(client),
      },
    );
  }

  private restart(client: Client) {
    this.goneBlind();
    if (this.closing || this.client !== client) return;
    void client.dispose();
    void sleep(500).then(() => !this.closing && this.connect());
  }

  private goneBlind() {
    if (!this.live) return;
    this.live = false;
    this.blindSince = Date.now();
  }

  /** The connection is acknowledged: wait until the server counts the subscription, then fill the gap. */
  private async onConnected() {
    this.epoch++;
    const epoch = this.epoch;
    const deadline = Date.now() + 15_000;
    while (!this.closing && epoch === this.epoch && Date.now() < deadline) {
      if (((await subscriptionGauge(this.node.base)) ?? 0) >= 1) break;
      await sleep(50);
    }
    if (this.closing || epoch !== this.epoch) return;
    this.blind.push({ from: this.blindSince - LOST_BEFORE_MS, to: Date.now() + LIVE_MARGIN_MS });
    this.live = true;
    this.markFirstLive();
    await sleep(LIVE_MARGIN_MS);
    await this.fill(epoch);
  }

  /** Takes every transition of a blind window that was not received from Session.history (retrying while connected). */
  private async fill(epoch: number) {
    for (let attempt = 0; attempt < 10 && !this.closing && epoch === this.epoch; attempt++) {
      const answer = await call<HistoriesResult>(this.node.url, this.token, Histories);
      if (!answer.ok) {
        await sleep(1_000);
        continue;
      }
      const got = new Set(this.received.map((r) => transitionKey(r.id, r.status, r.updatedAt)));
      for (const session of answer.data.sessions)
        for (const step of session.history) {
          const at = Date.parse(step.at);
          const key = transitionKey(session.id, step.status, step.at);
          if (!got.has(key) && this.blind.some((w) => at >= w.from && at <= w.to)) this.filled.add(key);
        }
      return;
    }
  }
}
