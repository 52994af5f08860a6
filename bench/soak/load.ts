// The random mix: launches, destroys, pauses, suspends, resumes and keepalives at a bounded rate, each sent to either
// Enclave process (up or not), aimed mostly at sessions in a state where the operation applies and sometimes at any
// session, so that refusals are exercised too. Every answer is counted by its outcome; an answer no request of this
// mix should get (INTERNAL_SERVER_ERROR, an uncoded or unexpected error) is a violation.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ActiveSessions,
  call,
  Destroy,
  Keepalive,
  Launch,
  legitimateCodes,
  Pause,
  Resume,
  Suspend,
  transportOutcomes,
  type ActiveSessionsResult,
  type Outcome,
  type SessionAnswer,
  type SessionStatus,
  type StatusChange,
} from './api.js';
import type { Random } from './random.js';
import type { EnclaveNode, Soak } from './setup.js';

export const operations = ['launch', 'destroy', 'pause', 'suspend', 'resume', 'keepalive'] as const;
export type Operation = (typeof operations)[number];

const documents: Record<Exclude<Operation, 'launch'>, string> = { destroy: Destroy, pause: Pause, suspend: Suspend, resume: Resume, keepalive: Keepalive };
/** Where each operation applies; a target outside them is a deliberate refusal. */
const appliesTo: Record<Exclude<Operation, 'launch'>, readonly SessionStatus[]> = {
  destroy: ['REQUESTED', 'PROVISIONING', 'STARTING', 'RUNNING', 'PAUSED', 'SUSPENDED', 'STOPPING'],
  pause: ['RUNNING'],
  suspend: ['RUNNING', 'PAUSED'],
  resume: ['PAUSED', 'SUSPENDED'],
  keepalive: ['RUNNING'],
};
const ended: readonly SessionStatus[] = ['STOPPED', 'FAILED'];

export interface Violation {
  at: number;
  what: string;
  detail: string;
}

/** A keepalive that answered success: the session's deadline it reported. */
export interface KeptAlive {
  sessionId: string;
  answeredAt: number;
  expiresAt: number;
}

export interface LoadOptions {
  soak: Soak;
  random: Random;
  until: number;
  /** seconds between two operations */
  intervalS: readonly [number, number];
  maxInFlight: number;
  /** no launch while this many sessions are not ended */
  maxActive: number;
}

/** What the load knows and counted. */
export class Load {
  /** by operation, by outcome */
  readonly counts = new Map<Operation, Map<string, number>>(operations.map((op) => [op, new Map()]));
  readonly violations: Violation[] = [];
  readonly keptAlive: KeptAlive[] = [];
  readonly slowest = new Map<Operation, number>();
  /** the latest status heard of, by session */
  private readonly known = new Map<string, SessionStatus>();
  private inFlight = new Set<Promise<void>>();

  constructor(private readonly o: LoadOptions) {}

  /** A status heard from a subscriber. */
  heard(change: StatusChange) {
    this.known.set(change.id, change.status);
  }

  async run(): Promise<void> {
    const { random, until, intervalS, maxInFlight } = this.o;
    let refreshed = 0;
    while (Date.now() < until) {
      if (Date.now() - refreshed > 5_000) {
        refreshed = Date.now();
        void this.refresh();
      }
      if (this.inFlight.size < maxInFlight) {
        const op = this.send(random.pick(this.o.soak.nodes));
        this.inFlight.add(op);
        void op.finally(() => this.inFlight.delete(op));
      }
      await sleep(random.between(...intervalS) * 1000);
    }
    await Promise.all(this.inFlight);
  }

  private active() {
    return [...this.known].filter(([, status]) => !ended.includes(status));
  }

  /** One operation chosen by the seeded source, against `node`. */
  private async send(node: EnclaveNode) {
    const { random, soak } = this.o;
    const active = this.active();
    const op = random.weighted<Operation>({
      launch: active.length < this.o.maxActive ? 3 : 0,
      destroy: active.length > 0 ? 1.5 : 0,
      pause: 1,
      suspend: 1,
      resume: 1.5,
      keepalive: 2,
    });
    if (op === 'launch') {
      const workspace = random.pick(soak.workspaces);
      return this.record(op, node, undefined, () => call<{ launchSession: SessionAnswer }>(node.url, soak.token, Launch, { workspaceId: workspace.id }));
    }
    const fitting = [...this.known].filter(([, status]) => appliesTo[op].includes(status)).map(([id]) => id);
    const anyKnown = [...this.known.keys()];
    const pool = fitting.length > 0 && !random.chance(0.1) ? fitting : anyKnown;
    if (pool.length === 0) return;
    const id = random.pick(pool);
    return this.record(op, node, id, () => call<Record<string, SessionAnswer>>(node.url, soak.token, documents[op], { id }));
  }

  private async record(op: Operation, node: EnclaveNode, target: string | undefined, send: () => Promise<Outcome<Record<string, SessionAnswer>>>) {
    const sentAt = Date.now();
    const answer = await send();
    const answeredAt = Date.now();
    this.slowest.set(op, Math.max(this.slowest.get(op) ?? 0, answeredAt - sentAt));
    const byOutcome = this.counts.get(op)!;
    byOutcome.set(answer.outcome, (byOutcome.get(answer.outcome) ?? 0) + 1);
    if (answer.ok) {
      const session = Object.values(answer.data)[0];
      if (!session) return;
      this.known.set(session.id, session.status);
      if (op === 'keepalive' && session.expiresAt)
        this.keptAlive.push({ sessionId: session.id, answeredAt, expiresAt: Date.parse(session.expiresAt) });
      return;
    }
    if (legitimateCodes.has(answer.outcome) || transportOutcomes.has(answer.outcome)) return;
    this.violations.push({
      at: answeredAt,
      what: `${op} answered ${answer.outcome}`,
      detail: `${op}${target ? ` of session ${target}` : ''} on ${node.label}: ${answer.message}`,
    });
  }

  /** The sessions not ended, from either process: what the subscribers may have missed while one was down. */
  private async refresh() {
    const { soak, random } = this.o;
    const node = random.pick(soak.nodes.filter((n) => n.up).length > 0 ? soak.nodes.filter((n) => n.up) : soak.nodes);
    const before = new Set(this.known.keys());
    const answer = await call<ActiveSessionsResult>(node.url, soak.token, ActiveSessions);
    if (!answer.ok) return;
    const active = new Map(answer.data.sessions.map((s) => [s.id, s.status]));
    for (const id of before) if (!active.has(id) && !ended.includes(this.known.get(id)!)) this.known.set(id, 'STOPPED');
    for (const [id, status] of active) this.known.set(id, status);
  }
}
